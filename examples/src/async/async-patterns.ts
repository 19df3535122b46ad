// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region await
/**
 * `await` turns a failed command into an exception at the `await`, caught like
 * any other.
 */
export async function findUser(
  client: Aerospike.Client,
  id: string,
): Promise<Aerospike.AerospikeBins | null> {
  try {
    const record = await client.get(new Aerospike.Key('test', 'users', id));
    return record.bins;
  } catch (error) {
    if (
      error instanceof Aerospike.AerospikeError &&
      error.code === Aerospike.status.ERR_RECORD_NOT_FOUND
    ) {
      return null;
    }
    throw error;
  }
}
// #endregion await

// #region callback
/**
 * The callback form: the error arrives as the first argument, never as an
 * exception.
 */
export function findUserCallback(
  client: Aerospike.Client,
  id: string,
  done: (error: Error | null, bins: Aerospike.AerospikeBins | null) => void,
): void {
  client.get(new Aerospike.Key('test', 'users', id), (error, record) => {
    if (error) {
      if (error.code === Aerospike.status.ERR_RECORD_NOT_FOUND)
        return done(null, null);
      return done(error, null);
    }
    done(null, record!.bins);
  });
}
// #endregion callback

// #region all-settled
/** One id's outcome in {@link findUsers}. */
export interface UserLookup {
  /** The id that was looked up. */
  id: string;
  /** Whether a record was read. */
  found: boolean;
  /** The record's bins, when found. */
  bins?: Aerospike.AerospikeBins;
  /** The result code, if the read failed for a reason other than not found. */
  errorCode?: number;
}

/**
 * Fans out one read per id and keeps every outcome: `Promise.all` would reject
 * on the first missing record and drop the others' results; `allSettled`
 * reports each one.
 */
export async function findUsers(
  client: Aerospike.Client,
  ids: string[],
): Promise<UserLookup[]> {
  const results = await Promise.allSettled(
    ids.map((id) => client.get(new Aerospike.Key('test', 'users', id))),
  );
  return ids.map((id, i): UserLookup => {
    const result = results[i]!;
    if (result.status === 'fulfilled') {
      return { id, found: true, bins: result.value.bins };
    }
    const error: unknown = result.reason;
    if (!(error instanceof Aerospike.AerospikeError)) throw error;
    if (error.code === Aerospike.status.ERR_RECORD_NOT_FOUND) {
      return { id, found: false };
    }
    return { id, found: false, errorCode: Number(error.code) };
  });
}
// #endregion all-settled
