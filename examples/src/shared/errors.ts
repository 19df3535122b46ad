import * as Aerospike from 'aerospike';

/** Any value of `Aerospike.status` (the numeric result codes). */
export type StatusCode = Aerospike.AerospikeError['code'];

/**
 * Narrows the `unknown` of a `catch` clause to an `AerospikeError`, optionally
 * with one of the given result codes.
 *
 * The guide's "What an error is here" section shows the same narrowing with the
 * client API alone.
 *
 * @param error - Whatever was thrown.
 * @param codes - Result codes to accept; with none, any `AerospikeError`
 * matches.
 */
export function isAerospikeError(
  error: unknown,
  ...codes: StatusCode[]
): error is Aerospike.AerospikeError {
  if (!(error instanceof Aerospike.AerospikeError)) return false;
  return codes.length === 0 || codes.includes(error.code);
}

/**
 * The constant name of a result code, e.g. `ERR_RECORD_NOT_FOUND` for 2 (first
 * name if several).
 */
export function statusName(code: number): string {
  const names = Object.entries(Aerospike.status).filter(
    ([name, value]) => value === code && !name.startsWith('AEROSPIKE_'),
  );
  return names[0]?.[0] ?? `UNKNOWN_${code}`;
}
