// JSON paths as a reader writes them, for problems in graph.json and evidence files (no zod: the page uses it too).

/** `meetings[3].participants[0]`, or `(root)` for the file itself. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
