// Shared bits of link handling: notices, each a kind with the parameter and value it is about (the interface says them).
import type { NavNotice } from './types';

export const MAX_VALUE_LENGTH = 200;
const SHOWN_LENGTH = 40;

/** A value as it may be shown to a reader: control characters blanked, cut to ~40 characters. */
export function displayValue(value: string): string {
  // Control characters, and bidirectional controls (which would reverse the rest of the notice), are blanked.
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return clean.length > SHOWN_LENGTH ? `${clean.slice(0, SHOWN_LENGTH - 1)}…` : clean;
}

export function notice(kind: NavNotice['kind'], param: string, value: string): NavNotice {
  return { kind, param: displayValue(param), value: displayValue(value) };
}

/**
 * Notices as a reader can take them in: at most `perKind` of each kind (in order), the rest counted. A link with a
 * thousand unknown parameters says so in a line, not a thousand.
 */
export function groupNotices(
  notices: readonly NavNotice[],
  perKind = 3,
): { shown: NavNotice[]; more: { kind: NavNotice['kind']; count: number }[] } {
  const seen = new Map<NavNotice['kind'], number>();
  const shown: NavNotice[] = [];
  for (const n of notices) {
    const k = (seen.get(n.kind) ?? 0) + 1;
    seen.set(n.kind, k);
    if (k <= perKind) shown.push(n);
  }
  const more = [...seen].filter(([, k]) => k > perKind).map(([kind, k]) => ({ kind, count: k - perKind }));
  return { shown, more };
}
