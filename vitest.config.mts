import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './examples/test/support/verified-versions-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      'examples',
    ],
  },
});
