/**
 * The reusable helpers behind the error-handling guide. Every snippet in the
 * guide uses only the `aerospike` package; these are the same patterns,
 * importable as functions.
 *
 * @packageDocumentation
 */
export { clientConfigFromEnv, DEFAULT_HOSTS, NAMESPACE } from './shared/config';
export { isAerospikeError, statusName, type StatusCode } from './shared/errors';
export { describeError } from './overview/narrowing';
export { isTransient, withRetry, type RetryOptions } from './retry/retry';
export { getProfile, type Profile } from './specific-first/specific-first';
export { incrementCounter } from './optimistic-locking/optimistic-locking';
export { createIfAbsent, createOnce, upsert } from './create-only/create-only';
export {
  createMany,
  readMany,
  type BatchCreateOutcome,
  type BatchReadOutcome,
  type KeyFailure,
} from './batch/batch';
export { withAerospike } from './connection-lifecycle/connection';
export {
  configWithTimeouts,
  getWithin,
  writeOnce,
  type WriteOutcome,
} from './timeouts/timeouts';
export {
  findUser,
  findUserCallback,
  findUsers,
  type UserLookup,
} from './async/async-patterns';
export {
  checkBinNames,
  MAX_BIN_NAME_BYTES,
  userKey,
} from './bad-input/bad-input';
export { eachRecord } from './scans/stream';
export { scanInPages, type PageOptions, type ScanState } from './scans/pages';
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
