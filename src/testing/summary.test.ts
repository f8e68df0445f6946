import { describe, expect, it } from 'vitest';
import { e2eOutcome, summaryLines, unitOutcome, type PlaywrightReport, type VitestReport } from './summary';

const unitPassing: VitestReport = {
  numPassedTests: 16,
  numFailedTests: 0,
  numPendingTests: 1,
  numTodoTests: 1,
  success: true,
  testResults: [{ name: '/repo/a.test.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed' }] }],
};
const e2ePassing: PlaywrightReport = { stats: { expected: 40, unexpected: 0, flaky: 2, skipped: 3 }, errors: [] };

describe('the closing summary', () => {
  it('adds up two runners that ran', () => {
    expect(summaryLines([unitOutcome(unitPassing), e2eOutcome(e2ePassing)])).toEqual([
      'unit: 16 passed, 0 failed',
      'e2e: 42 passed, 0 failed',
      'tests: 58 passed, 0 failed, 5 skipped',
    ]);
  });

  it('counts failed tests', () => {
    const e2e = e2eOutcome({ stats: { expected: 38, unexpected: 2, flaky: 0, skipped: 0 }, errors: [] });
    expect(summaryLines([unitOutcome({ ...unitPassing, numFailedTests: 3, success: false }), e2e]).at(-1)).toBe(
      'tests: 54 passed, 5 failed, 2 skipped',
    );
  });

  it('counts Playwright that could not start its web server as a failure, and says why', () => {
    // The report Playwright writes when another server holds the port: no test ran, stats all zero.
    const refused: PlaywrightReport = {
      stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0 },
      errors: [
        {
          message:
            'Error: http://127.0.0.1:4173 is already used, make sure that nothing is running on the port/url or set reuseExistingServer:true in config.webServer.',
        },
      ],
    };
    const lines = summaryLines([unitOutcome(unitPassing), e2eOutcome(refused)]);
    expect(lines).toContain('e2e: 0 passed, 1 failed (did not run fully)');
    expect(lines.some((l) => l.includes('127.0.0.1:4173 is already used'))).toBe(true);
    expect(lines.at(-1)).toBe('tests: 16 passed, 1 failed, 2 skipped');
  });

  it('counts a missing report as a failure', () => {
    const lines = summaryLines([unitOutcome(null), e2eOutcome(null)]);
    expect(lines[0]).toBe('unit: 0 passed, 1 failed (did not run fully)');
    expect(lines.at(-1)).toBe('tests: 0 passed, 2 failed, 0 skipped');
  });

  it('counts a unit test file that could not load, which has no failed test of its own', () => {
    const broken: VitestReport = {
      ...unitPassing,
      success: false,
      testResults: [
        ...unitPassing.testResults!,
        { name: '/repo/broken.test.ts', status: 'failed', message: 'boom\n  at x', assertionResults: [] },
      ],
    };
    const outcome = unitOutcome(broken);
    expect(outcome.failed).toBe(1);
    expect(outcome.problems).toEqual(['/repo/broken.test.ts: boom']);
  });

  it('does not count a file twice when its own tests failed', () => {
    const failing: VitestReport = {
      ...unitPassing,
      numFailedTests: 1,
      success: false,
      testResults: [{ name: '/repo/a.test.ts', status: 'failed', assertionResults: [{ status: 'failed' }] }],
    };
    expect(unitOutcome(failing)).toMatchObject({ failed: 1, problems: [] });
  });

  it('counts a unit run that failed outside any test', () => {
    expect(unitOutcome({ ...unitPassing, success: false }).failed).toBe(1);
  });
});
