import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What this process really loaded for `aerospike`: the native binary, not package.json. */
export interface LoadedClient {
  /** The package directory that owns the loaded binary. */
  packageDir: string;
  /** The `aerospike.node` file the process has open, as the OS reports it. */
  binary: string;
  /** First 12 hex digits of its sha256: each client version ships a different build. */
  sha256: string;
  /**
   * The version string built into the binary (clients from 6.4 on embed theirs for the
   * server's user-agent list); null when the build carries none (5.13.2, 6.0.0).
   */
  embeddedVersion: string | null;
}

/** Call after `aerospike` has been imported: reads the shared objects this process has loaded. */
export function loadedClient(): LoadedClient {
  const report = process.report.getReport() as { sharedObjects?: string[] };
  const binaries = (report.sharedObjects ?? []).filter((file) => file.endsWith('/aerospike.node'));
  if (binaries.length !== 1) {
    throw new Error(`expected one loaded aerospike.node, found ${binaries.length}: ${binaries.join(', ')}`);
  }
  const binary = fs.realpathSync(binaries[0]!);
  const bytes = fs.readFileSync(binary);
  // The user-agent pieces sit side by side in the binary's string table: "<version>\0nodejs\0".
  const match = /\0(\d+\.\d+\.\d+)\0nodejs\0/.exec(bytes.toString('latin1'));
  let packageDir = path.dirname(binary);
  while (!fs.existsSync(path.join(packageDir, 'package.json')) && packageDir !== '/') {
    packageDir = path.dirname(packageDir);
  }
  return {
    packageDir,
    binary,
    sha256: createHash('sha256').update(bytes).digest('hex').slice(0, 12),
    embeddedVersion: match?.[1] ?? null,
  };
}
