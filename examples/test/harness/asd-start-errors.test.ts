import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AsdStartError, freePorts, startAsd } from '../support/asd-server';
import { findServer } from '../support/find-server';
import { liveAsd } from '../support/live';

// Bad input to the harness: each case must end in one clear line naming the binary and its
// log, quickly, with no process left behind.
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function script(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-asd-'));
  scratch.push(dir);
  const file = path.join(dir, 'asd');
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

/** The dir the error names in its first line is kept for reading; clean it up here. */
function firstLine(error: unknown): string {
  expect(error).toBeInstanceOf(AsdStartError);
  const line = (error as Error).message.split('\n')[0]!;
  const { keptDir } = error as AsdStartError;
  if (keptDir) {
    expect(line).toContain(`see ${keptDir}/asd.out`);
    scratch.push(keptDir);
  }
  return line;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the harness refuses bad servers clearly', () => {
  it('an AEROSPIKE_ASD that does not exist or is not executable', async () => {
    expect(findServer({ AEROSPIKE_ASD: '/nonexistent/asd' })).toMatchObject({ kind: 'asd' });
    await expect(startAsd('/nonexistent/asd')).rejects.toThrow(
      'Aerospike server /nonexistent/asd does not exist',
    );
    const notExecutable = script('exit 0');
    fs.chmodSync(notExecutable, 0o644);
    await expect(startAsd(notExecutable)).rejects.toThrow(`${notExecutable} is not executable`);
  });

  it('a binary that dies at start (a missing library) names itself and its log', async () => {
    const asd = script(
      'echo "asd: error while loading shared libraries: libcrypto.so.3: cannot open shared object file" >&2\nexit 127',
    );
    const error = await startAsd(asd).catch((reason: unknown) => reason);
    const line = firstLine(error);
    expect(line).toMatch(
      new RegExp(
        `^Aerospike server ${asd} exited with code 127 before it was ready; see \\S+/asd.out and \\S+/asd.log$`,
      ),
    );
    expect((error as Error).message).toContain('libcrypto.so.3: cannot open shared object file');
  });

  it('a server that never becomes ready is stopped after its deadline', async () => {
    const pidFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pid-')), 'pid');
    scratch.push(path.dirname(pidFile));
    const asd = script(`echo $$ > ${pidFile}\nexec sleep 60`);
    const started = Date.now();
    const error = await startAsd(asd, { readyTimeoutMs: 1500 }).catch((reason: unknown) => reason);
    expect(firstLine(error)).toMatch(/was not ready within 1500 ms/);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(alive(Number(fs.readFileSync(pidFile, 'utf8')))).toBe(false);
  });
});

// A real server whose service port is taken: it must fail to start, not hang.
describe.skipIf(!liveAsd)('a real asd whose port is taken', () => {
  it('exits, and the error names the binary and the log', async () => {
    const ports = await freePorts();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(ports.service, '127.0.0.1', resolve));
    try {
      const error = await startAsd(liveAsd, { ports, readyTimeoutMs: 30_000 }).catch(
        (reason: unknown) => reason,
      );
      const line = firstLine(error);
      expect(line).toMatch(
        new RegExp(
          `^Aerospike server ${liveAsd} cannot bind 127.0.0.1:${ports.service}: the port is in use;`,
        ),
      );
      // Its config dir is in its command line: no process may still have it.
      const dir = (error as AsdStartError).keptDir!;
      const running = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
      expect(running).not.toContain(dir);
    } finally {
      squatter.close();
    }
  });
});
