// New people: names the data does not know, introduced with an organisation and a title in any of the usual
// orders ("곽노정 SK하이닉스 사장", "SK하이닉스 곽노정 사장", "Arm의 르네 하스 CEO"). Journalists never.
import {
  HEAD_OF_ORG,
  COUNTRIES,
  FOREIGN_COMPANIES,
  JOURNALIST,
  LIST_END,
  NAME_MODIFIERS,
  NAME_SHAPED_NOUN,
  NOT_NAMES,
  PLACES_KOREA,
  ORG_SUFFIX,
  PARTICLES,
  PLACES_ABROAD,
  SAT_IN_LIST,
  SIDE_OPENER,
  STATE_POST,
  STRONG_TITLE,
  DEPARTMENT,
} from '../korean/lexicon';
import { looksLikeKoreanName } from '../korean/names';
import type { Token } from '../korean/tokens';
import { nameWord, openSyllables, recordedAs, shortFor } from './foreign';
import { looksLikeOrg, looksShortSurname, orgOf, orgOrNew, proposeOrganization, proposePerson, titleIn } from './names';
import type { LineRef, Mention, MentionContext, ProposedOrganization, Sentence } from '../pipeline/types';

/**
 * After a name: the organisation and title printed with it, up to the word that ends the phrase (the one with a
 * particle, or the title). Returns the index of that last word.
 */
