import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** One live test's outcome in one matrix cell, as the runner reads it. */
export interface TestOutcome {
  /** `file > describe > test`, the file relative to examples/test. */
  id: string;
  state: 'passed' | 'failed' | 'skipped' | 'pending';
  /** Skip note (`ctx.skip(note)`) or first line of the first error. */
  reason?: string;
}

const TEST_ROOT = path.join(__dirname, '..', 'test');

/** Writes every test's outcome to MATRIX_RESULT_FILE; the matrix runner reads it back. */
export default class MatrixResultReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<unknown>): void {
    const file = process.env.MATRIX_RESULT_FILE;
    if (!file) return;
    const outcomes: TestOutcome[] = [];
    for (const module of testModules) {
      const name = path.relative(TEST_ROOT, module.moduleId);
      const tests = [...module.children.allTests()];
      for (const test of tests) {
        const result = test.result();
        const reason = result.state === 'skipped' ? result.note : result.errors?.[0]?.message?.split('\n')[0];
        outcomes.push({ id: `${name} > ${test.fullName}`, state: result.state, reason });
      }
      // A file that failed to load (say, the client would not) has no tests to report.
      if (tests.length === 0 && module.state() === 'failed') {
        const message = module.errors()[0]?.message?.split('\n')[0];
        outcomes.push({ id: `${name} > (file)`, state: 'failed', reason: message });
      }
    }
    const errors = unhandled.map((error) => String((error as Error)?.message ?? error).split('\n')[0]);
    fs.writeFileSync(file, JSON.stringify({ outcomes, unhandled: errors }));
  }
}
