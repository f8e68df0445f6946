// The one stylesheet: every state is a class, labels come from data fields picked by language.
import type { StylesheetJson } from 'cytoscape';
import type { Lang } from '../../core/schema';

export const FONT = '"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';

export interface StyleOptions {
  lang: Lang;
  /** Largest number of meetings on one edge / of one person: the ends of the width and size mappings. */
  maxEdge: number;
  maxPerson: number;
  /** Most people in one organisation: the end of the collapsed node's size mapping. */
  maxMembers: number;
  /** Thousands of elements: cheaper edges, labels only once zoomed in. */
  large: boolean;
  /**
   * Model units per screen pixel at the first fit: sizes are multiplied by it so that labels and nodes have
   * their intended on-screen size at the default zoom, whatever spread the precomputed layout has.
   */
  scale: number;
  /**
   * The same for the drawn nodes without an upper bound: collapsed organisations are few and far apart, so their
   * nodes, labels and lines are sized by it (people's sizes are capped, or a large graph's would overlap).
   */
  groupScale: number;
  /**
   * ≤ 1: how much smaller collapsed organisations are drawn when there are many of them (their nodes would cover
   * each other otherwise); their labels then wait for a zoom or a hover.
   */
  groupShrink: number;
  /** The reader asked for less motion (prefers-reduced-motion): no fades either. */
  reducedMotion?: boolean;
}

/** A collapsed organisation's label size at the first view (before shrinking), and the least it is drawn at. */
export const COLLAPSED_FONT_PX = 12;
export const MIN_LABEL_PX = 7;

/** Collapsed organisations' labels are too small to read at this zoom: not drawn (class `quiet`). */
export const labelsQuiet = ({ groupScale, groupShrink }: StyleOptions, zoom: number) =>
  COLLAPSED_FONT_PX * groupScale * groupShrink * zoom < MIN_LABEL_PX;

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#c2410c';
const AGREEMENT = '#6b4fbb';
const MEETING = '#475467';

