import net from 'node:net';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { withAerospike } from '../../src/connection-lifecycle/connection';
import { expectRecordedReport } from '../support/figures';
import { describeLive, liveHosts, rejectsWithCode, withClient } from '../support/live';
import { ownLines, runProgram, startProgram } from '../support/run-program';

/** A loopback port with nothing listening on it: connecting there is refused at once. */
async function closedPort(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `127.0.0.1:${port}`;
}

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const WORKER = path.join(__dirname, '..', '..', 'src', 'connection-lifecycle', 'worker.ts');

/** The worker's shutdown: how many writes it acknowledged, and how it ended. */
interface ShutdownFigures {
  limits: { exitWithinMs: number };
  /** Acknowledged writes before SIGTERM was sent. */
  signalledAfter: number;
  acknowledged: number;
  readBack: number;
  exitCode: number | 'still running';
  exitAfterMs: number;
}

function formatShutdown(run: ShutdownFigures): string {
  return [
    `SIGTERM after ${run.signalledAfter} acknowledged writes`,
    `the worker exited by itself ${run.exitAfterMs} ms later, with code ${run.exitCode}`,
    `acknowledged writes in all: ${run.acknowledged}; found on the server afterwards: ${run.readBack}`,
    '',
  ].join('\n');
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
    const { exit, stderr } = await runProgram(fixture('connect-unreachable.ts'), {
      args: [await closedPort()],
      limitMs: 20_000,
    });
    expect(exit).toBe(1);
    expect(stderr).toContain(`Aerospike error -10 (${Aerospike.status.getMessage(-10)})`);
  }, 30_000);

  it('without close(), a failed connect keeps the process alive', async () => {
    const { exit, stderr } = await runProgram(fixture('connect-without-close.ts'), {
      args: [await closedPort()],
      mark: 'connect failed with -10',
      holdMs: 2_000,
      limitMs: 20_000,
    });
    expect(stderr).toContain('connect failed with -10');
    expect(exit).toBe('still running');
  }, 30_000);

  it('a worker under write load stops on SIGTERM: it drains, closes and exits, and every write it acknowledged is on the server', async () => {
    const EXIT_WITHIN_MS = 5_000;
    const SIGNAL_AFTER = 200;
    const acked = (stdout: string) => [...stdout.matchAll(/^acknowledged (\S+)$/gm)].map((m) => m[1]!);
    const worker = startProgram(WORKER, { env: { AEROSPIKE_HOSTS: liveHosts }, limitMs: 60_000 });
    await worker.waitFor(`${SIGNAL_AFTER} acknowledged writes`, (out) => acked(out).length >= SIGNAL_AFTER);
    const signalledAfter = acked(worker.output().stdout).length;
    const signalledAt = Date.now();
    worker.child.kill('SIGTERM');
    const run = await worker.done;
    const exitAfterMs = Date.now() - signalledAt;
    const keys = acked(run.stdout);
    const found = await withClient(async (client) => {
      const records = await client.batchRead(
        keys.map((id) => ({
          type: Aerospike.batchType.BATCH_READ,
          key: new Aerospike.Key('test', 'jobs', id),
          readAllBins: true,
        })),
      );
      return records.filter((record) => record.status === Aerospike.status.OK).length;
    });
    const figures: ShutdownFigures = {
      limits: { exitWithinMs: EXIT_WITHIN_MS },
      signalledAfter,
      acknowledged: keys.length,
      readBack: found,
      exitCode: run.exit,
      exitAfterMs,
    };
    const recorded = expectRecordedReport('connection-lifecycle/shutdown', figures, formatShutdown);
    for (const figure of [figures, recorded]) {
      expect(figure.exitCode).toBe(0);
      expect(figure.exitAfterMs).toBeLessThan(figure.limits.exitWithinMs);
      expect(figure.acknowledged).toBeGreaterThanOrEqual(figure.signalledAfter);
      expect(figure.readBack).toBe(figure.acknowledged);
    }
    expect(ownLines(run.stderr)).toEqual([]);
  }, 90_000);

  it('a test file that closes its client in afterAll lets the runner exit; one that does not, keeps it running', async () => {
    const closed = await runProgram(fixture('test-file.ts'), { args: [liveHosts], limitMs: 20_000 });
    expect(closed.exit).toBe(0);
    const open = await runProgram(fixture('test-file.ts'), {
      args: [liveHosts, 'leave-open'],
      mark: 'tests done',
      holdMs: 2_000,
      limitMs: 20_000,
    });
    expect(open.stderr).toContain('tests done');
    expect(open.exit).toBe('still running');
  }, 45_000);

  it('connect() holds the event loop while it waits for a seed that does not answer', async () => {
    // A seed that accepts the connection and never says a word.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const called = performance.now();
      const connect = Aerospike.connect({ hosts: `127.0.0.1:${port}`, connTimeoutMs: 500 });
      // Time spent before connect() even returned its promise: nothing else ran meanwhile.
      const heldMs = performance.now() - called;
      // A seed that never answers times out (9); one that refuses is -10.
      const error = await rejectsWithCode(connect, Aerospike.status.ERR_TIMEOUT);
      if (error.client) error.client.close();
      expect(heldMs).toBeGreaterThanOrEqual(450);
    } finally {
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
