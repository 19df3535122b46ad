import * as Aerospike from 'aerospike';

/** For setting up, on a machine that may be busy: not part of what is measured. */
const PATIENT = new Aerospike.WritePolicy({ totalTimeout: 10_000, maxRetries: 3 });

/** Writes `record-0` … `record-<count - 1>` (bin `n`: the number) into `set` of `test`, 50 at a time. */
export async function fillSet(client: Aerospike.Client, set: string, count: number): Promise<void> {
  for (let i = 0; i < count; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, (_, j) =>
        client.put(new Aerospike.Key('test', set, `record-${i + j}`), { n: i + j }, undefined, PATIENT),
      ),
    );
  }
}
