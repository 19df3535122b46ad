import * as Aerospike from 'aerospike';
import type { TestProject } from 'vitest/node';
import { startAsd, type StartedServer } from './asd-server';
import { findServer } from './find-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Seed hosts of the live server, or '' when live tests must skip. */
    aerospikeHosts: string;
    /** Why live tests skip; '' when a server is available. */
    liveSkipReason: string;
    /** The `asd` the harness started, which tests may start more nodes of; '' otherwise. */
    asdPath: string;
  }
}

const HOW_TO_GET_ONE =
  'Set AEROSPIKE_HOSTS=host:port, put an `asd` executable on PATH (or AEROSPIKE_ASD=/path/to/asd), ' +
  'or run `docker run -d -p 3000:3000 aerospike/aerospike-server` and set AEROSPIKE_HOSTS=127.0.0.1:3000.';

/**
 * Asks the node for its build once it accepts clients. A node answers `status ok` a little
 * before it lets clients connect ("not yet fully initialized"), so connecting is retried.
 */
async function serverBuild(hosts: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = Aerospike.client({ hosts, log: { level: Aerospike.log.OFF } });
    try {
      await client.connect();
      const answer = await client.infoAny('build');
      return answer.trim().split('\t').pop() ?? answer;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`cannot connect to Aerospike at ${hosts}`, { cause: error });
    } finally {
      client.close(); // also after a failed connect, or the process never exits
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function banner(lines: string[]): void {
  const rule = '='.repeat(78);
  console.log(`\n${rule}\n${lines.map((line) => `  ${line}`).join('\n')}\n${rule}\n`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const source = findServer();
  let started: StartedServer | undefined;
  let hosts = '';

  if (source.kind === 'none') {
    const message = `LIVE TESTS SKIPPED: ${source.reason}.`;
    if (process.env.REQUIRE_LIVE === '1') {
      throw new Error(`REQUIRE_LIVE=1 but there is no Aerospike server: ${source.reason}. ${HOW_TO_GET_ONE}`);
    }
    banner([message, HOW_TO_GET_ONE]);
    project.provide('aerospikeHosts', '');
    project.provide('liveSkipReason', source.reason);
    project.provide('asdPath', '');
    return async () => {};
  }

  if (source.kind === 'env') {
    hosts = source.hosts;
  } else {
    started = await startAsd(source.asdPath);
    hosts = started.hosts;
  }

  const build = await serverBuild(hosts);
  const origin =
    source.kind === 'env' ? 'AEROSPIKE_HOSTS' : `started ${source.asdPath}, from ${source.origin}`;
  banner([`LIVE TESTS against Aerospike server ${build} at ${hosts} (${origin})`]);
  // Read by the verified-versions reporter, which runs in this same process.
  process.env.LIVE_SERVER_BUILD = build;
  project.provide('aerospikeHosts', hosts);
  project.provide('liveSkipReason', '');
  project.provide('asdPath', source.kind === 'asd' ? source.asdPath : '');

  return async () => {
    await started?.stop();
  };
}
