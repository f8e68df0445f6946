// The page: decoding, which lines are the article, its metadata, and its sentences.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../index';
import { isCaption, isProse } from './body';
import { pageFromBytes } from './read';
import type { Known } from './types';

/** Nothing recorded: how the page is read does not depend on data/. */
const nothing = (outlets: Known['outlets'] = []): Known => ({
  entities: new Map(),
  meetings: [],
  articles: new Map(),
  outlets,
});
const reading = (p: ReturnType<typeof page>, flags = {}, outlets: Known['outlets'] = []) =>
  readArticle(p, nothing(outlets), { dataDir: '', flags }).reading!;

const PAGE = [
  '2025년 03월 05일 수요일',
  '  • 서울 -3℃',
  '경제 뉴스',
  '테스트 회장, 방한한 올트먼과 회동',
  '입력 2025.03.05 09:10',
  '수정 2025.03.05 10:00',
  '홍길동',
  '  기자',
  '공유',
  '김영희 테스트전자 회장과 샘 올트먼 오픈AI 최고경영자가 5일 서울에서 회동한 뒤 이동하고 있다. 사진=박사진 기자',
  '김영희 테스트전자 회장은 5일 서울 중구에서 샘 올트먼 오픈AI 최고경영자(CEO)와 만나 협력 방안을 논의했다. 그는 "좋은 만남. 유익했다"고 말했다.',
  '두 사람의 만남은 이번이 처음이다.',
  'Copyright ⓒ 테스트일보. 무단 전재 및 재배포 금지.',
  '관련기사',
  '- 이철수 의원, 법안 발의',
].join('\n');

const page = () => pageFromBytes(new TextEncoder().encode(PAGE), 'page.txt').page!;

