import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// The compatibility matrix runs the same examples against another client version: it sets
// AEROSPIKE_CLIENT_DIR, and `aerospike` resolves there (child processes get the same from
// matrix/select-client.cjs, which the matrix preloads).
const clientDir = process.env.AEROSPIKE_CLIENT_DIR;

export default defineProject({
  resolve: {
    alias: clientDir
      ? [
          { find: /^aerospike$/, replacement: clientDir },
          { find: /^aerospike\/(.*)$/, replacement: `${clientDir}/$1` },
        ]
      : [],
  },
  test: {
    name: 'examples',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/**/*.test.ts'],
    // Run by the `cluster` project (vitest.cluster.config.mts).
    exclude: ['test/**/*.cluster.test.ts'],
    globalSetup: ['test/support/global-setup.ts', 'test/support/bundle-setup.ts'],
    setupFiles: ['test/support/live-env.ts'],
    // One worker process runs every file, with no fresh module graph per file: each file opens
    // and closes its own clients, and a fresh process per file cost 40% of a run's CPU (the
    // matrix runs this project 20 times).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
