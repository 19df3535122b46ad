import type { TestProject } from 'vitest/node';
import { findServer } from './find-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The `asd` the cluster tests start their nodes from, or '' when they must skip. */
    clusterAsd: string;
    /** Why the cluster tests skip; '' when they can run. */
    clusterSkipReason: string;
  }
}

/**
 * Finds an `asd` executable for the cluster tests. They start and kill nodes themselves, so an
 * external server (AEROSPIKE_HOSTS) is no use to them: it is left out of the search.
 */
export default function setup(project: TestProject): void {
  const { AEROSPIKE_HOSTS: _external, ...env } = process.env;
  const source = findServer(env);
  if (source.kind !== 'asd') {
    const reason =
      source.kind === 'none' ? source.reason : 'unexpected server source without an asd executable';
    // REQUIRE_CLUSTER, when set, overrides REQUIRE_LIVE: a CI whose only server is an external
    // one (AEROSPIKE_HOSTS) can require the live tests without requiring these.
    const required = process.env.REQUIRE_CLUSTER ?? process.env.REQUIRE_LIVE;
    if (required === '1') {
      const by = process.env.REQUIRE_CLUSTER !== undefined ? 'REQUIRE_CLUSTER' : 'REQUIRE_LIVE';
      throw new Error(`${by}=1 but the cluster tests cannot start nodes: ${reason}.`);
    }
    const rule = '='.repeat(78);
    console.log(
      `\n${rule}\n  CLUSTER TESTS SKIPPED: ${reason}.\n` +
        '  They need an `asd` executable (AEROSPIKE_ASD, PATH or ../shared/asd).\n' +
        `${rule}\n`,
    );
    project.provide('clusterAsd', '');
    project.provide('clusterSkipReason', reason);
    return;
  }
  console.log(`\nCLUSTER TESTS start three nodes of ${source.asdPath} (from ${source.origin})\n`);
  project.provide('clusterAsd', source.asdPath);
  project.provide('clusterSkipReason', '');
}
