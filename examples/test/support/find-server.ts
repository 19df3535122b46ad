import fs from 'node:fs';
import path from 'node:path';

/** Where the live tests get their server from, in the order the README promises. */
export type ServerSource =
  { kind: 'env'; hosts: string } | { kind: 'asd'; asdPath: string } | { kind: 'none'; reason: string };

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

export function findServer(env: NodeJS.ProcessEnv = process.env): ServerSource {
  const hosts = env.AEROSPIKE_HOSTS?.trim();
  if (hosts) return { kind: 'env', hosts };

  const explicit = env.AEROSPIKE_ASD?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return { kind: 'asd', asdPath: explicit };
    return { kind: 'none', reason: `AEROSPIKE_ASD=${explicit} is not an executable file` };
  }
  const found = onPath('asd', env.PATH);
  if (found) return { kind: 'asd', asdPath: found };

  return {
    kind: 'none',
    reason: 'AEROSPIKE_HOSTS is not set and no `asd` executable was found (AEROSPIKE_ASD or PATH)',
  };
}
