// Who a clause says met whom, from the particles of its names: the subjects, and the partners they met.
// Organisations stand for the person who heads them in this article.
import {
  CEREMONY_OF,
  CEREMONY_SPAN,
  LED_GROUP,
  MEETING_BEFORE,
  MEETING_NOUN,
  roleOf,
  SPEAKS_FOR,
  TIMED_TO,
  VISIT_OCCASION,
  DELEGATION_OF,
} from '../korean/lexicon';
import type { Token } from '../korean/tokens';
import { roleParticle } from './clauses';
import type { EventContext, Mention } from '../pipeline/types';

/** "프라보워 대통령 면담에 앞서": someone of another meeting the clause is dated by, not of its own. */
export const ofMeetingBefore = (m: Mention, tokens: Token[]) =>
  !m.particle &&
  MEETING_BEFORE.noun.test(tokens[m.last + 1]?.text ?? '') &&
  MEETING_BEFORE.before.test(tokens[m.last + 2]?.text ?? '');

/** "바이든 대통령 방한에 맞춰": whose visit an event is timed to, not one met at it; "문재인 대통령 경제사절단으로":
 * whose delegation someone went with; "이 대통령 취임식 참석차", "A 전 대통령 서거 10주기 추도식에": whose
 * ceremony it is. */
export const occasionOwner = (m: Mention, tokens: Token[]) => {
  if (m.kind !== 'person' || m.particle) return false;
  let at = m.last + 1;
  while (at < m.last + 3 && CEREMONY_SPAN.test(tokens[at]?.text ?? '')) at++;
  return (
    CEREMONY_OF.test(tokens[at]?.text ?? '') ||
    (VISIT_OCCASION.test(tokens[m.last + 1]?.text ?? '') && TIMED_TO.test(tokens[m.last + 2]?.text ?? '')) ||
    DELEGATION_OF.test(tokens[m.last + 1]?.text ?? '')
  );
};

