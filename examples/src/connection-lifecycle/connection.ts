// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region lifecycle

/**
 * Runs `work` with a connected client and always closes it. The client is
 * created before connecting so that `close()` also runs when `connect()` fails:
 * a failed connect still holds the client's event-loop handle, and only
 * `close()` lets the process exit.
 */
export async function withAerospike<T>(
  config: Aerospike.ConfigOptions,
  work: (client: Aerospike.Client) => Promise<T>,
): Promise<T> {
  const client = Aerospike.client(config);
  try {
    await client.connect();
    return await work(client);
  } finally {
    client.close();
  }
}
// #endregion lifecycle

// #region connect-failure
/**
 * A command-line entry point: a cluster it cannot reach is reported, not thrown
 * as a stack trace.
 */
export async function main(hosts: string): Promise<number> {
  try {
    const count = await withAerospike(
      { hosts, connTimeoutMs: 1_000 },
      async (client) => {
        const record = await client.get(
          new Aerospike.Key('test', 'users', 'user:1001'),
        );
        return Object.keys(record.bins).length;
      },
    );
    console.log(`user:1001 has ${count} bins`);
    return 0;
  } catch (error) {
    if (error instanceof Aerospike.AerospikeError) {
      const meaning = Aerospike.status.getMessage(error.code);
      console.error(`Aerospike error ${error.code} (${meaning})`);
      return 1;
    }
    throw error;
  }
}
// #endregion connect-failure
