// #region imports
import * as Aerospike from 'aerospike';
import { eachRecord } from './stream';
// #endregion imports

// #region count-open
/**
 * Counts the open orders with a query on the secondary index of `status`.
 * A failure is reported in one line, and the process goes on to close its
 * client and exit.
 */
async function main(): Promise<void> {
  const client = await Aerospike.connect({
    hosts: process.env.AEROSPIKE_HOSTS ?? '127.0.0.1:3000',
  });
  try {
    const query = client.query('test', 'orders');
    query.where(Aerospike.filter.equal('status', 'open'));
    let open = 0;
    await eachRecord(query.foreach(), () => {
      open += 1;
    });
    console.log(`${open} open orders`);
  } catch (error) {
    if (!(error instanceof Aerospike.AerospikeError)) throw error;
    // 201: the index does not exist (yet); running again will not help.
    const noIndex = error.code === Aerospike.status.ERR_INDEX_NOT_FOUND;
    console.error(
      noIndex
        ? 'no index on orders.status: create it first (201)'
        : `query failed with ${error.code}`,
    );
    process.exitCode = 1;
  } finally {
    client.close();
  }
}

void main();
// #endregion count-open
