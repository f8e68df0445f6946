// The shapes the ingest assistant's stages hand each other: read → page (metadata, body) → sentences → mentions →
// events → proposals (matched against data/) → draft. Each stage returns its own problems and questions.
import type { Bilingual, Lang } from '../../../core/schema';
import type { ToolProblem } from '../../common/problems';
import type { Located, Validated } from '../../compiler/index';
import type { MeetingSource } from '../../../core/schema/source';
import type { Token } from '../korean/tokens';
import type { Evidence } from '../helpers/evidence';

/** Something that stops the ingest (nothing is written), at a file and, where it helps, a line. */
export type IngestProblem = ToolProblem;

/** One line of the page, with its offsets in the decoded text (the text is never changed). */
export interface PageLine {
  /** 1-based. */
  n: number;
  start: number;
  end: number;
  text: string;
}

export interface Page {
  file: string;
  /** What data/ will keep: the saved bytes, or the text read from them (HTML, control characters). */
  bytes: Uint8Array;
  text: string;
  lines: PageLine[];
  /** What was done to the saved bytes to read them, for the draft. */
  notes: string[];
}

/** What a line of the page is: the article (headline, body, photo caption) or what surrounds it. */
export type LineRole = 'headline' | 'body' | 'caption' | 'chrome';

export interface JudgedLine {
  line: PageLine;
  role: LineRole;
  /** Why a line was judged not to be the article's text (menus, bylines, headline lists…). */
  reason?: string;
}

/** The line of the page a fact about the article was read at, and its text, for the editor to check. */
export interface LineRef {
  line: number;
  text: string;
}

export interface ArticleMeta {
  id: string;
  outlet?: { ko: string; en: string };
  title?: string;
  author?: string;
  published?: string;
  publishedNote?: string;
  /** No date on the page: `published` is the latest day written in it, and nothing is accepted on it. */
  publishedGuessed?: boolean;
  note?: string;
  language: Lang;
  url?: string;
  /** What the page does not say plainly: for the editor to answer before applying. */
  questions: string[];
  readAt: Record<string, LineRef>;
}

/** A sentence of the article, as a whole (quotes are always whole sentences). */
export interface Sentence {
  /** Index in the article's sentence list. */
  i: number;
  start: number;
  end: number;
  text: string;
  line: number;
  role: Exclude<LineRole, 'chrome'>;
}

export type EntityKind = 'person' | 'organization';

/** A name in a sentence (with the organisation and title printed beside it), resolved to an entity of data/, to a
 * proposed one, or left unresolved with the reason. */
export interface Mention {
  /** Token indexes of the whole noun phrase: "최태원 SK그룹 회장이" is one mention. */
  first: number;
  last: number;
  /** The name as printed. */
  surface: string;
  kind: EntityKind;
  /** '' when it could not be resolved (an ambiguous 김 대표): never two people at once. */
  id: string;
  /** The particle that ends the phrase (은, 과의, 를…), '' when none. */
  particle: string;
  via: 'name' | 'short' | 'pronoun' | 'new' | 'head';
  /** Title as printed beside the name, if any. */
  title?: string;
  /** Organisation printed beside the name, if any. */
  org?: string;
  /** Inside a quotation: said, not reported. */
  quoted: boolean;
  /** Why it could not be resolved, for the editor. */
  unresolved?: string;
}

export interface ProposedPerson {
  id: string;
  name: { ko: string; en: string };
  org?: string;
  title?: string;
  readAt: LineRef;
}

export interface ProposedOrganization {
  id: string;
  name: { ko: string; en: string };
  readAt: LineRef;
}

/** A date as the text gives it, resolved against the publication date. */
export interface ResolvedDate {
  date: string;
  precision: 'day' | 'month';
  /** The words it was read from, e.g. "지난해 6월". */
  cue: string;
}

/** How a clause reports its meeting: done, planned or expected, or neither said (never accepted). */
export type Tense = 'happened' | 'planned' | 'unclear';

