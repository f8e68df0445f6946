// Addresses that mean a view but are not the app's own link: a meeting's page (`m/<id>/`, written by the build
// with the tags a chat app's preview reads), and forms people type or other sites use (`#?meeting=…`,
// `#/meeting/<id>`, `/meeting/<id>`, `/person/<id>`). Each is followed to the app's link; any other path is named.

/** Where a meeting's page lives, under the app's base path. */
export const meetingPagePath = (meetingId: string) => `m/${encodeURIComponent(meetingId)}/`;

/** Where the embed (the app in a compact frame for articles) lives, under the app's base path. */
export const EMBED_PAGE_PATH = 'embed/';

const PARAM_OF: Record<string, 'meeting' | 'person'> = {
  m: 'meeting',
  meeting: 'meeting',
  meetings: 'meeting',
  person: 'person',
  people: 'person',
};

/** `meeting/<id>`, `m/<id>/`, `person/<id>` (with an optional trailing slash or index.html) as a parameter. */
function fromPath(rest: string): [string, string] | null {
  const m = /^\/?([a-z]+)\/([^/?#]+)\/?(?:index\.html)?$/.exec(rest);
  const param = m && PARAM_OF[m[1]];
  if (!param) return null;
  try {
    return [param, decodeURIComponent(m[2])];
  } catch {
    return null; // broken percent-encoding: named as an unknown address below
  }
}

export interface AddressLink {
  /** The app's own link for the address (base path, query; the hash kept unless it carried the view). */
  url: string;
  /** A path the app does not know, dropped: said to the reader. */
  unknownPath?: string;
}

/** The app's link for an address that is not one already, or null when it is (`base` ends in `/`). */
export function addressLink(pathname: string, search: string, hash: string, base: string): AddressLink | null {
  const params = new URLSearchParams(search);
  let keepHash = hash;
  let unknownPath: string | undefined;
  let found: [string, string] | null = null;
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : null;
  if (rest !== null && rest !== '' && rest !== 'index.html') {
    found = fromPath(rest);
    if (!found) unknownPath = pathname;
  }
  if (!found && /^#\/?\?/.test(hash)) {
    // `#?meeting=x` or `#/?meeting=x`: the view is in the hash; the query, if any, wins on conflicts.
    const fromHash = new URLSearchParams(hash.replace(/^#\/?\?/, ''));
    for (const [k, v] of fromHash) if (!params.has(k)) params.append(k, v);
    keepHash = '';
  } else if (!found && /^#\/?[a-z]+\//.test(hash)) {
    found = fromPath(hash.slice(1));
    if (found) keepHash = '';
  }
  if (!found && keepHash === hash && unknownPath === undefined) return null;
  if (found) {
    params.delete(found[0]);
    const query = new URLSearchParams([[found[0], found[1]], ...params]);
    return { url: `${base}?${query.toString()}${keepHash}`, unknownPath };
  }
  const query = params.toString();
  return { url: `${base}${query ? `?${query}` : ''}${keepHash}`, unknownPath };
}
