// Who a clause's act is by, and an event attended ("워크숍에 참석했다"): who took part in it.
import { EVENT_CUES, EVENT_KINDS, GROUP_SUBJECT, INVITED, MEETING_CUES, UNNAMED_OTHERS } from '../../korean/lexicon';
import { dateBefore } from '../../korean/dates';
import { cueAt, eventNameIn } from '../clauses';
import { fullName, looksLikeOrg } from '../names';
import type { EventContext, MeetingEvent } from '../../pipeline/types';
import type { Actors, Clause } from './types';

export const uniq = (ids: string[]) => [...new Set(ids.filter(Boolean))];

/** Who the clause's act is by: its subject, a photo's group, or whom the clauses before were about. */
export function actorsOf(c: Clause, ctx: EventContext): Actors {
  const { r, named, text, here, said, subjects, partners } = c;
  // "4대 그룹 총수는 … 모임을 가졌다" under a photo of them ("(왼쪽부터) A, B, C, D"): the group is who the photo
  // shows, all of them principals. Only with a meeting word and no one named in the clause.
  const pictured =
    r.cue !== undefined && named.length === 0 && ctx.pictured && GROUP_SUBJECT.test(text)
      ? ctx.pictured.filter((id) => !c.excluded.includes(id))
      : undefined;
  // A clause whose subject is an organisation ("앞서 전경련은 작년 6월 … 회의를 개최했으며") tells its own act: not
  // the people of the clauses before, nor the meeting just reported.
  const byOrganisation =
    named.length === 0 &&
    (here.some((m) => m.kind === 'organization' && /^(은|는)$/.test(m.particle)) ||
      said.some((t) => /^(은|는)$/.test(t.particle) && (looksLikeOrg(t.stem) || fullName(t.stem) !== undefined)));
  // "중국측 관계자들은 … 예방했으며 전날에는 A를 만났다": a topic of unnamed others is the subject from there on.
  if (!subjects.length && said.some((t) => /^(은|는)$/.test(t.particle) && UNNAMED_OTHERS.test(t.stem)))
    ctx.subject = [];
  // "정 회장이 …" where the article named several such: someone the reading cannot tell, not whom the clauses before
  // were about.
  const unknownSubject = here.some((m) => m.kind === 'person' && !m.id && /^(이|가|은|는)$/.test(m.particle));
  const who = uniq(pictured ?? (subjects.length ? subjects : byOrganisation || unknownSubject ? [] : ctx.subject));
  // The meeting just reported, told on ("황 CEO는 이날 … 서밋이 열린 예술의전당에서 만나 대화를 나눴다"): a meeting
  // word with no one else named, said of someone who was at it.
  const continues =
    r.cue !== undefined &&
    !EVENT_KINDS.includes(r.cue.kind) &&
    ctx.last !== undefined &&
    partners.length === 0 &&
    who.length > 0 &&
    who.every((p) => ctx.last!.principals.includes(p));
  return { who, ...(pictured ? { pictured } : {}), byOrganisation, continues };
}

/**
 * An event attended ("워크숍에 참석했다", "미디어데이에 모습을 드러냈다"): its hosts, named with it, take part. With
 * `meetingToo`, the clause also tells a meeting at the event ("오찬 간담회에서 A와 기념촬영을 하고 있다").
 */
export function eventAttended(
  c: Clause,
  ctx: EventContext,
  who: string[],
): { event: MeetingEvent; meetingToo: boolean } {
  const { r, text, said, tokens, here, subjects, partners } = c;
  const word = EVENT_CUES.find((e) => e.word.test(text))!.word;
  const at = said.findIndex((t) => word.test(t.text));
  const eventToken = at >= 0 ? tokens.indexOf(said[at]) : -1;
  const hosts = c.mentions
    .filter((m) => m.kind === 'organization' && eventToken >= 0 && m.last < eventToken && m.last >= eventToken - 3)
    .map((m) => ctx.headOf(m.id))
    .filter((id): id is string => id !== undefined);
  // "A 대사를 초청해 간담회를 개최했다", "A 대사 초청 간담회를 열었다": the guest invited to what the host held
  // took part in it.
  const invitedBefore = here.filter((m) => m.kind === 'person' && /^초청/.test(tokens[m.last + 1]?.text ?? ''));
  // "A 후보와 B 회장이 간담회에 참석했다", "A 총리와 현대차그룹 B 회장은": both the subject, together; not "A와
  // 대화를 마친 B는".
  const nextPerson = (k: number) => {
    let n = k + 1;
    while (here[n]?.kind === 'organization' && here[n].first === here[n - 1].last + 1) n++;
    return here[n]?.first === here[n - 1]?.last + 1 ? here[n] : undefined;
  };
  const withSubject = here
    .filter((m, k) => m.kind === 'person' && /^(과|와)$/.test(m.particle) && subjects.includes(nextPerson(k)?.id ?? ''))
    .map((m) => m.id);
  // "A는 B 장관과 함께 서명식에 참석했다", "A는 B, C와 함께 …": who came with the subject took part too.
  const together = here.flatMap((m, k) => {
    if (m.kind !== 'person' || !/^(과|와)$/.test(m.particle) || !/^함께/.test(tokens[m.last + 1]?.text ?? ''))
      return [];
    let first = k;
    while (first > 0 && !here[first - 1].particle && tokens[here[first - 1].last].after.includes(',')) first--;
    return here
      .slice(first, k + 1)
      .filter((o) => o.kind === 'person' && !who.includes(o.id))
      .map((o) => o.id);
  });
  // "A는 B 등 경제인들과 간담회를 열고": those the subject held it with took part.
  const heldWith = at >= 0 && /^(열고|열어|열었|개최)/.test(said[at + 1]?.text ?? '');
  const invited = uniq([
    ...(INVITED.test(text) || heldWith ? partners : []),
    ...invitedBefore.map((m) => m.id),
    ...withSubject,
    ...together,
  ]).filter((id) => !who.includes(id));
  // "지난 20일 X 간담회에 이어 27일 … 간담회를 열었다": the one held is the one after the earlier, on its own day.
  const heldAt = cueAt(text, word);
  const held = heldAt !== text.search(word) ? dateBefore(c.resolved, text, heldAt) : undefined;
  const heldBy = !hosts.length && ctx.heldBy && word.test(ctx.heldBy.cue) ? ctx.heldBy.org : undefined;
  const event: MeetingEvent = {
    ...c.base,
    ...(heldBy ? { heldBy } : {}),
    principals: uniq([...who, ...hosts, ...invited]),
    lead: who.length,
    date: c.dateOf(held ?? c.resolved[0]),
    kind: r.eventKind!,
    ...(eventNameIn(text) ? { eventName: eventNameIn(text) } : {}),
    cues: [text.match(word)![0]],
  };
  const same = r.cue !== undefined && word.test(r.cue.text);
  // "오찬 간담회에서 A와 기념촬영을 하고 있다": a word of meeting after the event's tells a meeting at it.
  const eventEnd = text.search(word) + text.match(word)![0].length;
  const cueAfter = MEETING_CUES.some((m) => m.stem.test(text.slice(eventEnd)));
  // Or with no one met by name, where those at the event did it together ("A, B, C가 기념촬영을 하고 있다").
  return { event, meetingToo: !(!r.cue || same || !cueAfter || (partners.length === 0 && who.length < 2)) };
}
