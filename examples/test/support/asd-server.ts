import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { infoRequest } from './info-protocol';

export interface StartedServer {
  hosts: string;
  stop(): Promise<void>;
}

/** Loopback only, no mesh seeds: the node never looks for peers or talks to another address. */
export function asdConfig(
  dir: string,
  ports: { service: number; fabric: number; heartbeat: number },
): string {
  return `service {
  cluster-name ts-errors-docs
  proto-fd-max 1024
  work-directory ${dir}/work
  pidfile ${dir}/asd.pid
}

logging {
  file ${dir}/asd.log {
    context any info
  }
}

mod-lua {
  user-path ${dir}/work/usr/udf/lua
}

network {
  service {
    address 127.0.0.1
    port ${ports.service}
  }
  heartbeat {
    mode mesh
    address 127.0.0.1
    port ${ports.heartbeat}
    interval 150
    timeout 10
  }
  fabric {
    address 127.0.0.1
    port ${ports.fabric}
  }
}

namespace test {
  replication-factor 1
  default-ttl 0
  storage-engine memory {
    data-size 1G
  }
}
`;
}

async function waitUntilReady(
  port: number,
  child: ChildProcess,
  dir: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`asd exited with code ${child.exitCode} before it was ready:\n${diagnostics(dir)}`);
    }
    try {
      // `status` turns ok when the node listens; clients are refused ("not yet fully
      // initialized") until it has formed its one-node cluster and owns the partitions.
      last = await infoRequest('127.0.0.1', port, 'status');
      if (last === 'ok') {
        last = `partition-generation ${await infoRequest('127.0.0.1', port, 'partition-generation')}`;
        if (last !== 'partition-generation -1') return;
      }
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `asd did not report status ok within ${timeoutMs} ms (last: ${last}):\n${diagnostics(dir)}`,
  );
}

/** The last lines of the node's console (config errors land there) and of its log file. */
function diagnostics(dir: string): string {
  return ['asd.out', 'asd.log']
    .map((name) => {
      const file = path.join(dir, name);
      const text = fs.existsSync(file)
        ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-10).join('\n')
        : '';
      return `--- ${name}\n${text || '(empty)'}`;
    })
    .join('\n');
}

/** Starts `asd` on free loopback ports with a config written to a temp dir; stop() removes it all. */
export async function startAsd(asdPath: string): Promise<StartedServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asd-docs-'));
  // The node refuses to start without these directories.
  fs.mkdirSync(path.join(dir, 'work', 'smd'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'work', 'usr', 'udf', 'lua'), { recursive: true });
  const ports = {
    service: await getPort({ host: '127.0.0.1' }),
    fabric: await getPort({ host: '127.0.0.1' }),
    heartbeat: await getPort({ host: '127.0.0.1' }),
  };
  const configFile = path.join(dir, 'aerospike.conf');
  fs.writeFileSync(configFile, asdConfig(dir, ports));
  const consoleFd = fs.openSync(path.join(dir, 'asd.out'), 'w');

  const child = spawn(asdPath, ['--config-file', configFile, '--foreground'], {
    stdio: ['ignore', consoleFd, consoleFd],
    env: { ...process.env, AEROSPIKE_TELEMETRY: 'FALSE' },
  });
  fs.closeSync(consoleFd); // the child holds its own copy
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If the test run dies without tearing down, do not leave a server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    process.off('exit', killOnExit);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(ports.service, child, dir);
  } catch (error) {
    await stop();
    throw error;
  }
  return { hosts: `127.0.0.1:${ports.service}`, stop };
}
