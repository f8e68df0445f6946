/** Code-unit order: the same on every machine and locale, so the output is byte-identical everywhere. */
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
