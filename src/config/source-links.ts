/**
 * Where a page's source can be edited: the repository on GitHub, named the way GitHub Actions
 * names it to every job (`GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`), so a build in this
 * repository's own CI links to itself without any setting. `EDIT_BRANCH` names the branch
 * the links open (`main`: the site is deployed from it). Outside Actions the defaults below
 * stand in; set the variables to build for a fork.
 */

export const DEFAULT_SERVER_URL = 'https://github.com';
export const DEFAULT_REPOSITORY = 'aerospike-ts-errors/aerospike-ts';
export const DEFAULT_EDIT_BRANCH = 'main';

type Env = Record<string, string | undefined>;

/**
 * The edit URL of the repository's root, ending in `/`: a file's edit link is this plus its
 * path in the repository (`docs/quickstart.md`, `examples/src/retry/with-retry.ts`).
 */
export function editRootUrl(env: Env = process.env): string {
  const server = (env.GITHUB_SERVER_URL?.trim() || DEFAULT_SERVER_URL).replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY?.trim() || DEFAULT_REPOSITORY;
  const branch = env.EDIT_BRANCH?.trim() || DEFAULT_EDIT_BRANCH;
  if (!/^https?:\/\/[^/\s]+$/.test(server)) {
    throw new Error(`GITHUB_SERVER_URL="${server}" must be an http(s) origin, e.g. https://github.com`);
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new Error(`GITHUB_REPOSITORY="${repository}" must be owner/name, e.g. my-org/aerospike-ts`);
  }
  if (!/^[\w./-]+$/.test(branch) || branch.includes('..')) {
    throw new Error(`EDIT_BRANCH="${branch}" is not a branch name`);
  }
  return `${server}/${repository}/edit/${branch}/`;
}
