// Whether a clause reports its meeting as done. "Happened" needs positive evidence: the predicate that governs the
// meeting word is in the past tense (…만났다, …가졌다, …진행됐다, …나눴다), a past adnominal (만난 뒤, 회동한 최 회장),
// or a photo caption shows it ("…대화하고 있다"). The present of a scheduled event (만난다, 갖는다), a plan, an
// expectation, a condition or a possibility is planned; anything else is not settled, and is never accepted.
import { disassembleCompleteCharacter } from 'es-hangul';
import {
  ASKED_FOR,
  MET_THEN_AGREED,
  NOT_DONE,
  NOUNS_IN_NDA,
  PAST_ADNOMINAL,
  PLANNED_CUE,
  PLANNED_THING,
  POSSIBLE_CUE,
  POSSIBLE_THING,
  PRESENT,
  PURPOSE_CUE,
  SPOKE,
} from '../korean/lexicon';
import type { LineRole, Tense } from '../pipeline/types';

/** The clause without what its meeting agreed on ("A와 만나 … 협력하기로 했다"): that is no plan of the meeting. */
export const withoutAgreement = (text: string) =>
  (MET_THEN_AGREED.test(text) ? text.replace(/(기로|키로) (했|한|합의)/g, '고 $2') : text)
    .replace(PLANNED_THING, (m) => ' '.repeat(m.length))
    .replace(POSSIBLE_THING, (m) => ' '.repeat(m.length));

/** The final consonant of a syllable ('' for none or for what is not a Hangul syllable). */
function final(syllable: string): string {
  try {
    return disassembleCompleteCharacter(syllable)?.jongseong ?? '';
  } catch {
    return '';
  }
}

const pastWord = (w: string) =>
  (!NOT_DONE.test(w) && [...w].slice(1).some((ch) => final(ch) === 'ㅆ' && ch !== '겠' && ch !== '있')) ||
  /^(했|됐|왔|갔|봤|줬|났)/.test(w);

/** Any verb's present declarative, "-ㄴ다" (가진다, 열린다, 이뤄진다), alone or before 고/며/면서. */
function presentWord(w: string): boolean {
  const bare = w.replace(/(고|며|면서|지만)$/, '');
  return !NOUNS_IN_NDA.has(w) && bare.length >= 2 && bare.endsWith('다') && final(bare[bare.length - 2]) === 'ㄴ';
}

/** The polite present, "-(스)ㅂ니다" (주최합니다, 엽니다, 갖습니다): a broadcast's schedule. Not the past (했습니다),
 * nor 있습니다, 없습니다, 입니다, which say nothing scheduled. */
function politePresent(w: string): boolean {
  const m = /([가-힣])([가-힣])니다$/.exec(w) ?? /()([가-힣])니다$/.exec(w);
  if (!m || final(m[2]) !== 'ㅂ' || m[2] === '입') return false;
  return m[2] !== '습' || (final(m[1]) !== 'ㅆ' && !/^[있없]$/.test(m[1]) && m[1] !== '');
}

export interface Reading {
  tense: Tense;
  /** The words that decided it, for the draft's "because". */
  cue: string;
}

/**
 * The tense of the meeting reported in `clause` (the reporter's words, quotations removed), whose meeting word
 * starts at `at`. `role` is the line's: a caption's present shows a photo of the meeting, as does the present of a
 * sentence `dated` to a day that has passed (a photo story's "2일 … 모두발언을 하고 있다").
 */
