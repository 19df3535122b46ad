// The watchdog's thread (see event-loop-watchdog.ts). Plain CommonJS: it runs in a worker
// thread, outside vitest's transforms.
const fs = require('node:fs');
const path = require('node:path');
const { workerData } = require('node:worker_threads');

const beat = new Int32Array(workerData.beat);

/** Kills the processes this one started (asd nodes) and deletes their temp dirs. */
function stopChildren() {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      process.kill(Number(entry), 'SIGKILL');
      const at = argv.indexOf('--config-file');
      const dir = at >= 0 ? path.dirname(argv[at + 1]) : '';
      if (path.basename(dir).startsWith('asd-docs-')) fs.rmSync(dir, { recursive: true, force: true });
      fs.writeSync(
        2,
        `event-loop watchdog: killed ${argv[0]} (pid ${entry})${dir ? `, deleted ${dir}` : ''}\n`,
      );
    } catch {
      // It ended meanwhile.
    }
  }
}

setInterval(() => {
  const silent = (Date.now() - workerData.started) / 1000 - Atomics.load(beat, 0);
  if (silent < workerData.limit) return;
  // Straight to fd 2: the main thread, which relays a worker's console output, is stuck.
  fs.writeSync(
    2,
    `\nevent-loop watchdog: the main thread of this test process has not run for ${Math.round(silent)} s. ` +
      'A blocked main thread is native code that never returns, such as the Aerospike client ' +
      'deadlocking in close() while its tend thread balances connections. Ending the process ' +
      'so that the run fails now instead of hanging.\n',
  );
  stopChildren();
  process.kill(process.pid, 'SIGKILL');
}, 1000);
