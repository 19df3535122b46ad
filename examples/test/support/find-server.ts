import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Where the live tests get their server from, in the order the README promises. */
export type ServerSource =
  | { kind: 'env'; hosts: string }
  | { kind: 'asd'; asdPath: string; origin: string }
  | { kind: 'none'; reason: string };

/** The project's shared prebuilt servers (CI and developer machines have them beside the repo). */
export const SHARED_UNPACK = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'asd', 'unpack');

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, pathVar = process.env.PATH ?? ''): string | undefined {
  return pathVar
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find(isExecutable);
}

/** Unpacks one of the shared servers (the newest unless a version is named); prints its path. */
export function unpackShared(version?: string, unpack = SHARED_UNPACK): string {
  try {
    return execFileSync(unpack, version ? [version] : [], { encoding: 'utf8' }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`${unpack} ${version ?? ''} failed: ${stderr || (error as Error).message}`);
  }
}

/**
 * AEROSPIKE_HOSTS, else an `asd` (AEROSPIKE_ASD, then PATH), else a shared prebuilt server
 * (AEROSPIKE_ASD_VERSION picks one), else none. An AEROSPIKE_ASD that is not executable is
 * still returned: starting it fails with an error that names it, instead of a quiet skip.
 */
export function findServer(env: NodeJS.ProcessEnv = process.env, unpack = SHARED_UNPACK): ServerSource {
  const hosts = env.AEROSPIKE_HOSTS?.trim();
  if (hosts) return { kind: 'env', hosts };

  const explicit = env.AEROSPIKE_ASD?.trim();
  if (explicit) return { kind: 'asd', asdPath: explicit, origin: 'AEROSPIKE_ASD' };
  const found = onPath('asd', env.PATH);
  if (found) return { kind: 'asd', asdPath: found, origin: 'PATH' };

  if (isExecutable(unpack)) {
    const version = env.AEROSPIKE_ASD_VERSION?.trim() || undefined;
    return { kind: 'asd', asdPath: unpackShared(version, unpack), origin: path.dirname(unpack) };
  }
  return {
    kind: 'none',
    reason:
      'AEROSPIKE_HOSTS is not set and no `asd` executable was found ' +
      `(AEROSPIKE_ASD, PATH, ${path.dirname(unpack)})`,
  };
}
