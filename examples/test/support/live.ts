import { randomUUID } from 'node:crypto';
import util from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { describe, expect, inject, vi } from 'vitest';
import { clientConfigFromEnv } from '../../src/shared/config';
import { RemoteFaultProxy } from './fault-proxy-client';

/** Seed hosts of the live server ('' when there is none; then live suites skip). */
export const liveHosts = inject('aerospikeHosts');

/** The `asd` the harness started ('' under AEROSPIKE_HOSTS): for tests that need own nodes. */
export const liveAsd = inject('aerospikeAsd');

/** `describe` that skips, visibly, when the harness found no server. */
export const describeLive = describe.skipIf(!liveHosts);

/** A key no other test (or earlier run) uses. */
export function freshKey(set = 'docs'): Aerospike.Key {
  return new Aerospike.Key('test', set, `${set}-${randomUUID()}`);
}

/** A fresh key whose record already holds `bins` on the live server. */
export async function storedKey(set: string, bins: Aerospike.AerospikeBins): Promise<Aerospike.Key> {
  const key = freshKey(set);
  await withClient((client) => client.put(key, bins));
  return key;
}

/** Connects to the live server, runs `use`, and always closes the client. */
export async function withClient<T>(
  use: (client: Aerospike.Client) => Promise<T>,
  overrides: Aerospike.ConfigOptions = {},
): Promise<T> {
  const client = await Aerospike.connect(clientConfigFromEnv({ AEROSPIKE_HOSTS: liveHosts }, overrides));
  try {
    return await use(client);
  } finally {
    client.close();
  }
}

/** Runs `fn` and returns what it printed with console.log, one string, as a terminal shows it. */
export async function captureLog<T>(fn: () => Promise<T>): Promise<{ result: T; output: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(util.format(...args));
  });
  try {
    const result = await fn();
    return { result, output: lines.map((line) => `${line}\n`).join('') };
  } finally {
    spy.mockRestore();
  }
}

/**
 * Checks what an example printed against its recorded output, the same file the guide shows
 * under the snippet. `UPDATE_OUTPUT=1` rewrites the file instead (never in CI), like `vitest -u`.
 */
export function expectRecordedOutput(name: string, printed: string): void {
  const file = path.join(__dirname, '..', '..', 'output', `${name}.txt`);
  if (process.env.UPDATE_OUTPUT === '1' && !process.env.CI) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, printed);
  }
  expect(printed).toBe(fs.readFileSync(file, 'utf8'));
}

/**
 * Starts a fault proxy in front of the live server, connects a client through it, runs `use`,
 * then closes the client and stops the proxy.
 */
export async function withFaultProxy<T>(
  use: (client: Aerospike.Client, proxy: RemoteFaultProxy) => Promise<T>,
  overrides: Aerospike.ConfigOptions = {},
): Promise<T> {
  const proxy = await RemoteFaultProxy.start(liveHosts);
  try {
    const client = await Aerospike.connect({ hosts: proxy.hosts, ...overrides });
    try {
      return await use(client, proxy);
    } finally {
      client.close();
    }
  } finally {
    await proxy.stop();
  }
}

/** Client policies that switch off the client's own retries, so a test counts attempts exactly. */
export const NO_CLIENT_RETRIES: Aerospike.ConfigOptions = {
  policies: {
    read: new Aerospike.ReadPolicy({ maxRetries: 0, socketTimeout: 500, totalTimeout: 500 }),
    write: new Aerospike.WritePolicy({ maxRetries: 0, socketTimeout: 500, totalTimeout: 500 }),
    batch: new Aerospike.BatchPolicy({ maxRetries: 0, socketTimeout: 500, totalTimeout: 500 }),
  },
};

/** Expects `promise` to reject with an AerospikeError of exactly `code`; returns the error. */
export async function rejectsWithCode(
  promise: Promise<unknown>,
  code: number,
): Promise<Aerospike.AerospikeError> {
  const error = await promise.then(
    () => {
      throw new Error(`expected AerospikeError ${code}, but the call succeeded`);
    },
    (reason: unknown) => reason,
  );
  if (!(error instanceof Aerospike.AerospikeError)) throw error;
  if (error.code !== code) {
    throw new Error(`expected AerospikeError ${code}, got ${error.code}: ${error.message}`);
  }
  return error;
}
