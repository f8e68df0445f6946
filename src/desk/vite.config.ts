// The desk page's build: served by `npm run desk` at /desk/, never shipped with the site.
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const DESK_PAGE_DIR = path.resolve('node_modules/.cache/meeting-graph/desk/page');

export default defineConfig({
  root: path.resolve('src/desk'),
  base: '/desk/',
  plugins: [react()],
  build: {
    outDir: DESK_PAGE_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // No plugin-timing report when a busy machine makes the build slow (as in the app's config).
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  logLevel: 'warn',
});
