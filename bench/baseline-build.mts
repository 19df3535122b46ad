/**
 * `--baseline <ref>`: the site as it was at a git ref, built in a temporary worktree so that
 * before and after can be measured in the same run.
 *
 * The worktree borrows this checkout's node_modules instead of running `npm ci` (minutes on
 * this machine), but only when that is safe: every package the ref's lockfile pins must be
 * installed here at the same version. When one differs, the worktree gets its own `npm ci`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Lockfile {
  packages: Record<string, { version?: string; link?: boolean; resolved?: string }>;
}

/** Packages whose pinned version in `baseline` differs from `current`'s (links aside). */
export function lockfileDifferences(baseline: Lockfile, current: Lockfile): string[] {
  return Object.entries(baseline.packages)
    .filter(([key, pkg]) => key.includes('node_modules/') && !pkg.link)
    .filter(([key, pkg]) => current.packages[key]?.version !== pkg.version)
    .map(([key, pkg]) => `${key} ${pkg.version ?? '?'} (here ${current.packages[key]?.version ?? 'absent'})`);
}

/**
 * Gives `worktree` a node_modules made of symlinks into `root`'s, entry by entry, leaving out
 * the build cache (Rspack keeps it in node_modules/.cache: sharing it would mix the two
 * builds) and pointing the workspace package at the worktree's own folder.
 */
function borrowNodeModules(root: string, worktree: string, workspaces: Record<string, string>) {
  const link = (from: string, to: string) => {
    const source = path.join(root, from);
    const target = path.join(worktree, to);
    fs.mkdirSync(target, { recursive: true });
    for (const entry of fs.readdirSync(source, { withFileTypes: true })) {
      const name = path.posix.join(to, entry.name);
      if (entry.name === '.cache') continue;
      if (name in workspaces) {
        fs.symlinkSync(path.join(worktree, workspaces[name]!), path.join(worktree, name));
      } else if (entry.isDirectory() && entry.name.startsWith('@')) {
        link(path.join(from, entry.name), name);
      } else {
        fs.symlinkSync(fs.realpathSync(path.join(source, entry.name)), path.join(worktree, name));
      }
    }
  };
  link('node_modules', 'node_modules');
  for (const folder of Object.values(workspaces)) {
    if (fs.existsSync(path.join(root, folder, 'node_modules'))) {
      link(path.join(folder, 'node_modules'), path.join(folder, 'node_modules'));
    }
  }
}

export interface Baseline {
  ref: string;
  /** The commit the ref named. */
  commit: string;
  dir: string;
  /** Removes the worktree (and its build). */
  remove: () => void;
}

/** Checks out `ref` in a temporary worktree with dependencies in place (not yet built). */
export function checkoutBaseline(root: string, ref: string, log: (line: string) => void): Baseline {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  let commit: string;
  try {
    commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  } catch {
    throw new Error(`--baseline ${ref}: not a commit in ${root}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-baseline-'));
  git('worktree', 'add', '--detach', dir, commit);
  const remove = () => {
    try {
      git('worktree', 'remove', '--force', dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      git('worktree', 'prune');
    }
  };
  try {
    const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Lockfile;
    const baseLock = read(path.join(dir, 'package-lock.json'));
    const differences = lockfileDifferences(baseLock, read(path.join(root, 'package-lock.json')));
    // patch-package edits node_modules in place: borrowed, they would carry this tree's patches
    // into the baseline's build.
    const patchesDiffer = git('diff', '--name-only', commit, '--', 'patches') !== '';
    if (patchesDiffer) differences.push('patches/ differs (patch-package edits node_modules)');
    if (differences.length === 0) {
      // Workspace packages are links in the lockfile: "node_modules/@scope/name" → "examples".
      const workspaces = Object.fromEntries(
        Object.entries(baseLock.packages)
          .filter(([, pkg]) => pkg.link && pkg.resolved)
          .map(([key, pkg]) => [key, pkg.resolved!]),
      );
      borrowNodeModules(root, dir, workspaces);
      log(`baseline ${ref} (${commit.slice(0, 10)}): same dependencies, node_modules borrowed`);
    } else {
      log(
        `baseline ${ref} (${commit.slice(0, 10)}): ${differences.length} packages differ ` +
          `(${differences.slice(0, 3).join('; ')}…), running npm ci in ${dir}`,
      );
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    }
    return { ref, commit, dir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
