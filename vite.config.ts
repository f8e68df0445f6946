import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import {
  contentSecurityPolicy,
  embedPage,
  meetingPages,
  previewServing,
  siteFrom,
  trimCytoscapeBundle,
} from './src/tools/serving';

// The app is served where MG_SITE_URL says (default http://127.0.0.1:4173/): its path is the base of every asset,
// data file and meeting page. A bad value is named by the meeting pages' plugin.
const site = siteFrom(process.env.MG_SITE_URL);

export default defineConfig({
  base: 'url' in site ? new URL(site.url).pathname : '/',
  plugins: [react(), trimCytoscapeBundle(), embedPage(), contentSecurityPolicy(), meetingPages(), previewServing()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // Rolldown's plugin-timing report (a dozen lines whenever a busy machine takes over 3 s) is not for readers.
      checks: { bundlerTimings: false },
      output: {
        // Libraries in chunks of their own: none passes Vite's 500 kB warning, and each stays cached across releases.
        codeSplitting: {
          groups: [
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  // What readers get (npm start): the built app, with its headers from previewServing (path by path: the embed differs).
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
