export type * from './types';
export { buildIndex, compareByDays, daysOfDate, orgAncestors, overlaps } from './utils';
export { computeVisibility, knownOrgFilters, passesOrgFilter } from './visibility';
export { createVisibilityTracker } from './tracker';
export type { VisibilityTracker } from './tracker';
export { drawnAsNode, marksOf, meetingNodeId, pairId, parsePairId, spokeId } from './marks';
export type { Mark, Marks } from './marks';
