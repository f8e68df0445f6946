// Meeting pages: one static page per meeting whose tags a chat app's crawler (which runs no script) reads.
import type { BothLanguages } from '../../core/schema';

/** What a meeting's page and preview image say about it, in both languages. */
export interface MeetingCard {
  id: string;
  title: BothLanguages;
  date: BothLanguages;
  /** Everyone there, principals first. */
  people: BothLanguages[];
  articles: number;
  outlets: BothLanguages[];
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