export function phraseAfter(
  ctx: MentionContext,
  tokens: Token[],
  i: number,
  readAt: LineRef,
  sentence: string,
  nameParticle = '',
  asNew = false,
) {
  let org: { id: string; proposal?: ProposedOrganization } | undefined;
  let titleFrom = -1;
  let j = i;
  let particle = nameParticle;
  // The first word past "신임" and a place abroad ("지빈창 산둥 루신집단 동사장"): where an organisation may start.
  let lead = i + 1;
  const person = (w: string) =>
    ctx.table.has(w) || looksShortSurname(w) || (looksLikeKoreanName(w) && !titleIn(w) && !looksLikeOrg(w));
  for (let k = i + 1; k <= Math.min(tokens.length - 1, i + 7); k++) {
    // "·" joins words of a title ("콘텐츠·글로벌 사업 총괄") once the organisation is read, never two names.
    const joiner = tokens[k - 1].after;
    if (particle !== '' || !(/^ ?$/.test(joiner) || (joiner === '·' && org !== undefined))) break;
    let word = tokens[k].particle ? tokens[k].stem : tokens[k].text;
    // "신임", "전": which holder of the post it is, not part of the organisation or the title.
    if (
      // A place right before the title is the organisation ("톈진시 서기").
      (NAME_MODIFIERS.has(word) || (PLACES_ABROAD.test(word) && !titleIn(tokens[k + 1]?.stem ?? ''))) &&
      !tokens[k].particle &&
      titleFrom < 0 &&
      org === undefined
    ) {
      j = k;
      lead = k + 1;
      continue;
    }
    // "현대·기아차그룹": two companies joined by "·" before an organisation word are one organisation.
    if (
      org === undefined &&
      titleFrom < 0 &&
      tokens[k].after === '·' &&
      !tokens[k].particle &&
      looksLikeOrg(tokens[k + 1]?.stem ?? '')
    ) {
      k += 1;
      word = `${word}·${tokens[k].particle ? tokens[k].stem : tokens[k].text}`;
    }
    // A Latin name may run over two words: "CJ ENM".
    if (
      /^[A-Z][A-Za-z0-9&]*$/.test(word) &&
      tokens[k].after === ' ' &&
      /^[A-Z][A-Za-z0-9&]*$/.test(tokens[k + 1]?.stem ?? '')
    ) {
      if (!titleIn(tokens[k + 1].stem)) {
        k += 1;
        word = `${word} ${tokens[k].particle ? tokens[k].stem : tokens[k].text}`;
      }
    }
    const o = org === undefined && titleFrom < 0 ? orgOf(ctx, word, readAt) : undefined;
    if (o !== undefined && !titleIn(word)) {
      org = o;
      j = k;
      particle = tokens[k].particle;
      continue;
    }
    if (titleIn(word)) {
      if (titleFrom < 0) titleFrom = k;
      j = k;
      particle = tokens[k].particle;
      if (particle !== '') break;
      continue;
    }
    // Words before a title belong to it ("AI인프라 사장", "콘텐츠·글로벌 사업 총괄"); a name does not, and
    // anything else ends the phrase.
    const ahead = tokens.slice(k + 1, k + 4);
    const titleAt = ahead.findIndex((t) => titleIn(t.stem));
    const joined =
      titleAt >= 0 &&
      ahead.slice(0, titleAt).every((t) => !t.particle) &&
      tokens.slice(k, k + titleAt + 1).every((t) => /^( |·)$/.test(t.after));
    // One short word straight after the name and before its title is the organisation, even if it looks like a
    // name ("손경식 경총 회장", "최진식 중견련 회장"); a surname alone starts a short reference ("… 최 회장과").
    if (
      k === lead &&
      !looksShortSurname(word) &&
      // "빈대떡 등 시장 음식": the end of a list, never an organisation.
      !LIST_END.test(word) &&
      org === undefined &&
      titleFrom < 0 &&
      !tokens[k].particle &&
      // "전광민 연세대 기계공학부 교수": a university's department may come between.
      (titleIn(tokens[k + 1]?.stem ?? '') ||
        (DEPARTMENT.test(tokens[k + 1]?.text ?? '') && !!titleIn(tokens[k + 2]?.stem ?? ''))) &&
      !ctx.table.get(word)?.some((e) => e.entity.kind === 'person')
    ) {
      org = orgOrNew(ctx, word, readAt);
      j = k;
      continue;
    }
    // Before the organisation a name-like word may be the next person; after it, it is part of the title. With no
    // organisation read, two words at most ("이슈 속 워싱턴DC서 미 상무장관과" is no one's title).
    if (
      k <= i + 6 &&
      joined &&
      (org !== undefined || titleAt <= 1) &&
      !tokens[k].particle &&
      !LIST_END.test(word) &&
      (org !== undefined || !person(tokens[k].text))
    ) {
      if (titleFrom < 0) titleFrom = k;
      continue;
    }
    break;
  }
  // A lone particle after a space ("회장 이") still ends the phrase.
  if (particle === '' && tokens[j + 1] && /^(이|가|은|는|을|를|과|와|도|의)$/.test(tokens[j + 1].text)) {
    particle = tokens[j + 1].text;
    j += 1;
  }
  // "이규호 코오롱 부회장": with no organisation read, the one word before the title names it.
  if (
    !org &&
    asNew &&
    titleFrom === lead &&
    j === lead + 1 &&
    !titleIn(tokens[lead].text) &&
    /^[가-힣A-Za-z&]{2,12}$/.test(tokens[lead].text)
  ) {
    org = orgOrNew(ctx, tokens[lead].text, readAt);
    titleFrom = j;
  }
  let title: string | undefined;
  if (titleFrom >= 0) {
    const end = j > titleFrom && /^(이|가|은|는|을|를|과|와|도|의)$/.test(tokens[j].text) ? j - 1 : j;
    title = sentence
      .slice(tokens[titleFrom].start, tokens[end].end - tokens[end].particle.length)
      // "회장(왼쪽)": where the photo shows them, not part of the title.
      .replace(/\((맨\s?)?(왼쪽|오른쪽|가운데|앞줄|뒷줄|사진)[^)]*\)/g, '')
      .trim();
    // An organisation glued to its title ("경총회장", "하나금융지주회장", "무역협회장", "국민은행장"): the two apart.
    const post = titleIn(title);
    const glued = !org && post && !title.includes(' ') && title.endsWith(post) ? title.slice(0, -post.length) : '';
    // Not a suffix alone ("금융위원장": 금융 is no organisation's name).
    const bare = glued === ORG_SUFFIX.exec(glued)?.[0];
    // A chamber's head ("무역협회장": 무역협회), a bank's ("국민은행장": 국민은행).
    const full = post === '은행장' ? `${glued}은행` : `${glued}회`;
    const own = glued.length >= 2 && !bare ? (orgOf(ctx, glued, readAt) ?? orgOf(ctx, full, readAt)) : undefined;
    // A city's or a province's head ("부산시장": 부산시, "충남지사", "경기도지사": 충남도, 경기도).
    const place =
      !own && glued.length >= 2 && /^[가-힣]+$/.test(glued) && /^(시장|도지사|지사)$/.test(post ?? '')
        ? orgOrNew(ctx, post === '시장' ? `${glued}시` : `${glued}도`, readAt)
        : undefined;
    // An office's head ("국무조정실장": 국무조정실), of an office named in three syllables or more.
    const office =
      !own && !place && post === '실장' && glued.length >= 3 ? orgOrNew(ctx, `${glued}실`, readAt) : undefined;
    if (own ?? place ?? office) [org, title] = [own ?? place ?? office, post];
  }
  // Two posts joined by 겸, the second an organisation's ("부총리 겸 기획재정부 장관"): that organisation.
  const second = !org && title ? /겸\s+(\S+)\s+(\S+)$/.exec(title) : null;
  if (second && titleIn(second[2]) === second[2]) org = orgOf(ctx, second[1], readAt);
  return { last: j, org, title, particle };
}

