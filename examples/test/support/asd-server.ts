import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { infoRequest } from './info-protocol';

export interface StartedServer {
  hosts: string;
  /** The node's own directory: config, console output (`asd.out`) and log (`asd.log`). */
  dir: string;
  ports: NodePorts;
  /** The running process; undefined after stop(). */
  process(): ChildProcess | undefined;
  stop(): Promise<void>;
}

export interface NodePorts {
  service: number;
  fabric: number;
  heartbeat: number;
}

/** What a test may change about the node the harness writes a config for. */
export interface NodeOptions {
  /** Ports to bind; free loopback ports when left out. */
  ports?: NodePorts;
  /** Loopback heartbeat ports of the other nodes the harness started; none for a single node. */
  meshSeedPorts?: readonly number[];
  /** `replication-factor` of namespace `test` (1 unless a cluster asks for more). */
  replicationFactor?: number;
  /** Extra settings inside `namespace test { }`, one per line. */
  namespaceSettings?: readonly string[];
  /** Whole extra namespace blocks (`namespace NAME { … }`), one statement per line. */
  extraNamespaces?: readonly string[];
  /** Milliseconds to wait until the node accepts clients. */
  readyTimeoutMs?: number;
}

/**
 * A config every server version in ../shared/asd accepts (7.2 to 8.1): no `pidfile` (deprecated
 * in 8.1), no `network { info }` (obsolete in 8.1), `cluster-name` set (required), one statement
 * per line. Everything binds to 127.0.0.1; mesh seeds are only the ports the caller passes.
 */
export function asdConfig(dir: string, ports: NodePorts, options: NodeOptions = {}): string {
  const seeds = (options.meshSeedPorts ?? []).map((port) => `    mesh-seed-address-port 127.0.0.1 ${port}`);
  const settings = (options.namespaceSettings ?? []).map((line) => `  ${line}`);
  return [
    'service {',
    '  cluster-name ts-errors-docs',
    '  proto-fd-max 1024',
    `  work-directory ${dir}/work`,
    '}',
    '',
    'logging {',
    `  file ${dir}/asd.log {`,
    '    context any info',
    '  }',
    '}',
    '',
    'mod-lua {',
    `  user-path ${dir}/work/usr/udf/lua`,
    '}',
    '',
    'network {',
    '  service {',
    '    address 127.0.0.1',
    // Without it a node advertises the machine's interface address to clients and peers.
    '    access-address 127.0.0.1',
    `    port ${ports.service}`,
    '  }',
    '  heartbeat {',
    '    mode mesh',
    '    address 127.0.0.1',
    `    port ${ports.heartbeat}`,
    ...seeds,
    '    interval 150',
    '    timeout 10',
    '  }',
    '  fabric {',
    '    address 127.0.0.1',
    `    port ${ports.fabric}`,
    '  }',
    '}',
    '',
    'namespace test {',
    `  replication-factor ${options.replicationFactor ?? 1}`,
    '  default-ttl 0',
    ...settings,
    '  storage-engine memory {',
    // 512M is the minimum on 8.1 (256M on 7.2 and 8.0).
    '    data-size 1G',
    '  }',
    '}',
    ...(options.extraNamespaces ?? []).flatMap((block) => ['', block.trim()]),
    '',
  ].join('\n');
}

export async function freePorts(): Promise<NodePorts> {
  return {
    service: await getPort({ host: '127.0.0.1' }),
    fabric: await getPort({ host: '127.0.0.1' }),
    heartbeat: await getPort({ host: '127.0.0.1' }),
  };
}

/** Thrown when a node cannot be started; its first line names the binary and the log. */
export class AsdStartError extends Error {
  override name = 'AsdStartError';
  /**
   * @param keptDir the node's dir, kept for reading (its console and log), which the message
   *   names; undefined when no node was started.
   */
  constructor(
    message: string,
    readonly keptDir?: string,
  ) {
    super(message);
  }
}

