// `npm run test:matrix [-- --check] [--clients a,b] [--servers x,y] [--star] [--jobs N]`
//
// Runs the live examples against every client in clients.ts and every server in ../shared/asd,
// and writes matrix/results.json: each live test × client × server as pass, fail or skip with
// its reason, plus each client's type check and the native binary it loaded. With --check
// it writes nothing and fails when the outcome differs from the committed file. --star runs
// only every client on the newest server and the default client on every server (8 of the 20
// cells): what CI checks on each stop, since the whole matrix would take a third of its time.
// --merge writes a partial run's cells into results.json, keeping the others (to rerun one
// cell after fixing what failed it).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CLIENT_VERSIONS, DEFAULT_CLIENT, clientDir, type ClientVersion } from './clients';
import { placeBinding } from './place-binding';
import { SHARED_UNPACK } from '../test/support/find-server';
import type { TestOutcome } from './result-reporter';
import { compareMatrix, type Cell, type ClientInfo, type Matrix } from './matrix-file';

const HERE = __dirname;
const EXAMPLES = path.dirname(HERE);
const ROOT = path.dirname(EXAMPLES);
export const RESULTS_FILE = path.join(HERE, 'results.json');
const LOG_DIR = path.join(ROOT, 'test-artifacts', 'matrix');

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    clients: { type: 'string' },
    servers: { type: 'string' },
    star: { type: 'boolean', default: false },
    merge: { type: 'boolean', default: false },
    jobs: { type: 'string', default: '2' },
  },
});

function sharedServers(): string[] {
  if (!fs.existsSync(SHARED_UNPACK)) {
    throw new Error(`the matrix runs the servers in ${path.dirname(SHARED_UNPACK)}, which is missing`);
  }
  return execFileSync(SHARED_UNPACK, ['--list'], { encoding: 'utf8' }).trim().split(/\s+/);
}

function pick<T extends string>(all: readonly T[], wanted: string | undefined, what: string): T[] {
  if (!wanted) return [...all];
  const names = wanted.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !all.includes(name as T));
  if (unknown.length) throw new Error(`unknown ${what} ${unknown.join(', ')}; known: ${all.join(', ')}`);
  return names as T[];
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const log = fs.openSync(logFile, 'w');
    const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', log, log] });
    child.once('error', reject);
    child.once('exit', (code) => {
      fs.closeSync(log);
      resolve(code ?? 1);
    });
  });
}

/** Type-checks the examples against one client's typings (a tsconfig that maps `aerospike`). */
async function typecheck(version: ClientVersion, dir: string, tmp: string): Promise<ClientInfo['typecheck']> {
  const config = path.join(tmp, `tsconfig.${version}.json`);
  fs.writeFileSync(
    config,
    JSON.stringify({
      extends: path.join(EXAMPLES, 'tsconfig.json'),
      compilerOptions: {
        paths: { aerospike: [dir], 'aerospike/*': [`${dir}/*`] },
        // The config lives in a temp dir: find @types where the examples do.
        typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      },
      include: ['src', 'test', 'matrix'].map((folder) => path.join(EXAMPLES, folder)),
    }),
  );
  const logFile = path.join(LOG_DIR, `typecheck-${version}.log`);
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const code = await run(process.execPath, [tsc, '-p', config, '--pretty', 'false'], process.env, logFile);
  if (code === 0) return { status: 'pass' };
  const errors = fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((line) => line.includes('error TS'))
    .map((line) =>
      line
        .replace(`${EXAMPLES}/`, '')
        // Where the checkout lives is no part of the result.
        .replaceAll(`${fs.realpathSync(path.join(ROOT, 'node_modules'))}/`, 'node_modules/')
        .replaceAll(`${ROOT}/`, ''),
    );
  return { status: 'fail', errors };
}

