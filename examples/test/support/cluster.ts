import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { AsdStartError, freePorts, startAsd, type NodePorts, type StartedServer } from './asd-server';
import { infoRequest } from './info-protocol';

/** Thrown when a node does not join, or a cluster does not settle, within its deadline. */
export class ClusterError extends Error {
  override name = 'ClusterError';
  /** @param keptDirs the dirs of nodes that failed to start, kept for reading; the message names them. */
  constructor(
    message: string,
    readonly keptDirs: string[] = [],
  ) {
    super(message);
  }
}

export interface ClusterOptions {
  /** Number of nodes (3 unless a test asks otherwise). */
  size?: number;
  /** `replication-factor` of namespace `test`. */
  replicationFactor?: number;
  /** Milliseconds one node may take to accept clients. */
  readyTimeoutMs?: number;
  /** Milliseconds the cluster may take to reach its size with migrations done. */
  settleTimeoutMs?: number;
}

/** One node: its fixed ports, and its process while it runs. */
interface ClusterNode {
  ports: NodePorts;
  server: StartedServer | undefined;
  /** Where its last log was, kept for error messages after it stopped. */
  lastDir: string | undefined;
}

/** The last lines of a node's console and log, for an error message. */
function logTail(dir: string | undefined, lines = 15): string {
  if (!dir) return '(no log: the node never started)';
  return ['asd.out', 'asd.log']
    .map((name) => {
      const file = path.join(dir, name);
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
      return `--- ${file}\n${text.split('\n').slice(-lines).join('\n') || '(empty)'}`;
    })
    .join('\n');
}

/**
 * A cluster of `asd` nodes on loopback: every node has its own free ports and directory, its
 * mesh seeds are the other nodes' loopback heartbeat ports and nothing else. Nodes can be
 * killed, stopped and restarted on the same ports in the middle of a test. close() stops
 * every node; asd-server.ts also kills them if the process exits.
 */
export class LoopbackCluster {
  private constructor(
    private readonly asdPath: string,
    private readonly nodes: ClusterNode[],
    private readonly options: Required<ClusterOptions>,
  ) {}

  /** Starts every node and waits until they form one cluster with migrations done. */
  static async start(asdPath: string, options: ClusterOptions = {}): Promise<LoopbackCluster> {
    const settings: Required<ClusterOptions> = {
      size: options.size ?? 3,
      replicationFactor: options.replicationFactor ?? 2,
      readyTimeoutMs: options.readyTimeoutMs ?? 30_000,
      settleTimeoutMs: options.settleTimeoutMs ?? 30_000,
    };
    // All ports first: each node's config names the others' heartbeat ports.
    const nodes: ClusterNode[] = [];
    for (let i = 0; i < settings.size; i += 1) {
      nodes.push({ ports: await freePorts(), server: undefined, lastDir: undefined });
    }
    const cluster = new LoopbackCluster(asdPath, nodes, settings);
    try {
      // Together: the nodes find each other while they start.
      await cluster.startNodes(nodes.map((_, i) => i));
      await cluster.waitUntilSettled();
    } catch (error) {
      await cluster.close();
      throw error;
    }
    return cluster;
  }

  get size(): number {
    return this.nodes.length;
  }

  /** Seed list naming every node, running or not: `127.0.0.1:P1,127.0.0.1:P2,…`. */
  get hosts(): string {
    return this.nodes.map((_, i) => this.nodeHosts(i)).join(',');
  }

  /** `127.0.0.1:PORT` of one node's service port. */
  nodeHosts(index: number): string {
    return `127.0.0.1:${this.node(index).ports.service}`;
  }

  /** Indexes of the nodes that are running. */
  get running(): number[] {
    return this.nodes.flatMap((node, i) => (node.server ? [i] : []));
  }

  /** Kills a node with SIGKILL, as a crash would, and waits until the process is gone. */
  async kill(index: number): Promise<void> {
    const server = this.node(index).server;
    const proc = server?.process();
    if (!server || !proc) throw new ClusterError(`node ${index} is not running`);
    const exited = proc.exitCode === null && proc.signalCode === null ? once(proc, 'exit') : undefined;
    proc.kill('SIGKILL');
    await exited;
    await this.forget(index);
  }

  /** Stops a node cleanly with SIGTERM and waits until it has exited. */
  async stop(index: number): Promise<void> {
    if (!this.node(index).server) throw new ClusterError(`node ${index} is not running`);
    await this.forget(index);
  }

  /** Freezes a node with SIGSTOP, as a hung machine would be: it holds its ports but answers nothing. */
  freeze(index: number): void {
    const proc = this.node(index).server?.process();
    if (!proc) throw new ClusterError(`node ${index} is not running`);
    proc.kill('SIGSTOP');
  }

  /**
   * Starts stopped or killed nodes again on their own ports and waits until they have rejoined:
   * every node sees the full cluster, with migrations done.
   */
  async restart(indexes: number | number[]): Promise<void> {
    const list = Array.isArray(indexes) ? indexes : [indexes];
    for (const i of list) if (this.node(i).server) throw new ClusterError(`node ${i} is still running`);
    await this.startNodes(list);
    await this.waitUntilSettled();
  }

