import { spawn, type ChildProcess } from 'node:child_process';
import { bundleForNode, CHILD_NODE_PATH } from './bundle';

export interface ProgramRun {
  /** The exit code, or 'still running' when it had to be killed; -1 when a signal ended it. */
  exit: number | 'still running';
  /** The signal that ended it (`SIGSEGV` for a crash in native code), if one did. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From the spawn to the exit (or the kill). */
  ms: number;
}

export interface RunOptions {
  args?: string[];
  /** Added to this process's environment. */
  env?: Record<string, string>;
  /** Killed if it has not exited this long after the spawn. */
  limitMs: number;
  /**
   * Killed if it has not exited `holdMs` after printing `mark` to stderr: counting from the
   * mark keeps a slow start on a busy machine from looking like a hang.
   */
  mark?: string;
  holdMs?: number;
}

/** A program started in a process of its own, while it runs. */
export interface StartedProgram {
  child: ChildProcess;
  /** What it printed so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves once it printed something `until` accepts (or rejects when it exits first). */
  waitFor(what: string, until: (stdout: string) => boolean): Promise<void>;
  /** Resolves when it has exited, or was killed at its limit. */
  done: Promise<ProgramRun>;
}

/** Starts a TypeScript program (bundled, `aerospike` external) in a Node process of its own. */
export function startProgram(entry: string, opts: RunOptions): StartedProgram {
  const script = bundleForNode(entry);
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...(opts.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: CHILD_NODE_PATH, ...opts.env },
  });
  let stdout = '';
  let stderr = '';
  const watchers: (() => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    watchers.forEach((check) => check());
  });
  let stopped = false;
  const stop = () => {
    stopped = true;
    child.kill('SIGKILL');
  };
  let timer = setTimeout(stop, opts.limitMs);
  child.stderr!.on('data', (chunk: Buffer) => {
    const marked = opts.mark !== undefined && stderr.includes(opts.mark);
    stderr += chunk.toString();
    if (!marked && opts.mark !== undefined && stderr.includes(opts.mark)) {
      clearTimeout(timer);
      timer = setTimeout(stop, opts.holdMs ?? 0);
    }
  });
  const done = new Promise<ProgramRun>((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({
        exit: stopped ? 'still running' : (code ?? -1),
        signal: stopped ? null : signal,
        stdout,
        stderr,
        ms: Date.now() - started,
      });
    });
  });
  return {
    child,
    output: () => ({ stdout, stderr }),
    waitFor: (what, until) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (until(stdout)) resolve();
        };
        watchers.push(check);
        check();
        void done.then((run) =>
          reject(new Error(`${entry} exited (${run.exit}) before ${what}: ${run.stderr}`)),
        );
      }),
    done,
  };
}

/** Runs a TypeScript program in a process of its own until it exits. */
export function runProgram(entry: string, opts: RunOptions): Promise<ProgramRun> {
  return startProgram(entry, opts).done;
}

/**
 * The lines a program printed itself: stderr without the client's own log lines
 * (`Dec 06 2026 01:44:42 GMT: WARN (24691) [as_cluster.c:414] …`).
 */
export function ownLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line && !/^\w{3} \d{2} \d{4} [\d:]+ GMT: [A-Z]+\s*\(/.test(line));
}
