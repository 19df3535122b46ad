import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { inject } from 'vitest';

const built = new Map<string, string>();
let outDir: string | undefined;

/**
 * A TypeScript entry point bundled to one plain JS file, once per test process, for a child
 * process to run with plain `node`: forking under tsx cost about a second of CPU each time,
 * which the compatibility matrix paid hundreds of times. `aerospike` stays external, so the
 * child loads the client under test (NODE_PATH and the matrix's preload find it).
 */
export function bundleForNode(entry: string): string {
  const done = built.get(entry);
  if (done) return done;
  // A dir of this worker's own, in the run's (bundle-setup.ts): workers never share a file.
  outDir ??= fs.mkdtempSync(path.join(inject('bundleDir'), 'worker-'));
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.cjs`);
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['aerospike'],
    logLevel: 'error',
  });
  built.set(entry, outfile);
  return outfile;
}

/** NODE_PATH for a bundled child: the bundle lives in a temp dir, its `aerospike` here. */
export const CHILD_NODE_PATH = path.resolve(__dirname, '..', '..', '..', 'node_modules');
