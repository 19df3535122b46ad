import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Tests that start a three-node cluster of their own and kill, stop and restart its nodes.
// Apart from the `examples` project so that the per-file examples run stays quick.
export default defineProject({
  test: {
    name: 'cluster',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.cluster.test.ts'],
    globalSetup: ['test/support/cluster-setup.ts', 'test/support/bundle-setup.ts'],
    setupFiles: ['test/support/live-env.ts'],
    // One cluster at a time: three nodes take about 800 MB and the machine's cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
