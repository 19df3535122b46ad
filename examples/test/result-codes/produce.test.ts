import { spawn } from 'node:child_process';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { codeOf, PRODUCERS, SAMPLE, tableLine, type Producer } from '../../src/result-codes/produce';
import { SPECIAL_NODE, SPECIAL_NODE_PRODUCERS } from '../../src/result-codes/special-node';
import { startAsd, type StartedServer } from '../support/asd-server';
import { bundleForNode, CHILD_NODE_PATH } from '../support/bundle';
import { HANDBOOK_CLIENTS, onlyFor, runsHandbookProducers } from '../support/client-behaviour';
import {
  describeLive,
  expectRecordedOutput,
  freshKey,
  liveAsd,
  liveHosts,
  withClient,
  withFaultProxy,
} from '../support/live';

/** Runs each producer on a fresh copy of SAMPLE; returns the codes and the printed table. */
async function runAll(producers: Producer[], hosts: string) {
  const codes: number[] = [];
  const lines: string[] = [];
  await withClient(
    async (client) => {
      for (const producer of producers) {
        const key = freshKey('codes');
        await client.put(key, SAMPLE);
        const code = await runOne(producer, client, key, hosts);
        codes.push(code);
        lines.push(`${tableLine(code, producer.what)}\n`);
      }
    },
    { hosts },
  );
  return { codes, output: lines.join('') };
}

/**
 * Runs one producer after its prepare step, through a fault proxy when it needs a slow server or
 * dropped connections; the proxied client gets the producer's own settings.
 */
async function runOne(producer: Producer, client: Aerospike.Client, key: Aerospike.Key, hosts: string) {
  await producer.prepare?.({ client, key, hosts });
  if (producer.setup !== 'slow' && producer.setup !== 'drop' && producer.setup !== 'drop-all') {
    return codeOf(() => producer.run({ client, key, hosts }));
  }
  return withFaultProxy(async (proxied, proxy) => {
    if (producer.setup === 'slow') await proxy.delay(1_500);
    // 'drop-all': more drops than the producer sends commands.
    else await proxy.failNext(producer.setup === 'drop' ? 1 : 20, 'drop');
    return codeOf(() => producer.run({ client: proxied, key, hosts }));
  }, producer.config);
}

const expected = (producers: Producer[]) => producers.map((p) => p.code as number);

describeLive('result codes, each produced on purpose on the live server', () => {
  beforeEach((ctx) => {
    if (!runsHandbookProducers) ctx.skip(onlyFor(HANDBOOK_CLIENTS));
  });
  afterAll(async () => {
    // The index and the UDF module are cluster-wide; leave the shared server as it was.
    await withClient(async (client) => {
      await client.indexRemove('test', 'codes_by_name').catch(() => undefined);
      await client.udfRemove('failing.lua').catch(() => undefined);
    });
  });

  it('every producer that needs no special setup ends with its exact code', async () => {
    const producers = PRODUCERS.filter((p) => p.setup !== 'community');
    const { codes, output } = await runAll(producers, liveHosts);
    expect(codes).toEqual(expected(producers));
    expectRecordedOutput('result-codes/produced', output);
  });

  it('on Community Edition: an Enterprise feature is 25, a security command 51', async (context) => {
    const edition = await withClient((client) => client.infoAny('edition'));
    if (!edition.includes('Community'))
      context.skip(`needs Community Edition; the server says ${edition.trim()}`);
    const producers = PRODUCERS.filter((p) => p.setup === 'community');
    const { codes, output } = await runAll(producers, liveHosts);
    expect(codes).toEqual(expected(producers));
    expectRecordedOutput('result-codes/community', output);
  });

  it('a full global command queue is ERR_ASYNC_QUEUE_FULL (-11), in a process of its own', async () => {
    const { exit, stdout } = await runFixture('queue-full.ts', liveHosts);
    expect(stdout).toBe(
      `${tableLine(Aerospike.status.ERR_ASYNC_QUEUE_FULL, '40 puts, 5 in process, queue of 1')}\n`,
    );
    expect(exit).toBe(0);
    expectRecordedOutput('result-codes/queue-full', stdout);
  });
});

/** Runs a fixture in a Node process of its own; resolves with its exit code and output. */
function runFixture(name: string, arg: string) {
  const script = bundleForNode(path.join(__dirname, 'fixtures', name));
  const child = spawn(process.execPath, [script, arg], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: CHILD_NODE_PATH },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise<{ exit: number | null; stdout: string }>((resolve) => {
    child.on('exit', (code) => resolve({ exit: code, stdout }));
  });
}

// A node of its own, with a tiny namespace, a pending limit of 1 and no expiry thread. Only a
// server the harness starts can be configured so; one given by AEROSPIKE_HOSTS cannot.
const asdPath = liveAsd;
if (!asdPath) {
  const why = liveHosts ? 'the server came from AEROSPIKE_HOSTS' : inject('liveSkipReason');
  console.warn(`SKIPPED: result codes 8, 14 and 22 need a node the harness starts (${why})`);
}

describe.skipIf(!asdPath)('result codes that need a node with special settings', () => {
  let node: StartedServer;
  beforeAll(async () => {
    if (runsHandbookProducers) node = await startAsd(asdPath!, SPECIAL_NODE);
  });
  beforeEach((ctx) => {
    if (!runsHandbookProducers) ctx.skip(onlyFor(HANDBOOK_CLIENTS));
  });
  afterAll(async () => {
    await node?.stop();
  });

  it('stop-writes is 8, a hot key 14, a TTL without an expiry thread 22', async () => {
    const { codes, output } = await runAll(SPECIAL_NODE_PRODUCERS, node.hosts);
    expect(codes).toEqual(expected(SPECIAL_NODE_PRODUCERS));
    expectRecordedOutput('result-codes/special-node', output);
  });
});
