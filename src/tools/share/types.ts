// Meeting pages: one static page per meeting whose tags a chat app's crawler (which runs no script) reads.
import type { Bilingual } from '../../core/schema';

/** Both languages given (a card prints both). */
type Both = Required<Bilingual>;

/** What a meeting's page and preview image say about it, in both languages. */
export interface MeetingCard {
  id: string;
  title: Both;
  date: Both;
  /** Everyone there, principals first. */
  people: Both[];
  articles: number;
  outlets: Both[];
}

/** Where the site is served, absolute and ending in `/`: crawlers need absolute URLs for the page and its image. */
export interface Site {
  url: string;
}

export interface SharePage {
  /** Relative to the build's folder: `m/<id>/index.html`, `m/<id>/card.png`. */
  html: { path: string; text: string };
  image: { path: string; bytes: Uint8Array };
}

/** Something that stops the pages being written, with the file it is about. */
export interface ShareProblem {
  file: string;
  message: string;
}
