// #region quickstart
import * as Aerospike from 'aerospike';

const hosts = process.env.AEROSPIKE_HOSTS ?? '127.0.0.1:3000';

/** Connects, writes one record, reads it back and closes the client. */
async function main(): Promise<void> {
  const client = await Aerospike.connect({ hosts });
  try {
    const key = new Aerospike.Key('test', 'users', 'user:1001');
    await client.put(key, { name: 'Ji-woo', visits: 1 });
    const record = await client.get(key);
    console.log(record.bins);
  } finally {
    client.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof Aerospike.AerospikeError) {
    // A failed connect hands back the client it made: close it too, or it
    // keeps the process running.
    if (error.client) error.client.close();
    console.error(
      `Aerospike error ${error.code} at ${hosts}: ${error.message}`,
    );
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
// #endregion quickstart