/** Makes a failure reason comparable across runs: ports, durations and paths vary. */
function stableReason(reason: string | undefined): string {
  return (reason ?? 'no reason given')
    .replaceAll(ROOT, '<repo>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
    .replace(/\b\d+(\.\d+)? ?ms\b/g, '<n> ms')
    .slice(0, 300);
}

interface CellRun {
  server: string;
  client: ClientVersion;
  cell: Record<string, Cell>;
  probe?: { binary: string; sha256: string; embeddedVersion: string | null };
  seconds: number;
}

async function runCell(
  server: string,
  asdPath: string,
  client: ClientVersion,
  dir: string,
  tmp: string,
): Promise<CellRun> {
  const started = Date.now();
  const resultFile = path.join(tmp, `result-${server}-${client}.json`);
  const probeFile = path.join(tmp, `probe-${server}-${client}.json`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AEROSPIKE_ASD: asdPath,
    AEROSPIKE_CLIENT_DIR: dir,
    REQUIRE_LIVE: '1',
    MATRIX_RESULT_FILE: resultFile,
    MATRIX_PROBE_FILE: probeFile,
    NODE_OPTIONS:
      `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(HERE, 'select-client.cjs')}`.trim(),
  };
  delete env.AEROSPIKE_HOSTS;
  delete env.UPDATE_OUTPUT;
  const vitest = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const argv = [
    vitest,
    'run',
    '--project',
    'examples',
    '--reporter',
    'default',
    '--reporter',
    path.join(HERE, 'result-reporter'),
  ];
  const code = await run(process.execPath, argv, env, path.join(LOG_DIR, `${server}-${client}.log`));

  const cell: Record<string, Cell> = {};
  if (!fs.existsSync(resultFile)) {
    cell['(run)'] = {
      status: 'fail',
      reason: `vitest exited with ${code} before reporting; see test-artifacts/matrix/${server}-${client}.log`,
    };
  } else {
    const { outcomes, unhandled } = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as {
      outcomes: TestOutcome[];
      unhandled: string[];
    };
    for (const outcome of outcomes) {
      cell[outcome.id] =
        outcome.state === 'passed'
          ? 'pass'
          : outcome.state === 'skipped'
            ? { status: 'skip', reason: stableReason(outcome.reason) }
            : { status: 'fail', reason: stableReason(outcome.reason) };
    }
    for (const message of unhandled)
      cell['(unhandled error)'] = { status: 'fail', reason: stableReason(message) };
  }
  // A run that failed with no failing test (the client did not load, the server did not
  // start) reports why, from the first error in its log.
  const anyFailed = Object.values(cell).some((one) => typeof one !== 'string' && one.status === 'fail');
  if (code !== 0 && !anyFailed) {
    const log = fs.readFileSync(path.join(LOG_DIR, `${server}-${client}.log`), 'utf8');
    const line = log
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .find((text) => /^\s*(\w*Error|Error):/.test(text));
    cell['(run)'] = { status: 'fail', reason: stableReason(line?.trim() ?? `vitest exited with ${code}`) };
  }
  const probe = fs.existsSync(probeFile)
    ? (JSON.parse(fs.readFileSync(probeFile, 'utf8')) as CellRun['probe'])
    : undefined;
  return { server, client, cell, probe, seconds: (Date.now() - started) / 1000 };
}

/** Runs `tasks` with at most `jobs` at a time, keeping their order in the result. */
async function pool<T>(tasks: Array<() => Promise<T>>, jobs: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

async function main(): Promise<number> {
  const began = Date.now();
  const servers = pick(sharedServers(), args.servers, 'server');
  const clients = pick(CLIENT_VERSIONS, args.clients, 'client');
  const jobs = Number(args.jobs);
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'matrix-'));
  try {
    const asd = Object.fromEntries(
      servers.map((version) => [
        version,
        execFileSync(SHARED_UNPACK, [version], { encoding: 'utf8' }).trim(),
      ]),
    );
    const dirs = {} as Record<ClientVersion, string>;
    const info = {} as Record<string, ClientInfo>;
    for (const client of clients) {
      dirs[client] = clientDir(client);
      console.log(`client ${client}: ${placeBinding(dirs[client])}`);
    }
    const checks = await pool(
      clients.map((client) => () => typecheck(client, dirs[client], tmp)),
      jobs,
    );
    clients.forEach((client, index) => {
      info[client] = { typecheck: checks[index]!, binary: null };
      console.log(`client ${client}: type check ${checks[index]!.status}`);
    });

    // Servers are listed oldest first.
    const newest = servers.at(-1);
    const inStar = (server: string, client: ClientVersion) => server === newest || client === DEFAULT_CLIENT;
    const tasks = servers.flatMap((server) =>
      clients
        .filter((client) => !args.star || inStar(server, client))
        .map(
          (client) => () =>
            runCell(server, asd[server]!, client, dirs[client], tmp).then((done) => {
              const counts = Object.values(done.cell).reduce<Record<string, number>>((acc, cell) => {
                const status = typeof cell === 'string' ? cell : cell.status;
                acc[status] = (acc[status] ?? 0) + 1;
                return acc;
              }, {});
              console.log(
                `server ${server} × client ${client}: ${JSON.stringify(counts)} in ${done.seconds.toFixed(1)} s`,
              );
              return done;
            }),
        ),
    );
    const cells = await pool(tasks, jobs);

    const matrix: Matrix = { servers, clients: info, tests: {} };
    for (const done of cells) {
      const probe = done.probe;
      if (probe && !info[done.client]!.binary) {
        info[done.client]!.binary = {
          // Relative to node_modules as the OS sees it, so a linked node_modules reads the same.
          path: path.join(
            'node_modules',
            path.relative(fs.realpathSync(path.join(ROOT, 'node_modules')), probe.binary),
          ),
          sha256: probe.sha256,
          embeddedVersion: probe.embeddedVersion,
        };
      }
      for (const [id, cell] of Object.entries(done.cell)) {
        const row = (matrix.tests[id] ??= {});
        (row[done.client] ??= {})[done.server] = cell;
      }
    }
    matrix.tests = Object.fromEntries(Object.entries(matrix.tests).sort(([a], [b]) => a.localeCompare(b)));
    const minutes = ((Date.now() - began) / 60000).toFixed(1);
    console.log(
      `matrix: ${servers.length} servers × ${clients.length} clients` +
        `${args.star ? ` (--star: ${tasks.length} cells)` : ''} in ${minutes} min`,
    );

    const partial = Boolean(args.clients || args.servers || args.star);
    if (args.check) {
      const committed = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as Matrix;
      const differences = compareMatrix(committed, matrix, partial);
      if (differences.length) {
        console.error(`The matrix differs from ${path.relative(ROOT, RESULTS_FILE)}:`);
        for (const line of differences) console.error(`  ${line}`);
        console.error(
          'Fix the cause (a test that flakes is a defect), or rerun `npm run test:matrix` and commit.',
        );
        return 1;
      }
      console.log(`matrix matches ${path.relative(ROOT, RESULTS_FILE)}`);
      return 0;
    }
    if (partial && args.merge) {
      const committed = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as Matrix;
      // The cells run replace what the file held for them, a failed run's `(run)` row included.
      const ran = servers.flatMap((server) =>
        clients
          .filter((client) => !args.star || inStar(server, client))
          .map((client) => ({ server, client })),
      );
      for (const row of Object.values(committed.tests)) {
        for (const { server, client } of ran) delete row[client]?.[server];
      }
      for (const [id, row] of Object.entries(matrix.tests)) {
        for (const [client, cells] of Object.entries(row)) {
          Object.assign(((committed.tests[id] ??= {})[client] ??= {}), cells);
        }
      }
      // Each client run was type-checked again: its check replaces the file's.
      for (const [client, checked] of Object.entries(matrix.clients)) committed.clients[client] = checked;
      committed.tests = Object.fromEntries(
        Object.entries(committed.tests).sort(([a], [b]) => a.localeCompare(b)),
      );
      fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(committed, null, 2)}\n`);
      console.log(`merged ${tasks.length} cell(s) into ${path.relative(ROOT, RESULTS_FILE)}`);
      return 0;
    }
    if (partial) {
      console.log(
        'partial run (--clients/--servers/--star): results.json left as it is (--merge writes its cells)',
      );
      return 0;
    }
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(matrix, null, 2)}\n`);
    console.log(`wrote ${path.relative(ROOT, RESULTS_FILE)}`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test:matrix: ${(error as Error).message}`);
    process.exit(2);
  },
);
