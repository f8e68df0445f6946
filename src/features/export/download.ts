/** Hands a file to the browser's downloads (an object URL on a link, revoked once the click is dispatched). */
export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What a link would say the view is about, besides its dates: a meeting, a person (and with whom), the filters. */
export interface ViewNamed {
  meeting?: string;
  person?: string;
  with?: string;
  orgs: readonly string[];
}

/** Organisations named in full before the rest are counted. */
const NAMED_ORGS = 3;
/** Ids are up to 200 characters; a file name must stay well under the 255 bytes file systems allow. */
const ID_CHARS = 40;

/**
 * `meeting-graph_2024-01-01_2025-12-31_person-altman_org-sk-group.png`: the window, and what the view is about and
 * filtered by, so that exports of different views never overwrite each other and their names tell them apart.
 */
export function fileName(window: { from: string; to: string }, view: ViewNamed, ext: string): string {
  const id = (s: string) => s.slice(0, ID_CHARS).replace(/-$/, '');
  const parts = ['meeting-graph', window.from, window.to];
  if (view.meeting) parts.push(`meeting-${id(view.meeting)}`);
  if (view.person) parts.push(`person-${id(view.person)}`);
  if (view.person && view.with) parts.push(`with-${id(view.with)}`);
  const orgs = view.orgs.length > NAMED_ORGS ? view.orgs.slice(0, NAMED_ORGS - 1) : view.orgs;
  if (orgs.length) parts.push(`org-${orgs.map(id).join('+')}`);
  if (orgs.length < view.orgs.length) parts.push(`and-${view.orgs.length - orgs.length}-more-orgs`);
  return `${parts.join('_')}.${ext}`;
}
