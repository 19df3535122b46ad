// #region cluster-events
import * as Aerospike from 'aerospike';

/** What the client reports when its view of the cluster changes. */
export type ClusterEvent =
  | {
      name: 'nodeAdded' | 'nodeRemoved';
      nodeName: string;
      nodeAddress: string;
    }
  | { name: 'disconnected' };

/**
 * Calls `onEvent` for each cluster event of `client`: a node joined, a node
 * left, or no node is left at all. The client's typings do not declare these
 * events, hence the type above. Returns a function that stops listening.
 */
export function onClusterEvent(
  client: Aerospike.Client,
  onEvent: (event: ClusterEvent) => void,
): () => void {
  const listener = (event: ClusterEvent) => onEvent(event);
  client.on('event', listener);
  return () => client.off('event', listener);
}
// #endregion cluster-events

// #region health
/** A health check's answer: does this process reach all of the cluster? */
export interface ClusterHealth {
  status: 'ok' | 'degraded' | 'down';
  nodes: number;
  expectedNodes: number;
}

/**
 * Reports the cluster as the client sees it, without a round trip: the nodes
 * its tend thread currently knows. Cheap enough for every health probe.
 */
export function clusterHealth(
  client: Aerospike.Client,
  expectedNodes: number,
): ClusterHealth {
  const nodes = client.isConnected() ? client.getNodes().length : 0;
  const status =
    nodes === 0 ? 'down' : nodes < expectedNodes ? 'degraded' : 'ok';
  return { status, nodes, expectedNodes };
}
// #endregion health

// #region seed-list
/**
 * Connects through any seed that answers; the client learns the other nodes
 * from it. A failed connect still closes the client, or the process hangs.
 */
export async function connectToCluster(
  seeds: readonly string[],
): Promise<Aerospike.Client> {
  const client = Aerospike.client({ hosts: seeds.join(',') });
  try {
    await client.connect();
    return client;
  } catch (error) {
    client.close();
    throw error;
  }
}
// #endregion seed-list
