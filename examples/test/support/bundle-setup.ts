import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where bundleForNode writes its bundles; removed when the run ends. */
    bundleDir: string;
  }
}

/**
 * One temp dir per test run for bundleForNode. Its owner is this global setup, not the test
 * workers: vitest ends a worker without its `exit` handlers, which left a dir behind per
 * worker, about 250 a CI run.
 */
export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'test-bundles-'));
  project.provide('bundleDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
