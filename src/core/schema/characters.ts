// Characters no text of the data may hold: here without zod, so that the exports can clean text with the same rule.

/**
 * Control characters other than tab and line breaks, U+FFFE, U+FFFF and halves of a surrogate pair. XML refuses them
 * (the GEXF, GraphML and SVG exports), and they are invisible wherever shown.
 */
export const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `U+0001 at character 5`, for the first character of `text` that no text may hold; null when there is none. */
export function controlCharacterAt(text: string): string | null {
  const m = CONTROL_CHARACTERS.exec(text);
  if (!m) return null;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code} at character ${m.index + 1}`;
}
