import fs from 'node:fs';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { loadedClient } from '../support/loaded-client';

// Runs without a server. The matrix (AEROSPIKE_CLIENT_DIR) swaps the client the examples import;
// this checks the swap reached the native layer, from what the process has loaded.
it('loads the native binary of the client under test', () => {
  expect(typeof Aerospike.client).toBe('function');
  const loaded = loadedClient();
  const expectedDir = fs.realpathSync(
    process.env.AEROSPIKE_CLIENT_DIR ?? path.dirname(require.resolve('aerospike/package.json')),
  );
  expect(loaded.binary.startsWith(`${expectedDir}${path.sep}`)).toBe(true);
  const { version } = JSON.parse(fs.readFileSync(path.join(loaded.packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  if (loaded.embeddedVersion !== null) expect(loaded.embeddedVersion).toBe(version);
  console.log(
    `client under test: aerospike ${loaded.embeddedVersion ?? `(no version built in; package ${version})`}, ` +
      `native ${path.relative(process.cwd(), loaded.binary)} sha256 ${loaded.sha256}`,
  );
  if (process.env.MATRIX_PROBE_FILE) {
    fs.writeFileSync(process.env.MATRIX_PROBE_FILE, JSON.stringify({ ...loaded, version }));
  }
});
