// The desk's requests to its server: JSON both ways; a refusal or failure is an Error with the server's words.
import type {
  AddArticle,
  AddResult,
  ApplyView,
  DeskState,
  Draft,
  DraftView,
  FieldProblem,
  SaveResult,
} from './contract';

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const reply = (await response.json().catch(() => null)) as (T & { problems?: FieldProblem[] }) | null;
  if (!response.ok || reply === null)
    throw new Error(reply?.problems?.map((p) => p.message).join('; ') || `${response.status} ${response.statusText}`);
  return reply;
}

export const deskApi = {
  state: () => call<DeskState>('GET', '/api/state'),
  add: (input: AddArticle) => call<AddResult>('POST', '/api/articles', input),
  draft: (id: string) => call<DraftView>('GET', `/api/drafts/${encodeURIComponent(id)}`),
  save: (id: string, draft: Draft) => call<SaveResult>('PUT', `/api/drafts/${encodeURIComponent(id)}`, draft),
  check: (id: string) => call<ApplyView>('POST', `/api/drafts/${encodeURIComponent(id)}/check`, {}),
  apply: (id: string) => call<ApplyView>('POST', `/api/drafts/${encodeURIComponent(id)}/apply`, {}),
  discard: (id: string) => call<{ problems: FieldProblem[] }>('DELETE', `/api/drafts/${encodeURIComponent(id)}`),
};