export function tenseOf(said: string, at: number, role: LineRole, futureDate: boolean, dated = false): Reading {
  if (futureDate) return { tense: 'planned', cue: 'a date after the publication day' };
  // A name in single quotes ('빌 앤드 멜린다 게이츠 재단') has no verb of the sentence: blanked, places kept.
  const clause = withoutAgreement(said.replace(/['‘][^'‘’]{1,40}['’]/g, (m) => ' '.repeat(m.length)));
  const rest = clause.slice(at);
  const purpose = PURPOSE_CUE.exec(rest);
  const words = rest.split(/[\s,.!?…"“”'‘’()]+/).filter(Boolean);
  // A plan or a possibility said before the sentence speaks of the meeting in the past decides it.
  // "퇴임을 앞두고 A는 B와 대화를 나눴다": what lies ahead before the meeting word is something else than it.
  const before = clause.slice(0, at).replace(/앞두고|앞둔/g, (m) => ' '.repeat(m.length));
  const planAt = (() => {
    const m =
      PLANNED_CUE.exec(rest) ?? POSSIBLE_CUE.exec(rest) ?? PLANNED_CUE.exec(before) ?? POSSIBLE_CUE.exec(before);
    return m ? { index: rest.indexOf(m[0]), cue: m[0] } : null;
  })();
  // The sentence ends in the present of something scheduled ("회동한다", "만난다").
  const lastWord = words[words.length - 1] ?? '';
  const scheduled = PRESENT.test(lastWord) || presentWord(lastWord) || politePresent(lastWord);
  let offset = 0;
  for (const [k, w] of words.entries()) {
    const here = rest.indexOf(w, offset);
    offset = here + w.length;
    // A cue that starts inside the word decides it too ("만났으면 좋겠다": a wish, whatever its past).
    if (planAt && (planAt.index < 0 || planAt.index < here + w.length)) return { tense: 'planned', cue: planAt.cue };
    // "만나기 위해 도착하고 있다": on the way to the meeting, which is not reported yet.
    // Not a noun's purpose ("회의를 개최하기 위한 방안을 논의했다"), nor what a meal was arranged for ("환영하기
    // 위해 마련된 것으로 … 참석했다").
    if (
      purpose &&
      /기$/.test(w) &&
      // "오찬간담회를 갖고 … 극대화하기 위해 … 나가기로 했다": held, then what it was for.
      !words.slice(0, k).some((x) => /^(갖고|열고|마치고|나누고|만나고|만나)$/.test(x)) &&
      (k === 0 || /^위해/.test(words[k + 1] ?? '')) &&
      !/^(마련|열린|개최|준비)/.test(words[k + 2] ?? '')
    )
      return { tense: 'unclear', cue: purpose[0] };
    // "이날 B를 만난 뒤 C와 오찬을 할 예정이다", "… 만난 뒤 오후에는 C와 회동한다": a step of the plan or the
    // schedule, unless the text dates it past ("지난 2일").
    if (
      (planAt || scheduled) &&
      final(w[w.length - 1]) === 'ㄴ' &&
      /^(뒤|후|이후|직후|다음)$/.test(words[k + 1] ?? '') &&
      !/지난|전날|어제|작년|앞서/.test(clause.slice(0, at + here))
    )
      return { tense: 'planned', cue: planAt?.cue ?? words[words.length - 1] };
    // "B와의 회동을 위해 출국했다": set off on the trip for the meeting, which is not reported yet. Not gone to its
    // venue ("회담을 위해 서초사옥으로 이동했다"), the day's report of it.
    if (
      /^(회동|만남|면담|회담|접견|오찬|만찬|조찬)(을|를)$/.test(w) &&
      /^위해/.test(words[k + 1] ?? '') &&
      words.slice(k + 2, k + 6).some((x) => /^(출국|출발|떠났|떠나|길에 올)/.test(x))
    )
      return { tense: 'unclear', cue: `${w} ${words[k + 1]}` };
    // "회동에 앞서", "만나기 전": what was done before the meeting says nothing of the meeting.
    // Not a conference before which a talk is shown ("위원회의에 앞서 … 이야기하고 있다").
    if (
      k === 0 &&
      /^(회동|만남|면담|회담|접견|오찬|만찬|조찬|만나기)(에|에는)?$/.test(w) &&
      /^(앞서|앞서서|전|전에|직전|직전에)$/.test(words[1] ?? '')
    )
      return { tense: 'unclear', cue: `${w} ${words[1]}` };
    if (PAST_ADNOMINAL.test(w)) return { tense: 'happened', cue: w };
    // A verb's past adnominal before "것으로", "뒤", "후" ("논의한 것으로 전해졌다", "회동한 뒤"); not a year's
    // ("내년 이후", "2027년 이후").
    if (
      final(w[w.length - 1]) === 'ㄴ' &&
      !/(는|년)$/.test(w) &&
      // The word itself, not the first syllable of another ("필립 반 후프").
      /^(것으로|것이|뒤|후|직후|이후|다음|바)(에|에는|에도|날|로)?[,.]?$/.test(words[k + 1] ?? '')
    )
      return { tense: 'happened', cue: `${w} ${words[k + 1]}` };
    // "B, C를 만나는 등 … 나섰다": what the visit takes in, told in the present; a later day may be its ("15일에는 C를
    // 만날 예정이다").
    if (/(만나|회동하|면담하|접견하)는$/.test(w) && words[k + 1] === '등') return { tense: 'unclear', cue: `${w} 등` };
    // "면담을 갖는 것으로 알려졌다": the present before "것으로" is something scheduled or under way, not done.
    if (/는$/.test(w) && /^것으로/.test(words[k + 1] ?? '')) return { tense: 'unclear', cue: `${w} ${words[k + 1]}` };
    // "만찬에 초청했다", "만나자고 했다": asked for, not held.
    // Not where the meeting is a verb of the chain that ends in the request ("만나 … 지원을 요청했다").
    // Nor where the request is what someone said at the meeting ("행사에서 이같이 말하며 … 희망했다").
    const metThenAsked =
      k > 0 &&
      (/(나|서|아|어|해|하고|하며)$/.test(words[0]) ||
        // "회동을 갖고 … 약속했다": held, then promised.
        (k > 1 && /^(갖고|가진 뒤|가진 후|열고|하고|마치고|마친 뒤)$/.test(words[1])) ||
        words.slice(0, k).some((w) => SPOKE.test(w)));
    if (ASKED_FOR.test(w) && !metThenAsked) return { tense: 'unclear', cue: w };
    if (pastWord(w)) return { tense: 'happened', cue: w };
    // "정상회담을 진행 중이다": under way as the article is written, so taking place.
    if (/^진행$/.test(w) && /^중(이다|입니다)/.test(words[k + 1] ?? ''))
      return { tense: 'happened', cue: `${w} ${words[k + 1]}` };
    // "회동을 위해 들어서고 있다", "오찬 장소로 이동하고 있다": a photo of the way there, not of the meeting.
    // Not two or more walking in together ("A와 B가 … 회의장으로 이동하고 있다"): they are together; only one on the
    // way to a meeting with another ("B와의 회동을 위해").
    if (
      /^(들어서|이동하|향하|도착하|입장하|출발하|나서|걸어가|오르)고$/.test(w) &&
      /^있/.test(words[k + 1] ?? '') &&
      /(와의|과의)\s/.test(clause)
    )
      return { tense: 'unclear', cue: `${w} ${words[k + 1]}` };
    if (/고$/.test(w) && words[k + 1] && /^있(다|습니다|었다|는)/.test(words[k + 1]))
      // A photo's present ("…와 대화하고 있다") in a caption, or in a sentence that dates it to a past day.
      return role === 'caption' || dated || /습니다$/.test(words[k + 1]) || pastWord(words[k + 1])
        ? { tense: 'happened', cue: `${w} ${words[k + 1]}` }
        : { tense: 'unclear', cue: `${w} ${words[k + 1]}` };
    if (PRESENT.test(w) || presentWord(w) || politePresent(w)) return { tense: 'planned', cue: w };
  }
  return { tense: 'unclear', cue: 'no verb in the past tense' };
}
