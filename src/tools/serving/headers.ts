// The HTTP headers every host of the built app sends, written once: `npm start` and `npm run preview` send them,
// and the build ships them for static hosts as `_headers` (Cloudflare Pages, Netlify) and an nginx snippet. One
// page differs: the embed (`embed/`), which the sites named in MG_EMBED_ORIGINS may show in a frame.
import { EMBED_PAGE_PATH } from '../../core/url-codec';

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

/** Where the embed lives, under the app's base path. */
export const EMBED_PATH = EMBED_PAGE_PATH;

/**
 * `scheme://host[:port]`, as CSP writes a source: http or https, a host name (optionally `*.` for its subdomains)
 * or an IP address, a port or `*`; nothing after it but one `/`. Anything else (a path, a quote, `;`) is refused, so
 * a value can never add a directive to the policy.
 */
const ORIGIN =
  /^(https?):\/\/((?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\*|\d{1,5}))?\/?$/i;

export interface EmbedOrigins {
  origins: string[];
  /** Each value that is not an origin, with why. */
  problems: string[];
}

/** MG_EMBED_ORIGINS: comma-separated origins; empty or unset allows none. */
export function parseEmbedOrigins(value: string | undefined): EmbedOrigins {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const m = ORIGIN.exec(item);
    const port = m?.[3];
    if (!m) {
      const hint = /\s/.test(item)
        ? 'separate origins with commas'
        : /^https?:\/\/[^/]+\/./i.test(item)
          ? 'a site is framed by its origin, without a path'
          : 'expected scheme://host[:port], e.g. https://news.example.com';
      problems.push(`"${item}" is not an origin (${hint})`);
    } else if (port && port !== '*' && (Number(port) < 1 || Number(port) > 65535)) {
      problems.push(`"${item}" has no valid port (1–65535)`);
    } else {
      const origin = `${m[1].toLowerCase()}://${m[2].toLowerCase()}${port ? `:${port}` : ''}`;
      if (!origins.includes(origin)) origins.push(origin);
    }
  }
  return { origins, problems };
}

/** The origins from the environment; a bad value stops the build or the server, named. */
export function readEmbedOrigins(value = process.env.MG_EMBED_ORIGINS): string[] {
  const { origins, problems } = parseEmbedOrigins(value);
  if (problems.length)
    throw new Error(
      `MG_EMBED_ORIGINS (sites allowed to frame the embed):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  return origins;
}

/** The embed's headers: framed only by `origins` (no X-Frame-Options, which cannot name sites); none: like any page. */
export function embedHeaders(origins: readonly string[]): Readonly<Record<string, string>> {
  if (origins.length === 0) return SECURITY_HEADERS;
  const { 'X-Frame-Options': _deny, ...rest } = SECURITY_HEADERS;
  return { ...rest, 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${origins.join(' ')}` };
}

/** Whether `pathname` (under `base`, which ends in `/`) is the embed's page. */
export function isEmbedPage(pathname: string, base: string): boolean {
  const page = base + EMBED_PATH;
  return pathname === page || pathname === `${page}index.html` || pathname === page.slice(0, -1);
}

/** The headers for a response to `pathname`. */
export function headersFor(
  pathname: string,
  base: string,
  origins: readonly string[],
): Readonly<Record<string, string>> {
  return isEmbedPage(pathname, base) ? embedHeaders(origins) : SECURITY_HEADERS;
}

const FRAMING = ['Content-Security-Policy', 'X-Frame-Options'];

/**
 * Cloudflare Pages / Netlify `_headers`: every path, then the embed's page. Rules that match one path add up, so
 * the embed's rule first drops the framing headers of `/*` (`! Name`, Cloudflare Pages' syntax).
 */
export function headersFile(base = '/', origins: readonly string[] = []): string {
  const block = (headers: Readonly<Record<string, string>>) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
  const out = ['# Written by the build from src/tools/serving/headers.ts', '/*', ...block(SECURITY_HEADERS)];
  if (origins.length) {
    const page = base + EMBED_PATH;
    const embed = embedHeaders(origins);
    const lines = [
      ...FRAMING.map((k) => `  ! ${k}`),
      ...block({ 'Content-Security-Policy': embed['Content-Security-Policy'] }),
    ];
    out.push('# The embed: framed by MG_EMBED_ORIGINS only.', page, ...lines, `${page}index.html`, ...lines);
  }
  return `${out.join('\n')}\n`;
}

const nginxQuoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
const regexEscaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For the nginx `server` block that serves the built folder. The embed's framing is chosen by variables at the
 * server level (an `if` that only `set`s is safe there), so no `location` of the host's own config is replaced.
 */
export function nginxSnippet(base = '/', origins: readonly string[] = []): string {
  const add = (k: string, v: string) => `add_header ${k} ${v} always;`;
  const lines = [
    '# Written by the build from src/tools/serving/headers.ts: include it in the server block that serves dist/.',
  ];
  if (origins.length === 0) {
    lines.push(...Object.entries(SECURITY_HEADERS).map(([k, v]) => add(k, nginxQuoted(v))));
  } else {
    lines.push(
      `# Every page: framing forbidden; the embed (${base}${EMBED_PATH}): framed by MG_EMBED_ORIGINS only.`,
      `set $mg_frame_ancestors "'none'";`,
      'set $mg_frame_options "DENY";',
      `if ($uri ~ ${nginxQuoted(`^${regexEscaped(base + EMBED_PATH)}(index\\.html)?$`)}) {`,
      `    set $mg_frame_ancestors ${nginxQuoted(origins.join(' '))};`,
      '    # nginx sends no header whose value is empty.',
      '    set $mg_frame_options "";',
      '}',
      ...Object.entries(SECURITY_HEADERS).map(([k, v]) =>
        k === 'Content-Security-Policy'
          ? add(k, nginxQuoted(`${CONTENT_SECURITY_POLICY}; frame-ancestors $mg_frame_ancestors`))
          : k === 'X-Frame-Options'
            ? add(k, '$mg_frame_options')
            : add(k, nginxQuoted(v)),
      ),
    );
  }
  lines.push(
    '# Links carry the view in their query; allow long ones (the app writes at most a few KB, readers paste more).',
    'large_client_header_buffers 4 64k;',
    '',
  );
  return lines.join('\n');
}
