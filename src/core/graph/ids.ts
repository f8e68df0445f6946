// Every id the map makes for what it draws and links to. Record ids are lowercase letters, digits and hyphens, so a
// colon never occurs inside one: an id made here splits back into its parts.

/** A line for every meeting two people had alone (and the edge "who met whom"), the pair in order. */
export const pairId = (a: string, b: string) => (a < b ? `met:${a}:${b}` : `met:${b}:${a}`);

/** A line between two organisations bound by an agreement, the pair in order. */
export const agreementLineId = (a: string, b: string) => (a < b ? `agr:${a}:${b}` : `agr:${b}:${a}`);

/** A person's line to an organisation they work for. */
export const affiliationId = (personId: string, orgId: string) => `aff:${personId}:${orgId}`;

/** The node of a meeting of one person or of three or more. */
export const meetingNodeId = (meetingId: string) => `mtg:${meetingId}`;

/** The line from a meeting's node to one of its people. */
export const spokeId = (meetingId: string, personId: string) => `spk:${meetingId}:${personId}`;

/** A spoke's meeting and person, or null for any other id. */
export function parseSpokeId(id: string): { meeting: string; person: string } | null {
  if (!id.startsWith('spk:')) return null;
  const at = id.indexOf(':', 4);
  return at < 0 ? null : { meeting: id.slice(4, at), person: id.slice(at + 1) };
}

/** The line between two collapsed organisations (or one and someone drawn as themselves), the pair in order. */
export const aggregateId = (kind: 'met' | 'agreement', a: string, b: string) => {
  const k = kind === 'met' ? 'met' : 'agr';
  return a < b ? `agg:${k}:${a}:${b}` : `agg:${k}:${b}:${a}`;
};

export const isAggregateId = (id: string) => id.startsWith('agg:');

/** The two people of a pair line's id, or null for any other id. */
export function parsePairId(id: string): { a: string; b: string } | null {
  const m = /^met:([^:]+):([^:]+)$/.exec(id);
  return m && m[1] !== m[2] ? { a: m[1], b: m[2] } : null;
}

/** An edge id's kind and ends (`met:a:b`, `agr:a:b`, `aff:person:org`), or null for any other id. */
export function parseEdgeId(id: string): { kind: 'met' | 'agr' | 'aff'; a: string; b: string } | null {
  const m = /^(met|agr|aff):([^:]+):([^:]+)$/.exec(id);
  return m ? { kind: m[1] as 'met' | 'agr' | 'aff', a: m[2], b: m[3] } : null;
}

/** What an aggregate line's id says: which kind of line, between which two drawn nodes. */
export function parseAggregateId(id: string): { kind: 'met' | 'agreement'; a: string; b: string } | null {
  const m = /^agg:(met|agr):([^:]+):([^:]+)$/.exec(id);
  return m ? { kind: m[1] === 'met' ? 'met' : 'agreement', a: m[2], b: m[3] } : null;
}