/** One report, in one clause, of people meeting (or of one person attending an event). */
export interface MeetingEvent {
  sentence: Sentence;
  tense: Tense;
  /** The words the tense was read from ("만났다", "갖는다", "no verb in the past tense"). */
  tenseCue: string;
  /** Everyone who met; the first `lead` of them are the clause's subject. */
  principals: string[];
  lead: number;
  attendees: string[];
  /** For those who sat in: the meeting they sat in on. */
  of?: MeetingEvent;
  /** The meeting just reported that this clause tells on, the same day ("양국 정상은 이날 … 이야기를 나눴다"). */
  tellsOn?: MeetingEvent;
  /** Resolved date, or the unresolved words (최근…) for the editor, or none given (the article's day). */
  date: ResolvedDate | { unresolved: string } | null;
  time?: string;
  dayPart?: 'morning' | 'midday' | 'afternoon' | 'evening';
  place?: string;
  kind: string;
  /** An event's name as printed (a workshop, a media day), for matching and disagreements. */
  eventName?: string;
  cues: string[];
  /** Several people met in turn ("연속 회동", "A, B, C를 만나"): one meeting each. */
  separately: boolean;
  /** Met in turn on days of their own ("25일 A, 26일 B와 차례로 만났다"): each one's day. */
  daysOf?: Record<string, MeetingEvent['date']>;
  /** Met a group the clause does not name ("총수들을 만났다"): its people are named next, or were before. */
  group?: boolean;
  /** The people a photo shows ("왼쪽부터 A, B, C"), in `attendees`: the group of a meeting with a group. */
  pictured?: boolean;
  /** Those the clause leaves out ("A를 제외한 총수들"): never of this meeting, whatever a photo shows. */
  excluded?: string[];
  /** Those who sat in came with a principal of the meeting (a side's list, "A를 비롯해 B, C"): never its guests. */
  entourage?: boolean;
  /** Of those who sat in, the ones printed with a staff post ("상근부회장", "국무조정실장"), not a head's: they came
   * with a principal, whatever kind of guest list they are in. */
  staff?: string[];
  /** Who heads a side's list of guests ("A를 비롯해 B, C 등이 참석했다"): a principal, where the others sit in. */
  heads?: string[];
  /** The organisation that held the event attended: its head, however late the article names them, hosted it. */
  heldBy?: string;
}

export interface Fact {
  field: Bilingual;
  value: string;
  /** The words in the sentence that state it (a quote must be verbatim). */
  quote: string;
}

/** What the reading of one clause carries to the next. */
export interface EventContext {
  published: string;
  /** Who the last clause was about: an omitted subject and 그는 refer to them. */
  subject: string[];
  /** The last meeting reported: 이 자리, 회동에는 and 양사 refer to it. */
  last?: MeetingEvent;
  /** Every meeting reported as done so far, in page order: those who sat in on one of an earlier day name its day. */
  meetings: MeetingEvent[];
  /** The people a photo's caption showed last ("왼쪽부터 A, B, C"): a group the text then names only as such. */
  pictured?: string[];
  /** The event an organisation last said it held, naming no one ("LG화학은 19일 … 착공식을 열었다"). */
  heldBy?: { org: string; cue: string };
  /** The year the text last spoke of, for 같은 해. */
  year?: number;
  /** The day the article's story is on; a clause without a date is on it. */
  day: string;
  /** The words that moved the story's day from the publication day ("지난 27일"), if any. */
  dayCue?: string;
  /** A day a look back named ("앞서 … 지난 3일"), which leaves the story's day alone: "이날" opening the next sentence
   * is that day. */
  asideDay?: { day: string; cue: string; sentence: number };
  /** The first day the body's own report named: an undated photo's day. */
  firstDay?: ResolvedDate;
  /** A gathering told with no one named ("… 간담회가 개최됐다"), or only its host ("A 장관이 단체들과 만나 간담회를
   *가졌다"), whose lists of those there may follow; `sides`, who the lists read so far named. */
  gathering?: {
    date: MeetingEvent['date'];
    kind: string;
    cue: string;
    hosts?: string[];
    sides?: string[];
    /** Held after the meeting last reported ("… 회동했다. KT는 써밋도 개최했다"): lists after it are of it. */
    fresh?: boolean;
  };
  /** The person who stands for an organisation named as a subject ("오픈AI는 … 면담을 가졌다"). */
  headOf(org: string): string | undefined;
  /** The business groups a person belongs to ("삼성SDI 사장": 삼성그룹). */
  groupsOf(person: string): string[];
}

/** Stage 2's result: every line judged; a problem when there is no article. */
export interface BodyStage {
  lines: JudgedLine[];
  problems: IngestProblem[];
}

export interface KnownEntity {
  id: string;
  kind: EntityKind;
  ko: string;
  en: string;
  /** Every way the data writes the name (name and aliases), short references (최 회장) excepted. */
  names: string[];
  /** People: the organisations of their affiliations, with the groups above them. */
  orgs: string[];
  /** People: titles as recorded. */
  titles: string[];
  surname?: string;
  parent?: string;
}

