// The embed (`embed/index.html`): the app in a compact frame for articles, built beside the main page. Its origins
// are checked first, so a bad MG_EMBED_ORIGINS stops `vite build` and `vite preview` before any work, named.
import path from 'node:path';
import type { Plugin } from 'vite';
import { EMBED_PATH, readEmbedOrigins } from './headers';

export function embedPage(): Plugin {
  return {
    name: 'meeting-graph:embed',
    config(config, { command }) {
      readEmbedOrigins();
      if (command !== 'build') return;
      const root = path.resolve(config.root ?? '.');
      return {
        build: {
          rolldownOptions: {
            input: { main: path.join(root, 'index.html'), embed: path.join(root, EMBED_PATH, 'index.html') },
          },
        },
      };
    },
  };
}
