export { aggregateItems } from './aggregate';
export type { AggregateEnds } from './aggregate';
export type * from './types';
export { OVERVIEW_LINES, project, projectSteps } from './projection';
export { COLLAPSE_ABOVE, defaultCollapsed, expandedFor } from './utils';
