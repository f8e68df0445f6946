// Prints the closing lines of `npm test` from both runners' JSON reports; exits 1 when anything failed, a runner
// that could not start included (src/testing/summary.ts).
import { existsSync, readFileSync } from 'node:fs';
import { e2eOutcome, summaryLines, unitOutcome } from '../src/testing/summary';

const read = (file: string) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);
const outcomes = [
  unitOutcome(read('.cache/test-reports/unit-results.json')),
  e2eOutcome(read('.cache/test-reports/e2e-results.json')),
];
console.log(`\n${summaryLines(outcomes).join('\n')}`);
process.exitCode = outcomes.some((o) => o.failed > 0) ? 1 : 0;
