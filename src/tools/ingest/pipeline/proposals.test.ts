// Sentences and proposals: how reports become proposals matched against data/.
import { describe, expect, it } from 'vitest';
import { matchRecorded } from './proposals';
import { sentences } from './sentences';
import { read } from '../testing/read';

describe('sentences', () => {
  it("leaves a photo's credit glued to the next sentence out of it", () => {
    const text = '최태원 회장과 샘 올트먼. 연합뉴스최태원 회장이 샘 올트먼과 만났다.';
    const said = sentences([{ line: { n: 1, start: 0, end: text.length, text }, role: 'body' }]);
    expect(said.map((s) => s.text)).toEqual(['최태원 회장과 샘 올트먼.', '최태원 회장이 샘 올트먼과 만났다.']);
    expect(text.slice(said[1].start, said[1].end)).toBe(said[1].text);
  });

  it('goes on past a gloss whose character the page lost ("양제츠(楊潔?) 국무위원이")', () => {
    const text = '그는 양하늘(楊天?) 국무위원이 주관한 만찬에 참석했다. 두 사람은 대화했다.';
    const said = sentences([{ line: { n: 1, start: 0, end: text.length, text }, role: 'body' }]);
    expect(said.map((s) => s.text)).toEqual([
      '그는 양하늘(楊天?) 국무위원이 주관한 만찬에 참석했다.',
      '두 사람은 대화했다.',
    ]);
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
    // A guest list told in full, of which data/ records three: the same dinner.
    const guests = ['altman', 'chey-tae-won', 'aide', 'guest-1', 'guest-2', 'guest-3', 'guest-4'];
    expect(matchRecorded(k, { ...meetings[0], principals: guests, kind: 'dinner' })).toEqual({
      id: '2025-02-04-altman-chey',
      refine: false,
    });
    // Two of its people told meeting on its very day, whatever kind the report calls it: the same gathering.
    const gathering = {
      ...k,
      meetings: k.meetings.map((m) => ({ ...m, value: { ...m.value, attendees: ['aide', 'g-1', 'g-2', 'g-3'] } })),
    };
    const pair = { ...meetings[0], principals: ['altman', 'aide'], kind: 'press-conference' };
    expect(matchRecorded(gathering, pair)).toEqual({ id: '2025-02-04-altman-chey', refine: false });
    expect(matchRecorded(gathering, { ...pair, date: { date: '2025-02', precision: 'month', cue: '' } })).toBeNull();
  });

  it('takes a venue spelled two ways ("컨퍼런스센터", "콘퍼런스센터") for one place, and another venue for another', () => {
    const { proposals, k } = read(['샘 올트먼은 4일 최태원 SK그룹 회장과 만났다.']);
    const at = {
      ...k,
      meetings: k.meetings.map((m) => ({ ...m, value: { ...m.value, place: { ko: '서울 테스트 컨퍼런스센터' } } })),
    };
    const told = { ...proposals.meetings[0], place: '테스트 콘퍼런스센터' };
    expect(matchRecorded(at, told)).toEqual({ id: '2025-02-04-altman-chey', refine: false });
    expect(matchRecorded(at, { ...told, place: '서울 다른호텔' })).toBeNull();
  });

  it('takes one person recorded at a gathering of unnamed others for the one this report names, at that venue', () => {
    const { proposals, k } = read(['샘 올트먼은 4일 최태원 SK그룹 회장과 만났다.']);
    const alone = {
      ...k,
      meetings: k.meetings.map((m) => ({
        ...m,
        value: { ...m.value, participants: ['altman'], attendees: [], place: { ko: '서울 테스트클럽' } },
      })),
    };
    const told = { ...proposals.meetings[0], place: '서울 중구 테스트클럽' };
    expect(matchRecorded(alone, told)).toEqual({ id: '2025-02-04-altman-chey', refine: false });
    // Elsewhere, or with no venue named on one side: another meeting of that person's day.
    expect(matchRecorded(alone, { ...told, place: '서울 다른호텔' })).toBeNull();
    expect(matchRecorded(alone, { ...told, place: undefined })).toBeNull();
    // Nor a workshop the person gave there: another meeting at that venue.
    const workshop = {
      ...alone,
      meetings: alone.meetings.map((m) => ({ ...m, value: { ...m.value, kind: 'workshop' as const } })),
    };
    expect(matchRecorded(workshop, told)).toBeNull();
    // A lunch recorded with its guest alone, told as a 오찬간담회 with its host: the same lunch.
    const lunch = {
      ...alone,
      meetings: alone.meetings.map((m) => ({ ...m, value: { ...m.value, kind: 'lunch' as const } })),
    };
    expect(matchRecorded(lunch, { ...told, kind: 'press-conference' })).toEqual({
      id: '2025-02-04-altman-chey',
      refine: false,
    });
  });

  it('reads a lead with no day of its own as the gathering its caption dates in the week before the news', () => {
    const { proposals } = read(
      [
        '최태원 SK그룹 회장이 샘 올트먼 오픈AI CEO와 만나 사업 협력을 논의했다.',
        'C|최태원(왼쪽) SK그룹 회장과 샘 올트먼 CEO, 김하늘 SK 부회장이 지난 12일 기념촬영을 하고 있다.',
      ],
      '2025-02-18',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.principals.length])).toEqual([['2025-02-12', 3]]);
  });

  it("never puts a photo's people at a gathering of another day the body names (a ceremony the day before)", () => {
    const { proposals } = read(
      [
        'C|(왼쪽부터)김하늘 가온전자 회장, 존 스미스 대통령, 박바다 대사가 15일(현지시간) 대통령궁에서 기념촬영을 하고 있다.',
        '가온전자는 14일(현지시간) 김하늘 회장을 비롯해 주정부 관계자 약 100여명이 참석한 가운데 공장 착공식을 가졌다.',
      ],
      '2016-02-16',
    );
    expect(proposals.meetings.map((m) => [m.date.date, m.principals.length]).sort()).toEqual([
      ['2016-02-14', 1],
      ['2016-02-15', 3],
    ]);
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

  it('never makes a meeting the body says is to come happened with a clause that has no day of its own', () => {
    const { proposals } = read(
      [
        'H|최태원 SK그룹 회장, 오늘 샘 올트먼 CEO와 회동',
        '최태원 SK그룹 회장이 5일 오전 서울에서 샘 올트먼 오픈AI CEO를 만난다.',
        '최 회장은 그간 직접 해외 기업인들을 만나 협력을 약속받았다.',
      ],
      '2025-03-05',
    );
    expect(proposals.meetings.filter((m) => m.accept)).toEqual([]);
  });
});