async function waitUntilReady(
  asdPath: string,
  port: number,
  child: ChildProcess,
  logDir: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      const how = child.exitCode !== null ? `code ${child.exitCode}` : (child.signalCode ?? 'a failed spawn');
      throw startError(asdPath, `exited with ${how} before it was ready`, logDir);
    }
    const taken = portInUse(logDir);
    if (taken) throw startError(asdPath, `cannot bind ${taken}: the port is in use`, logDir);
    try {
      // `status` turns ok when the node listens; clients are refused ("not yet fully
      // initialized") until it has formed its cluster and owns the partitions.
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
  throw startError(asdPath, `was not ready within ${timeoutMs} ms (last: ${last})`, logDir);
}

/** A node whose port is taken does not exit: it logs this warning and waits, so read the log. */
function portInUse(logDir: string): string | undefined {
  const log = path.join(logDir, 'asd.log');
  if (!fs.existsSync(log)) return undefined;
  return /Socket (\S+) in use, waiting/.exec(fs.readFileSync(log, 'utf8'))?.[1];
}

/** One line naming the binary and its log, then the tails of the console and the log file. */
function startError(asdPath: string, what: string, logDir: string): AsdStartError {
  const files = ['asd.out', 'asd.log'].map((name) => path.join(logDir, name));
  const tails = files.map((file) => {
    const text = fs.existsSync(file)
      ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-10).join('\n')
      : '';
    return `--- ${file}\n${text || '(empty)'}`;
  });
  return new AsdStartError(
    `Aerospike server ${asdPath} ${what}; see ${files[0]} and ${files[1]}\n${tails.join('\n')}`,
    logDir,
  );
}

/** Fails fast, with the path, when the binary is not there or cannot be run. */
export function assertExecutable(asdPath: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(asdPath);
  } catch {
    throw new AsdStartError(`Aerospike server ${asdPath} does not exist`);
  }
  if (!stat.isFile()) throw new AsdStartError(`Aerospike server ${asdPath} is not a file`);
  try {
    fs.accessSync(asdPath, fs.constants.X_OK);
  } catch {
    throw new AsdStartError(`Aerospike server ${asdPath} is not executable`);
  }
}

/** Every node this process started and has not stopped yet; killed if the process exits. */
const running = new Set<ChildProcess>();
function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}
process.once('exit', killAll);
// A run stopped from outside (Ctrl-C, a CI timeout) takes its nodes with it, then dies of
// the same signal as it would have without this handler.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killAll();
    // Someone else (vitest) handles the signal too: let it; else die of it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/**
 * Starts `asd` on loopback ports with a config written to a temp dir, and waits until it
 * accepts clients. stop() ends the node and removes the dir. When the node cannot start, its
 * console and log are kept (the error names them) and nothing is left running.
 */
export async function startAsd(asdPath: string, options: NodeOptions = {}): Promise<StartedServer> {
  assertExecutable(asdPath);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asd-docs-'));
  // The node refuses to start without these directories.
  fs.mkdirSync(path.join(dir, 'work', 'smd'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'work', 'usr', 'udf', 'lua'), { recursive: true });
  const ports = options.ports ?? (await freePorts());
  const configFile = path.join(dir, 'aerospike.conf');
  fs.writeFileSync(configFile, asdConfig(dir, ports, options));
  const consoleFd = fs.openSync(path.join(dir, 'asd.out'), 'w');

  let child: ChildProcess | undefined = spawn(asdPath, ['--config-file', configFile, '--foreground'], {
    stdio: ['ignore', consoleFd, consoleFd],
    env: { ...process.env, AEROSPIKE_TELEMETRY: 'FALSE' },
  });
  fs.closeSync(consoleFd); // the child holds its own copy
  running.add(child);
  const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
  // A spawn failure (ENOENT, EACCES) arrives as an event; it also counts as an exit.
  child.once('error', () => running.delete(child!));

  const kill = async (keepFiles: boolean) => {
    const proc = child;
    child = undefined;
    if (proc && proc.exitCode === null && proc.signalCode === null && proc.pid !== undefined) {
      proc.kill('SIGTERM');
      const killer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    if (proc) running.delete(proc);
    if (!keepFiles) fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(asdPath, ports.service, child, dir, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await kill(true);
    throw error;
  }
  return {
    hosts: `127.0.0.1:${ports.service}`,
    dir,
    ports,
    process: () => child,
    stop: () => kill(false),
  };
}
