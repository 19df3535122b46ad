import * as Aerospike from 'aerospike';
import { codeOf, tableLine } from './produce';

// #region code--11
/**
 * 40 writes at once while the client may run 5 and queue 1. The queue is
 * global to the process, which is why this runs in a process of its own.
 */
export async function overflowQueue(hosts: string) {
  Aerospike.setupGlobalCommandQueue({
    maxCommandsInProcess: 5,
    maxCommandsInQueue: 1,
  });
  const client = await Aerospike.connect({ hosts });
  try {
    const writes = Array.from({ length: 40 }, (_, i) =>
      client.put(new Aerospike.Key('test', 'queue', i), { i }),
    );
    const failed = (await Promise.allSettled(writes)).find(
      (outcome) => outcome.status === 'rejected',
    );
    if (failed) throw failed.reason;
  } finally {
    client.close();
  }
}
// #endregion code--11

/** Prints the table line of the code overflowQueue() ended with. */
export async function main(hosts: string): Promise<number> {
  const code = await codeOf(() => overflowQueue(hosts));
  console.log(tableLine(code, '40 puts, 5 in process, queue of 1'));
  return code;
}

/** The code overflowQueue() produces. */
export const QUEUE_FULL_CODE = Aerospike.status.ERR_ASYNC_QUEUE_FULL;
