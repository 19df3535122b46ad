// #region exactly-once
import * as Aerospike from 'aerospike';
import { isTransient } from '../retry/retry';
import { backoff } from './backoff';

/** A counter that remembers which increments it has applied. */
export type CounterBins = {
  count: number;
  /**
   * Per writer: the sequence number of its last applied increment, and when
   * it was applied (ms since the epoch).
   */
  applied: Record<string, { seq: number; at: number }>;
};

/** Who sends an increment, and its number among that writer's increments. */
export interface OperationId {
  writer: string;
  seq: number;
}

/**
 * Adds 1 to the counter at `key` exactly once, however often the call has
 * to retry. The operation id is written in the same record, in the same
 * check-and-set write, as the new count, and is checked before applying.
 * Returns whether this call applied it or found it applied already.
 *
 * Writers last applied longer than `retainMs` ago are dropped from the
 * record as it is written, so that it does not grow toward the record size
 * limit (code 13); keep `retainMs` longer than anyone may retry an increment.
 */
export async function incrementExactlyOnce(
  client: Aerospike.Client,
  key: Aerospike.Key,
  op: OperationId,
  { maxAttempts = 200, retainMs = 24 * 60 * 60 * 1000 } = {},
): Promise<'applied' | 'already-applied'> {
  const { status } = Aerospike;
  const writeIfUnchanged = new Aerospike.WritePolicy({
    gen: Aerospike.policy.gen.EQ,
  });
  const createOnly = new Aerospike.WritePolicy({
    exists: Aerospike.policy.exists.CREATE,
  });

  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    try {
      const current = await readCounter(client, key);
      const applied = current?.bins.applied ?? {};
      // An earlier attempt whose answer was lost may have been applied.
      if ((applied[op.writer]?.seq ?? 0) >= op.seq) return 'already-applied';
      const now = Date.now();
      const recent = Object.entries(applied).filter(
        ([, last]) => now - last.at < retainMs,
      );
      const next: CounterBins = {
        count: (current?.bins.count ?? 0) + 1,
        applied: {
          ...Object.fromEntries(recent),
          [op.writer]: { seq: op.seq, at: now },
        },
      };
      if (current) {
        // Only if nobody wrote since the read, this attempt's earlier
        // tries included: their generation is older.
        await client.put(key, next, { gen: current.gen }, writeIfUnchanged);
      } else {
        await client.put(key, next, null, createOnly);
      }
      return 'applied';
    } catch (error) {
      const lostRace =
        error instanceof Aerospike.AerospikeError &&
        (error.code === status.ERR_RECORD_GENERATION ||
          error.code === status.ERR_RECORD_EXISTS);
      // After a timeout the write is in doubt: read again and let the
      // operation id tell whether it was applied.
      if (!lostRace && !isTransient(error)) throw error;
      await backoff(attempt);
    }
  }
  throw new Error(
    `incrementExactlyOnce: ${op.writer}#${op.seq} gave up ` +
      `after ${maxAttempts} attempts`,
  );
}

/** The counter and its generation, or null when it does not exist yet. */
async function readCounter(
  client: Aerospike.Client,
  key: Aerospike.Key,
): Promise<Aerospike.AerospikeRecord<CounterBins> | null> {
  try {
    return await client.get<CounterBins>(key);
  } catch (error) {
    if (
      error instanceof Aerospike.AerospikeError &&
      error.code === Aerospike.status.ERR_RECORD_NOT_FOUND
    )
      return null;
    throw error;
  }
}
// #endregion exactly-once
