// One shape for what is wrong with an input, shared by the compiler, the ingest assistant and the editor's desk: a
// file, and a line and column where they are known, in the form editors and terminals link to.

export interface ToolProblem {
  /** Path relative to the current working directory, e.g. `data/meetings.yaml`. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** Where in a draft the problem is, for the desk to show it at its field: `meetings[0].record.date`. */
  field?: string;
}

/** `data/meetings.yaml:42:9: meeting "…": quote not found …` (line and column where known). */
export function formatProblem(p: ToolProblem): string {
  const at = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
  return `${p.file}${at}: ${p.message}`;
}
