import type { Reporter, TestModule } from 'vitest/node';

// CI reads a plain closing line 'N passed, N failed' to know how many tests really ran;
// Vitest's own summary is not one of the formats it reads, so we print that line as well.
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const failedModules = testModules.filter((m) => m.state() === 'failed' && m.children.size === 0).length;
    process.stdout.write(`\n${passed} passed, ${failed + failedModules} failed, ${skipped} skipped\n`);
  }
}
