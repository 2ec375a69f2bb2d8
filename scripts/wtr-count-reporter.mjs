// A @web/test-runner reporter that writes the passed/failed test counts to .cache/wtr.json, so that
// `npm test` can print one closing line for both test runners.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

/** @returns {import('@web/test-runner').Reporter} */
export function countReporter(file = '.cache/wtr.json') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, errors: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.errors += session.errors.length;
      }
      totals.failed += totals.errors;
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
