// The HTTP headers every host of the built app sends, written once: `npm start` and `npm run preview` send them,
// and the build ships them for static hosts as `_headers` (Netlify, Cloudflare Pages) and an nginx snippet.

/** Only the app's own origin, no inline or eval'd script: quotes and names from the data can never run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** As headers: a meta tag cannot say `frame-ancestors`, so only a header keeps the app out of other sites' frames. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

/** Netlify / Cloudflare Pages `_headers`: every path. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  return `# Written by the build from src/tools/serving/headers.ts\n/*\n${lines.join('\n')}\n`;
}

/** For an nginx `server` or `location` block that serves the built folder. */
export function nginxSnippet(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `add_header ${k} "${v}" always;`);
  return [
    '# Written by the build from src/tools/serving/headers.ts: include it in the server block that serves dist/.',
    ...lines,
    '# Links carry the view in their query; allow long ones (the app writes at most a few KB, readers paste more).',
    'large_client_header_buffers 4 64k;',
    '',
  ].join('\n');
}