describe('reading the page', () => {
  it('refuses what is not UTF-8 text, and an empty file, saying where', () => {
    expect(pageFromBytes(new Uint8Array([0x41, 0x0a, 0xff]), 'bad.txt').problems).toEqual([
      { file: 'bad.txt', line: 2, message: expect.stringContaining('not UTF-8') },
    ]);
    expect(pageFromBytes(new TextEncoder().encode(' \n '), 'empty.txt').problems[0].message).toBe('the file is empty');
  });

  it('tells the article from menus, weather, bylines, captions, copyright and lists of other stories', () => {
    const lines = reading(page()).lines!;
    const role = (start: string) => lines.find((l) => l.line.text.trimStart().startsWith(start));
    expect(role('• 서울')?.reason).toBe('weather');
    expect(role('테스트 회장')?.role).toBe('headline');
    expect(role('입력')?.reason).toBe('time stamp');
    expect(role('공유')?.reason).toBe('menu or button');
    expect(role('김영희 테스트전자 회장과')?.role).toBe('caption');
    expect(role('김영희 테스트전자 회장은')?.role).toBe('body');
    expect(role('Copyright')?.reason).toBe('copyright notice');
    expect(role('- 이철수')?.role).toBe('chrome');
  });

  it('reads a last paragraph followed by its byline as body, and one followed by a photo credit as a caption', () => {
    const roleOf = (after: string) => {
      const text = [
        '김영희 테스트전자 회장은 5일 서울에서 이철수 오픈AI코리아 대표와 만나 협력을 논의했다.',
        after,
      ].join('\n');
      const lines = reading(pageFromBytes(new TextEncoder().encode(text), 'p.txt').page!).lines!;
      return lines.find((l) => l.line.text.startsWith('김영희'))?.role;
    };
    expect(roleOf('박기자 기자')).toBe('body');
    expect(roleOf('사진=박사진 기자')).toBe('caption');
    expect(roleOf('테스트전자 제공')).toBe('caption');
  });

  it("keeps paragraphs a photographer's credit with an e-mail stands between in the article", () => {
    const text = [
      '김영희 테스트전자 회장은 5일 서울에서 이철수 대표와 만나 협력을 논의했다.',
      '박사진기자 photo@test.co.kr',
      '김영희(오른쪽) 회장이 5일 이철수 대표와 악수하고 있다. 두 사람은 만찬도 함께했다.',
      '박사진기자 photo@test.co.kr',
      '김 회장은 이어 "협력을 넓히겠다"고 말했다. 이 대표는 "감사하다"고 답했다. 두 회사는 협약도 맺었다.',
    ];
    const lines = reading(pageFromBytes(new TextEncoder().encode(text.join('\n')), 'p.txt').page!).lines!;
    expect(lines.find((l) => l.line.text.startsWith('김영희 테스트'))?.role).toBe('body');
    expect(lines.find((l) => l.line.text.startsWith('김영희(오른쪽)'))?.role).not.toBe('chrome');
  });

  it('keeps a short paragraph of one whole sentence in the article', () => {
    const text = [
      '김영희 테스트전자 회장은 5일 서울에서 이철수 대표와 만나 협력을 논의했다.',
      '두 사람은 한 시간 대화했다.',
      '박기자 기자',
    ];
    const lines = reading(pageFromBytes(new TextEncoder().encode(text.join('\n')), 'p.txt').page!).lines!;
    expect(lines.find((l) => l.line.text.startsWith('두 사람'))?.role).toBe('body');
    expect(lines.find((l) => l.line.text.startsWith('박기자'))?.role).toBe('chrome');
  });

  it('keeps the last paragraph of a page saved cut short, and not a short label cut off after it', () => {
    const cut = [
      '김영희 테스트전자 회장은 5일 서울에서 이철수 대표와 만나 협력을 논의했다.',
      '이날 테스트전자 측에서는 박하나 전무, 최두리 상무 등이 자리에 함께했고, 샘플화학 측에서는 정세나 부사장과 오',
    ];
    const lines = reading(pageFromBytes(new TextEncoder().encode(cut.join('\n')), 'p.txt').page!).lines!;
    expect(lines.map((l) => l.role)).toEqual(['body', 'body']);
    const label = [cut[0], '많이 본 뉴스 더보기'];
    const other = reading(pageFromBytes(new TextEncoder().encode(label.join('\n')), 'q.txt').page!).lines!;
    expect(other.map((l) => l.role)).toEqual(['body', 'chrome']);
  });

  it('says so when a page has no article body at all', () => {
    const menu = pageFromBytes(new TextEncoder().encode('홈\n뉴스\n로그인\n'), 'menu.txt').page!;
    expect(readArticle(menu, nothing(), { dataDir: '' }).problems[0].message).toMatch(/no article body found/);
  });

  it('keeps an article printed on one line with a notice at its end, where it is the only prose', () => {
    const text = [
      '홈',
      '김영희 테스트전자 회장은 4일 서울에서 샘 올트먼 오픈AI 최고경영자와 만나 협력 방안을 논의했다. 두 사람은 AI 반도체 협력을 확대하기로 했다. ⓒ 테스트일보 무단전재 및 재배포 금지',
      '로그인',
    ].join('\n');
    const r = reading(pageFromBytes(new TextEncoder().encode(text), 'one.txt').page!, { published: '2025-03-05' });
    expect(r.sentences!.filter((s) => s.role === 'body').length).toBeGreaterThanOrEqual(2);
    // Its sentences glued to each other's full stops, an e-mail at its end.
    const glued = [
      '홈',
      '[테스트일보 홍길동 기자]김영희 테스트전자 회장은 "분위기가 좋았다"고 말했다.김 회장은 4일 샘 올트먼 CEO와 만났다.실제 두 사람은 협력을',
    ].join('\n');
    const g = reading(pageFromBytes(new TextEncoder().encode(glued), 'glued.txt').page!, { published: '2025-03-05' });
    expect(g.sentences!.filter((s) => s.role === 'body').length).toBeGreaterThanOrEqual(2);
    expect(isProse(glued.split('\n')[1])).toBe(true);
  });

  it('reads the date, byline and outlet where the page prints them, and asks for what it does not', () => {
    const meta = reading(page()).meta!;
    expect(meta).toMatchObject({
      published: '2025-03-05',
      author: '홍길동',
      title: '테스트 회장, 방한한 올트먼과 회동',
    });
    expect(meta.outlet?.ko).toBe('테스트일보');
    expect(meta.questions).toEqual([expect.stringContaining('Outlet "테스트일보" is new')]);
    const bare = pageFromBytes(
      new TextEncoder().encode('김영희 회장은 5일 오전 올트먼 CEO와 만나 협력 방안을 논의했다고 밝혔다.'),
      'b.txt',
    ).page!;
    const asked = reading(bare).meta!;
    expect(asked.published).toBeUndefined();
    expect(asked.questions.join(' ')).toMatch(/--published/);
    expect(reading(bare, { published: '2025-03-05' }).meta!.publishedNote).toMatch(/given by the editor/);
    const editedOnly = pageFromBytes(
      new TextEncoder().encode(PAGE.replace('입력 2025.03.05 09:10', '입력 :ㅣ 수정 : 2025-03-06 14:06')),
      'e.txt',
    ).page!;
    const edited = reading(editedOnly).meta!;
    expect(edited.published).toBe('2025-03-06');
    expect(edited.questions.join(' ')).toMatch(/only the date it was edited/);
  });

  it('takes a date printed on the line after its word ("- 작성일자 | - 2015-05-19"), and "기사입력시간 :"', () => {
    const body = '김영희 회장은 5일 오전 올트먼 CEO와 만나 협력 방안을 논의했다.';
    const at = (text: string) => reading(pageFromBytes(new TextEncoder().encode(text), 'l.txt').page!).meta!.published;
    expect(at(`${body}\n- 작성자\n- 홍길동\n- 작성일자\n- 2025-03-05`)).toBe('2025-03-05');
    expect(at(`기사입력시간 : 2025-03-05\n${body}`)).toBe('2025-03-05');
  });

  it('takes the day an address files the story under when the page prints no date, and asks', () => {
    const bare = pageFromBytes(
      new TextEncoder().encode('김영희 회장은 5일 오전 올트먼 CEO와 만나 협력 방안을 논의했다.'),
      'b.txt',
    ).page!;
    const filed = (url: string) => reading(bare, { url }).meta!;
    expect(filed('https://news.example.kr/economy/2025/03/05/ABC123/').published).toBe('2025-03-05');
    expect(filed('https://news.example.kr/article/all/20250305/1234567/1').published).toBe('2025-03-05');
    expect(filed('https://v.example.net/v/20250305111315092').published).toBe('2025-03-05');
    // Folders before a longer stamp; a day the calendar does not have, or none, is still asked for.
    expect(filed('https://news.example.kr/life/2025-03-05/202503060100034360002229').published).toBe('2025-03-05');
    expect(filed('https://news.example.kr/20250230/1').published).toBeUndefined();
    expect(filed('https://news.example.kr/view?id=12345').questions.join(' ')).toMatch(/--published/);
    expect(filed('https://news.example.kr/2025/03/05/x').questions.join(' ')).toMatch(/read from its address/);
    // A date the page prints comes first.
    expect(reading(page(), { url: 'https://news.example.kr/2025/03/04/x' }).meta!.published).toBe('2025-03-05');
  });

  it('guesses the latest day written on a page of no stamp, asks, and accepts no meeting on it', () => {
    const text = PAGE.replace('입력 2025.03.05 09:10\n수정 2025.03.05 10:00\n', '').replace(
      '두 사람의 만남은 이번이 처음이다.',
      '두 사람은 2024.11.20 처음 통화했고 2025년 3월 5일 처음 만났다.',
    );
    const p = pageFromBytes(new TextEncoder().encode(text), 'g.txt').page!;
    const r = readArticle(p, nothing(), { dataDir: '' });
    expect(r.reading!.meta!.published).toBe('2025-03-05');
    expect(r.reading!.meta!.questions.join(' ')).toMatch(/latest day written in it/);
    expect(r.draft!.meetings!.length).toBeGreaterThan(0);
    expect(r.draft!.meetings!.every((m) => !m.accept && /guessed publication day/.test(m.because![0]))).toBe(true);
    // No day written in full anywhere: still refused, asking for it.
    const bare = pageFromBytes(new TextEncoder().encode('김영희 회장은 5일 올트먼 CEO와 만났다.'), 'n.txt').page!;
    expect(readArticle(bare, nothing(), { dataDir: '' }).problems[0].message).toMatch(/--published/);
  });

  it("takes the address's day over a stamp more than a month later (an archive's re-entry), and asks", () => {
    const reentered = reading(page(), { url: 'https://news.example.kr/article/2025010512345' }).meta!;
    expect(reentered.published).toBe('2025-01-05');
    expect(reentered.questions.join(' ')).toMatch(/archive's re-entry/);
    // A stamp within the month is the publication (a story filed the evening before, updated a week on).
    expect(reading(page(), { url: 'https://news.example.kr/article/2025022512345' }).meta!.published).toBe(
      '2025-03-05',
    );
  });

  it("keeps a caption ending in its photo's credit (ⓒ뉴스) as the article's", () => {
    const text = PAGE.replace(
      '두 사람의 만남은 이번이 처음이다.',
      '김영희 회장이 5일 서울에서 발언하고 있다. 왼쪽부터 김하늘 사장, 김영희 회장. ⓒ테스트뉴스\n두 사람의 만남은 이번이 처음이다.',
    );
    const r = reading(pageFromBytes(new TextEncoder().encode(text), 'c.txt').page!);
    expect(r.lines!.filter((l) => /ⓒ테스트뉴스/.test(l.line.text)).map((l) => l.role)).not.toContain('chrome');
  });

  it("reads a wire photo story printed on one line, ending in its photo's stamp and e-mail", () => {
    const photo = pageFromBytes(
      new TextEncoder().encode(
        '[서울=테스트뉴스] 홍길동 기자 = 김영희 테스트전자 회장이 5일 서울에서 샘 올트먼 오픈AI CEO와 만나 악수하고 있다. 이날 회동에는 김하늘 테스트전자 사장이 배석했다. 2025.03.05 hong@example.kr',
      ),
      'p.txt',
    ).page!;
    const r = reading(photo);
    expect(r.meta).toMatchObject({ published: '2025-03-05' });
    expect(r.meta!.questions.join(' ')).toMatch(/photo's stamp/);
    expect(r.sentences!.map((s) => s.role)).toEqual(['caption', 'caption', 'caption']);
  });

  it("dates a photo story by its caption's stamp when a copyright credit follows it", () => {
    const photo = pageFromBytes(
      new TextEncoder().encode(
        [
          '김영희 테스트전자 회장, 샘 올트먼과 오찬',
          '김영희 테스트전자 회장이 5일 서울에서 열린 오찬 간담회에서 샘 올트먼 오픈AI CEO와 기념촬영을 하고 있다. (테스트전자 제공. 재판매 및 DB 금지) 2025.3.5/뉴스1 ⓒ News1 홍길동 기자',
        ].join('\n'),
      ),
      'p.txt',
    ).page!;
    const r = reading(photo);
    expect(r.meta).toMatchObject({ published: '2025-03-05' });
    expect(r.meta!.questions.join(' ')).toMatch(/photo's stamp/);
  });

  it("reads a wire's one photo sentence after its dateline, with its stamp and the page's notices run on", () => {
    const wire = pageFromBytes(
      new TextEncoder().encode(
        '(서울=뉴스1) 홍길동 기자 = 김영희 테스트전자 회장과 샘 올트먼 오픈AI CEO가 5일 서울에서 만나 악수한 뒤 자리로 향하고 있다. 2025.3.5/뉴스1hong@news1.kr[© 뉴스1코리아, 무단 전재 및 재배포 금지]이 기사의 분류는 언론사를 따릅니다.0공유하기',
      ),
      'n.txt',
    ).page!;
    const r = reading(wire);
    expect(r.meta).toMatchObject({ published: '2025-03-05' });
    expect(r.sentences!.length).toBeGreaterThan(0);
  });

  it('reads the lines after a photo mark and credit ("▲ ⓒ 홍길동") as its captions, and goes on past them', () => {
    const story = pageFromBytes(
      new TextEncoder().encode(
        [
          '[한컷] 테스트 회장, 올트먼에 사옥 소개',
          '▲ ⓒ 박사진',
          '김영희 테스트전자 회장이 5일 서울 본사를 찾은 샘 올트먼 오픈AI CEO에게 전시관을 소개하고 있다.',
          '▲ ⓒ 박사진',
          '전시관 소개가 끝난 뒤 김영희 회장과 올트먼 CEO가 회의실에서 면담을 시작하고 있다.',
          '원문 보기',
        ].join('\n'),
      ),
      's.txt',
    ).page!;
    const r = reading(story, { published: '2025-03-05' });
    expect(r.sentences!.map((s) => s.role)).toEqual(['headline', 'caption', 'caption']);
  });

  it('reads the line after a wire photo\'s numbered title ("<YONHAP NO-2763>") as its caption', () => {
    const story = pageFromBytes(
      new TextEncoder().encode(
        [
          '테스트 회장, 올트먼과 협력 논의',
          '올트먼과 악수하는 김영희 회장<YONHAP NO-1234>',
          '김영희 테스트전자 회장이 5일 오전 서울 본사에서 열린 협약식을 마친 뒤 샘 올트먼 오픈AI CEO와 악수하고 있다.',
          '김영희 테스트전자 회장은 5일 협약식에서 "앞으로 협력을 넓히겠다"고 말했다.',
        ].join('\n'),
      ),
      's.txt',
    ).page!;
    const r = reading(story, { published: '2025-03-05' });
    expect(r.lines!.find((l) => /악수하고 있다/.test(l.line.text))!.role).toBe('caption');
  });

  it('reads a body printed on one line with the copyright notice at its end', () => {
    const flat = pageFromBytes(
      new TextEncoder().encode(
        '김영희 테스트전자 회장이 5일 서울에서 샘 올트먼 오픈AI CEO와 만났다. 두 사람은 반도체 협력과 데이터센터 건설, 인공지능 인재 양성 방안을 폭넓게 논의했다. 김 회장은 "좋은 만남이었다. 앞으로도 자주 만나 협력하겠다"고 말했다. 회동은 서울 중구의 한 호텔에서 한 시간가량 이어졌고, 양측 실무진도 자리를 함께했다. Copyright ⓒ 테스트일보. 무단 전재 및 재배포 금지.',
      ),
      'f.txt',
    ).page!;
    expect(reading(flat, { published: '2025-03-05' }).sentences!.filter((s) => s.role === 'body')).toHaveLength(6);
  });

  it('reads a wire dateline: outlet and reporter', () => {
    const wire = pageFromBytes(
      new TextEncoder().encode(
        '(서울=연합뉴스) 김철수 기자 = 김영희 테스트전자 회장이 5일 올트먼 CEO와 만나 협력 방안을 논의했다.',
      ),
      'w.txt',
    ).page!;
    expect(reading(wire, {}, [{ ko: '연합뉴스', en: 'Yonhap', slug: 'yonhap' }]).meta).toMatchObject({
      outlet: { ko: '연합뉴스', en: 'Yonhap' },
      author: '김철수',
    });
  });

  it('keeps sentences whole, inside quotations too, with offsets into the page', () => {
    const p = page();
    const sentences = reading(p).sentences!;
    const quoted = sentences.find((s) => s.text.startsWith('그는'))!;
    expect(quoted.text).toBe('그는 "좋은 만남. 유익했다"고 말했다.');
    for (const s of sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('reads on past a full stop printed for a comma in a list ("경제. 통상, 농업 분야의")', () => {
    const text = '김하늘 총리와 박바다 총리는 회담에서 에너지. 조선, 원전 분야 협력을 논의했다. 이어 출국했다.';
    const p = pageFromBytes(new TextEncoder().encode(text), 'list.txt').page!;
    expect(reading(p, { published: '2025-03-05' }).sentences!.map((s) => s.text)).toEqual([
      '김하늘 총리와 박바다 총리는 회담에서 에너지. 조선, 원전 분야 협력을 논의했다.',
      '이어 출국했다.',
    ]);
  });

  it("ends a broadcast script's sentences at their polite endings where it prints no full stops", () => {
    const script = [
      '박하늘 회장이 여야 대표를 찾은 이유는? / 테스트방송',
      '[앵커] 박하늘 테스트상의 회장이 오늘(22일) 두 당을 차례로 방문했습니다 박 회장은 걱정을 털어놨습니다 [리포트] 상의는 건의문도 냈습니다 이철수 민주당 대표는 원칙을 지키겠다고 답했습니다 김영희 국민의힘 위원장도 박 회장과 짧게 만났습니다',
    ].join('\n');
    const p = pageFromBytes(new TextEncoder().encode(script), 'script.txt').page!;
    const texts = reading(p, { published: '2020-09-22' }).sentences!.map((s) => s.text);
    expect(texts).toContain('[리포트] 상의는 건의문도 냈습니다');
    expect(texts).toContain('이철수 민주당 대표는 원칙을 지키겠다고 답했습니다');
    for (const s of reading(p, { published: '2020-09-22' }).sentences!)
      expect(p.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps a photo's caption printed right after a one-paragraph body as the article's", () => {
    const lines = [
      '테스트전자가 20일 미국 조지아주에서 공장 기공식을 가진 후 본격적인 공장 건설에 들어갔다.',
      '사진 왼쪽부터 김영희 테스트전자 회장, 존 스미스 조지아 주지사.',
      '입력 2006-10-21 17:40',
      '주요 뉴스',
    ].join('\n');
    const judged = reading(pageFromBytes(new TextEncoder().encode(lines), 'caption.txt').page!).lines!;
    expect(judged.map((l) => l.role)).toEqual(['body', 'caption', 'chrome', 'chrome']);
  });

  it("keeps captions printed after the body past a photo's button, a stray comma and a markdown image", () => {
    const lines = [
      '김영희 테스트전자 회장은 3일 부산 연구센터를 찾아 운영 현황을 둘러봤다.',
      '',
      ',',
      '원본보기 아이콘',
      '▲박바다 부산시장, 김영희 테스트전자 회장 등이 연구센터를 둘러보고 있다.',
      '![](https://img.example.kr/a.jpg)',
      '▲(사진왼쪽부터) 박바다 부산시장, 김영희 테스트전자 회장, 이하늘 센터장.',
      '김영희 테스트전자 회장이 센터 직원들과 악수하고 있다. 테스트전자제공',
      '최기자 reporter@example.kr',
    ].join('\n');
    const judged = reading(pageFromBytes(new TextEncoder().encode(lines), 'caption.txt').page!).lines!;
    expect(judged.map((l) => l.role)).toEqual([
      'body',
      'chrome',
      'chrome',
      'caption',
      'chrome',
      'caption',
      'caption',
      'chrome',
    ]);
  });

  it("reads a story on one line that ends in its photo's caption and the outlet's notice as the article's", () => {
    const line =
      '[테스트경제 홍길동 기자] 가온전자는 공장을 짓는다고 6일 밝혔다. 김하늘 시장, 박바다 가온전자 사장(사진 왼쪽부터)이 ' +
      "이날 열린 '투자 협약식'에서 기념촬영을 하고 있다.홍길동 기자 hong@example.kr<ⓒ테스트경제 무단전재 금지>";
    const judged = reading(
      pageFromBytes(new TextEncoder().encode(`-\n${line}\n무단전재 금지`), 'one.txt').page!,
    ).lines!;
    expect(judged.map((l) => l.role)).toEqual(['chrome', 'caption', 'chrome']);
  });

  it("goes on past the outlet's name between paragraphs, and reads a caption by where its people stand", () => {
    const lines = [
      '김영희 테스트전자 회장이 존 스미스 테스트주 주지사와 만나 사업 협력을 논의했다.',
      '18일 업계에 따르면 김 회장은 최근 서울에서 방한한 스미스 주지사와 만나 투자 방안을 논의했다.',
      '테스트비즈',
      '김영희(왼쪽 두 번째) 테스트전자 회장과 존 스미스 주지사가 지난 12일 기념촬영을 하고 있다./주지사 SNS 캡처',
      '<이미지를 클릭하시면 크게 보실 수 있습니다>',
      '스미스 주지사는 자신의 SNS에 "테스트전자와 폭넓은 대화를 나눴다"고 썼다.',
      '테스트주는 그 나라에서 네 번째로 큰 주로, 전체 생산의 12%를 차지하고 있다.',
    ].join('\n');
    const judged = reading(pageFromBytes(new TextEncoder().encode(lines), 'label.txt').page!, {
      published: '2024-08-18',
    }).lines!;
    expect(judged.map((l) => l.role)).toEqual(['body', 'body', 'chrome', 'caption', 'chrome', 'body', 'body']);
    // A paragraph that goes on after its photo's present is no caption.
    expect(isCaption('김영희(왼쪽) 회장과 존 스미스 주지사가 만나 인사하고 있다. 김 회장의 첫 일정이다.')).toBe(false);
  });

  it('reads a line listing who a photo shows, in order ("A 회장, B 장관(왼쪽부터)."), as a caption', () => {
    expect(isCaption('김하늘 가온협회장, 박바다 테스트부 장관, 이하늘 무역협회 부회장(왼쪽부터).')).toBe(true);
    expect(isCaption('김하늘 가온협회장과 박바다 장관이 왼쪽부터 차례로 입장해 간담회를 시작했다.')).toBe(false);
  });
});
