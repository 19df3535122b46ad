import fs from 'node:fs';
import path from 'node:path';

/**
 * Clients 5.13.2 and 6.0.0 ship their Linux builds under `lib/binding/glibc@2.31/` and
 * `glibc@2.35/`, and their install script (which this project does not run: it installs
 * node-pre-gyp from the network) moves the matching one to where `bindings` looks. This does
 * that move, as a link, and nothing else. Returns what it did, for the log.
 */
export function placeBinding(clientDir: string, glibc = glibcVersion()): string {
  const abiDir = `node-v${process.versions.modules}-${process.platform}-${process.arch}`;
  const target = path.join(clientDir, 'lib', 'binding', abiDir);
  if (fs.existsSync(path.join(target, 'aerospike.node'))) return `${abiDir} present`;
  // Same rule as the client's own scripts/prebuiltBinding.js.
  const flavour = glibc < 2.35 ? 'glibc@2.31' : 'glibc@2.35';
  const source = path.join(clientDir, 'lib', 'binding', flavour, abiDir);
  if (!fs.existsSync(path.join(source, 'aerospike.node'))) {
    return `no build for ${abiDir} (looked in ${target} and ${source})`;
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.symlinkSync(path.join(flavour, abiDir), target, 'dir');
  return `linked ${abiDir} -> ${flavour}/${abiDir}`;
}

function glibcVersion(): number {
  const header = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } };
  return Number(header.header?.glibcVersionRuntime ?? '0');
}
