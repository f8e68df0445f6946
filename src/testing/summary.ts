// The closing lines of `npm test`, from the runners' JSON reports. A runner that did not run, or could not start
// (Playwright's web server refused, a test file that does not load), counts as a failure: it ran no test, so its
// counts alone would say "0 failed".

export interface Outcome {
  runner: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why a runner failed outside any test: no report, a file that could not run, an error before the tests. */
  problems: string[];
}

/** The parts of Vitest's JSON report read here. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  success?: boolean;
  testResults?: { name: string; status: string; message?: string; assertionResults?: { status: string }[] }[];
}

/** The parts of Playwright's JSON report read here. */
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
}

const firstLine = (text: string | undefined) => (text ?? '').trim().split('\n')[0] || 'no message';
const missing = (runner: string): Outcome => ({
  runner,
  passed: 0,
  failed: 1,
  skipped: 0,
  problems: ['no report: the runner did not run or stopped before writing it'],
});

export function unitOutcome(report: VitestReport | null): Outcome {
  if (!report) return missing('unit');
  const problems: string[] = [];
  let failed = report.numFailedTests;
  // A file that fails while loading has no failed test of its own.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((a) => a.status === 'failed')) {
      failed += 1;
      problems.push(`${file.name}: ${firstLine(file.message)}`);
    }
  }
  if (report.success === false && failed === 0) {
    failed = 1;
    problems.push('the run failed outside any test (an unhandled error?)');
  }
  return {
    runner: 'unit',
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    problems,
  };
}

export function e2eOutcome(report: PlaywrightReport | null): Outcome {
  if (!report) return missing('e2e');
  // Errors outside the tests: the web server that did not start, a spec that does not load, a global setup.
  const errors = report.errors ?? [];
  return {
    runner: 'e2e',
    passed: report.stats.expected + report.stats.flaky,
    failed: report.stats.unexpected + errors.length,
    skipped: report.stats.skipped,
    problems: errors.map((e) => firstLine(e.message)),
  };
}

/** One line per runner (with its problems below it), then the totals. */
export function summaryLines(outcomes: Outcome[]): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(`${o.runner}: ${o.passed} passed, ${o.failed} failed${o.problems.length ? ' (did not run fully)' : ''}`);
    for (const p of o.problems) lines.push(`  ${p}`);
  }
  const total = (key: 'passed' | 'failed' | 'skipped') => outcomes.reduce((sum, o) => sum + o[key], 0);
  lines.push(`tests: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
  return lines;
}
