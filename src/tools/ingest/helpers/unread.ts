// A page that speaks of a meeting the reading could not tell as who met whom ("신년인사회에는 … 참석했다" with the
// guests in a list of their own, names in Latin script): drafted for the editor with a note, never refused, so that
// the article and the people it names are kept and the meeting can be added by hand.
import { ATTEND_CUE, EVENT_CUES, MEETING_CUES } from '../korean/lexicon';
import type { MentionsStage, Sentence, Unsettled } from '../pipeline/types';

/** The sentences that name someone beside a word for a meeting, an event or attending it, as one note (or none):
 * the body's, a photo story's captions, a headline. With none, those that name two people or more together (a
 * visit shown around, a handshake): still a note, never a refusal. */
export function unreadMeetings(said: Sentence[], named: MentionsStage): Unsettled[] {
  const all = said.map((s, i) => ({
    s,
    people: [...new Set(named.bySentence[i].filter((m) => m.kind === 'person' && m.id).map((m) => m.id))],
  }));
  const cued = all.filter(
    ({ s, people }) =>
      people.length > 0 &&
      (MEETING_CUES.some((c) => c.stem.test(s.text)) ||
        EVENT_CUES.some((e) => e.word.test(s.text)) ||
        ATTEND_CUE.test(s.text)),
  );
  const at = cued.length ? cued : all.filter(({ people }) => people.length >= 2);
  if (at.length === 0) return [];
  return [
    {
      principals: [...new Set(at.flatMap((x) => x.people))],
      cue: 'unread',
      sentences: at.map((x) => x.s),
      planned: false,
      unread: true,
    },
  ];
}
