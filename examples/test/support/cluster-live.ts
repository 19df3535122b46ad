import { afterAll, beforeAll, describe, inject } from 'vitest';
import { LoopbackCluster, type ClusterOptions } from './cluster';

const asdPath = inject('clusterAsd');

/** `describe` that skips, visibly, when there is no `asd` to start nodes from. */
export const describeCluster = describe.skipIf(!asdPath);

/**
 * Starts a loopback cluster before the suite's tests and stops every node after them, also
 * when a test failed. Returns a getter for the running cluster.
 */
export function useCluster(options: ClusterOptions = {}): () => LoopbackCluster {
  let cluster: LoopbackCluster | undefined;
  beforeAll(async () => {
    cluster = await LoopbackCluster.start(asdPath, options);
  });
  afterAll(async () => {
    await cluster?.close();
  });
  return () => {
    if (!cluster) throw new Error('the cluster is not running (did beforeAll fail?)');
    return cluster;
  };
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
