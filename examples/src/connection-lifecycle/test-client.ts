// #region test-client
import * as Aerospike from 'aerospike';

/**
 * One client per test file, for any test runner:
 * `const db = testClient(config); beforeAll(db.connect); afterAll(db.close);`
 * then `db.client` in the tests. Closed after the file's tests, it leaves no
 * handle open, so the runner's process can end.
 */
export function testClient(config: Aerospike.ConfigOptions) {
  let connected: Aerospike.Client | undefined;
  return {
    async connect(): Promise<void> {
      try {
        connected = await Aerospike.connect(config);
      } catch (error) {
        if (error instanceof Aerospike.AerospikeError && error.client) {
          error.client.close();
        }
        throw error;
      }
    },
    close(): void {
      connected?.close();
    },
    get client(): Aerospike.Client {
      if (!connected) throw new Error('not connected: call connect() first');
      return connected;
    },
  };
}
// #endregion test-client
