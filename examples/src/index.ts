/**
 * The reusable helpers behind the error-handling guide. Every snippet in the
 * guide uses only the `aerospike` package; these are the same patterns,
 * importable as functions.
 *
 * @packageDocumentation
 */
export { clientConfigFromEnv, DEFAULT_HOSTS, NAMESPACE } from './config';
export { isAerospikeError, statusName, type StatusCode } from './errors';
export { describeError } from './narrowing';
export { isTransient, withRetry, type RetryOptions } from './retry';
export { getProfile, type Profile } from './specific-first';
export { incrementCounter } from './optimistic-locking';
export { createIfAbsent, upsert } from './create-only';
export {
  createMany,
  readMany,
  type BatchCreateOutcome,
  type BatchReadOutcome,
  type KeyFailure,
} from './batch';
export { withAerospike } from './connection';
export {
  configWithTimeouts,
  getWithin,
  writeOnce,
  type WriteOutcome,
} from './timeouts';
export {
  findUser,
  findUserCallback,
  findUsers,
  type UserLookup,
} from './async-patterns';
export { checkBinNames, MAX_BIN_NAME_BYTES, userKey } from './bad-input';
export {
  allCodes,
  CLASSIFICATION,
  classify,
  namesOf,
  type Category,
  type Classification,
  type GuidePage,
  type NotLive,
  type Origin,
  type ResultCode,
  type Retry,
  type StatusName,
} from './result-codes/classification';
