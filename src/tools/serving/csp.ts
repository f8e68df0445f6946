// Build only: the policy as a meta tag in every page (for hosts that send no headers), and the same headers for
// static hosts beside the app. The dev server injects inline scripts (React refresh) that this policy would block.
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, headersFile, nginxSnippet } from './headers';

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'meeting-graph:csp',
    apply: 'build',
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
