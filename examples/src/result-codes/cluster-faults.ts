import * as Aerospike from 'aerospike';
import type { Producer, ProduceContext } from './produce';

// #region code-11
/** Makes each node of a three-node cluster refuse to run with fewer. */
export async function requireThreeNodes({ client, hosts }: ProduceContext) {
  for (const host of hosts.split(',')) {
    const command = 'set-config:context=service;min-cluster-size=3';
    // A node refuses a minimum larger than the cluster it is in.
    const reply = await client.info(command, host);
    if (!reply.trim().endsWith('ok')) throw new Error(`${host}: ${reply}`);
  }
}

/** A read once a node has died: the two left are below the minimum. */
export const readBelowMinimum = ({ client, key }: ProduceContext) =>
  client.get(key);
// #endregion code-11

// #region code--8
/** A read once every node of the cluster has stopped. */
export const readWithNoNodes = ({ client, key }: ProduceContext) =>
  client.get(key);
// #endregion code--8

const { status } = Aerospike;

/** The producers that need a three-node cluster losing its nodes. */
export const CLUSTER_PRODUCERS: Producer[] = [
  {
    code: status.ERR_CLUSTER,
    what: 'get from a node left below min-cluster-size',
    setup: 'cluster-orphans',
    prepare: requireThreeNodes,
    run: readBelowMinimum,
  },
  {
    code: status.ERR_INVALID_NODE,
    what: 'get with every node of the cluster stopped',
    setup: 'cluster-down',
    run: readWithNoNodes,
  },
];
