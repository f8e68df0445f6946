import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { meetingPages } from './src/tools/share/plugin';
import { CONTENT_SECURITY_POLICY, headersFile, nginxSnippet, SECURITY_HEADERS } from './src/tools/serving/headers';

// Build only: the dev server injects inline scripts (React refresh) that this policy would rightly block.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'meeting-graph:csp',
    apply: 'build',
    // The same headers for static hosts, beside the app.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
      this.emitFile({ type: 'asset', fileName: 'nginx-headers.conf', source: nginxSnippet() });
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), meetingPages()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
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
  // What readers get (npm start): the built app with its headers.
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  server: { port: 5173 },
});
