import * as Aerospike from 'aerospike';
import getPort from 'get-port';
import { expect, it } from 'vitest';
import {
  clusterHealth,
  connectToCluster,
  onClusterEvent,
  type ClusterEvent,
  type ClusterHealth,
} from '../../src/reconnection/cluster-events';
import { describeCluster, sleep, useCluster } from '../support/cluster-live';
import { codeName, expectRecordedReport } from '../support/figures';

/** The test requires the first put after the cluster is back within this (recorded with the run). */
const FIRST_SUCCESS_WITHIN_MS = 5_000;

interface ReconnectFigures {
  limits: { firstSuccessMs: number };
  oneDown: { events: Record<string, number>; health: ClusterHealth };
  allDown: { events: Record<string, number>; health: ClusterHealth; getCode: number };
  back: { events: Record<string, number>; health: ClusterHealth; firstSuccessMs: number };
}

/** `{ nodeRemoved: 2, disconnected: 1 }`: events by name, in the order they first came. */
function tally(events: ClusterEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { name } of events) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

function formatReconnectReport(run: ReconnectFigures): string {
  const events = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, n]) => `${name} ×${n}`)
      .join(', ');
  const health = ({ status, nodes, expectedNodes }: ClusterHealth) =>
    `${status}, ${nodes} of ${expectedNodes} nodes`;
  return [
    `${'one node killed:'.padEnd(25)}events ${events(run.oneDown.events)}; health ${health(run.oneDown.health)}`,
    `${'the other two stopped:'.padEnd(25)}events ${events(run.allDown.events)}; health ${health(run.allDown.health)}`,
    `  a get meanwhile fails with ${run.allDown.getCode} ${codeName(run.allDown.getCode)}`,
    `${'all three started again:'.padEnd(25)}events ${events(run.back.events)}; health ${health(run.back.health)}`,
    `  the same client's first successful put: ${run.back.firstSuccessMs} ms after the cluster settled`,
    '',
  ].join('\n');
}

/** Polls `check` every 50 ms until it returns a value, or fails naming `what`. */
async function waitFor<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await sleep(50);
  }
}

describeCluster('reconnection and cluster events', () => {
  const cluster = useCluster();

  it('connects through a seed list whose first seed is dead', async () => {
    const nodes = cluster();
    const dead = `127.0.0.1:${await getPort({ host: '127.0.0.1' })}`; // nothing listens there
    const client = await connectToCluster([dead, nodes.nodeHosts(1)]);
    try {
      await waitFor('3 nodes', () => (client.getNodes().length === 3 ? true : undefined));
      expect(clusterHealth(client, 3)).toEqual({ status: 'ok', nodes: 3, expectedNodes: 3 });
    } finally {
      client.close();
    }
  });

  it('reports a node leaving, then all nodes leaving and coming back', async () => {
    const nodes = cluster();
    const client = await connectToCluster([nodes.hosts]);
    const events: ClusterEvent[] = [];
    const stopListening = onClusterEvent(client, (event) => events.push(event));
    const count = (name: ClusterEvent['name']) => events.filter((event) => event.name === name).length;
    const until = (what: string, done: () => boolean) => waitFor(what, () => (done() ? true : undefined));
    try {
      const key = new Aerospike.Key('test', 'reconnect', 'k');
      await client.put(key, { n: 1 });
      await until('3 nodeAdded', () => count('nodeAdded') === 3);
      events.length = 0;

      await nodes.kill(2);
      await until('nodeRemoved', () => count('nodeRemoved') === 1);
      const oneDown = { events: [...events], health: clusterHealth(client, 3) };
      events.length = 0;

      await Promise.all([nodes.stop(0), nodes.stop(1)]);
      await until('disconnected', () => count('disconnected') === 1);
      const allDown = { events: [...events], health: clusterHealth(client, 3) };
      const failure = await client.get(key).then(
        () => undefined,
        (error: unknown) => error,
      );
      if (!(failure instanceof Aerospike.AerospikeError))
        throw new Error(`get while down: ${String(failure)}`);
      events.length = 0;

      await nodes.restart([0, 1, 2]);
      const settled = Date.now();
      // The same client, never reconnected by hand: its tend thread finds the seeds again.
      const firstSuccessMs = await waitFor('a successful put', async () => {
        try {
          await client.put(key, { n: 2 });
          return Date.now() - settled;
        } catch {
          return undefined;
        }
      });
      await until('3 nodeAdded', () => count('nodeAdded') === 3);
      const back = { events: [...events], health: clusterHealth(client, 3) };

      const figures: ReconnectFigures = {
        limits: { firstSuccessMs: FIRST_SUCCESS_WITHIN_MS },
        oneDown: { events: tally(oneDown.events), health: oneDown.health },
        allDown: { events: tally(allDown.events), health: allDown.health, getCode: Number(failure.code) },
        back: { events: tally(back.events), health: back.health, firstSuccessMs },
      };
      console.info(formatReconnectReport(figures));
      const recorded = expectRecordedReport('reconnection/reconnection', figures, formatReconnectReport);
      for (const run of [figures, recorded]) {
        expect(run.oneDown).toEqual({
          events: { nodeRemoved: 1 },
          health: { status: 'degraded', nodes: 2, expectedNodes: 3 },
        });
        expect(run.allDown.events).toEqual({ nodeRemoved: 2, disconnected: 1 });
        expect(run.allDown.health).toEqual({ status: 'down', nodes: 0, expectedNodes: 3 });
        expect(run.allDown.getCode).toBe(Aerospike.status.ERR_INVALID_NODE);
        expect(run.back.events).toEqual({ nodeAdded: 3 });
        expect(run.back.health).toEqual({ status: 'ok', nodes: 3, expectedNodes: 3 });
        expect(run.back.firstSuccessMs).toBeLessThan(run.limits.firstSuccessMs);
      }
    } finally {
      stopListening();
      client.close();
    }
  }, 60_000);
});
