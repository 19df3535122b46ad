// #region quickstart
import * as Aerospike from 'aerospike';

/**
 * Connects, writes one record, reads it back and closes the client: the
 * smallest round trip.
 */
export async function quickstart(): Promise<Aerospike.AerospikeBins> {
  const client = await Aerospike.connect({
    hosts: process.env.AEROSPIKE_HOSTS ?? '127.0.0.1:3000',
  });
  try {
    const key = new Aerospike.Key('test', 'users', 'user:1001');
    await client.put(key, { name: 'Ji-woo', visits: 1 });
    const record = await client.get(key);
    console.log(record.bins);
    return record.bins;
  } finally {
    client.close();
  }
}
// #endregion quickstart
