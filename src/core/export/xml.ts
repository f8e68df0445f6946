// XML exports (GEXF, GraphML, SVG) either are well-formed or say why not: a character XML refuses never reaches one.
import { CONTROL_CHARACTERS, controlCharacterAt } from '../schema/characters';

const EVERY = new RegExp(CONTROL_CHARACTERS.source, 'g');

/** Text as XML may hold it: a character XML refuses becomes U+FFFD (shown as �). */
export const xmlSafe = (text: string): string => text.replace(EVERY, '\uFFFD');

/** The document as it is, or an error that says why it would not be well-formed XML. */
export function wellFormed(xml: string, format: string): string {
  const at = controlCharacterAt(xml);
  if (at) throw new Error(`the ${format} file would not be well-formed XML (${at}), so it was not saved`);
  return xml;
}
