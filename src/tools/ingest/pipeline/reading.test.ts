// Reading sentences: who is named, what meeting each clause reports, and how reports become proposals.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../compiler/index';
import { knownFrom } from '../helpers/known';
import { recordedAs } from '../helpers/foreign';
import { titleIn } from '../helpers/names';
import { readSentences } from '../index';
import { matchRecorded } from './proposals';
import { sentences } from './sentences';
import type { MeetingEvent, MentionContext, Sentence } from './types';

const FIXTURE = path.join(import.meta.dirname, '../../compiler/__fixtures__/minimal');
const known = () => knownFrom(checkSources(FIXTURE).validated);

/** A sentence of the body, of a photo's caption where the text starts with "C|", of a headline with "H|". */
const sentence = (text: string, i = 0): Sentence => ({
  i,
  start: 0,
  end: text.replace(/^[CH]\|/, '').length,
  text: text.replace(/^[CH]\|/, ''),
  line: i + 1,
  role: text.startsWith('C|') ? 'caption' : text.startsWith('H|') ? 'headline' : 'body',
});

/** The stages from the sentences on, as readArticle runs them, over sentences of the body (or captions). */
function read(texts: string[], published = '2025-02-04') {
  const k = known();
  const r = readSentences(
    texts.map((t, i) => sentence(t, i)),
    k,
    published,
    'test.txt',
  );
  return { ctx: r.mentions.context, mentions: r.mentions.bySentence, found: r.events, proposals: r.proposals, k };
}

/** Who met in each proposal, in a stable order ("altman+chey-tae-won"). */
const who = (list: { principals: string[] }[]) => list.map((m) => [...m.principals].sort().join('+'));
const names = (ctx: MentionContext) => [...ctx.people.values()].map((p) => [p.name.ko, p.org, p.title]);
const pairs = (events: MeetingEvent[]) =>
  events.map((e) => [
    e.tense,
    [...e.principals].sort().join('+'),
    e.attendees.join('+'),
    e.date && 'date' in e.date ? e.date.date : e.date,
  ]);

describe('names', () => {
  it('finds the people of data/ with particles attached, and their titles', () => {
    const { mentions } = read(['최태원 SK그룹 회장과 올트먼은 만났다.']);
    expect(mentions[0].map((m) => [m.id, m.particle, m.title ?? ''])).toEqual([['chey-tae-won', '과', '회장']]);
  });

  it('proposes new people introduced with an organisation and a title, in either order, never a journalist', () => {
    const { ctx } = read([
      '곽노정 SK하이닉스 사장과 SK하이닉스 김주선 사장이 참석했다.',
      '이규호 코오롱 부회장도 참석했다.',
      '홍길동 기자가 전했다. 사진=박사진 기자',
      '총영사관의 장하늘 총영사도 함께했다.',
      '강하늘 국민은행장도 참석했다.',
    ]);
    expect(names(ctx)).toEqual([
      ['곽노정', 'sk-hynix', '사장'],
      ['김주선', 'sk-hynix', '사장'],
      ['이규호', 'koorong', '부회장'],
      ['장하늘', 'chongnyeongsagwan', '총영사'],
      ['강하늘', 'gungmineunhaeng', '은행장'],
    ]);
  });

  it('resolves a short reference to the one person it can mean, and to no one when it could be two', () => {
    const one = read(['최태원 SK그룹 회장이 왔다.', '최 회장은 만났다.']);
    expect(one.mentions[1][0].id).toBe('chey-tae-won');
    const two = read([
      '김경훈 오픈AI코리아 대표와 김민수 테스트전자 대표가 만났다.',
      '김 대표는 웃었다.',
      '테스트전자 김 대표는 떠났다.',
    ]);
    expect(two.mentions[1][0]).toMatchObject({ id: '', unresolved: expect.stringContaining(' or ') });
    expect(two.ctx.ambiguous).toHaveLength(1);
    expect(two.mentions[2].find((m) => m.via === 'short')?.id).toBe(two.ctx.people.get('김민수')!.id);
  });
});