  /**
   * Waits until every running node reports a cluster of exactly the running nodes, all with
   * the same cluster key, and (unless `ignoreMigrations`) no migrations left. Fails with every
   * node's log tail.
   */
  async waitUntilSettled({
    timeoutMs = this.options.settleTimeoutMs,
    ignoreMigrations = false,
  } = {}): Promise<void> {
    const expected = this.running.length;
    const deadline = Date.now() + timeoutMs;
    let last = 'no answer yet';
    while (Date.now() < deadline) {
      try {
        // Answers the cluster key once the node sees `size` nodes (and no migrations left).
        const command = `cluster-stable:size=${expected};ignore-migrations=${ignoreMigrations}`;
        const keys = await Promise.all(
          this.running.map((i) => infoRequest('127.0.0.1', this.node(i).ports.service, command)),
        );
        if (keys.every((key) => key === keys[0] && !key.startsWith('ERROR'))) return;
        last = keys.map((key, n) => `node ${this.running[n]}: ${key}`).join(', ');
      } catch (error) {
        last = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new ClusterError(
      `the cluster did not settle at ${expected} nodes${ignoreMigrations ? '' : ' with migrations done'} ` +
        `within ${timeoutMs} ms ` +
        `(last: ${last})\n${this.running.map((i) => `node ${i}:\n${logTail(this.node(i).lastDir)}`).join('\n')}`,
    );
  }

  /**
   * The node that holds copy `copy` (0 the master, 1 the first replica) of a partition of
   * namespace `test` (0 to 4095), from the partition maps the nodes publish (`replicas`), the
   * same maps the client reads.
   */
  async ownerOf(partitionId: number, copy = 0): Promise<number> {
    for (const i of this.running) {
      const answer = await infoRequest('127.0.0.1', this.node(i).ports.service, 'replicas');
      // `ns:regime,nReplicas,bitmap0,bitmap1;…`: bitmap N marks the partitions it holds copy N of.
      const entry = answer.split(';').find((part) => part.startsWith('test:'));
      const bitmap = entry?.split(':')[1]?.split(',')[2 + copy];
      if (!bitmap) throw new ClusterError(`node ${i} answered replicas with ${JSON.stringify(answer)}`);
      const bits = Buffer.from(bitmap, 'base64');
      if ((bits[partitionId >> 3]! & (0x80 >> (partitionId & 7))) !== 0) return i;
    }
    throw new ClusterError(`no running node holds copy ${copy} of partition ${partitionId}`);
  }

  /** Stops every node that is still running and removes its files. */
  async close(): Promise<void> {
    await Promise.all(this.running.map((i) => this.forget(i)));
  }

  private node(index: number): ClusterNode {
    const node = this.nodes[index];
    if (!node) throw new ClusterError(`no node ${index} in a cluster of ${this.nodes.length}`);
    return node;
  }

  /** Starts nodes together; when one fails, waits for the others, so that close() sees them all. */
  private async startNodes(indexes: number[]): Promise<void> {
    const results = await Promise.allSettled(indexes.map((i) => this.startNode(i)));
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    if (failures.length === 0) return;
    const unexpected = failures.find((failure) => !(failure instanceof ClusterError));
    if (unexpected !== undefined || failures.length === 1) throw unexpected ?? failures[0];
    // Every node that failed, each naming the log it kept.
    throw new ClusterError(
      failures.map((failure: ClusterError) => failure.message).join('\n'),
      failures.flatMap((failure: ClusterError) => failure.keptDirs),
    );
  }

  private async startNode(index: number): Promise<void> {
    const node = this.node(index);
    const meshSeedPorts = this.nodes.filter((other) => other !== node).map((other) => other.ports.heartbeat);
    try {
      node.server = await startAsd(this.asdPath, {
        ports: node.ports,
        meshSeedPorts,
        replicationFactor: this.options.replicationFactor,
        readyTimeoutMs: this.options.readyTimeoutMs,
      });
      node.lastDir = node.server.dir;
    } catch (error) {
      if (error instanceof AsdStartError) {
        throw new ClusterError(
          `node ${index} (service port ${node.ports.service}) failed to start: ${error.message}`,
          error.keptDir ? [error.keptDir] : [],
        );
      }
      throw error;
    }
  }

  /** Ends the node's process (SIGTERM, or nothing if it is already dead) and removes its dir. */
  private async forget(index: number): Promise<void> {
    const node = this.node(index);
    const server = node.server;
    node.server = undefined;
    node.lastDir = undefined;
    server?.process()?.kill('SIGCONT'); // a frozen node would hold its SIGTERM
    await server?.stop();
  }
}

/** The partition of namespace `test` a key's digest falls in (what the client computes). */
export function partitionOf(digest: Buffer): number {
  return (digest[0]! | (digest[1]! << 8)) & 0x0fff;
}
