import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/gates/**/*.test.ts', 'examples/matrix/**/*.test.ts'],
          // The files share one module graph: a fresh one per file (TypeScript and Shiki loaded
          // again each time) took 25 s where one shared graph takes 8.5 s.
          isolate: false,
          // Several tests compile TypeScript programs: seconds on a loaded machine, not the
          // default 5 s budget's worth of work on an idle one.
          testTimeout: 30_000,
        },
      },
      'examples',
      // Three-node clusters started, killed and restarted by the tests (examples/test/**/*.cluster.test.ts).
      'examples/vitest.cluster.config.mts',
      {
        // Runs against the production build (`npm run build` first).
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/support/global-setup.ts'],
          // One module graph for every file, as in `unit`: 15 s of imports became 3.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Tests marked concurrent (a page each, in the base-URL and axe checks) run two at a time:
          // one waits on the browser while the other runs, on a machine of 2 cores.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
