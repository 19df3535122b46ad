// #region replica-policies
import * as Aerospike from 'aerospike';

/** Every attempt goes to the partition's master: a dead master fails it. */
export const readFromMaster = new Aerospike.ReadPolicy({
  replica: Aerospike.policy.replica.MASTER,
  maxRetries: 2,
  socketTimeout: 250,
  totalTimeout: 1000,
});

/**
 * The master first; when its connection fails or the socket times out, the
 * retry goes to the node with the replica.
 */
export const readMasterThenReplica = new Aerospike.ReadPolicy({
  replica: Aerospike.policy.replica.SEQUENCE,
  maxRetries: 2,
  socketTimeout: 250,
  totalTimeout: 1000,
});
// #endregion replica-policies
