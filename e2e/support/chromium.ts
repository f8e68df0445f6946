// How every browser of the project's tooling (Playwright, the benchmark) starts Chromium: the system's where there
// is one, and cut off from everything but this machine.
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** `CHROMIUM_PATH`, else Debian's Chromium where installed, else Playwright's own download. */
export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const args = [
  // Root in a container has no user namespace for the sandbox.
  '--no-sandbox',
  // Every host name fails at once without a DNS query, except this machine: Chromium's own services (sign-in's
  // ListAccounts, the component updater, autofill) otherwise look up and dial Google's servers.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-sync',
  '--no-pings',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=AutofillServerCommunication,MediaRouter,OptimizationHints,Translate',
];

export const chromiumLaunchOptions: LaunchOptions = { executablePath: chromiumPath, args };
