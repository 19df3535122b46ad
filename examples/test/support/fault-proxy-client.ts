import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { bundleForNode } from './bundle';
import type { Fault } from './fault-proxy';
import type { ProxyReply, ProxyRequest } from './fault-proxy-process';

type Op = ProxyRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** Test-side handle of a fault proxy running in a child process (see fault-proxy-process.ts). */
export class RemoteFaultProxy {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: ProxyReply) => void>();

  private constructor(
    private readonly child: ChildProcess,
    /** `host:port` for the client's `hosts` setting. */
    readonly hosts: string,
  ) {
    child.on('message', (reply: ProxyReply) => {
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  /** Starts a proxy in front of the first host of `targetHosts` (`host:port[,…]`). */
  static async start(targetHosts: string): Promise<RemoteFaultProxy> {
    const [host = '127.0.0.1', port = '3000'] = targetHosts.split(',')[0]!.trim().split(':');
    const child = fork(bundleForNode(path.join(__dirname, 'fault-proxy-process.ts')), {
      execArgv: [],
      env: { ...process.env, PROXY_TARGET_HOST: host, PROXY_TARGET_PORT: port },
    });
    const listening = await new Promise<number>((resolve, reject) => {
      child.once('message', (message: { ready: number }) => resolve(message.ready));
      child.once('exit', (code) => reject(new Error(`fault proxy exited with code ${code}`)));
    });
    return new RemoteFaultProxy(child, `127.0.0.1:${listening}`);
  }

  private send(op: Op): Promise<ProxyReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.child.send({ id, ...op });
    });
  }

  /** Applies `fault` to each of the next `count` commands (info requests always pass). */
  async failNext(count: number, fault: Fault = 'drop'): Promise<void> {
    await this.send({ op: 'failNext', count, fault });
  }

  /** Holds every command for `ms` before forwarding it: a slow server. */
  async delay(ms: number): Promise<void> {
    await this.send({ op: 'delay', ms });
  }

  async heal(): Promise<void> {
    await this.send({ op: 'heal' });
  }

  /** How many commands (not info requests) have reached the proxy so far. */
  async commandsSeen(): Promise<number> {
    return (await this.send({ op: 'stats' })).commandsSeen;
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.disconnect();
    await exited;
  }
}