/**
 * Someone the data does not know, introduced with a title: "곽노정 SK하이닉스 사장", "SK하이닉스 곽노정 사장",
 * "김경훈 오픈AI코리아 대표" (foreign names: foreign.ts).
 */
export function newPerson(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention | null {
  const t = tokens[i];
  const readAt = { line: s.line, text: s.text };
  const nameEnd = i;
  // "박용만 대한상공회의소 회장": a name whose last syllable reads as a particle (만, 도, 이…), before its title.
  const after = tokens[i + 1];
  const glued =
    /^(만|도|이|가|나|로|와|과|은|을)$/.test(t.particle) &&
    t.text.length === 3 &&
    t.after === ' ' &&
    after !== undefined &&
    [after.stem, after.text].some(
      (w) =>
        titleIn(w) !== undefined ||
        looksLikeOrg(w) ||
        [...ctx.known.entities.values()].some((e) => e.kind === 'organization' && e.names.includes(w)),
    );
  const name = (t.particle === '' || glued) && looksLikeKoreanName(t.text) && !titleIn(t.text) ? t.text : null;
  // "방문해", "회동하고": a verb, whatever its first syllable looks like.
  const verb =
    name && /(해|하고|하며|하자|했)$/.test(name) && NOT_NAMES.has(name.replace(/(해|하고|하며|하자|했)$/, ''));
  // "간사인", "방북한": a title's or a noun's adnominal, whatever its first syllable looks like.
  // So is one before a country ("삼성자동차를 인수한 프랑스 르노사"): a name is not followed by one.
  const adnominal =
    name &&
    /[인한된던]$/.test(name) &&
    (NOT_NAMES.has(name.slice(0, -1)) || titleIn(name.slice(0, -1)) || COUNTRIES.has(tokens[i + 1]?.text ?? ''));
  if (
    !name ||
    verb ||
    adnominal ||
    NOT_NAMES.has(name) ||
    NAME_MODIFIERS.has(name) ||
    ctx.known.entities.has(name) ||
    looksLikeOrg(name) ||
    // A city ("충칭시 경제고문"): a Korean name rarely ends so.
    (name.length >= 3 && name.endsWith('시')) ||
    // A company's board ("모더나 공동 설립자 겸 이사회 의장"), a region ("아·태지역 사장"), or a city ("6일 부산
    // 중구"), shaped like a name.
    NAME_SHAPED_NOUN.test(name) ||
    // A committee written short, before its post ("경협위 위원장", "공정위 부위원장").
    (name.endsWith('위') && /^부?위원/.test(after?.text ?? '')) ||
    // "기업및 장관": a list's word with 및 glued on. "이날때 대통령 내외는": the day's word, a space left out.
    name.endsWith('및') ||
    name.startsWith('이날') ||
    PLACES_KOREA.has(name) ||
    // A place abroad ("오사카 시장").
    PLACES_ABROAD.test(name)
  )
    return null;
  // A company or a country, bare or with its particle ("도요타와 현대차그룹 회장"), is never a person; nor a common
  // word with its particle or the spoken locative 서 ("국회서 여야 대표").
  const bare = [...PARTICLES, '서'].map((p) => (name.endsWith(p) ? name.slice(0, -p.length) : '')).filter(Boolean);
  if ([name, ...bare].some((w) => FOREIGN_COMPANIES.has(w) || COUNTRIES.has(w))) return null;
  if (bare.some((w) => NOT_NAMES.has(w))) return null;
  // A foreign name data/ records, written short in three syllables that look Korean ("조코위" for "조코 위도도").
  const recorded = recordedAs(ctx, name);
  if (recorded) {
    const after = phraseAfter(ctx, tokens, nameEnd, readAt, s.text, '', true);
    return {
      first: i,
      last: after.last,
      surface: name,
      kind: 'person',
      id: recorded,
      particle: after.particle,
      via: 'name',
      ...(after.title ? { title: after.title } : {}),
      quoted: t.quoted,
    };
  }
  // Two open-syllable words shaped like names before a title ("조코 위도도 대통령"): a transliterated name of two
  // words, for foreign.ts, not a Korean name and its organisation.
  const next = tokens[i + 1];
  const third = tokens[i + 2];
  if (
    openSyllables(name) &&
    next &&
    t.after === ' ' &&
    next.after === ' ' &&
    openSyllables(next.stem) &&
    third !== undefined &&
    (titleIn(third.stem) !== undefined ||
      looksLikeOrg(third.text) ||
      COUNTRIES.has(third.text) ||
      // "사와다 다카시 패밀리마트 사장": a company the data does not know, then the title.
      (third.after === ' ' && !third.particle && titleIn(tokens[i + 3]?.stem ?? '') !== undefined))
  )
    return null;
  // "제이슨 리 주한캐나다상의 회장", "스캇 박 두산밥캣 부회장": a given name, then a family name of one syllable.
  if (
    next &&
    third &&
    t.after === ' ' &&
    next.after === ' ' &&
    next.text.length === 1 &&
    (looksShortSurname(next.text) || next.text === '리') &&
    !NAME_MODIFIERS.has(next.text) &&
    (titleIn(third.stem) !== undefined || looksLikeOrg(third.text) || COUNTRIES.has(third.text))
  )
    return null;
  // "라울 에르난데스 필리핀 대사", "마테오 로하스 산체스 우루과이 대사": one or two words that are no organisation,
  // then a country, are the rest of a foreign name.
  const restOfName = (w: Token) =>
    w.after === ' ' &&
    /^[가-힣]{2,6}$/.test(w.text) &&
    !looksLikeOrg(w.text) &&
    titleIn(w.stem) === undefined &&
    !NOT_NAMES.has(w.text) &&
    !NAME_MODIFIERS.has(w.text) &&
    !FOREIGN_COMPANIES.has(w.text) &&
    ![...ctx.known.entities.values()].some((e) => e.names.includes(w.text));
  const countryAt = [2, 3].find((k) => COUNTRIES.has(tokens[i + k]?.text ?? ''));
  if (t.after === ' ' && countryAt && tokens.slice(i + 1, i + countryAt).every(restOfName)) return null;
  // "부임한 로빈스 CEO는": a word before a foreign name the article wrote in full, not a name and its organisation.
  if (next && t.after === ' ' && shortFor(ctx, next.stem)) return null;
  const phrase = phraseAfter(ctx, tokens, nameEnd, readAt, s.text, '', true);
  if (!phrase.title) return null;
  // "도쿄 총리 관저": a place named after a post, not a person.
  if (/^(궁|관저|공관|청사|집무실|비서실)/.test(tokens[phrase.last + 1]?.stem ?? '')) return null;
  // "이시바 총리" after "이시바 시게루 일본 총리": a foreign name written short, not a Korean name.
  const shortened = shortFor(ctx, name);
  if (shortened)
    return {
      first: i,
      last: phrase.last,
      surface: name,
      kind: 'person',
      id: shortened,
      particle: phrase.particle,
      via: 'short',
      title: phrase.title,
      quoted: t.quoted,
    };
  // Without an organisation beside it, only a title that names a post ("사장", not "담당") makes a name.
  const before = tokens[i - 1];
  const orgBefore =
    before !== undefined &&
    before.after === ' ' &&
    (before.particle === '' || before.particle === '의') &&
    (looksLikeOrg(before.stem) ||
      [...ctx.known.entities.values()].some((e) => e.kind === 'organization' && e.names.includes(before.stem)));
  // In a side's list ("현대차 측에서는 A 전무, B 상무 등이 참석했다") any title makes a name, and the side, where it
  // is an organisation, is each one's.
  const sideName = !phrase.org && !orgBefore ? SIDE_OPENER.exec(s.text)?.[1] : undefined;
  const side = sideName ? orgOf(ctx, sideName, readAt) : undefined;
  // So in a list of those who sat in ("A 사장과 B 고문 등이 배석했다"): whoever holds any post there is a person.
  const satIn = SAT_IN_LIST.test(s.text.trim());
  // So does a post named in full, a field before the title ("국제경제관리관", "국제협력팀장").
  const post = titleIn(phrase.title);
  const fullPost = post !== undefined && phrase.title.length >= post.length + 2;
  if (!phrase.org && !orgBefore && !sideName && !satIn && !fullPost && !STRONG_TITLE.test(phrase.title)) return null;
  // A byline or a photo credit names a journalist: never a participant.
  if (JOURNALIST.test(phrase.title) || /^(기자|특파원)/.test(tokens[nameEnd + 1]?.text ?? '')) return null;
  // The organisation may come first: "SK하이닉스 곽노정 사장".
  let org = phrase.org;
  // "사진=현대자동차그룹 정의선 회장": a photo credit's sign is not part of the organisation's name.
  if (!org && orgBefore) org = orgOf(ctx, (before.particle ? before.stem : before.text).replace(/^.*[=:]/, ''), readAt);
  org ??= side;
  // A caption names people too (a photo story's facts sit there), but only with their organisation printed, or a
  // post of state ("한덕수 대통령 권한대행 국무총리가").
  const ofState = STATE_POST.test(phrase.title ?? '');
  if (
    !ctx.people.has(name) &&
    (t.quoted || (s.role === 'caption' && !phrase.org && !orgBefore && !sideName && !ofState))
  )
    return null;
  proposeOrganization(ctx, org);
  const { id } = proposePerson(ctx, name, { org: org?.id, title: phrase.title, readAt });
  return {
    first: i,
    last: phrase.last,
    surface: name,
    kind: 'person',
    id,
    particle: phrase.particle,
    via: 'new',
    title: phrase.title,
    ...(org ? { org: org.id } : {}),
    quoted: t.quoted,
  };
}

/**
 * Names joined by "·" that share the title after the last ("양진모·조성환 부사장", "장웅준·신승규 이사"): each is
 * someone, with that organisation and title. Returns their mentions, the last one's included, or null.
 */
export function sharedTitle(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention[] | null {
  let j = i;
  while (
    tokens[j + 1] &&
    tokens[j].after === '·' &&
    tokens[j].particle === '' &&
    looksLikeKoreanName(tokens[j].text) &&
    !NOT_NAMES.has(tokens[j].text)
  )
    j++;
  if (j === i) return null;
  const last = newPerson(ctx, s, tokens, j) ?? knownPerson(ctx, tokens[j].text, j);
  if (!last) return null;
  const org = last.org;
  const out: Mention[] = [];
  for (let k = i; k < j; k++) {
    const name = tokens[k].text;
    const known = [...ctx.known.entities.values()].find((e) => e.kind === 'person' && e.names.includes(name));
    const id =
      known?.id ?? proposePerson(ctx, name, { org, title: last.title, readAt: { line: s.line, text: s.text } }).id;
    out.push({
      first: k,
      last: k,
      surface: name,
      kind: 'person',
      id,
      particle: last.particle,
      via: known ? 'name' : 'new',
      ...(last.title ? { title: last.title } : {}),
      ...(org ? { org } : {}),
      quoted: tokens[k].quoted,
    });
  }
  return [...out, last];
}

/** A person data/ records under exactly this name, as a mention at token `k` (the last of a "·" list). */
function knownPerson(ctx: MentionContext, name: string, k: number): Mention | null {
  const e = [...ctx.known.entities.values()].find((x) => x.kind === 'person' && x.names.includes(name));
  return e
    ? { first: k, last: k, surface: name, kind: 'person', id: e.id, particle: '', via: 'name', quoted: false }
    : null;
}

/** "한국무역협회(회장 한덕수)는": the head of the organisation before the brackets, who stands for it. */
function headInBrackets(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention | null {
  const [org, post, name] = [tokens[i - 2], tokens[i - 1], tokens[i]];
  if (!org || !post || !/[(]\s*$/.test(s.text.slice(0, post.start)) || !/^\s*[)]/.test(s.text.slice(name.end)))
    return null;
  const title = titleIn(post.stem) === post.stem ? post.stem : undefined;
  if (!title || !HEAD_OF_ORG.test(title) || post.particle || name.particle || !looksLikeKoreanName(name.stem))
    return null;
  const readAt = { line: s.line, text: s.text };
  const of = orgOf(ctx, org.stem, readAt);
  proposeOrganization(ctx, of);
  const recorded = recordedAs(ctx, name.stem);
  const id = recorded ?? proposePerson(ctx, name.stem, { org: of?.id, title, readAt }).id;
  return {
    first: i,
    last: i,
    surface: name.stem,
    kind: 'person',
    id,
    particle: '',
    via: recorded ? 'name' : 'new',
    title,
    ...(of ? { org: of.id } : {}),
    quoted: name.quoted,
  };
}

/**
 * Someone introduced after their title, as an apposition: "마이크로소프트 공동창업자인 빌 게이츠는", "삼성전자 회장인
 * 김하늘이". The name runs from token `i` to the first word with a particle (three words at most).
 */
export function namedAfterTitle(ctx: MentionContext, s: Sentence, tokens: Token[], i: number): Mention | null {
  const prev = tokens[i - 1];
  const inBrackets = headInBrackets(ctx, s, tokens, i);
  if (inBrackets) return inBrackets;
  if (!prev || prev.particle !== '' || prev.after !== ' ') return null;
  // "회장인 허창수": a title's adnominal. "최고경영자(CEO) 사티아 나델라가": a title in apposition, before a
  // transliterated name of two words or more.
  const adnominal = /인$/.test(prev.text) ? titleIn(prev.text.slice(0, -1)) : undefined;
  // Not a word that is also a common noun ("글로벌 시장 지배력 확대를": a market, not a mayor).
  const apposed = !adnominal && titleIn(prev.stem) === prev.stem && prev.stem !== '시장' ? prev.stem : undefined;
  const title = adnominal ?? apposed;
  if (!title || !STRONG_TITLE.test(title) || JOURNALIST.test(title)) return null;
  let last = i;
  while (last < i + 3 && tokens[last] && tokens[last].particle === '' && tokens[last].after === ' ') last++;
  const words = tokens.slice(i, last + 1);
  if (!tokens[last] || tokens[last].particle === '' || !words.every((w) => /^[가-힣]{1,6}$/.test(w.stem))) return null;
  const name = words.map((w, k) => (k === words.length - 1 ? w.stem : w.text)).join(' ');
  // Every word a name's ("회장 등 경제단체장이": a list's end, not someone).
  const nameLike = (w: Token) =>
    !/^(등|및|외|각)$/.test(w.stem) && nameWord(ctx, { ...w, text: w.stem, particle: '' }, true);
  if (apposed && (words.length < 2 || !words.every(nameLike))) return null;
  if (NOT_NAMES.has(name) || titleIn(name) || looksLikeOrg(name) || (words.length === 1 && !looksLikeKoreanName(name)))
    return null;
  const readAt = { line: s.line, text: s.text };
  const before = tokens[i - 2];
  const org =
    before && before.after === ' ' && (before.particle === '' || (apposed && before.particle === '의'))
      ? orgOf(ctx, before.stem, readAt)
      : undefined;
  proposeOrganization(ctx, org);
  const recorded = recordedAs(ctx, name);
  const id = recorded ?? proposePerson(ctx, name, { org: org?.id, title, readAt }).id;
  return {
    first: i,
    last,
    surface: name,
    kind: 'person',
    id,
    particle: tokens[last].particle,
    via: recorded ? 'name' : 'new',
    title,
    ...(org && !recorded ? { org: org.id } : {}),
    quoted: tokens[i].quoted,
  };
}
