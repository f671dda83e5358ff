import type {Reporter, TestModule} from 'vitest/node';

/**
 * Ends the run with a plain "Tests: N passed, N failed" line, which CI reads to know that tests really
 * ran; Vitest's own summary is formatted for people and is not one of the closing lines CI knows.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = {passed: 0, failed: 0, skipped: 0};
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed') counts[state] += 1;
        else counts.skipped += 1;
      }
    }
    const skipped = counts.skipped > 0 ? `, ${counts.skipped} skipped` : '';
    console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
  }
}
