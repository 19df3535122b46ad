import fs from 'node:fs';
import path from 'node:path';

/**
 * The published `aerospike` clients with a Node 20 build for Linux, oldest first. The newest is
 * the one the examples depend on; the others are installed side by side as npm aliases
 * (`aerospike-5.13.2` → `aerospike@5.13.2`, see examples/package.json).
 */
export const CLIENT_VERSIONS = ['5.13.2', '6.0.0', '6.4.0', '6.6.1', '6.7.1'] as const;
export type ClientVersion = (typeof CLIENT_VERSIONS)[number];

/** The client `npm test` uses: the examples' own dependency. */
export const DEFAULT_CLIENT: ClientVersion = '6.7.1';

const ROOT = path.resolve(__dirname, '..', '..');

/** The installed package directory of one client version. */
export function clientDir(version: ClientVersion): string {
  const name = version === DEFAULT_CLIENT ? 'aerospike' : `aerospike-${version}`;
  const dir = path.join(ROOT, 'node_modules', name);
  const pkg = path.join(dir, 'package.json');
  if (!fs.existsSync(pkg)) {
    throw new Error(`client ${version} is not installed (${pkg} is missing): run npm ci`);
  }
  const installed = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  if (installed !== version) {
    throw new Error(`${dir} holds aerospike ${installed}, not ${version}: run npm ci`);
  }
  return dir;
}