export function buildStylesheet({
  lang,
  maxEdge,
  maxPerson,
  maxMembers,
  large,
  scale,
  groupScale,
  groupShrink,
  reducedMotion = false,
}: StyleOptions): StylesheetJson {
  const s = (px: number) => Math.round(px * scale * 100) / 100;
  const g = (px: number) => Math.round(px * groupScale * 100) / 100;
  const gn = (px: number) => g(px * groupShrink);
  const label = lang === 'ko' ? 'data(ko)' : 'data(en)';
  const edgeMax = Math.max(2, maxEdge);
  const personMax = Math.max(2, maxPerson);
  // A short fade when things appear; at scale every class change would start an animation.
  const fade = large || reducedMotion ? {} : { 'transition-property': 'opacity', 'transition-duration': 150 };
  return [
    {
      selector: 'node',
      style: {
        label,
        'font-family': FONT,
        'font-size': s(11.5),
        color: INK,
        'text-wrap': 'wrap',
        'text-max-width': `${s(100)}px`,
        'text-valign': 'bottom',
        'text-margin-y': s(3),
        'min-zoomed-font-size': large ? 9 : 0,
        ...fade,
      },
    },
    {
      selector: 'node.person',
      style: {
        // The organisation's shape (core/graph/palette SHAPES); the typings take only literal shapes.
        shape: 'data(shape)' as 'ellipse',
        'background-color': 'data(color)',
        'border-color': '#ffffff',
        'border-width': s(1.5),
        width: `mapData(n, 0, ${personMax}, ${s(14)}, ${s(36)})`,
        height: `mapData(n, 0, ${personMax}, ${s(14)}, ${s(36)})`,
        'font-weight': 600,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': `${s(1.5)}px`,
        'text-background-shape': 'roundrectangle',
        'z-index': 5,
      },
    },
    {
      selector: 'node.meeting',
      style: {
        label: '',
        shape: 'ellipse',
        width: `mapData(n, 1, 8, ${s(9)}, ${s(13)})`,
        height: `mapData(n, 1, 8, ${s(9)}, ${s(13)})`,
        'background-color': MEETING,
        'border-color': '#ffffff',
        'border-width': s(1.5),
        'font-size': s(11),
        'font-weight': 600,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.92,
        'text-background-padding': `${s(2)}px`,
        'text-background-shape': 'roundrectangle',
        'text-max-width': `${s(180)}px`,
        'z-index': 4,
      },
    },
    // Hovered or selected: a person's organisation and title under their name, over everything else.
    {
      selector: 'node.person.named',
      style: { label: lang === 'ko' ? 'data(kon)' : 'data(enn)', 'z-index': 30, 'min-zoomed-font-size': 0 },
    },
    // Hovered: what the meeting was and when, over everything else.
    { selector: 'node.meeting.named', style: { label, 'z-index': 30, 'min-zoomed-font-size': 0 } },
    // Organisations are told by colour and the legend; their nodes show as boxes (grouping) or collapsed.
    { selector: 'node.org', style: { display: 'none' } },
    { selector: 'node.org.shown, node.org.collapsed', style: { display: 'element' } },
    {
      selector: 'node.org',
      style: {
        shape: 'round-rectangle',
        width: s(12),
        height: s(12),
        'background-color': '#e4e8ee',
        'border-color': '#98a2b3',
        'border-width': s(1),
        color: MUTED,
        'font-size': s(10),
        'font-weight': 400,
        'z-index': 1,
      },
    },
    {
      selector: 'node.org:parent',
      style: {
        'background-color': '#eef1f5',
        'background-opacity': 0.5,
        'border-style': 'dashed',
        'text-valign': 'top',
        'text-margin-y': s(-3),
        'font-size': s(11),
        'font-weight': 600,
        padding: `${s(14)}px`,
      },
    },
    {
      selector: 'node.org.collapsed',
      style: {
        label: lang === 'ko' ? 'data(cko)' : 'data(cen)',
        'text-max-width': `${gn(150)}px`,
        'background-color': 'data(color)',
        'border-color': '#ffffff',
        'border-width': gn(2),
        width: `mapData(members, 1, ${Math.max(2, maxMembers)}, ${gn(20)}, ${gn(56)})`,
        height: `mapData(members, 1, ${Math.max(2, maxMembers)}, ${gn(20)}, ${gn(56)})`,
        color: INK,
        'font-size': gn(COLLAPSED_FONT_PX),
        'font-weight': 700,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': `${g(2)}px`,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 0,
        'z-index': 6,
      },
    },
    // Too small to read at this zoom (LabelController): no label, and none of its drawing cost.
    { selector: 'node.org.collapsed.quiet', style: { label: '' } },
    {
      selector: 'edge',
      style: {
        'curve-style': large ? 'haystack' : 'straight',
        'line-color': '#8d99ae',
        opacity: 0.75,
        ...fade,
      },
    },
    {
      selector: 'edge.spoke',
      style: { width: s(1.5), 'line-color': '#8d99ae', opacity: 0.85, 'z-index': 2 },
    },
    { selector: 'edge.met', style: { width: `mapData(n, 1, ${edgeMax}, ${s(1.2)}, ${s(6)})`, 'z-index': 2 } },
    {
      selector: 'edge.agr',
      style: {
        width: `mapData(n, 1, ${edgeMax}, ${s(2)}, ${s(5)})`,
        'line-color': AGREEMENT,
        // Dotted and dashed lines cost ten and three times a solid one to draw in software (1,000 agreement lines
        // at 20k: 0.8 s a frame dotted, 0.04 s solid): at scale the colour alone tells them apart.
        'line-style': large ? 'solid' : 'dotted',
        'z-index': 3,
      },
    },
    // In a dense overview, pairs behind one meeting recede and strong ties carry the picture (typings lack mapData).
    {
      selector: 'edge.agg',
      style: {
        width: `mapData(lw, 1, 10, ${g(1)}, ${g(9)})`,
        ...(large ? { opacity: 'mapData(lw, 1, 8, 0.2, 0.85)' as unknown as number } : {}),
        // Meetings and agreements between the same two organisations: two curves, not one line over the other.
        // At scale (straight haystack lines) the meeting line is the one on top.
        ...(large ? {} : { 'curve-style': 'bezier', 'control-point-step-size': g(14) }),
      },
    },
    { selector: 'edge.agg.agr', style: { 'z-index': 1 } },
    {
      selector: 'edge.aff',
      style: {
        width: s(0.8),
        'line-color': '#b8c0cc',
        ...(large ? {} : { 'line-style': 'dashed' as const, 'line-dash-pattern': [s(4), s(3)] }),
        opacity: 0.9,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'edge.in-group', style: { display: 'none' } },
    { selector: 'node.faded', style: { opacity: 0.22 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    // Hovering or selecting someone names them and whoever they met, however far out the view is.
    { selector: 'node.highlighted', style: { opacity: 1, 'z-index': 10, 'min-zoomed-font-size': 0 } },
    { selector: 'node.org.collapsed.quiet.highlighted', style: { label: lang === 'ko' ? 'data(cko)' : 'data(cen)' } },
    { selector: 'node.person.highlighted', style: { 'border-color': INK, 'border-width': s(2) } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'line-color': MUTED } },
    { selector: 'edge.agr.highlighted', style: { 'line-color': AGREEMENT } },
    { selector: 'node.focus', style: { 'border-color': ACCENT, 'border-width': s(3) } },
    {
      selector: 'node.meeting.selected-meeting, node.meeting.focus',
      style: { 'background-color': ACCENT, 'z-index': 20 },
    },
    {
      selector: 'edge.selected-meeting',
      style: {
        'line-color': ACCENT,
        opacity: 1,
        'z-index': 20,
        'underlay-color': ACCENT,
        'underlay-opacity': 0.15,
        'underlay-padding': s(3),
      },
    },
    { selector: 'edge.focus', style: { 'line-color': ACCENT, opacity: 1, 'z-index': 20 } },
  ];
}
