import { spawn } from 'node:child_process';
import { bundleForNode, CHILD_NODE_PATH } from './bundle';

export interface ProgramRun {
  /** The exit code, or 'still running' when it had to be killed. */
  exit: number | 'still running';
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

/** Runs a TypeScript program (bundled, `aerospike` external) in a Node process of its own. */
export function runProgram(entry: string, opts: RunOptions): Promise<ProgramRun> {
  const script = bundleForNode(entry);
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...(opts.args ?? [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_PATH: CHILD_NODE_PATH, ...opts.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise<ProgramRun>((resolve) => {
    const stop = () => child.kill('SIGKILL');
    let stopped = false;
    let timer = setTimeout(() => {
      stopped = true;
      stop();
    }, opts.limitMs);
    child.stderr.on('data', (chunk: Buffer) => {
      const marked = opts.mark !== undefined && stderr.includes(opts.mark);
      stderr += chunk.toString();
      if (!marked && opts.mark !== undefined && stderr.includes(opts.mark)) {
        clearTimeout(timer);
        timer = setTimeout(() => {
          stopped = true;
          stop();
        }, opts.holdMs ?? 0);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ exit: stopped ? 'still running' : (code ?? -1), stdout, stderr, ms: Date.now() - started });
    });
  });
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
