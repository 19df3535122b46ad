import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { withAerospike } from '../../src/connection-lifecycle/connection';
import { CHILD_NODE_PATH, bundleForNode } from '../support/bundle';
import { describeLive, liveHosts, rejectsWithCode } from '../support/live';

/** A loopback port with nothing listening on it: connecting there is refused at once. */
async function closedPort(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `127.0.0.1:${port}`;
}

/**
 * Runs a fixture in its own Node process; resolves with its exit code, or 'still running' if it
 * has not exited `holdMs` after printing `mark` to stderr (or after `limitMs` in all).
 * Counting from the mark keeps a slow start on a busy machine from looking like a hang.
 */
function runFixture(name: string, arg: string, opts: { mark?: string; holdMs?: number; limitMs: number }) {
  const script = bundleForNode(path.join(__dirname, 'fixtures', name));
  const child = spawn(process.execPath, [script, arg], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: CHILD_NODE_PATH },
  });
  let stderr = '';
  return new Promise<{ exit: number | 'still running'; stderr: string }>((resolve) => {
    const stop = () => {
      child.kill('SIGKILL');
      resolve({ exit: 'still running', stderr });
    };
    let timer = setTimeout(stop, opts.limitMs);
    child.stderr.on('data', (chunk: Buffer) => {
      const marked = opts.mark !== undefined && stderr.includes(opts.mark);
      stderr += chunk.toString();
      if (!marked && opts.mark !== undefined && stderr.includes(opts.mark)) {
        clearTimeout(timer);
        timer = setTimeout(stop, opts.holdMs ?? 0);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ exit: code ?? -1, stderr });
    });
  });
}

describeLive('connection lifecycle', () => {
  it('runs the work and closes the client', async () => {
    const keys = await withAerospike({ hosts: liveHosts }, async (client) => {
      const key = new Aerospike.Key('test', 'lifecycle', 'k');
      await client.put(key, { ok: true });
      return (await client.get(key)).bins;
    });
    expect(keys).toEqual({ ok: true });
  });

  it('an unreachable cluster fails with ERR_CONNECTION (-10)', async () => {
    const hosts = await closedPort();
    await rejectsWithCode(
      withAerospike({ hosts, connTimeoutMs: 500 }, async () => 'never'),
      Aerospike.status.ERR_CONNECTION,
    );
  });

  it('a malformed host string fails the same way, ERR_CONNECTION (-10)', async () => {
    await rejectsWithCode(
      withAerospike({ hosts: '127.0.0.1:not-a-port' }, async () => 'never'),
      Aerospike.status.ERR_CONNECTION,
    );
  });

  it('main() reports the failure and the process exits by itself', async () => {
    const { exit, stderr } = await runFixture('connect-unreachable.ts', await closedPort(), {
      limitMs: 20_000,
    });
    expect(exit).toBe(1);
    expect(stderr).toContain(`Aerospike error -10 (${Aerospike.status.getMessage(-10)})`);
  }, 30_000);

  it('without close(), a failed connect keeps the process alive', async () => {
    const { exit, stderr } = await runFixture('connect-without-close.ts', await closedPort(), {
      mark: 'connect failed with -10',
      holdMs: 2_000,
      limitMs: 20_000,
    });
    expect(stderr).toContain('connect failed with -10');
    expect(exit).toBe('still running');
  }, 30_000);
});
