// Work written as steps (a generator that pauses between slices): a page runs it in short tasks, anything else at
// once. Here because every core module may build on core/schema.

/** Runs `steps` to its end without pausing, and returns what it makes. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
