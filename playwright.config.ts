import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions as launchOptions } from './e2e/support/chromium';
import { e2ePort } from './src/testing/port';

// A server of the tests' own on a free port (E2E_PORT chooses one): never `npm start`'s on 4173.
const port = await e2ePort();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.02 } },
  reporter: [['list'], ['json', { outputFile: '.cache/test-reports/e2e-results.json' }]],
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFilePath}/{arg}-{projectName}{ext}',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    // No animated pans or fades to wait for (each is drawn in software here); the specs that are about motion
    // (Play, centring on a search result) ask for it back.
    reducedMotion: 'reduce',
    // A trace snapshots the page at every action: recorded for a retry only, it would triple every test's time.
    trace: 'on-first-retry',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /\.phone\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 850 }, launchOptions },
    },
    {
      name: 'phone',
      testMatch: /\.phone\.spec\.ts$/,
      use: { ...devices['Pixel 7'], launchOptions },
    },
  ],
  webServer: {
    // As `npm run preview` serves it: the production headers, and room for long links (64 KB of headers).
    command: `node --max-http-header-size=65536 node_modules/vite/bin/vite.js preview --configLoader runner --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    // The embed spec frames the app from a page on http://localhost (any port): the one site allowed to.
    env: { MG_EMBED_ORIGINS: 'http://localhost:*' },
    // Whatever already answers on the port is someone else's (another build, another checkout): never test it.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
