import { describe, expect, it } from 'vitest';
import { ArticleIndex, normalizeQuote, quotePreview, sentenceContext } from './quotes';

describe('quote matching', () => {
  const text = '첫 문장이다. 샘 올트먼은  4일\n오전\u00a0서울에서 최 회장과\t만났다. 다음 문장.\n';

  it('ignores whitespace differences only and points into the original text', () => {
    const index = new ArticleIndex(text);
    const found = index.find('  4일 오전 서울에서\n최 회장과 만났다. ');
    expect(found).not.toBeNull();
    const { start, end } = found!;
    expect(text.slice(start, end)).toBe('4일\n오전\u00a0서울에서 최 회장과\t만났다.');
    expect(start).toBe(text.indexOf('4일'));
  });

  it('does not ignore anything but whitespace', () => {
    const index = new ArticleIndex(text);
    expect(index.find('4일 오전 서울에서 최회장과 만났다')).toBeNull();
    expect(index.find('4일 오전, 서울에서')).toBeNull();
    expect(index.find('   ')).toBeNull();
  });

  it('finds a quote at the very start and end of a text', () => {
    const index = new ArticleIndex('가나 다라');
    expect(index.find('가나')).toEqual({ start: 0, end: 2 });
    expect(index.find('다라')).toEqual({ start: 3, end: 5 });
  });

  it('normalises and previews quotes', () => {
    expect(normalizeQuote(' a \n\u3000 b ')).toBe('a b');
    expect(quotePreview('가'.repeat(30))).toBe('가'.repeat(24) + '…');
  });
});

describe('sentence context', () => {
  it('gives the rest of the sentence on both sides', () => {
    const t = '앞 문장이다. 올트먼은 4일 최 회장과 만나 협력을 논의했다. 뒤 문장.';
    const start = t.indexOf('최 회장과');
    const end = start + '최 회장과 만나'.length;
    expect(sentenceContext(t, start, end)).toEqual({ before: '올트먼은 4일', after: '협력을 논의했다.' });
  });

  it('treats line breaks as boundaries and keeps decimals inside a sentence', () => {
    const t = '제목\n모델 3.5를 두고 이야기했다고 한다\n다음 줄';
    const start = t.indexOf('이야기');
    expect(sentenceContext(t, start, start + 3)).toEqual({ before: '모델 3.5를 두고', after: '했다고 한다' });
  });

  it('gives nothing after a quote that ends its sentence, and caps long context', () => {
    const long = '가'.repeat(400);
    const t = `${long} 핵심 문장이다. 뒤.`;
    const start = t.indexOf('핵심');
    const ctx = sentenceContext(t, start, t.indexOf('뒤') - 1);
    expect(ctx.after).toBe('');
    expect(ctx.before.length).toBeLessThanOrEqual(160);
    expect(ctx.before.startsWith('…')).toBe(true);
  });
});
