export type * from './types';
export { createDrawnGraph } from './create';
export { markElement, meetingPosition, titleOnly } from './markElement';
