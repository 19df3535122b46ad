import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { ClusterError, LoopbackCluster } from '../support/cluster';
import { describeCluster } from '../support/cluster-live';

/** `asd` processes that are children of this test process. */
function childAsds(): string[] {
  try {
    const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    return out.split('\n').filter((line) => line.includes('asd'));
  } catch {
    return []; // ps exits with 1 when there is no child at all
  }
}

describeCluster('the cluster harness on bad input', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'asd-harness-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('a node that exits at start fails the test with its name and its console tail', async () => {
    const fake = path.join(scratch, 'asd');
    fs.writeFileSync(fake, '#!/bin/sh\necho "fake asd: refusing the config" >&2\nexit 3\n', { mode: 0o755 });
    const error = await LoopbackCluster.start(fake, { size: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClusterError);
    expect((error as Error).message).toMatch(/^node \d \(service port \d+\) failed to start: /);
    expect((error as Error).message).toContain(`${fake} exited with code 3 before it was ready`);
    expect((error as Error).message).toContain('fake asd: refusing the config');
    expect(childAsds()).toEqual([]);
    // A node that fails to start keeps its dir for reading, and the error names it: both nodes'.
    const kept = (error as ClusterError).keptDirs;
    expect(kept).toHaveLength(2);
    for (const dir of kept) {
      expect((error as Error).message).toContain(`see ${dir}/asd.out`);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a cluster that does not settle within its deadline fails with every node’s log tail', async () => {
    const cluster = await LoopbackCluster.start(inject('clusterAsd'), { size: 2 });
    try {
      cluster.freeze(1); // it keeps its ports but answers neither peers nor the harness
      const error = await cluster.waitUntilSettled({ timeoutMs: 3000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClusterError);
      const message = (error as Error).message;
      expect(message).toMatch(/^the cluster did not settle at 2 nodes with migrations done within 3000 ms/);
      expect(message.match(/--- .*asd\.log/g)).toHaveLength(2);
    } finally {
      await cluster.close();
    }
    expect(childAsds()).toEqual([]);
  }, 60_000);
});
