// A meeting's page of its own (`m/<id>/`, written by the build with the tags a chat app's preview reads): the
// app opened there shows that meeting, under the link every other view uses (`?meeting=<id>`).

/** Where a meeting's page lives, under the app's base path. */
export const meetingPagePath = (meetingId: string) => `m/${encodeURIComponent(meetingId)}/`;

/**
 * The app's own link for a meeting page's address (the page's query string kept, the meeting's id first), or null
 * for any other address. `base` is the app's base path, ending in `/`.
 */
export function sharePageLink(pathname: string, search: string, base: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const m = /^m\/([^/]+)\/?(?:index\.html)?$/.exec(pathname.slice(base.length));
  if (!m) return null;
  let id: string;
  try {
    id = decodeURIComponent(m[1]);
  } catch {
    return null; // broken percent-encoding: the app names the address as it is
  }
  const params = new URLSearchParams(search);
  params.delete('meeting');
  const rest = params.toString();
  return `${base}?meeting=${encodeURIComponent(id)}${rest ? `&${rest}` : ''}`;
}
