// Build only: the policy as a meta tag in every page, the embed's included (for hosts that send no headers), and the
// same headers for static hosts beside the app. The dev server injects inline scripts (React refresh) that this
// policy would block.
import type { Plugin, ResolvedConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, headersFile, nginxSnippet, readEmbedOrigins } from './headers';

export function contentSecurityPolicy(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'meeting-graph:csp',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    generateBundle() {
      const origins = readEmbedOrigins();
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(config.base, origins) });
      this.emitFile({ type: 'asset', fileName: 'nginx-headers.conf', source: nginxSnippet(config.base, origins) });
    },
    // No frame-ancestors here: a meta tag cannot say it (browsers ignore it and warn), only the headers do.
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
