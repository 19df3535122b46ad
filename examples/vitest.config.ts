import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'examples',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/live-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
