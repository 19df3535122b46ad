// #region cas-increment
import * as Aerospike from 'aerospike';

/**
 * Adds 1 to `binName` with check-and-set: read the record and its generation,
 * write only if the generation is still the same, and start over if another
 * writer got there first. Returns the new value.
 */
export async function incrementCounter(
  client: Aerospike.Client,
  key: Aerospike.Key,
  binName: string,
  maxAttempts = 100,
): Promise<number> {
  const { status } = Aerospike;
  const writeIfUnchanged = new Aerospike.WritePolicy({
    gen: Aerospike.policy.gen.EQ,
  });
  const createOnly = new Aerospike.WritePolicy({
    exists: Aerospike.policy.exists.CREATE,
  });

  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    try {
      const record = await client.get<Record<string, number>>(key);
      const next = (record.bins[binName] ?? 0) + 1;
      await client.put(
        key,
        { [binName]: next },
        { gen: record.gen },
        writeIfUnchanged,
      );
      return next;
    } catch (error) {
      if (!(error instanceof Aerospike.AerospikeError)) throw error;
      if (error.code === status.ERR_RECORD_GENERATION) {
        // Another writer won the race. Wait a random moment, growing with each
        // loss, so that contending writers spread out, then read again.
        const delayMs = Math.random() * Math.min(20, 2 ** attempt);
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        continue;
      }
      if (error.code !== status.ERR_RECORD_NOT_FOUND) throw error;
      // No record yet: create it, unless another writer creates it first.
      try {
        await client.put(key, { [binName]: 1 }, null, createOnly);
        return 1;
      } catch (createError) {
        if (
          createError instanceof Aerospike.AerospikeError &&
          createError.code === status.ERR_RECORD_EXISTS
        )
          continue;
        throw createError;
      }
    }
  }
  throw new Error(
    `incrementCounter: gave up after ${maxAttempts} conflicting attempts`,
  );
}
// #endregion cas-increment
