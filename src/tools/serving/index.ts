// Every Vite plugin of the build and the preview server, and the headers they send: vite.config.ts takes them here.
export { contentSecurityPolicy } from './csp';
export { trimCytoscapeBundle } from './cytoscape';
export { embedPage } from './embed';
export { meetingPages } from './meetingPages';
export { previewServing } from './preview';
export { siteFrom } from '../share';