export interface Known {
  entities: Map<string, KnownEntity>;
  meetings: Located<MeetingSource>[];
  articles: Validated['articles'];
  outlets: KnownOutlet[];
}

export interface KnownOutlet {
  ko: string;
  en: string;
  /** The id prefix articles of this outlet already use, e.g. "metro". */
  slug: string;
}

export interface MetaFlags {
  published?: string;
  outlet?: string;
  url?: string;
  title?: string;
}

export interface NameEntry {
  words: string[];
  entity: KnownEntity;
}

export interface MentionContext {
  known: Known;
  table: Map<string, NameEntry[]>;
  /** People named in full so far in the article, with the titles printed beside them. */
  seen: Map<string, { titles: Set<string>; orgs: Set<string>; count: number; lastIn?: number }>;
  people: Map<string, ProposedPerson>;
  organizations: Map<string, ProposedOrganization>;
  /** Organisations data/ does not know, printed with the post of someone it does ("최태원 대한상의 회장"): named,
   * not proposed. */
  posts: Map<string, ProposedOrganization>;
  /** Short references that matched several people: reported, never resolved. */
  ambiguous: { text: string; candidates: string[]; readAt: LineRef }[];
  /** Organisations of data/ the article has named so far ("SK그룹에 따르면"): whose head a short reference may be. */
  orgsNamed?: Set<string>;
  /** People read only as the head of an organisation named, never by name: why, for the editor. */
  inferred?: Map<string, string>;
  /** Korean names a headline prints bare ("트럼프 옆에선 정의선"), by surname: who a short reference may mean. */
  headlined?: Map<string, { name: string; readAt: LineRef }[]>;
}

export interface Gathered {
  /** Some sentence reports it done (past tense, or a caption showing it). */
  happened: boolean;
  /** The words its tense was read from, in each sentence. */
  tenseCues: string[];
  principals: string[];
  attendees: string[];
  date: ResolvedDate;
  time?: string;
  dayPart?: MeetingEvent['dayPart'];
  place?: string;
  kind: string;
  eventName?: string;
  sentences: Sentence[];
  cues: string[];
  /** A talk told beside a meal of the same people ("정상회담을 한 뒤 만찬을 가졌다"): a meeting of its own. */
  apart?: boolean;
  /** Only a photo's list shows them together ("왼쪽부터 A, B가 건배하고 있다"): no words say they met. */
  photoOnly?: boolean;
}

export interface Unsettled {
  principals: string[];
  /** Why no date: "최근", "이미 … 바 있다". */
  cue: string;
  sentences: Sentence[];
  planned: boolean;
  /** For a planned meeting: its date where the text gives one. */
  date?: ResolvedDate;
  /** Meeting words beside names that the reading could not tell as who met whom (helpers/unread.ts). */
  unread?: boolean;
}

export interface Match {
  id: string;
  /** The record has only the month; this article gives the day. */
  refine: boolean;
}

export interface StatedFact {
  field: Bilingual;
  /** Compared between articles: "40분", "14:40", "서초구". */
  value: string;
  /** The words as printed, verbatim in the article. */
  quote: string;
}

/** Stage 5's result: the mentions of each sentence (by the sentence's index), its words, and what resolved them. */
export interface MentionsStage {
  context: MentionContext;
  tokens: Token[][];
  bySentence: Mention[][];
}

/** A meeting proposed from the article: what it reports, the recorded meeting it is (if any), and the verdict. */
export interface Proposal extends Gathered {
  match: Match | null;
  /** Accepted by default: only what the text settles. */
  accept: boolean;
  confidence: number;
  /** What the confidence was weighed from. */
  evidence: Evidence;
  /** The text settles it took place, in the body, between people (accepted where the confidence is high enough). */
  settled: boolean;
  /** Why it is proposed and, when it is not accepted, why not. */
  because: string[];
}

/** Planned, or with no date the text settles: for the editor to know, never applied. */
export interface UnsettledProposal extends Unsettled {
  /** The recorded meeting it would be. */
  match?: string;
}

/** Stage 7's result: the proposals, and a problem when the article reports no meeting at all. */
export interface ProposalsStage {
  meetings: Proposal[];
  unsettled: UnsettledProposal[];
  problems: IngestProblem[];
}
