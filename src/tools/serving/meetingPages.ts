// `vite build` writes a page and a preview image per meeting beside the app (see src/tools/share/pages.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { cardCache, readGraph, sharePages, siteFrom, type ShareProblem } from '../share';

const report = (problems: ShareProblem[]) =>
  `meeting pages not written:\n${problems.map((p) => `  ${p.file}: ${p.message}`).join('\n')}`;

export function meetingPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'meeting-graph:meeting-pages',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    // After the bundle is on disk: the pages are the built index.html with the meeting's tags in its head.
    closeBundle: {
      sequential: true,
      async handler() {
        const out = path.resolve(config.root, config.build.outDir);
        const site = siteFrom(process.env.MG_SITE_URL);
        if ('file' in site) throw new Error(report([site]));
        const graphFile = path.join(out, 'data/graph.json');
        const graph = readGraph(readFileSync(graphFile, 'utf8'), path.relative(config.root, graphFile));
        if (Array.isArray(graph)) throw new Error(report(graph));
        const cache = cardCache(path.join(config.root, 'node_modules/.cache/meeting-graph/cards'));
        const t0 = performance.now();
        const { value, problems } = await sharePages(
          graph,
          readFileSync(path.join(out, 'index.html'), 'utf8'),
          site,
          (page) => {
            mkdirSync(path.dirname(path.join(out, page.html.path)), { recursive: true });
            writeFileSync(path.join(out, page.html.path), page.html.text);
            writeFileSync(path.join(out, page.image.path), page.image.bytes);
          },
          cache,
        );
        if (!value) throw new Error(report(problems));
        cache.prune();
        const s = ((performance.now() - t0) / 1000).toFixed(1);
        config.logger.info(
          `meeting pages: ${value.pages} written to ${path.relative(config.root, out)}/m/ ` +
            `(${value.drawn} cards drawn, ${value.pages - value.drawn} unchanged) in ${s} s`,
        );
      },
    },
  };
}
