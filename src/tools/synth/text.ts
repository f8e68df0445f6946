// Korean-like article paragraphs. Every quote handed back appears verbatim in the paragraph; some paragraphs
// break a quoted sentence across lines or use a no-break space, as real pages do, to exercise whitespace matching.
import { TOPICS } from './names';
import type { Rng } from './rng';

export interface Actor {
  name: string;
  title: string;
}

export interface EventText {
  kind: 'meeting' | 'agreement';
  date: string;
  actors: Actor[];
  topic: number;
  place?: string;
  /** Minutes: when set, this paragraph states the duration in its own sentence (a disagreement's quote). */
  minutes?: number;
}

export interface Paragraph {
  text: string;
  quotes: string[];
  durationQuote?: string;
}

function dateKo(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return d === undefined ? `${y}년 ${m}월` : `${y}년 ${m}월 ${d}일`;
}

const FILLERS = [
  '업계에서는 이번 행보가 국내 산업 전반에 미칠 영향에 주목하고 있다.',
  '관계자는 구체적인 내용은 아직 정해지지 않았다고 말했다.',
  '양측은 향후 실무 협의를 이어가기로 했다.',
  '시장에서는 후속 발표가 나올지 관심이 쏠린다.',
  '이 자리에는 취재진 수십 명이 몰렸다.',
];

/** Replaces one space of a sentence by a line break or a no-break space (what the YAML quote does not have). */
function roughen(rng: Rng, sentence: string): string {
  const spaces = [...sentence.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return sentence;
  const at = rng.pick(spaces);
  return sentence.slice(0, at) + (rng.next() < 0.5 ? '\n' : '\u00a0') + sentence.slice(at + 1);
}

export function paragraph(rng: Rng, e: EventText, variant: number): Paragraph {
  const [lead, ...others] = e.actors;
  const who = (a: Actor) => `${a.name} ${a.title}`;
  const with_ = others.map(who).join(', ');
  const topic = TOPICS[e.topic % TOPICS.length][0];
  const where = e.place ? ` ${e.place}에서` : '';
  const main =
    e.kind === 'meeting'
      ? variant % 2 === 0
        ? `${who(lead)}은 ${dateKo(e.date)}${where} ${with_}과 만나 ${topic} 방안을 논의했다.`
        : `${dateKo(e.date)}${where} 열린 회동에서 ${who(lead)}과 ${with_}은 ${topic}에 뜻을 모았다.`
      : `${e.actors.map((a) => a.name).join('와 ')}는 ${dateKo(e.date)} ${topic}에 관한 업무협약을 맺었다.`;
  const detail = `${lead.name} ${lead.title}은 "${topic} 분야에서 긴밀히 협력하겠다"고 말했다.`;
  // The second quote is only part of its sentence, so its context has text on both sides.
  const partial = `${topic} 분야에서 긴밀히 협력하겠다`;
  const sentences = [rng.next() < 0.2 ? roughen(rng, main) : main, rng.pick(FILLERS), detail];
  const quotes = rng.next() < 0.5 ? [main, partial] : [main];
  let durationQuote: string | undefined;
  if (e.minutes !== undefined) {
    durationQuote = `회동은 약 ${e.minutes}분간 진행됐다.`;
    sentences.push(durationQuote);
  }
  if (rng.next() < 0.5) sentences.push(rng.pick(FILLERS));
  return { text: sentences.join(' '), quotes, durationQuote };
}
