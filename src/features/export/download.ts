/** Hands a file to the browser's downloads (an object URL on a link, revoked once the click is dispatched). */
export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `meeting-graph_2024-01-01_2025-12-31.csv`: the window in the name, so two exports never overwrite each other. */
export const fileName = (window: { from: string; to: string }, ext: string) =>
  `meeting-graph_${window.from}_${window.to}.${ext}`;
