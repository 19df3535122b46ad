import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { CLUSTER_PRODUCERS } from '../../src/result-codes/cluster-faults';
import {
  codeOf,
  SAMPLE,
  tableLine,
  type ProduceContext,
  type Producer,
  type Setup,
} from '../../src/result-codes/produce';
import { partitionOf, type LoopbackCluster } from '../support/cluster';
import { describeCluster, sleep, useCluster } from '../support/cluster-live';
import { expectRecordedOutput, freshKey } from '../support/live';

/** Polls `done` every 100 ms until it holds, or fails naming `what` after `timeoutMs`. */
async function until(what: string, done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(100);
  }
}

/**
 * Runs `run` every 100 ms until it fails, and returns the code it failed with: commands go on
 * succeeding for a while after a fault, until the nodes act on it. Fails naming `what` when
 * every run succeeded for `timeoutMs`.
 */
async function firstFailure(what: string, run: () => Promise<unknown>, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const code = await codeOf(run);
    if (code !== Aerospike.status.OK) return code;
    if (Date.now() > deadline) throw new Error(`every ${what} succeeded for ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** The node the test kills; the others own the record the producers read. */
const VICTIM = 2;

/** What the test does to the cluster for a setup, then how it gets the code of the producer's run. */
type Fault = (
  nodes: LoopbackCluster,
  client: Aerospike.Client,
  run: () => Promise<unknown>,
) => Promise<number>;

const FAULTS: Partial<Record<Setup, Fault>> = {
  // The two nodes left are below min-cluster-size: they become orphans, and after five
  // clustering intervals (about 9 s with the harness's heartbeat settings) block commands.
  'cluster-orphans': async (nodes, _client, run) => {
    await nodes.kill(VICTIM);
    return firstFailure('read from the two nodes left', run, 60_000);
  },
  // With every node gone, the client's partition map names no live node for any key.
  'cluster-down': async (nodes, client, run) => {
    await Promise.all(nodes.running.map((i) => nodes.stop(i)));
    // Until its tend finds the nodes gone, the client would still try them.
    await until('the client to know no node', () => client.getNodes().length === 0, 30_000);
    return codeOf(run);
  },
};

const expected = (producers: Producer[]) => producers.map((p) => p.code as number);

describeCluster('result codes of a three-node cluster losing its nodes', () => {
  const cluster = useCluster();

  it('nodes left below min-cluster-size answer 11 (ERR_CLUSTER); with no node left, -8', async () => {
    const nodes = cluster();
    const client = await Aerospike.connect({ hosts: nodes.hosts });
    try {
      await until('the client to know 3 nodes', () => client.getNodes().length === 3, 15_000);
      // A record whose master copy is on a node that stays up, so that reads go to one.
      let key = freshKey('codes');
      await client.put(key, SAMPLE);
      while ((await nodes.ownerOf(partitionOf(key.digest!), 0)) === VICTIM) {
        key = freshKey('codes');
        await client.put(key, SAMPLE);
      }
      const ctx: ProduceContext = { client, key, hosts: nodes.hosts };
      const codes: number[] = [];
      const lines: string[] = [];
      for (const producer of CLUSTER_PRODUCERS) {
        const fault = FAULTS[producer.setup];
        if (!fault) throw new Error(`no cluster fault for setup '${producer.setup}' (${producer.what})`);
        await producer.prepare?.(ctx);
        const code = await fault(nodes, client, () => producer.run(ctx));
        codes.push(code);
        lines.push(`${tableLine(code, producer.what)}\n`);
      }
      expect(codes).toEqual(expected(CLUSTER_PRODUCERS));
      expectRecordedOutput('result-codes/cluster', lines.join(''));
    } finally {
      client.close();
    }
  }, 120_000);
});
