// Shared bits of link handling: notices that read as plain sentences.
import type { NavNotice } from './types';

export const MAX_VALUE_LENGTH = 200;
const SHOWN_LENGTH = 40;

/** A value as it may be shown to a reader: control characters blanked, cut to ~40 characters. */
export function displayValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > SHOWN_LENGTH ? `${clean.slice(0, SHOWN_LENGTH - 1)}…` : clean;
}

export function notice(kind: NavNotice['kind'], param: string, value: string, message: string): NavNotice {
  return { kind, param: displayValue(param), value: displayValue(value), message };
}

/** `"value"` for a message, truncated. */
export const q = (value: string) => `"${displayValue(value)}"`;
