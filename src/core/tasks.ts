// Work split into tasks of its own, so the page answers input between them: a message to itself, not clamped like
// setTimeout, not starved like requestAnimationFrame in a background tab.

/** Resolves in a task of its own. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs each step in a task of its own, in order; returns what cancels the steps not yet run. */
export function inTasks(steps: (() => void)[]): () => void {
  let cancelled = false;
  void (async () => {
    for (const step of steps) {
      await nextTask();
      if (cancelled) return;
      step();
    }
  })();
  return () => {
    cancelled = true;
  };
}
