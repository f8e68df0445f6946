// The Cytoscape element of one mark: a pair or agreement line, a meeting node, or a spoke.
import type { ElementDefinition } from 'cytoscape';
import { meetingNodeId, type GraphIndex, type Mark } from '../graph';
import type { MeetingLabel } from './types';

/** Without the interface's words (tests, tools): the title alone. */
export const titleOnly: MeetingLabel = (m) => ({ ko: m.title.ko, en: m.title.en ?? m.title.ko });

/** Where a meeting's node goes: the compiler's place for it, or (an older graph.json) among its people. */
export function meetingPosition(index: GraphIndex, meetingId: string): { x: number; y: number } {
  const m = index.meetings.get(meetingId)!;
  if (m.x !== undefined && m.y !== undefined) return { x: m.x, y: m.y };
  const at = m.participants.map((id) => index.people.get(id)).filter((p) => p !== undefined);
  if (at.length === 0) return { x: 0, y: 0 };
  return { x: at.reduce((s, p) => s + p.x, 0) / at.length, y: at.reduce((s, p) => s + p.y, 0) / at.length };
}

/** `classes` is the visibility suffix (' hidden' or ''). */
export function markElement(index: GraphIndex, mark: Mark, classes: string, label: MeetingLabel): ElementDefinition {
  switch (mark.kind) {
    case 'pair': {
      const data = { id: mark.id, source: mark.source, target: mark.target, n: mark.meetings.length };
      return { group: 'edges', data, classes: 'met' + classes };
    }
    case 'agreement': {
      const data = { id: mark.id, source: mark.source, target: mark.target, n: mark.agreements.length };
      return { group: 'edges', data, classes: 'agr' + classes };
    }
    case 'meeting': {
      const m = index.meetings.get(mark.meeting)!;
      // Named on hover: what it was and when.
      const data = { id: mark.id, meeting: m.id, ...label(m), n: new Set(m.participants).size };
      return { group: 'nodes', data, position: meetingPosition(index, m.id), classes: 'meeting' + classes };
    }
    case 'spoke': {
      const data = { id: mark.id, source: meetingNodeId(mark.meeting), target: mark.person, meeting: mark.meeting };
      return { group: 'edges', data, classes: 'spoke' + classes };
    }
  }
}
