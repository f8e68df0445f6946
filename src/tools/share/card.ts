// The preview image of a meeting (1200×630 PNG): laid out so that every line fits above the footer (wrapped, then
// smaller, then fewer lines, then "외 N명" / "and N more"), drawn as outlines of the packaged font (text.ts), and
// rendered by resvg with no font of its own to load.
import { renderAsync } from '@resvg/resvg-js';
import type { Lang } from '../../core/schema';
import { articlesLine, peopleLine, SITE_NAME } from './describe';
import { CARD_SIZE, escapeMarkup } from './tags';
import { balance, extent, measure, textPath, wrap, type Measure } from './text';
import type { MeetingCard } from './types';

const MARGIN = 72;
const WIDTH = CARD_SIZE.width - 2 * MARGIN;
/** Where the blocks start (below the site's name) and the footer's rule: nothing may cross it. */
const TOP = 150;
export const FOOTER_RULE = CARD_SIZE.height - 92;
const LEADING = 1.2;

/** Where text may go: inside the margins, below the top bar, the blocks above the footer's rule. */
export const CARD_AREA = {
  left: MARGIN,
  right: CARD_SIZE.width - MARGIN,
  top: 12,
  bottom: CARD_SIZE.height,
  /** The blocks end this far above the footer's rule, so that descenders never crowd it. */
  footer: FOOTER_RULE - 12,
};

type Role = 'site' | 'date' | 'title-ko' | 'title-en' | 'people-ko' | 'people-en' | 'footer';

/** One block of lines: a size, a weight, a colour and the space above it. */
export interface CardBlock {
  role: Role;
  lines: string[];
  size: number;
  bold: boolean;
  color: string;
  gap: number;
}

/** Sizes and line counts to try, most comfortable first (every name before larger type): the first whose blocks fit
 * above the footer is used. */
const TIERS = [
  { title: [56, 2], titleEn: [32, 2], people: [32, 2], peopleEn: [26, 2] },
  { title: [52, 2], titleEn: [30, 2], people: [30, 2], peopleEn: [24, 2] },
  { title: [56, 2], titleEn: [32, 2], people: [32, 2], peopleEn: [26, 1] },
  { title: [48, 2], titleEn: [28, 2], people: [30, 2], peopleEn: [24, 1] },
  { title: [44, 2], titleEn: [26, 1], people: [28, 2], peopleEn: [22, 1] },
  { title: [40, 2], titleEn: [24, 1], people: [26, 1], peopleEn: [22, 1] },
] as const;

/** As many names as fit in `max` lines, then `외 N명` / `and N more`, so the count is never cut off. Only the names
 * that could fill `max` lines are ever tried: a meeting of thousands costs what one of a dozen does. */
export function fitPeople(people: MeetingCard['people'], lang: Lang, size: number, max: number, m: Measure = measure) {
  // Lines break between names, never inside one ("Huh / Yoon-hong").
  const held = people.map((p) => ({ ...p, [lang]: p[lang].replace(/ /g, '\u00a0') }));
  return fitNames(held, lang, size, max, m).map((line) => line.replace(/\u00a0/g, ' '));
}

