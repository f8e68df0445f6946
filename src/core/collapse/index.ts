export { aggregateItems, parseAggregateId } from './aggregate';
export type { AggregateEnds } from './aggregate';
export type * from './types';
export { OVERVIEW_LINES, project } from './projection';
export {
  aggregateId,
  collapsibleGroups,
  COLLAPSE_ABOVE,
  defaultCollapsed,
  expandedFor,
  groupOf,
  isAggregateId,
} from './utils';