export function rolesOf(
  here: Mention[],
  tokens: Token[],
  text: string,
  ctx: Pick<EventContext, 'headOf' | 'subject'>,
): { subjects: string[]; partners: string[]; companions: string[] } {
  const subjects: string[] = [];
  const partners: string[] = [];
  const companions: string[] = [];
  // A name in a comma list without a particle of its own ("A 부회장, B 사장, C 사장 등이") has the list's role.
  const listed = (k: number) => !here[k].particle && tokens[here[k].last].after.includes(',') && k + 1 < here.length;
  const roleAt = (k: number): ReturnType<typeof roleOf> | undefined =>
    !here[k] ? undefined : listed(k) ? roleAt(k + 1) : roleOf(roleParticle(here[k], tokens, here[k + 1]));
  const cameWith = (k: number) => {
    const at = tokens.findIndex(
      (t, x) =>
        x > here[k].last && x <= here[k].last + 20 && t.text === '함께' && /^(과|와)$/.test(tokens[x - 1].particle),
    );
    // The first one named after "함께" is the subject they came with.
    const after = here.findIndex((o, j) => j > k && o.first > at);
    return at > 0 && after > 0 && (roleAt(after) === 'topic' || roleAt(after) === 'subject');
  };
  // "A 회장과 회장단이": one named with the group they lead, the subject together.
  const withGroup = (k: number) => {
    // "A 회장과 대한상의 회장단이": the group's organisation may come between.
    const after = tokens.slice(here[k].last + 1, here[k].last + 3).find((t) => t.particle !== '');
    return (
      /^(과|와)$/.test(here[k].particle) &&
      after !== undefined &&
      /^(이|가|은|는)$/.test(after.particle) &&
      LED_GROUP.test(after.stem)
    );
  };
  here.forEach((m, k) => {
    if (ofMeetingBefore(m, tokens)) return;
    // "A를 비롯해 B, C 등이": A is one of the list, whose role the list's last particle gives.
    const including = /^(비롯|포함)/.test(tokens[m.last + 1]?.text ?? '');
    const role = including
      ? (here
          .slice(k + 1)
          .map((_, j) => roleAt(k + 1 + j))
          .find((r) => r !== 'other') ?? roleAt(k))
      : roleAt(k);
    // "A와 B가 … C와 만났다": A and B are the subject together; C is who they met.
    const joinedSubject =
      role === 'with' &&
      here[k + 1]?.first === m.last + 1 &&
      (roleAt(k + 1) === 'subject' || roleAt(k + 1) === 'topic') &&
      here.slice(k + 2).some((_, j) => roleAt(k + 2 + j) === 'with');
    // An organisation stands for its head only as the subject, or met by name ("카카오와"), never in a list.
    // "삼성전자 관계자는": someone of the organisation speaking for it, not its head.
    const spokesman = !m.particle && SPEAKS_FOR.test(tokens[m.last + 1]?.text ?? '');
    const asHead =
      m.kind === 'organization' &&
      !spokesman &&
      (role === 'topic' || role === 'subject' || /^(과|와)/.test(m.particle));
    const id = m.kind === 'person' ? m.id : asHead ? ctx.headOf(m.id) : undefined;
    if (!id) return;
    const next = tokens[m.last + 1];
    // "…고 했다고 A 수석대변인이 전했다": a spokesperson relaying what was said reports the meeting, not in it.
    if (m.kind === 'person' && /대변인$/.test(m.title ?? '') && /^(전했|밝혔|설명했|브리핑)/.test(next?.text ?? ''))
      return;
    // Whose ceremony, visit or delegation it is: not one met.
    if (occasionOwner(m, tokens)) return;
    // "A를 단장으로 한 대표단은": who leads a delegation stands for it.
    if (/^(을|를)$/.test(m.particle) && /^(단장|수석대표|대표)으로$/.test(next?.text ?? '')) {
      subjects.push(id);
      return;
    }
    // "박근혜 대통령 주재로 열린 간담회": who chairs an event hosts it. "정의선 회장의 안내로", "A 사장의 소개로
    // … 둘러봤다", "A 회장의 설명을 듣고": who guides or briefs a visitor receives them.
    if (next && /^주재/.test(next.text) && m.particle === '') subjects.push(id);
    else if (m.particle === '의' && next && /^(안내|소개로)/.test(next.text)) partners.push(id);
    else if (
      m.particle === '의' &&
      /^(설명|브리핑)(을|를)$/.test(next?.text ?? '') &&
      /^(듣|들)/.test(tokens[m.last + 2]?.text ?? '')
    )
      partners.push(id);
    // "B 대사의 예방을 받고": who called on the subject met them.
    else if (
      m.particle === '의' &&
      /^(예방|방문|내방|접견|인사|영접)(을|를)$/.test(next?.text ?? '') &&
      /^받/.test(tokens[m.last + 2]?.text ?? '')
    )
      partners.push(id);
    // "반 장관의 초청 만찬에 참석했다", "A 대통령의 초청으로 … 만찬회동을 가졌다": who invited the guest to a meal or a
    // talk of their own met them there.
    else if (
      m.particle === '의' &&
      ((next?.text === '초청' && MEETING_NOUN.test(tokens[m.last + 2]?.stem ?? '')) ||
        (/^(초청|초대)으로$/.test(next?.text ?? '') && /오찬|만찬|조찬|면담|회담|회동|접견/.test(text)))
    )
      partners.push(id);
    // "A 회장과 B 장관의 만남이 성사됐다": whose meeting it is, the one named with A.
    else if (m.particle === '의' && next && MEETING_NOUN.test(next.stem) && here[k - 1]?.particle.match(/^(과|와)$/))
      subjects.push(id);
    else if (role === 'topic' || role === 'subject' || joinedSubject || withGroup(k)) subjects.push(id);
    // "B 위원장에게 제언문을 전달하고 기념촬영을 하고 있다": whom something was handed to, in person, was met.
    else if (/^(에게|께)$/.test(m.particle)) partners.push(id);
    // "A 부회장 등으로부터 직접 사업을 소개받은 뒤": who briefed the subject in person met them.
    else if (
      /^(으로부터|로부터)$/.test(roleParticle(m, tokens, here[k + 1])) &&
      /(설명|소개|브리핑|안내)(을|를)?\s?받/.test(text)
    )
      partners.push(id);
    // "그는 A 회장 외에도 B, C를 만났다": A is one more of those met.
    else if (!m.particle && next && /^외(에|에도|에는)?$/.test(next.text)) partners.push(id);
    // "A 장관 등 수행원과 함께 공장을 방문한 B 총리는": who came with the subject named after them sat in.
    else if (role === 'with' && cameWith(k)) companions.push(id);
    else if (role === 'with' || role === 'object') partners.push(id);
    else if (role === 'also') (partners.length || k > 0 ? partners : subjects).push(id);
    else if (role === 'other' && m.kind === 'person' && !m.particle && k === 0 && here.length > 1) subjects.push(id);
    // "A 의원 초청으로 부지를 방문해": at whose invitation the subject went to a place is not whom the subject met
    // there; the host of a meal or a talk so given is ("A 의원 초청으로 만찬을 가졌다").
    else if (
      !m.particle &&
      /^(초청|초대)(으로|에)/.test(tokens[m.last + 1]?.text ?? '') &&
      !/오찬|만찬|조찬|면담|회담|회동|간담회|접견|만나/.test(text)
    )
      return;
    else if (role === 'other' && !m.particle) partners.push(id);
  });
  if (/(^|\s)그(는|가|도)\s/.test(` ${text} `) && subjects.length === 0) subjects.push(...ctx.subject);
  // A headline's "A, B와 C와 회동": the name before the comma is who met the others. Not where the sentences before
  // gave the subject ("윤 대통령은 … A, B, C와 면담"): the list is whom that one met.
  const head0 = here[0];
  if (
    subjects.length === 0 &&
    ctx.subject.length === 0 &&
    head0 &&
    head0.kind === 'person' &&
    !head0.particle &&
    tokens[head0.last].after.includes(',')
  ) {
    const id = head0.id;
    if (partners.filter((p) => p !== id).length >= 1 && partners.includes(id)) {
      partners.splice(partners.indexOf(id), 1);
      subjects.push(id);
    }
  }
  return { subjects, partners, companions };
}
