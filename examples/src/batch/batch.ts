// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region batch-read

/** A batch read's results, sorted by each key's own status. */
export interface BatchReadOutcome {
  /** Records that were read (status OK). */
  found: Aerospike.AerospikeRecord[];
  /** Keys with no record (ERR_RECORD_NOT_FOUND). */
  missing: Aerospike.Key[];
  /** Keys that failed for another reason, with the code. */
  failed: KeyFailure[];
}

/** A key whose part of a batch failed, and the result code it failed with. */
export interface KeyFailure {
  /** The key. */
  key: Aerospike.Key;
  /** Its result code (a value of Aerospike.status). */
  code: number;
}

/** Reads many keys at once and sorts each key's result by its own status. */
export async function readMany(
  client: Aerospike.Client,
  keys: Aerospike.Key[],
): Promise<BatchReadOutcome> {
  const results = await client.batchRead(
    keys.map((key) => ({ key, readAllBins: true })),
  );
  const outcome: BatchReadOutcome = { found: [], missing: [], failed: [] };
  results.forEach((result, i) => {
    const key = keys[i]!; // results come back in the order of the request
    switch (result.status) {
      case Aerospike.status.OK:
        outcome.found.push(result.record);
        break;
      case Aerospike.status.ERR_RECORD_NOT_FOUND:
        outcome.missing.push(key);
        break;
      default:
        outcome.failed.push({ key, code: Number(result.status) });
    }
  });
  return outcome;
}
// #endregion batch-read

// #region batch-create
/** A create-only batch write's results, sorted by each record's status. */
export interface BatchCreateOutcome {
  /** How many records were created. */
  created: number;
  /** Keys whose record already existed (ERR_RECORD_EXISTS). */
  existed: Aerospike.Key[];
  /**
   * Maybe created by this call: in doubt (the client sent the batch more than
   * once), or timed out on the server, which can time out waiting for a
   * replica after it applied the write. Read them back before you act.
   */
  inDoubt: Aerospike.Key[];
  /** Keys that failed for another reason, with the code. */
  failed: KeyFailure[];
}

/**
 * Creates many records in one batch, create-only. A batch write does not fail
 * as a whole when some records fail: each result carries its own status.
 */
export async function createMany(
  client: Aerospike.Client,
  entries: { key: Aerospike.Key; bins: Aerospike.AerospikeBins }[],
  policy?: Aerospike.BatchPolicy,
): Promise<BatchCreateOutcome> {
  const { status } = Aerospike;
  const createOnly = new Aerospike.BatchWritePolicy({
    exists: Aerospike.policy.exists.CREATE,
  });
  const results = await client.batchWrite(
    entries.map(({ key, bins }) => ({
      type: Aerospike.batchType.BATCH_WRITE,
      key,
      ops: Object.entries(bins).map(([name, value]) =>
        Aerospike.operations.write(name, value),
      ),
      policy: createOnly,
    })),
    policy,
  );
  const outcome: BatchCreateOutcome = {
    created: 0,
    existed: [],
    inDoubt: [],
    failed: [],
  };
  results.forEach((result, i) => {
    const key = entries[i]!.key;
    // Check inDoubt first: the code is only the last attempt's answer.
    if (result.status === status.OK) outcome.created += 1;
    else if (result.inDoubt || result.status === status.ERR_TIMEOUT)
      outcome.inDoubt.push(key);
    else if (result.status === status.ERR_RECORD_EXISTS)
      outcome.existed.push(key);
    else outcome.failed.push({ key, code: Number(result.status) });
  });
  return outcome;
}
// #endregion batch-create