function fitNames(people: MeetingCard['people'], lang: Lang, size: number, max: number, m: Measure) {
  const budget = max * WIDTH;
  let shown = 0;
  for (let used = 0; shown < people.length && used <= budget; shown++) used += m(`${people[shown][lang]}, `, size);
  for (let n = shown; n > 1; n--) {
    const text = peopleLine(people, n)[lang];
    if (wrap(text, size, WIDTH, max + 1, m).length <= max) return balance(text, size, WIDTH, max, m);
  }
  if (people.length === 1) return wrap(people[0][lang], size, WIDTH, max, m);
  // Even one name is too long: it is cut short, so that the count of the others is never lost.
  const name = [...people[0][lang]];
  const line = (k: number) => {
    const cut = { ...people[0], [lang]: `${name.slice(0, k).join('').trimEnd()}…` };
    return wrap(peopleLine([cut, ...people.slice(1)], 1)[lang], size, WIDTH, max + 1, m);
  };
  let [lo, hi] = [1, name.length];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (line(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return line(lo).slice(0, max);
}

/** From the top of the blocks to the lowest point of their last line. */
function heightOf(blocks: CardBlock[]): number {
  const last = blocks.at(-1)!;
  const below = extent(last.bold ? 'bold' : 'regular').descent * last.size;
  return blocks.reduce((h, b) => h + b.gap + b.lines.length * b.size * LEADING, 0) + below;
}

/** The card's blocks, the first tier that fits above the footer (the last tier always does). */
export function cardBlocks(card: MeetingCard, m: Measure = measure): CardBlock[] {
  const bold: Measure = (text, size) => m(text, size, 'bold');
  let blocks: CardBlock[] = [];
  for (const tier of TIERS) {
    blocks = [
      { role: 'date', lines: [`${card.date.ko} · ${card.date.en}`], size: 30, bold: true, color: '#1a56db', gap: 0 },
      {
        role: 'title-ko',
        lines: balance(card.title.ko, tier.title[0], WIDTH, tier.title[1], bold),
        size: tier.title[0],
        bold: true,
        color: '#111827',
        gap: 30,
      },
      {
        role: 'title-en',
        lines: balance(card.title.en, tier.titleEn[0], WIDTH, tier.titleEn[1], m),
        size: tier.titleEn[0],
        bold: false,
        color: '#4b5563',
        gap: 16,
      },
      {
        role: 'people-ko',
        lines: fitPeople(card.people, 'ko', tier.people[0], tier.people[1], bold),
        size: tier.people[0],
        bold: true,
        color: '#111827',
        gap: 36,
      },
      {
        role: 'people-en',
        lines: fitPeople(card.people, 'en', tier.peopleEn[0], tier.peopleEn[1], m),
        size: tier.peopleEn[0],
        bold: false,
        color: '#4b5563',
        gap: 10,
      },
    ];
    if (TOP + heightOf(blocks) <= CARD_AREA.footer) return blocks;
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

/** One line as drawn: its text, font, baseline, and the box the font's lines fill (its advance by ascent and descent). */
export interface CardLine {
  role: Role;
  text: string;
  size: number;
  bold: boolean;
  color: string;
  x: number;
  baseline: number;
  box: { left: number; right: number; top: number; bottom: number };
}

/** Every line of the card, top to bottom: the site's name, the blocks, the footer. What is drawn and what is tested. */
export function cardLayout(card: MeetingCard, m: Measure = measure): CardLine[] {
  const line = (role: Role, text: string, baseline: number, size: number, bold: boolean, color: string): CardLine => {
    const weight = bold ? 'bold' : 'regular';
    const { ascent, descent } = extent(weight);
    const box = { left: MARGIN, right: MARGIN + m(text, size, weight), top: baseline - ascent * size };
    return { role, text, size, bold, color, x: MARGIN, baseline, box: { ...box, bottom: baseline + descent * size } };
  };
  const blocks = cardBlocks(card, m);
  const ys = baselines(blocks);
  return [
    line('site', SITE_NAME, 96, 26, true, '#6b7280'),
    ...blocks.flatMap((b, i) => b.lines.map((text, j) => line(b.role, text, ys[i][j], b.size, b.bold, b.color))),
    line('footer', footerLine(card, m), CARD_SIZE.height - 48, 24, false, '#4b5563'),
  ];
}

/** The card as SVG: the meeting's title, date, people and sources in Korean and English, text as outlines. */
export function cardSvg(card: MeetingCard): string {
  const path = (l: CardLine) =>
    `<path d="${textPath(l.text, l.x, l.baseline, l.size, l.bold ? 'bold' : 'regular')}" fill="${l.color}"><title>${escapeMarkup(l.text)}</title></path>`;
  const { width: w, height: h } = CARD_SIZE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<rect width="${w}" height="${CARD_AREA.top}" fill="#1a56db"/>`,
    ...cardLayout(card).map(path),
    `<line x1="${MARGIN}" y1="${FOOTER_RULE}" x2="${w - MARGIN}" y2="${FOOTER_RULE}" stroke="#e5e7eb" stroke-width="2"/>`,
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
