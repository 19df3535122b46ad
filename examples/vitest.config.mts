import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'examples',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Run by the `cluster` project (vitest.cluster.config.mts).
    exclude: ['test/cluster/**'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/live-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
