// The preview image of a meeting (1200×630 PNG): laid out so that every line fits above the footer (wrapped, then
// smaller, then fewer lines, then "외 N명" / "and N more"), drawn as outlines of the packaged font (text.ts), and
// rendered by resvg with no font of its own to load.
import { renderAsync } from '@resvg/resvg-js';
import type { Lang } from '../../core/schema';
import { articlesLine, peopleLine, SITE_NAME } from './describe';
import { CARD_SIZE, escapeMarkup } from './tags';
import { measure, textPath, wrap, type Measure } from './text';
import type { MeetingCard } from './types';

const MARGIN = 72;
const WIDTH = CARD_SIZE.width - 2 * MARGIN;
/** Where the blocks start (below the site's name) and the footer's rule: nothing may cross it. */
const TOP = 150;
export const FOOTER_RULE = CARD_SIZE.height - 92;
const LEADING = 1.2;

/** One block of lines: a size, a weight, a colour and the space above it. */
export interface CardBlock {
  lines: string[];
  size: number;
  bold: boolean;
  color: string;
  gap: number;
}

/** Sizes and line counts to try, most comfortable first: the first whose blocks fit above the footer is used. */
const TIERS = [
  { title: [56, 2], titleEn: [32, 2], people: [32, 2], peopleEn: [26, 1] },
  { title: [48, 2], titleEn: [28, 2], people: [30, 2], peopleEn: [24, 1] },
  { title: [44, 2], titleEn: [26, 1], people: [28, 2], peopleEn: [22, 1] },
  { title: [40, 2], titleEn: [24, 1], people: [26, 1], peopleEn: [22, 1] },
] as const;

/** As many names as fit in `max` lines, then `외 N명` / `and N more`, so the count is never cut off. Only the names
 * that could fill `max` lines are ever tried: a meeting of thousands costs what one of a dozen does. */
export function fitPeople(people: MeetingCard['people'], lang: Lang, size: number, max: number, m: Measure = measure) {
  const budget = max * WIDTH;
  let shown = 0;
  for (let used = 0; shown < people.length && used <= budget; shown++) used += m(`${people[shown][lang]}, `, size);
  for (let n = shown; n > 1; n--) {
    const lines = wrap(peopleLine(people, n)[lang], size, WIDTH, max + 1, m);
    if (lines.length <= max) return lines;
  }
  return wrap(peopleLine(people, 1)[lang], size, WIDTH, max, m);
}

const heightOf = (blocks: CardBlock[]) => blocks.reduce((h, b) => h + b.gap + b.lines.length * b.size * LEADING, 0);

/** The card's blocks, the first tier that fits above the footer (the last tier always does). */
export function cardBlocks(card: MeetingCard, m: Measure = measure): CardBlock[] {
  let blocks: CardBlock[] = [];
  for (const tier of TIERS) {
    blocks = [
      { lines: [`${card.date.ko} · ${card.date.en}`], size: 30, bold: true, color: '#1a56db', gap: 0 },
      {
        lines: wrap(card.title.ko, tier.title[0], WIDTH, tier.title[1], m),
        size: tier.title[0],
        bold: true,
        color: '#111827',
        gap: 30,
      },
      {
        lines: wrap(card.title.en, tier.titleEn[0], WIDTH, tier.titleEn[1], m),
        size: tier.titleEn[0],
        bold: false,
        color: '#4b5563',
        gap: 16,
      },
      {
        lines: fitPeople(card.people, 'ko', tier.people[0], tier.people[1], m),
        size: tier.people[0],
        bold: true,
        color: '#111827',
        gap: 36,
      },
      {
        lines: fitPeople(card.people, 'en', tier.peopleEn[0], tier.peopleEn[1], m),
        size: tier.peopleEn[0],
        bold: false,
        color: '#4b5563',
        gap: 10,
      },
    ];
    if (TOP + heightOf(blocks) <= FOOTER_RULE - 12) return blocks;
  }
  return blocks;
}

/** Baselines of each block's lines, from the top. */
export function baselines(blocks: CardBlock[]): number[][] {
  let y = TOP;
  return blocks.map((b) => {
    y += b.gap;
    return b.lines.map(() => (y += b.size * LEADING));
  });
}

/** The footer: how many articles and which outlets, on one line. */
export function footerLine(card: MeetingCard, m: Measure = measure): string {
  const articles = articlesLine(card.articles);
  const outlets = card.outlets.map((o) => o.ko).join(', ');
  return wrap(`${articles.ko} · ${articles.en}${outlets ? ` — ${outlets}` : ''}`, 24, WIDTH, 1, m)[0] ?? '';
}

/** The card as SVG: the meeting's title, date, people and sources in Korean and English, text as outlines. */
export function cardSvg(card: MeetingCard): string {
  const blocks = cardBlocks(card);
  const ys = baselines(blocks);
  const path = (text: string, y: number, size: number, bold: boolean, color: string) =>
    `<path d="${textPath(text, MARGIN, y, size, bold ? 'bold' : 'regular')}" fill="${color}"><title>${escapeMarkup(text)}</title></path>`;
  const { width: w, height: h } = CARD_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<rect width="${w}" height="12" fill="#1a56db"/>`,
    path(SITE_NAME, 96, 26, true, '#6b7280'),
    ...blocks.flatMap((b, i) => b.lines.map((line, j) => path(line, ys[i][j], b.size, b.bold, b.color))),
    `<line x1="${MARGIN}" y1="${FOOTER_RULE}" x2="${w - MARGIN}" y2="${FOOTER_RULE}" stroke="#e5e7eb" stroke-width="2"/>`,
    path(footerLine(card), h - 48, 24, false, '#4b5563'),
    '</svg>',
  ].join('\n');
}

/**
 * The card as PNG: outlines only, so resvg loads no font. Rendered off the main thread (libuv's pool), which is also
 * the form of resvg that frees its pixels: the synchronous render kept 3 MB of every card until the process ended.
 */
export async function renderCard(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return new Uint8Array(image.asPng());
}