describe('names that are not what they look like', () => {
  it('reads a foreign name whose last syllable looks like a particle, or whose words look Korean', () => {
    const { ctx } = read(['타로 마루도 일본 총리와 루카 도미노 이탈리아 총리가 만났다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['타로 마루도', '루카 도미노']);
    const two = read(['사토 게이조 일본 총리와 최태원 회장은 10년 내내 대통령이 주최한 행사에 왔다.']);
    expect(names(two.ctx).map((n) => n[0])).toEqual(['사토 게이조']);
    // A company or an office before a Korean name is not the first word of a foreign one.
    expect(names(read(['이날 한화케미칼 김창범 부회장, 기획조정실 김걸 사장이 참석했다.']).ctx)).toEqual([
      ['김창범', 'hanhwakemikal', '부회장'],
      ['김걸', undefined, '사장'],
    ]);
    // "연방 상무부 부장관": a federal post, no one's name.
    expect(names(read(['H|기공식에 주 정관계 인사·연방 상무부 부장관 축사']).ctx)).toEqual([]);
  });

  it("takes no one from a second post in brackets, a bank written short, an expert's epithet, a city or a tenure", () => {
    const { ctx } = read([
      '이날 간담회에는 김하늘 테스트협회 회장(로만손 회장)이 참석했다.',
      '신보·기보 대표도 참석했다.',
      '미국통 박하늘 한경협 회장이 왔다.',
      '그는 충칭시 글로벌 경제고문 자격으로 방문했다.',
      '지난해 부임한 싱하이밍 주한 중국대사가 왔다.',
      '켈리 오트버그 보잉 CEO, 러셀 스토크스 GE에어로스페이스 엔진 및 서비스 사업부 CEO 등이 만났다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '박하늘', '싱하이밍', '켈리 오트버그']);
  });

  it('reads a verb before a short reference as a verb, not as a foreign name', () => {
    const { ctx, mentions } = read([
      '최태원 SK그룹 회장과 하루키 미도리 테스트전자 회장이 왔다.',
      '행사를 치른 최 회장은 떠났다.',
      '한복을 입고 미도리 회장을 맞았다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['하루키 미도리']);
    expect(mentions[1].map((m) => m.id)).toEqual(['chey-tae-won']);
    expect(mentions[2].map((m) => m.id)).toEqual([ctx.people.get('하루키 미도리')!.id]);
  });

  it('never takes a venue for a title, nor a company with its particle for a person', () => {
    expect(titleIn('행사장')).toBeUndefined();
    expect(titleIn('박람회장')).toBeUndefined();
    expect(titleIn('회의장')).toBeUndefined();
    expect(read(['H|14년 만에 현직 대통령으로 행사 참석한 尹']).mentions[0]).toEqual([]);
    expect(titleIn('국회의장')).toBe('의장');
    expect(read(['세 사람은 회의장에 들어갔다.']).mentions[0]).toEqual([]);
    expect(titleIn('수석부회장')).toBe('수석부회장');
    const { ctx } = read(['현대 모터쇼 행사장에서 도요타와 테스트차그룹 회장이 만났다.']);
    expect(names(ctx)).toEqual([]);
  });

  it("reads a family name that is its company's, and people in a caption printed with their organisation", () => {
    const { ctx } = read([
      '도요타 하루오 일본 테스트자동차 회장이 왔다.',
      'C|김하늘 테스트전자 사장이 4일 최태원 회장과 악수하고 있다.',
      'C|박바다 사장이 웃고 있다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['도요타 하루오', '김하늘']);
  });

  it('reads a name glossed in Chinese characters, and an organisation glued to its title ("경총회장")', () => {
    const { ctx } = read([
      '오찬에는 김하늘(金河訥) 테스트전자 회장, 박바다(朴海)대한상의 회장, 이구름(李雲) 경총회장, 최별 하나금융지주회장이 참석했다.',
      '정별 금융위원장도 참석했다.',
    ]);
    expect(names(ctx)).toEqual([
      ['김하늘', 'teseuteujeonja', '회장'],
      ['박바다', 'korea-chamber-of-commerce-and-industry', '회장'],
      ['이구름', 'korea-enterprises-federation', '회장'],
      ['최별', 'hanageummyungjiju', '회장'],
      ['정별', undefined, '금융위원장'],
    ]);
  });

  it('reads someone named again however the title is printed ("박용만 대한 상의 회장과"), never a market (반도체 시장)', () => {
    const { mentions, ctx } = read([
      'C|박용만 대한상의 회장이 웃고 있다.',
      '장관은 박용만 대한 상의 회장과 만났다. 반도체 시장이 커졌다.',
    ]);
    expect(mentions[1].map((m) => m.id)).toEqual([ctx.people.get('박용만')!.id]);
    expect(names(ctx).map((n) => n[0])).toEqual(['박용만']);
  });

  it("sets a photo's position apart from a name (정홍원(오른쪽에서 네 번째) 국무총리), and a bound noun before it", () => {
    const { ctx } = read([
      '회의가 끝난 뒤 김하늘(오른쪽에서 네 번째) 국무총리가 박바다(왼쪽) 테스트전자 회장과 웃고 있다.',
    ]);
    expect(names(ctx).map((n) => [n[0], n[2]])).toEqual([
      ['김하늘', '국무총리'],
      ['박바다', '회장'],
    ]);
  });

  it('reads a double-barrelled surname whole, and words before a name or a title as neither', () => {
    const { ctx } = read([
      'H|김하늘·박바다, 통상 이슈 속 워싱턴서 미 상무장관과 조우',
      '로리 차베스-디레머 노동부 장관, 마이클 크라치오스 백악관 과학기술정책실장 등이 찾았다.',
      '최고령 경제단체장 박바다 회장은 판교사옥서 김하늘 사장을 만났다.',
      '팔순을 훌쩍 넘긴 박 회장은 회장단 멤버인 최태원 회장과 만났다.',
    ]);
    expect(names(ctx).map((n) => [n[0], n[2]])).toEqual([
      ['로리 차베스-디레머', '장관'],
      ['마이클 크라치오스', '과학기술정책실장'],
      ['박바다', '회장'],
      ['김하늘', '사장'],
    ]);
  });
});

describe('meetings', () => {
  it('reads "조우했다" and a caption of two people photographed together as a meeting done', () => {
    expect(pairs(read(['최태원 SK그룹 회장은 4일 샘 올트먼과 조우했다.']).found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-04'],
    ]);
    expect(pairs(read(['C|최태원 SK그룹 회장(오른쪽)이 3일 샘 올트먼과 기념촬영을 하고 있다.']).found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-03'],
    ]);
  });

  it('takes a group named as such ("3대 그룹 총수는") to be the people its photo showed', () => {
    const { proposals } = read([
      'C|(왼쪽부터) 최태원 SK그룹 회장, 김하늘 테스트전자 회장, 박바다 샘플화학 회장.',
      '3대 그룹 총수는 지난 2일 저녁 서울의 한 호텔에서 만찬을 가졌다.',
    ]);
    expect(proposals.meetings.map((m) => [m.kind, m.principals.length])).toEqual([['dinner', 3]]);
    // Without a photo of them, the group names no one.
    expect(read(['3대 그룹 총수는 지난 2일 만찬을 가졌다.']).proposals.meetings).toEqual([]);
  });

  it('takes the people pictured right after a caption of someone with a group to be that group', () => {
    const { proposals } = read([
      '김하늘 테스트전자 회장이 지난 3일 서울에서 기업 총수들과 대화를 나누고 있다.',
      '왼쪽부터 최태원 SK그룹 회장, 박바다 샘플화학 회장, 정세나 한빛건설 회장.',
    ]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([4]);
  });

  it('reads who met whom, and who sat in', () => {
    const { found } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
      '이 자리에는 곽노정 SK하이닉스 사장도 배석했다.',
    ]);
    expect(pairs(found)).toEqual([
      ['happened', 'altman+chey-tae-won', '', '2025-02-04'],
      ['happened', '', 'gwak-no-jeong', '2025-02-04'],
    ]);
  });

  it('tells what is planned or expected from what happened', () => {
    for (const text of [
      '샘 올트먼은 6일 최태원 회장과 만날 예정이다.',
      '샘 올트먼은 최태원 회장과 회동할 계획이다.',
      '샘 올트먼은 최태원 회장과 만날 것으로 알려졌다.',
    ])
      expect(pairs(read([text]).found)[0][0], text).toBe('planned');
    expect(pairs(read(['샘 올트먼은 최태원 회장과 만난 것으로 알려졌다.']).found)[0][0]).toBe('happened');
  });

  it('reads the steps of a plan ("만난 뒤 … 할 예정이다") as planned, and what it follows ("만난 데 이어") as done', () => {
    const steps = read(['샘 올트먼은 이날 최태원 회장을 만난 뒤 곽노정 SK하이닉스 사장과 오찬을 할 예정이다.']);
    expect(pairs(steps.found).map((p) => p[0])).toEqual(['planned', 'planned']);
    const after = read(['샘 올트먼은 이날 최태원 회장을 만난 데 이어 곽노정 SK하이닉스 사장과 오찬을 할 예정이다.']);
    expect(pairs(after.found).map((p) => p[0])).toEqual(['happened', 'planned']);
  });

  it('dates earlier meetings by what the text says, and never guesses "최근"', () => {
    const earlier = read([
      '샘 올트먼은 최태원 회장과 회동했다.',
      '양사의 만남은 지난해 1월과 같은 해 6월에 이어 세 번째다.',
    ]);
    expect(pairs(earlier.found).map((p) => p[3])).toEqual(['2025-02-04', '2024-01', '2024-06']);
    const recent = read(['샘 올트먼은 최근 최태원 회장과 만났다.']);
    expect(pairs(recent.found)[0][3]).toEqual({ unresolved: '최근' });
  });

  it('meets each in turn when the text says so, all together at a three-way meeting', () => {
    const turns = read(['샘 올트먼은 최태원 회장, 곽노정 SK하이닉스 사장을 연이어 만났다.']);
    expect(turns.proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    const three = read(['샘 올트먼은 최태원 회장, 곽노정 SK하이닉스 사장과 3자 회동을 했다.']);
    expect(three.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    const group = read(['샘 올트먼은 4일 최태원 회장과 곽노정 SK하이닉스 사장 등을 만났다.']);
    expect(group.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    // "B, C와 만나": met together; "B, C와 개별 면담": one each.
    const together = read(['샘 올트먼은 4일 최태원 회장, 곽노정 SK하이닉스 사장과 만나 협력을 논의했다.']);
    expect(together.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    const apart = read(['샘 올트먼은 4일 최태원 회장, 곽노정 SK하이닉스 사장과 개별 면담을 했다.']);
    expect(apart.proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    // "B와 C를 면담했다": two joined by 와 are met together; "B, C를 면담했다", one each.
    const joined = read(['샘 올트먼은 4일 최태원 회장과 곽노정 SK하이닉스 사장을 면담했다.']);
    expect(joined.proposals.meetings.map((m) => m.principals.length)).toEqual([3]);
    const listed = read(['샘 올트먼은 4일 최태원 회장, 곽노정 SK하이닉스 사장을 면담했다.']);
    expect(listed.proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    // "지난 2일 B, 3일 C와 차례로 만났다": each on their own day.
    const days = read(['샘 올트먼은 지난 2일 최태원 회장, 3일 곽노정 SK하이닉스 사장과 차례로 만났다.']);
    expect(days.proposals.meetings.map((m) => [who([m])[0], m.date.date])).toEqual([
      ['altman+chey-tae-won', '2025-02-02'],
      ['altman+gwak-no-jeong', '2025-02-03'],
    ]);
  });

  it('keeps the subject of a clause with no one met ("A는 정상회담 이후 B, C와 면담") for the clause after', () => {
    const { proposals } = read([
      '샘 올트먼은 4일 정상회담 이후 최태원 회장, 곽노정 SK하이닉스 사장과 개별 면담을 했다.',
    ]);
    expect(proposals.meetings.map((m) => m.principals.join('+'))).toEqual([
      'altman+chey-tae-won',
      'altman+gwak-no-jeong',
    ]);
  });

  it('reads a Chinese name written short ("리 총리") and one who spoke "이 자리에서" as of the group met', () => {
    const { proposals } = read([
      '리커창 중국 총리가 4일 방한했다.',
      '식사가 짧은 대신 리 총리는 재계 총수 10여명과의 만남에서 협력방안을 논의했다.',
      '최태원 SK그룹 회장은 이 자리에서 반도체 사업 계획을 소개했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+ri-keo-chang']);
  });

  it('reads a meeting said done in a quote and confirmed ("…를 만났다"고 밝혔다), never for an official\'s firm', () => {
    const own = read(['최태원 SK그룹 회장은 지난 2일 기자들에게 "곽노정 SK하이닉스 사장을 만났다"고 밝혔다.']);
    expect(who(own.proposals.meetings)).toEqual(['chey-tae-won+gwak-no-jeong']);
    const official = read([
      '곽노정 SK하이닉스 사장이 4일 방한했다.',
      'SK하이닉스 관계자는 "샘 올트먼이 오늘 최태원 회장을 만났다"고 확인했다.',
    ]);
    expect(who(official.proposals.meetings)).toEqual(['altman+chey-tae-won']);
    const opinion = read(['최태원 회장은 "샘 올트먼을 만나야 한다"고 말했다.']);
    expect(opinion.proposals.meetings).toEqual([]);
  });

  it('reads a meeting that agreed on what comes next ("만나 … 협력하기로 했다") as done, unless it is to come', () => {
    const { proposals } = read([
      '샘 올트먼은 이날 현대차 곽노정 사장과 만나 기술을 함께 개발하기로 했다.',
      '샘 올트먼은 오는 23일 최태원 회장과 만나 협력하기로 했다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['altman+gwak-no-jeong']);
    expect(who(proposals.unsettled)).toEqual(['altman+chey-tae-won']);
  });

  it('reads a word before a name the article gave in full as no name ("부임한 로빈스", "지시로 곽노정", "우즈벡 총리")', () => {
    const { ctx } = read([
      'H|곽노정 사장, 우즈벡 총리 만나',
      '척 로빈스 시스코 CEO가 방한했다. 곽노정 SK하이닉스 사장이 맞았다.',
      '지난해 부임한 로빈스 CEO는 대통령의 지시로 곽노정 사장이 이끄는 대표단을 만났다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['곽노정', '척 로빈스']);
  });

  it('reads what was said at the news\'s meeting about an earlier one ("이번 만찬에서 … 지난 1월에 열린 회의") as no meeting', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 4일 도쿠라 마사카즈 경단련 회장과 만찬 간담회를 했다.',
      '이번 만찬에서 최 회장과 도쿠라 회장은 지난 1월에 열린 한일재계회의를 높이 평가했다.',
      '사토 야스히로 테스트파이낸셜그룹 특별고문(경단련 부회장)도 참석했다.',
    ]);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
    const people = [...proposals.meetings[0].principals, ...proposals.meetings[0].attendees];
    expect(people.filter((id) => id.startsWith('sato'))).toHaveLength(1);
  });

  it('reads a photo\'s sentence in the body ("A 회장(앞줄 왼쪽)과 B 회장이 들어서고 있다") as a caption', () => {
    const { found } = read(['최태원 회장(앞줄 왼쪽)과 곽노정 SK하이닉스 사장이 회의실로 들어서고 있다.']);
    expect(found.map((e) => e.tense)).toEqual(['happened']);
    const { ctx } = read([
      '최태원 회장(왼쪽 네번째)이 김하늘 테스트당 대표권한대행(왼쪽 세번째)과 기념촬영을 하고 있다.',
    ]);
    expect(names(ctx).map((n) => n[2])).toEqual(['대표권한대행']);
  });

  it('reads "오찬에 참석한 기업인은 A, B, C이다" as those at the lunch told, not a lunch of their own', () => {
    const { proposals } = read([
      '샘 올트먼은 4일 최태원 회장과 오찬을 했다.',
      '오찬에 참석한 기업인은 곽노정 SK하이닉스 사장, 김하늘 테스트전자 회장이다.',
    ]);
    // At a meal, everyone at the table: one lunch of four.
    expect(proposals.meetings.map((m) => m.principals.length + m.attendees.length)).toEqual([4]);
  });

  it('counts a meeting noun with its light verb ("정상회담을 하고 … 논의했다") as a verb of meeting', () => {
    const { proposals } = read(['샘 올트먼은 이날 최태원 회장과 정상회담을 하고 협력 방안을 논의했다.']);
    expect(proposals.meetings.map((m) => m.evidence.meetingVerb)).toEqual([1]);
  });

  it('reads "A와 B가 연이어 C와 만났다" as each of them meeting C', () => {
    const { proposals } = read([
      '김하늘 테스트전자 회장과 박바다 샘플화학 회장이 4일 연이어 최태원 SK그룹 회장과 만났다.',
    ]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([2, 2]);
    expect(proposals.meetings.every((m) => m.principals.includes('chey-tae-won'))).toBe(true);
  });

  it('takes a party that came together ("A를 비롯해 B, C 등이 찾았다") to have sat in, not to have met', () => {
    const { proposals, ctx } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
      '이날 최 회장을 비롯해 김하늘 테스트전자 사장, 박바다 샘플화학 사장 등이 본사를 찾았다.',
    ]);
    const id = (name: string) => [...ctx.people.values()].find((p) => p.name.ko === name)?.id;
    expect(proposals.meetings.map((m) => [m.principals.sort().join('+'), m.attendees.sort()])).toEqual([
      ['altman+chey-tae-won', [id('김하늘'), id('박바다')].sort()],
    ]);
  });

  it('names the meeting its guests attended ("접견에는"), and never those who will attend', () => {
    const { proposals } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장을 접견했다.',
      '이날 접견에는 김하늘 테스트전자 사장도 참석했다.',
    ]);
    expect(proposals.meetings.map((m) => [m.principals.length, m.attendees.length])).toEqual([[2, 1]]);
    const later = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 회동했다.',
      '이 자리에는 김하늘 테스트전자 사장이 참석하고, 박바다 샘플화학 사장도 자리할 계획이다.',
    ]);
    expect(later.proposals.meetings.map((m) => m.attendees.length)).toEqual([0]);
  });

  it('takes a meeting that ends in a request ("만나 … 지원을 요청했다") for done, and a noun\'s purpose too', () => {
    for (const text of [
      '샘 올트먼은 4일 최태원 회장을 만나 협력을 요청했다.',
      '샘 올트먼은 4일 최태원 회장과 만나 행사를 열기 위한 방안을 논의했다.',
    ])
      expect(pairs(read([text]).found)[0][0], text).toBe('happened');
    expect(pairs(read(['샘 올트먼은 최태원 회장에게 면담을 요청했다.']).found)[0]?.[0]).not.toBe('happened');
  });

  it('does not take an invitation for the meeting ("만찬에 초청했다", "만나자고 했다")', () => {
    for (const text of [
      '최태원 SK그룹 회장은 샘 올트먼을 만찬에 초청했다.',
      '샘 올트먼은 최태원 회장에게 만나자고 했다.',
      '최태원 SK그룹 회장은 샘 올트먼과의 만찬에 초대됐다.',
      '샘 올트먼과 최태원 SK그룹 회장의 회동도 계획됐다.',
      'C|최태원 SK그룹 회장이 4일 샘 올트먼과의 간담회에 참석하기 위해 호텔로 들어서고 있다.',
    ])
      expect(
        read([text]).proposals.meetings.filter((m) => m.accept),
        text,
      ).toEqual([]);
  });
});

describe('one meeting told several ways', () => {
  it('dates a meeting by the body when a caption gives another day, and "이날 회동은" by the meeting', () => {
    const told = read(
      [
        'C|최태원 SK그룹 회장과 샘 올트먼이 3일 악수하고 있다.',
        '최태원 SK그룹 회장은 지난 4일 샘 올트먼과 만났다.',
        '이날 회동은 최 회장이 먼저 제안한 것으로 전해졌다.',
      ],
      '2025-02-06',
    );
    expect(told.proposals.meetings.map((m) => [m.date.date, m.sentences.length])).toEqual([['2025-02-04', 3]]);
  });

  it("dates an undated report by the day a photo story's caption names, only when it is just before the telling", () => {
    const story = (published: string) =>
      read(
        [
          'C|최태원 SK그룹 회장이 4일(현지시간) 서울에서 열린 만찬에 참석해 인사하고 있다.',
          '최 회장은 만찬장에 도착하기 전 샘 올트먼과 개별 면담을 했다.',
        ],
        published,
      ).proposals.meetings.map((m) => m.date.date);
    expect(story('2025-02-05')).toEqual(['2025-02-04']);
    expect(story('2025-02-09')).toEqual(['2025-02-09']);
  });

  it('dates an undated photo by the first day the body names, even when the body comes after it', () => {
    const { proposals } = read(
      ['C|샘 올트먼(왼쪽)이 최태원 SK그룹 회장과 악수하고 있다.', '샘 올트먼은 4일 김하늘 테스트전자 대표와 만났다.'],
      '2025-02-06',
    );
    expect(proposals.meetings.map((m) => [who([m])[0], m.date.date])).toEqual([
      ['altman+chey-tae-won', '2025-02-04'],
      ['altman+gim-ha-neul', '2025-02-04'],
    ]);
  });

  it('dates a story told "5일 … 에 따르면" in a page of the 4th on the 5th, past the Assembly\'s plenary of the day before', () => {
    const { proposals } = read(
      [
        '전날 국회 본회의를 앞두고 정치권을 찾았던 그는 본회의 처리가 미뤄지며 바빠졌다.',
        '5일 재계에 따르면 최태원 SK그룹 회장은 이날 샘 올트먼과 만났다.',
      ],
      '2025-02-04',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-05']);
  });

  it('never moves the story\'s day to the day a post takes effect from ("이달 3일부로 착임했다")', () => {
    const { proposals } = read(
      [
        '샘 올트먼은 19일 최태원 SK그룹 회장을 예방했다.',
        '올트먼은 이달 3일부로 착임했다.',
        '전날에는 김하늘 테스트전자 대표와 만남을 가졌다.',
      ],
      '2025-02-19',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-19', '2025-02-18']);
  });

  it('never dates a meeting by the day another paper reported it ("면담을 6일 테스트일보가 … 다뤘다")', () => {
    const { proposals } = read(
      [
        '샘 올트먼은 3일 김하늘 테스트전자 대표를 만났다.',
        '최태원 SK그룹 회장과 김하늘 테스트전자 대표의 면담을 6일 테스트일보가 1면 기사로 다뤘다.',
      ],
      '2025-02-07',
    );
    expect(proposals.meetings).toHaveLength(2);
    expect(proposals.meetings.map((m) => m.date.date)).not.toContain('2025-02-06');
  });

  it('never dates a meeting by the month its principal took up a post ("올 1월 … 취임한 뒤 … 만났다")', () => {
    const { proposals } = read(
      [
        '올 1월 오픈AI 대표에 취임한 뒤 첫 해외 출장지로 한국을 택한 샘 올트먼이 최태원 SK그룹 회장과 만났다.',
        '4일 재계에 따르면 올트먼은 이날 저녁 최 회장과 만찬을 함께했다.',
      ],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads a council named before its post ("한미재계회의 위원장에 선임됐다") as no meeting', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장은 4일 샘 올트먼과 만났다.',
      '최 회장은 올해 1월 한미재계회의 위원장에 선임됐다.',
    ]);
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads a courtesy call on people of different organisations as a call on each, a call on colleagues as one', () => {
    const each = read(['최태원 SK그룹 회장은 4일 새누리당 김하늘 원내대표와 더불어민주당 박하늘 대표를 예방했다.']);
    expect(who(each.proposals.meetings)).toEqual(['chey-tae-won+gim-ha-neul', 'bak-ha-neul+chey-tae-won']);
    const one = read(['최태원 SK그룹 회장은 4일 새누리당 김하늘 원내대표와 박하늘 대표를 예방했다.']);
    expect(one.proposals.meetings).toHaveLength(1);
  });

  it('takes no one named in "X 면담에 앞서" into the event an organisation holds before it', () => {
    const { proposals } = read([
      '이번 사절단에는 김하늘 테스트전자 대표, 박하늘 테스트물산 회장이 참여했다.',
      '한경협과 테스트협회는 4일 샘 올트먼 면담에 앞서 호텔에서 라운드테이블을 공동 개최했다.',
    ]);
    expect(proposals.meetings).toEqual([]);
  });

  it('reads a caption of two people greeting each other as a meeting, and a reshuffle as none', () => {
    const greet = read(['C|최태원 SK그룹 회장이 4일 김하늘 테스트전자 대표와 인사하고 있다.']);
    expect(who(greet.proposals.meetings)).toEqual(['chey-tae-won+gim-ha-neul']);
    const reshuffle = read(['최태원 SK그룹 회장은 4일 김하늘 테스트전자 대표와 함께 인사를 단행했다.']);
    expect(reshuffle.proposals.meetings).toEqual([]);
  });

  it('offers people only a photo shows together, unaccepted, and never beside the meeting the text reports', () => {
    const photo = read([
      'C|(왼쪽부터) 김하늘 테스트전자 대표와 박하늘 테스트물산 회장이 4일 기공식에서 건배를 하고 있다.',
    ]);
    expect(photo.proposals.meetings.map((m) => [who([m])[0], m.accept, m.because[0]])).toEqual([
      ['bak-ha-neul+gim-ha-neul', false, 'only a photo shows them together: accept it if the text says they met'],
    ]);
    const told = read([
      'C|(왼쪽부터) 김하늘 테스트전자 대표와 박하늘 테스트물산 회장이 4일 기공식에서 건배를 하고 있다.',
      '김하늘 대표는 4일 기공식에서 박하늘 회장과 만났다.',
    ]);
    expect(told.proposals.meetings.map((m) => who([m])[0])).toEqual(['bak-ha-neul+gim-ha-neul']);
    expect(told.proposals.meetings[0].because[0]).not.toMatch(/only a photo/);
  });

  it('dates a next-day wrap by the day before, and takes "예정에 없던 회동" for one that happened', () => {
    const { proposals } = read(
      ['5일 재계에 따르면 최태원 SK그룹 회장은 전날 저녁 샘 올트먼과 예정에 없던 회동을 진행한 것으로 전해졌다.'],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.happened])).toEqual([['2025-02-04', true]]);
  });

  it('dates a next-day wrap by a forum attended the day before, not by "전날 도착한"', () => {
    const wrap = read([
      '4일 재계에 따르면, 최태원 SK그룹 회장은 전날 도쿄의 한 호텔에서 열린 포럼에 참석했다.',
      '최 회장은 포럼에서 곽노정 SK하이닉스 사장을 접견한 것으로 알려졌다.',
    ]);
    const met = wrap.proposals.meetings.filter((m) => m.principals.length === 2);
    expect(met.map((m) => m.date.date)).toEqual(['2025-02-03']);
    const arrived = read([
      '4일 재계에 따르면 전날 일본에 도착한 최태원 SK그룹 회장은 이날 곽노정 SK하이닉스 사장과 면담했다.',
    ]);
    expect(arrived.proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it("reads someone introduced after their title, and a date on another act as not the meeting's", () => {
    const { proposals } = read(
      [
        '테스트전자 공동창업자인 빌 게이츠는 5일 SK그룹 본사를 방문했다.',
        '3일 방한한 빌 게이츠는 이날 최태원 SK그룹 회장과 만났다.',
      ],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.principals.length])).toEqual([['2025-02-05', 2]]);
  });

  it('takes some of a gathering told meeting that day for the gathering, unless set apart ("별도로")', () => {
    const text = [
      '샘 올트먼과 최태원 SK그룹 회장, 김하늘 테스트전자 회장, 박바다 샘플화학 회장이 4일 만났다.',
      '이어 김하늘 회장과 박바다 회장이 순차적으로 도착해 샘 올트먼과 대화를 나눴다.',
    ];
    expect(read(text).proposals.meetings.map((m) => m.principals.length)).toEqual([4]);
    const apart = read([text[0], '최 회장은 샘 올트먼과 별도로 만나 대화를 나눴다.']).proposals.meetings;
    expect(apart.map((m) => m.principals.length)).toEqual([4, 2]);
  });

  it('drafts a page that names people beside meeting words it cannot read, with a note, and refuses one without', () => {
    const unread = read(['이날 만찬 메뉴는 샘 올트먼이 좋아하는 한우였다.']).proposals;
    expect(unread.problems).toEqual([]);
    expect(unread.meetings).toEqual([]);
    expect(unread.unsettled.map((u) => [u.unread, u.principals])).toEqual([[true, ['altman']]]);
    expect(read(['오늘 서울은 맑고 샘 올트먼은 기온이 높다.']).proposals.problems).toHaveLength(1);
    // A photo story's caption, or a list of who attended, is such a page too.
    const caption = read(['C|샘 올트먼이 행사장에 들어서며 웃고 있다.', '남측에선 최태원 회장 등 6명이 참석했다.']);
    expect(caption.proposals.problems).toEqual([]);
    expect(caption.proposals.unsettled.map((u) => u.unread)).toEqual([true]);
  });

  it('finds a foreign name data/ records when the article writes it short or spells it another way', () => {
    const k = known();
    for (const [id, ko] of [
      ['toyoda-akio', '도요다 아키오'],
      ['joko-widodo', '조코 위도도'],
    ])
      k.entities.set(id, { id, kind: 'person', ko, en: id, names: [ko], orgs: [], titles: [] });
    const ids = (text: string) =>
      readSentences([sentence(text)], k, '2025-02-04', 't.txt').proposals.meetings.flatMap((m) => m.principals);
    expect(ids('최태원 SK그룹 회장은 4일 도요타 아키오 일본 도요타자동차 회장과 만났다.')).toContain('toyoda-akio');
    expect(ids('최태원 SK그룹 회장은 4일 조코위 인도네시아 대통령과 만났다.')).toContain('joko-widodo');
  });
});

describe('more meetings', () => {
  it('does not take meeting reporters for a meeting', () => {
    expect(read(['최태원 회장은 취재진과 만나 소감을 밝혔다.']).found).toEqual([]);
  });

  it('dates a meeting by its own day, not by the day of something else ("지난 8월 새롭게 출범한")', () => {
    const { found, ctx } = read(['샘 올트먼은 4일 지난 8월 새롭게 출범한 테스트 지주회사 최태원 회장을 만났다.']);
    expect(pairs(found).map((p) => p[3])).toEqual(['2025-02-04']);
    expect(names(ctx)).toEqual([]);
  });

  it('dates a meeting told inside an announcement by its own day, and a list of months by the first', () => {
    const told = read(['테스트재단은 5일 최태원 회장이 지난 3일 샘 올트먼과 만찬을 가졌다고 밝혔다.'], '2025-02-05');
    expect(pairs(told.found).map((p) => p[3])).toEqual(['2025-02-03']);
    const months = read(['최태원 회장과 샘 올트먼은 지난해 9월, 11월 두 차례 회동을 가졌다.']);
    expect(pairs(months.found).map((p) => p[3])).toEqual(['2024-09']);
  });

  it('reads a governor, and a surname glued to a title ("최회장과", "조지사는") as who it names', () => {
    const { proposals } = read([
      '조규하 전남지사가 지난 주말 서울에서 최태원 회장을 찾았다.',
      '조지사는 지난 1일 최회장과 만나 협조를 요청했다.',
    ]);
    expect(proposals.meetings.map((m) => [m.date.date, m.principals])).toEqual([
      ['2025-02-01', ['jo-gyu-ha', 'chey-tae-won']],
    ]);
  });

  it('reads a place with its spoken particle ("국회서") as no one, and a visitor after "방한 중인"', () => {
    const { ctx } = read([
      '최태원, 5일 국회서 여야 대표 각각 회동',
      '최태원 회장은 지난 3일 방한 중인 왕밍 중국국제교류연락회 부회장과 만찬을 가졌다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['왕밍']);
  });
});

describe('earlier meetings beside the news', () => {
  it('keeps each clause of a list of earlier meetings to itself, and "이번 간담회에는" for the news', () => {
    const { proposals } = read(
      [
        '최태원 회장은 5일 샘 올트먼과 간담회를 가졌다.',
        '최태원 회장은 2023년 4월 간담회를 가졌고 지난해 9월에는 김하늘 테스트전자 회장 등이 참석한 가운데 조찬이 열렸다.',
        '가장 최근인 지난 1월에는 회장단이 참석한 가운데 간담회가 열렸다.',
        '이번 간담회에는 박바다 샘플화학 회장도 참석했다.',
      ],
      '2025-02-05',
    );
    const today = proposals.meetings.find((m) => m.date.date === '2025-02-05')!;
    expect(today.principals).toEqual(['chey-tae-won', 'altman']);
    expect(today.attendees).toEqual(['bak-ba-da']);
    // 김하늘 was at last September's breakfast, not at April 2023's meeting nor January's.
    expect(proposals.meetings.filter((m) => m.accept)).toEqual([today]);
  });

  it('reads "이날" after the day the news was told ("4일 재계에 따르면 … 이날") as that day, in an article of the next', () => {
    const { proposals } = read(['4일 재계에 따르면 최태원 회장은 이날 샘 올트먼과 만났다.'], '2025-02-05');
    expect(proposals.meetings.map((m) => m.date.date)).toEqual(['2025-02-04']);
  });

  it('reads an organisation named before its head ("테스트협회(테협)은 … 예방했다") as that head, not a deputy', () => {
    const { proposals } = read([
      '테스트경제협회는 4일 김하늘 테스트전자 회장을 예방했다.',
      '박바다 테스트경제협회 회장과 이구름 테스트경제협회 상근부회장 등이 참석했다.',
      '테스트경제협회는 3일 올트먼 CEO 면담에 앞서 최태원 회장과 만났다.',
    ]);
    expect(who(proposals.meetings.filter((m) => m.principals.length > 1))).toEqual([
      'bak-ba-da+gim-ha-neul',
      'bak-ba-da+chey-tae-won',
    ]);
  });

  it('offers people at the same forum unaccepted: many attend one, and they met only where the text says so', () => {
    const { proposals } = read([
      '최태원 SK그룹 회장, 김하늘 테스트전자 회장 등은 4일 서울에서 열린 테스트 포럼에 나란히 참석했다.',
    ]);
    expect(proposals.meetings.map((m) => [m.accept, m.because[0]])).toEqual([
      [false, 'only at the same 포럼: accept it if the text says they met there'],
    ]);
  });

  it('takes a meeting its party announces ("…를 접견했다고 5일 밝혔다") as told first-hand, not hearsay', () => {
    const told = (verb: string) =>
      read([`SK그룹은 최태원 회장이 지난 3일 서울에서 샘 올트먼 CEO를 접견했다고 4일 ${verb}.`]).proposals.meetings[0];
    expect(told('밝혔다').because.join(' ')).not.toMatch(/not said done by a verb of meeting/);
    expect(told('밝혔다').accept).toBe(true);
  });

  it("reads \"이번 면담은 지난달 … 이뤄졌다\" as the news's meeting, and an organisation's own act as no one's meeting", () => {
    const { proposals } = read(
      [
        '최태원 회장은 5일 샘 올트먼과 면담했다.',
        '이번 면담은 지난달 선임된 최 회장의 취임 인사차 이뤄졌다.',
        '앞서 대한상공회의소는 지난해 6월 한미 재계회의를 서울에서 개최했으며, 회장단 멤버인 김하늘 테스트전자 회장도 참석했다.',
      ],
      '2025-02-05',
    );
    expect(proposals.meetings.map((m) => [m.date.date, who([m])[0]])).toEqual([['2025-02-05', 'altman+chey-tae-won']]);
  });
});

describe('foreign leaders', () => {
  it('knows a recorded foreign name spelled with a hyphen for a space ("카슴-조마르트", "카슴 조마르트")', () => {
    const { ctx } = read(['최태원 SK그룹 회장이 왔다.']);
    expect(recordedAs(ctx, '샘-올트먼')).toBe('altman');
    // A family name of two syllables is the one recorded in full whose last word it is.
    expect(recordedAs(ctx, '올트')).toBeUndefined();
    expect(
      recordedAs(
        {
          ...ctx,
          known: {
            ...ctx.known,
            entities: new Map(
              [...ctx.known.entities].map(([id, e]) => [id, id === 'altman' ? { ...e, names: ['샘 올트'] } : e]),
            ),
          },
        },
        '올트',
      ),
    ).toBe('altman');
  });

  it('reads a Chinese name in one word written short by its first syllable ("싱 대사" after "싱하이밍")', () => {
    const { proposals } = read([
      '싱하이밍 주한 중국대사가 3일 최태원 SK그룹 회장과 만났다.',
      '최 회장은 양국의 협력을 강조했다.',
      '싱 대사는 지난 1월에는 김하늘 테스트전자 대표를 만난 바 있다.',
    ]);
    expect(who(proposals.meetings)).toEqual(['chey-tae-won+sing-ha-i-ming', 'gim-ha-neul+sing-ha-i-ming']);
  });

  it('reads a party secretary written short with the post in two words ("천 당 서기는")', () => {
    const { mentions } = read([
      '최태원 SK그룹 회장은 24일 천하늘 톈진시 당 서기와 만났다.',
      '천 당 서기는 최 회장과 만난 자리에서 협력을 강조했다.',
    ]);
    expect(mentions[1].map((m) => [m.surface, m.id])).toEqual([
      ['천 당서기', mentions[0][1].id],
      ['최 회장', 'chey-tae-won'],
    ]);
  });

  it('reads a foreign name after its title ("최고경영자(CEO) 사티아 나델라가"), never the end of a list', () => {
    const { ctx } = read(
      [
        'H|나델라 MS CEO 방한',
        '마이크로소프트(MS)의 최고경영자(CEO) 사티아 나델라가 23일 최태원 SK그룹 회장을 만났다.',
        '이날 행사에는 최태원 회장 등 경제단체장이 참석했다.',
      ],
      '2014-09-24',
    );
    expect(names(ctx)).toEqual([['사티아 나델라', 'maikeurosopeuteu', '최고경영자']]);
  });

  it('takes a headline\'s short name with a one-syllable country ("스가 日 총리") for the full name the body gives', () => {
    const { ctx, proposals } = read(
      [
        'H|스가 日 총리(사진 왼쪽), 최태원 SK그룹 회장',
        '스가 요시히데 일본 총리가 최태원 SK그룹 회장과 4일 만났다.',
        'H|이어 다음날 구본준 부회장 만나 논의할 듯',
      ],
      '2025-02-05',
    );
    expect(names(ctx)).toEqual([
      ['스가 요시히데', 'government-of-japan', '총리'],
      ['구본준', undefined, '부회장'],
    ]);
    expect(proposals.meetings.map((m) => who([m])[0])).toEqual(['chey-tae-won+seuga-yosihide']);
  });

  it('reads Arabic names whole that end like someone named before, or begin like an adnominal (후세인)', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장은 26일 모하메드 빈 자이드 알 나흐얀 UAE 왕세제를 만났다.',
        '이 자리에는 칼리드 빈 모하메드 알 나흐얀 UAE 국가안보 부보좌관, 후세인 이브라힘 알 함마디 UAE 교육부 장관이 배석했다.',
      ],
      '2019-02-26',
    );
    expect(proposals.meetings.map((m) => m.attendees)).toEqual([
      ['kallideu-bin-mohamedeu-al-naheuyan', 'husein-ibeurahim-al-hammadi'],
    ]);
  });

  it('reads an Arabic name whole, a one-syllable first name, and the word before a title as the organisation', () => {
    const { ctx } = read([
      '최태원 회장은 4일 모하메드 빈 자이드 알 나흐얀 아부다비 왕세제와 맷 가너 아마존웹서비스 최고경영자(CEO)를 만났다.',
    ]);
    expect(names(ctx)).toEqual([
      ['모하메드 빈 자이드 알 나흐얀', 'government-of-abu-dhabi', '왕세제'],
      ['맷 가너', 'amajonwepseobiseu', '최고경영자'],
    ]);
  });

  it('reads a name whose last word ends like 에 ("브엉 딩 후에") whole, never taking that word for its organisation', () => {
    const { ctx } = read(['최태원 회장은 4일 팜밍 찡 총리, 브엉 딩 후에 국회의장과 만났다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['팜밍 찡', '브엉 딩 후에']);
  });

  it('reads European names with their links whole, never posts joined by 겸 nor a verb of greeting as names', () => {
    const { ctx } = read([
      '공항에는 하루키 미도리 국왕 부관참모 겸 경호대장, 휴고 드 용어 내무부 장관, 마누엘 데 라 로차 총리실 경제수석이 나와 최태원 회장을 맞았다.',
    ]);
    expect(names(ctx).map((n) => n[0])).toEqual(['하루키 미도리', '휴고 드 용어', '마누엘 데 라 로차']);
  });

  it('reads a Korean name before an organisation and a title of two words as that name ("김범수 다음카카오 이사회 의장")', () => {
    const { ctx } = read(['C|(오른쪽 부터) 김하늘 테스트카카오 이사회 의장, 박바다 테스트전자 사장이 웃고 있다.']);
    expect(names(ctx).map((n) => n[0])).toEqual(['김하늘', '박바다']);
  });

  it('reads foreign names joined by · before the title they share, and two people of one given name apart', () => {
    const { ctx } = read([
      '최태원 회장은 4일 도쿠라 마사카즈 경단련 회장과 사토 야스히로·야스나가 타츠오 부회장, 구보타 마사카즈 사무총장을 만났다.',
      '김하늘 테스트전자 법인장, 박바다 국가안보실 1차장도 참석했다.',
      '이 자리에는 최하나 최고기술책임자와 정두리 경제산업본부장, 한가람 최고전략책임자(CSO) 등이 배석했다.',
    ]);
    expect(
      names(ctx)
        .map((n) => `${n[0]} ${n[2]}`)
        .sort(),
    ).toEqual([
      '구보타 마사카즈 사무총장',
      '김하늘 법인장',
      '도쿠라 마사카즈 회장',
      '박바다 1차장',
      '사토 야스히로 부회장',
      '야스나가 타츠오 부회장',
      '정두리 경제산업본부장',
      '최하나 최고기술책임자',
      '한가람 최고전략책임자',
    ]);
  });

  it('reads a Chinese family name written apart from the given name ("쑤 허이", "황 짱지")', () => {
    const { ctx } = read([
      '최태원 회장은 4일 쑤 허이 베이징기차 회장, 류 중윈 시노펙 부총경리, 황 짱지 샤오미 전략부총재를 만났다.',
    ]);
    expect(names(ctx).map((n) => `${n[0]} ${n[2]}`)).toEqual([
      '쑤 허이 회장',
      '류 중윈 부총경리',
      '황 짱지 전략부총재',
    ]);
  });

  it('reads foreign names listed with commas before the title they share, and a group counted ("의원 7명")', () => {
    const { ctx, proposals } = read([
      '최태원 회장은 3일 서울에서 미국 상원의원 3명을 만나 사업을 소개했다.',
      '이번에 방한한 상원의원은 공화당의 빌 하퍼, 존 스톤 의원과 민주당의 캐런 밀스 의원이다.',
    ]);
    expect(names(ctx)).toEqual([
      ['존 스톤', 'republican-party', '의원'],
      ['빌 하퍼', 'republican-party', '의원'],
      ['캐런 밀스', 'democratic-party', '의원'],
    ]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([4]);
    const envoys = read(['최태원 회장은 3일 라울 페레스 필리핀 대사와 솜친 깐타 라오스 부대사를 만났다.']);
    expect(names(envoys.ctx)).toEqual([
      ['라울 페레스', 'government-of-philippines', '대사'],
      ['솜친 깐타', 'government-of-laos', '부대사'],
    ]);
    // A chamber's short name, and posts of party, state and staff.
    const posts = read([
      '최태원 회장은 3일 제이슨 리 주한캐나다상의 회장, 응우옌 반 탄 공산당 서기장, 매튜 존스 미국 백악관 보좌관과 만났다.',
    ]);
    expect(names(posts.ctx).map(([name, , title]) => [name, title])).toEqual([
      ['제이슨 리', '회장'],
      ['응우옌 반 탄', '서기장'],
      ['매튜 존스', '보좌관'],
    ]);
    // A Japanese name of two open-syllable words before a company the data does not know; a family name that is also
    // a company's, before the company.
    const japanese = read(['최태원 회장은 3일 사와다 다카시 미도리마트 사장, 도요타 아키오 도요타그룹 회장과 만났다.']);
    expect(names(japanese.ctx).map(([name, , title]) => [name, title])).toEqual([
      ['사와다 다카시', '사장'],
      ['도요타 아키오', '회장'],
    ]);
    // Companies joined by "·", and a company's mark (㈜).
    const marks = read(['최태원 회장은 3일 고다온 가온·누리그룹 회장, 한별 ㈜가온 대표와 만났다.']);
    expect(names(marks.ctx).map(([name, , title]) => [name, title])).toEqual([
      ['고다온', '회장'],
      ['한별', '대표'],
    ]);
    expect([...marks.ctx.organizations.keys()]).toContain('가온·누리그룹');
    // Any country the ISO list names, not only the ones the news prints often.
    const rare = read(['최태원 회장은 3일 마테오 로하스 산체스 우루과이 대사를 만났다.']);
    expect(names(rare.ctx)).toEqual([['마테오 로하스 산체스', 'government-of-uruguay', '대사']]);
  });

  it('reads a leader written short as the one named in full, serving the government, and a residence as no one', () => {
    const { ctx, proposals } = read([
      '최태원 회장이 27일 일본 도쿄 총리 관저에서 다나카 히로시 일본 총리와 면담했다.',
      '최 회장은 이날 도쿄 총리 관저에서 다나카 총리에게 협력을 요청했다.',
    ]);
    expect(names(ctx)).toEqual([['다나카 히로시', 'government-of-japan', '총리']]);
    expect(ctx.organizations.get('일본 정부')?.name.en).toBe('Government of Japan');
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
  });

  it("reads a company's post before its holder is named as that holder, and a bound noun as no one", () => {
    const { ctx, mentions } = read([
      '최태원 회장이 4일 루미나 최고경영자(CEO)와 만났다.',
      '최 회장은 이날 마르코 벨리 루미나 CEO와 데이터센터 협력을 논의했다.',
      '전력 설비를 함께 짓는 것이 대표 사례다.',
    ]);
    expect(names(ctx)).toEqual([['마르코 벨리', 'rumina', 'CEO']]);
    expect(mentions[0].map((m) => m.id)).toEqual(['chey-tae-won', mentions[1][1].id]);
    expect(mentions[2]).toEqual([]);
  });

  it("reads a name whose last syllable looks like a particle before a chamber's short name (…상의 회장)", () => {
    const { ctx } = read(['고용만 부산상의 회장(왼쪽)과 김하나 경기중앙회 회장이 23일 만나 환담하고 있다.']);
    expect(names(ctx).map(([name, , title]) => [name, title])).toEqual([
      ['고용만', '회장'],
      ['김하나', '회장'],
    ]);
    // A short form is proposed under the organisation's full name.
    const short = read(['최태원 회장은 4일 허다인 전경련 회장, 고나래 광주상의 회장과 만났다.']);
    expect([...short.ctx.organizations.keys()]).toEqual(['전국경제인연합회', '광주상공회의소']);
    expect(short.ctx.organizations.get('전국경제인연합회')?.name.en).toBe('Federation of Korean Industries');
  });

  it('reads a short reference (정 회장) as the Korean name a headline prints bare, where no one else fits', () => {
    const { ctx, proposals } = read([
      'H|최태원 옆에선 고다온 "협력 넓힌다"',
      '최태원 회장은 이날 고 회장과 악수를 나눴다.',
      '최 회장은 박 회장과도 만났다.',
    ]);
    expect(names(ctx)).toEqual([['고다온', undefined, '회장']]);
    expect(proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
  });

  it("reads a president written short (문 대통령) as the one in office on the article's day, and no other", () => {
    const moon = read(['문 대통령은 4일 청와대에서 최태원 SK그룹 회장과 만났다.'], '2018-03-05');
    expect(names(moon.ctx)).toEqual([['문재인', undefined, '대통령']]);
    expect(moon.proposals.meetings.map((m) => m.principals.length)).toEqual([2]);
    const later = read(['문 대통령은 4일 청와대에서 최태원 SK그룹 회장과 만났다.'], '2023-03-05');
    expect(names(later.ctx)).toEqual([]);
    expect(later.mentions[0][0].unresolved).toBe('no one named so');
  });

  it('reads a foreign name written short in the headline as the one the body names in full', () => {
    const { ctx, found } = read([
      '최태원 회장, 부시 전 대통령 만나',
      '최 회장은 22일 서울에서 조지 부시 전 미국 대통령과 만났다.',
    ]);
    expect(names(ctx)).toEqual([['조지 부시', 'government-of-united-states', '대통령']]);
    expect(new Set(found.flatMap((e) => e.principals)).size).toBe(2);
  });

  it('reads a name ending in a syllable that looks like a particle (현정은) before its organisation', () => {
    const { ctx } = read(['최태원 회장은 4일 고정은 가온그룹 회장과 만났다.']);
    expect(names(ctx)).toEqual([['고정은', 'gaongeurup', '회장']]);
  });

  it('reads a former secretary-general and a president-elect by their posts alone', () => {
    const { ctx } = read(['한가람 대통령 당선인이 9일 집무실에서 고누리 전 유엔사무총장과 면담하고 있다.']);
    expect(names(ctx)).toEqual([
      ['한가람', undefined, '대통령 당선인'],
      ['고누리', undefined, '유엔사무총장'],
    ]);
  });
});

describe('sentences', () => {
  it("leaves a photo's credit glued to the next sentence out of it", () => {
    const text = '최태원 회장과 샘 올트먼. 연합뉴스최태원 회장이 샘 올트먼과 만났다.';
    const said = sentences([{ line: { n: 1, start: 0, end: text.length, text }, role: 'body' }]);
    expect(said.map((s) => s.text)).toEqual(['최태원 회장과 샘 올트먼.', '최태원 회장이 샘 올트먼과 만났다.']);
    expect(text.slice(said[1].start, said[1].end)).toBe(said[1].text);
  });
});

describe('proposals', () => {
  it('gathers the sentences of one meeting, and matches it to the meeting data/ records', () => {
    const { proposals, k } = read([
      '샘 올트먼은 4일 최태원 SK그룹 회장과 만났다.',
      '최 회장과 올트먼은 회동 후 헤어졌다.',
    ]);
    const { meetings } = proposals;
    expect(meetings).toHaveLength(1);
    expect(meetings[0].sentences).toHaveLength(2);
    expect(matchRecorded(k, meetings[0])).toEqual({ id: '2025-02-04-altman-chey', refine: false });
    expect(matchRecorded(k, { ...meetings[0], date: { date: '2025-03-01', precision: 'day', cue: '' } })).toBeNull();
    // The same people only at the same forum that day: not the meeting recorded.
    expect(matchRecorded(k, { ...meetings[0], kind: 'summit', cues: ['포럼'] })).toBeNull();
  });

  it('reads a dinner held with no one named as the gathering its guests attend, and its caption as the same', () => {
    const { proposals } = read(
      [
        '한별 가온그룹 회장과 도윤 누리그룹 회장이 대화를 나누고 있다.',
        '19일 저녁 서울 여의도에서 회장단 만찬이 열렸다.',
        '한별 회장, 도윤 회장을 비롯해 서하 다온그룹 회장, 이안 라온그룹 회장 등이 참석했다.',
        'C|한별 회장, 도윤 회장, 서하 회장, 주원 미르그룹 회장이 19일 만찬에서 건배하고 있다.',
      ],
      '2015-11-19',
    );
    expect(proposals.meetings.map((m) => [m.accept, m.principals.length, m.date.date])).toEqual([
      [true, 5, '2015-11-19'],
    ]);
  });
});
