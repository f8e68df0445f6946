// A normal build prints no [PLUGIN_TIMINGS] block. Rolldown prints one whenever a build takes over 3 s and its
// plugins take over 100 times its link stage, which on a busy machine is any build of the app (the meeting pages draw
// cards): the check is off in both Vite configs. A plugin that waits 4 s makes a tiny build slow enough to show the
// block, so each config's resolved checks are tried on it, beside a control without them that must show it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, createLogger, resolveConfig, type Plugin, type UserConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

type Checks = NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['checks'];

const fixture = mkdtempSync(path.join(tmpdir(), 'mg-build-warnings-'));
writeFileSync(path.join(fixture, 'index.html'), '<script type="module" src="./main.js"></script>\n');
writeFileSync(path.join(fixture, 'main.js'), 'console.log(1);\n');
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

async function checksOf(configFile: string): Promise<Checks> {
  const config = await resolveConfig({ configFile, configLoader: 'runner', logLevel: 'silent' }, 'build');
  return config.build.rolldownOptions.checks;
}

/** What a slow build of the fixture warns, with these checks. */
async function slowBuildWarnings(checks: Checks): Promise<string> {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  const slow: Plugin = { name: 'slow', buildStart: () => new Promise((resolve) => setTimeout(resolve, 4000)) };
  await build({
    root: fixture,
    configFile: false,
    customLogger: logger,
    plugins: [slow],
    build: { write: false, rolldownOptions: { checks } },
  });
  return warnings.join('\n');
}

describe('the build prints no plugin timings', () => {
  it('a slow build shows the block unless the configs turn it off', { timeout: 60_000 }, async () => {
    const [app, desk] = await Promise.all([checksOf('vite.config.ts'), checksOf('src/desk/vite.config.ts')]);
    const [control, appWarnings, deskWarnings] = await Promise.all([
      slowBuildWarnings(undefined),
      slowBuildWarnings(app),
      slowBuildWarnings(desk),
    ]);
    expect(control).toContain('PLUGIN_TIMINGS');
    expect(appWarnings).not.toContain('PLUGIN_TIMINGS');
    expect(deskWarnings).not.toContain('PLUGIN_TIMINGS');
  });
});
