// #region imports
import * as Aerospike from 'aerospike';
import { AerospikeService } from './service';
// #endregion imports

// #region worker
/**
 * A process that writes jobs until it is told to stop. On SIGTERM it takes
 * no new work, lets the writes in flight finish, closes its client and
 * exits by itself. Each write the server acknowledged is printed.
 */
async function main(): Promise<void> {
  const service = await AerospikeService.start({
    hosts: process.env.AEROSPIKE_HOSTS ?? '127.0.0.1:3000',
  });
  let stopping = false;
  process.once('SIGTERM', () => {
    stopping = true;
  });

  let next = 0;
  const writer = async () => {
    while (!stopping) {
      const job = next++;
      const key = new Aerospike.Key('test', 'jobs', `${process.pid}-${job}`);
      await service.run((client) => client.put(key, { job }));
      console.log(`acknowledged ${key.key}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, writer));
  await service.shutdown();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
// #endregion worker
