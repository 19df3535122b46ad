import * as Aerospike from 'aerospike';

/** A constant name in `Aerospike.status`, without the `AEROSPIKE_` twin. */
export type StatusName = Exclude<
  keyof typeof Aerospike.status,
  `AEROSPIKE_${string}` | 'getMessage'
>;

/** Every number `Aerospike.status` defines, as a union of literals. */
export type ResultCode = (typeof Aerospike.status)[StatusName];

/** Who reports the code: the server answered with it, or the client. */
export type Origin = 'client' | 'server';

/** What the code is about; the reference page groups codes by it. */
export type Category =
  | 'record'
  | 'generation-exists'
  | 'request'
  | 'capacity'
  | 'timeout'
  | 'network-cluster'
  | 'batch'
  | 'query-index'
  | 'udf'
  | 'transactions'
  | 'security'
  | 'xdr'
  | 'enterprise'
  | 'internal';

/** Whether sending the same command again can succeed. */
export type Retry =
  | 'yes'
  | 'no'
  | {
      /** The condition under which a retry can succeed. */
      onlyIf: string;
    };

/**
 * Why no test here makes the code happen: the servers are one-node Community
 * Edition servers on loopback.
 */
export type NotLive =
  | 'enterprise'
  | 'security'
  | 'strong-consistency'
  | 'xdr'
  | 'internal'
  | 'cluster'
  | 'storage'
  | 'dns'
  | 'client-prevents'
  | 'other-code'
  | 'slow'
  | 'no-trigger';

/**
 * The guide page that handles a code: its path under /docs, without the file
 * extension (`error-handling/retry`). The pages are what docs/ holds; a gate
 * checks that every entry names one, in both locales.
 */
export type GuidePage = string;

/** How to treat one result code. */
export interface Classification {
  /** Client or server. */
  origin: Origin;
  /** The group it belongs to. */
  category: Category;
  /** Whether to send the command again. */
  retry: Retry;
  /** True if a write that failed with this code may still have been applied. */
  mayHaveApplied: boolean;
  /** What the code means and when it typically happens, in plain words. */
  meaning: string;
  /** The recommended handling, in one sentence. */
  handling: string;
  /** The guide page that deals with it. */
  guide: GuidePage;
  /** Set when no server here can produce it, with the reason. */
  notLive?: NotLive;
  /** The code this client reports instead, when `notLive` is `other-code`. */
  seeAlso?: ResultCode;
}

const SPECIFIC: GuidePage = 'error-handling/specific-first';
const BAD_INPUT: GuidePage = 'error-handling/bad-input';
const RETRY: GuidePage = 'error-handling/retry';

/** A security code: all need an Enterprise server with security enabled. */
function security(meaning: string, handling: string): Classification {
  return {
    origin: 'server',
    category: 'security',
    retry: 'no',
    mayHaveApplied: false,
    meaning,
    handling,
    guide: 'error-handling/connection-lifecycle',
    notLive: 'security',
  };
}

/** A transaction code the server sends; all need strong consistency. */
function transaction(
  meaning: string,
  handling: string,
  retry: Retry = 'no',
): Classification {
  return {
    origin: 'server',
    category: 'transactions',
    retry,
    mayHaveApplied: false,
    meaning,
    handling,
    guide: SPECIFIC,
    notLive: 'strong-consistency',
  };
}

/** A request the server rejected as wrong: a bug to fix, never a retry. */
function rejected(
  category: Category,
  meaning: string,
  handling: string,
  guide: GuidePage = BAD_INPUT,
): Classification {
  return {
    origin: 'server',
    category,
    retry: 'no',
    mayHaveApplied: false,
    meaning,
    handling,
    guide,
  };
}

/**
 * One entry per number in `Aerospike.status`. The type makes a missing or an
 * unknown code a compile error; a test checks the same at run time.
 */
export const CLASSIFICATION: { readonly [C in ResultCode]: Classification } = {
  [-20]: {
    origin: 'client',
    category: 'internal',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'Metrics were enabled or disabled in code while a dynamic client ' +
      'configuration file also controls them.',
    handling: 'Manage metrics in one place: the code or the config file.',
    guide: SPECIFIC,
    notLive: 'no-trigger',
  },
  [-19]: {
    origin: 'client',
    category: 'transactions',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'commit() was called on a transaction that was already aborted. ' +
      'Nothing was committed.',
    handling:
      'A bug in the calling code: commit or abort each transaction once.',
    guide: SPECIFIC,
  },
  [-18]: {
    origin: 'client',
    category: 'transactions',
    retry: 'no',
    mayHaveApplied: true,
    meaning:
      'abort() was called on a transaction that was already committed; ' +
      'its writes stay.',
    handling:
      'A bug in the calling code: commit or abort each transaction once.',
    guide: SPECIFIC,
  },
  [-17]: {
    origin: 'client',
    category: 'transactions',
    retry: { onlyIf: 'the whole transaction is run again from the start' },
    mayHaveApplied: true,
    meaning:
      'A transaction failed to commit; the error carries the step that ' +
      'failed and whether the outcome is known.',
    handling:
      'Check inDoubt: if false, rerun the transaction; if true, read the ' +
      'records before deciding.',
    guide: SPECIFIC,
    notLive: 'strong-consistency',
  },
  [-16]: {
    origin: 'client',
    category: 'batch',
    retry: { onlyIf: 'only the failed keys are sent again' },
    mayHaveApplied: true,
    meaning:
      'One or more keys of a batch failed while others may have succeeded.',
    handling: 'Inspect each record result and retry only the failed keys.',
    guide: 'error-handling/batch',
    notLive: 'no-trigger',
  },
  [-15]: {
    origin: 'client',
    category: 'timeout',
    retry: 'yes',
    mayHaveApplied: true,
    meaning: 'The command was sent but no response came back from the server.',
    handling: 'Treat like a timeout: retry idempotent commands, verify writes.',
    guide: 'error-handling/timeouts',
    notLive: 'no-trigger',
  },
  [-14]: {
    origin: 'client',
    category: 'capacity',
    retry: { onlyIf: 'after backing off until the error window ends' },
    mayHaveApplied: false,
    meaning:
      'The client stopped sending to a node that produced more errors than ' +
      'maxErrorRate in the current window (a circuit breaker).',
    handling: 'Back off and reduce load; the node is already failing.',
    guide: RETRY,
    notLive: 'no-trigger',
  },
  [-13]: {
    origin: 'client',
    category: 'internal',
    retry: 'no',
    mayHaveApplied: false,
    meaning: "A signal inside the client's batch retry logic.",
    handling: 'Never reaches your code; if it does, report a client bug.',
    guide: SPECIFIC,
    notLive: 'internal',
  },
  [-12]: {
    origin: 'client',
    category: 'timeout',
    retry: 'yes',
    mayHaveApplied: true,
    meaning: 'The client gave up after its configured number of retries.',
    handling: 'Retry later with backoff; a write may be in doubt.',
    guide: RETRY,
    notLive: 'other-code',
    seeAlso: -6,
  },
  [-11]: {
    origin: 'client',
    category: 'capacity',
    retry: { onlyIf: 'after the burst has drained' },
    mayHaveApplied: false,
    meaning:
      'The global command queue (maxCommandsInQueue) is full; the command ' +
      'was never sent.',
    handling: 'Limit concurrency in the application, or raise the queue size.',
    guide: 'error-handling/async',
  },
  [-10]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: true,
    meaning:
      'The client could not connect: wrong host or port, server down, or ' +
      'the network in between.',
    handling: 'At startup check hosts and ports; during traffic retry.',
    guide: 'error-handling/connection-lifecycle',
  },
  [-9]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'TLS failed: certificate, TLS name or protocol version does not match.',
    handling: 'Fix the TLS configuration; retrying gives the same result.',
    guide: 'error-handling/connection-lifecycle',
    notLive: 'enterprise',
  },
  [-8]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'No node owns the partition right now, usually while a node leaves ' +
      'or joins the cluster.',
    handling: 'Retry with backoff; persistent, it means nodes are missing.',
    guide: RETRY,
    notLive: 'cluster',
  },
  [-7]: {
    origin: 'client',
    category: 'capacity',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'Every connection to the node (maxConnsPerNode) is busy; the command ' +
      'was not sent.',
    handling: 'Retry after a pause, and limit how many commands run at once.',
    guide: RETRY,
  },
  [-6]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: true,
    meaning:
      'The connection broke or could not be opened while the command was ' +
      'running.',
    handling: 'Retry with backoff; check inDoubt before repeating a write.',
    guide: RETRY,
  },
  [-5]: {
    origin: 'client',
    category: 'query-index',
    retry: 'no',
    mayHaveApplied: false,
    meaning: "A scan or query was stopped by the application's own callback.",
    handling: 'Expected after you stop a stream; nothing to handle.',
    guide: SPECIFIC,
    notLive: 'internal',
  },
  [-4]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'A host name in the configuration could not be resolved by DNS.',
    handling: 'Fix the host name or the DNS setup.',
    guide: 'error-handling/connection-lifecycle',
    notLive: 'dns',
  },
  [-3]: {
    origin: 'client',
    category: 'internal',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'Marks the end of a record stream inside the client.',
    handling: 'Never reaches your code; if it does, report a client bug.',
    guide: SPECIFIC,
    notLive: 'internal',
  },
  [-2]: {
    origin: 'client',
    category: 'request',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'The client rejected an argument before sending, e.g. a bin name ' +
      'over 15 bytes.',
    handling: 'Fix the call; validate input at the edge of your service.',
    guide: BAD_INPUT,
  },
  [-1]: {
    origin: 'client',
    category: 'request',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'A generic client error, e.g. a command on a client that is not ' +
      'connected or already closed.',
    handling: 'Read the message: usually a lifecycle bug in the calling code.',
    guide: 'error-handling/connection-lifecycle',
  },
  0: {
    origin: 'server',
    category: 'record',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'Success. Operations that succeed resolve; they never throw it.',
    handling: 'Nothing to handle.',
    guide: SPECIFIC,
  },
  1: {
    origin: 'server',
    category: 'internal',
    retry: { onlyIf: 'the server log shows a passing cause' },
    mayHaveApplied: true,
    meaning: 'A server error with no more specific code.',
    handling: 'Log it with the message and check the server log.',
    guide: SPECIFIC,
    notLive: 'no-trigger',
  },
  2: {
    origin: 'server',
    category: 'record',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'The record does not exist: a read of a missing key, or an update-only ' +
      'write.',
    handling: 'Usually a normal outcome: return a default value or null.',
    guide: SPECIFIC,
  },
  3: {
    origin: 'server',
    category: 'generation-exists',
    retry: { onlyIf: 'you read the record again first' },
    mayHaveApplied: false,
    meaning:
      'A write with a generation check found that another writer changed ' +
      'the record since you read it.',
    handling: 'Read again, reapply the change, write again (check-and-set).',
    guide: 'error-handling/optimistic-locking',
  },
  4: rejected(
    'request',
    'The server found a field of the request invalid, e.g. a list ' +
      'increment on a string element or an over-long index name.',
    'Fix the operation or its arguments; the request will never succeed.',
  ),
  5: {
    origin: 'server',
    category: 'generation-exists',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'A create-only write found the record already there.',
    handling:
      'Skip it or treat it as a conflict; the default upsert never ' +
      'returns it.',
    guide: 'error-handling/create-only',
  },
  6: rejected(
    'generation-exists',
    'An expression write with the CREATE_ONLY flag found the bin already ' +
      'set.',
    'Treat as a conflict, or drop the flag if overwriting is fine.',
    'error-handling/create-only',
  ),
  7: {
    origin: 'server',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'The cluster changed during a scan or query that asked to fail on ' +
      'cluster change.',
    handling: 'Run the scan or query again once the cluster is stable.',
    guide: RETRY,
    notLive: 'cluster',
  },
  8: {
    origin: 'server',
    category: 'capacity',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'The namespace hit stop-writes: memory or storage used is over its ' +
      'limit, so writes are refused.',
    handling: 'Alert operators: free space, add capacity or shorten TTLs.',
    guide: SPECIFIC,
  },
  9: {
    origin: 'server',
    category: 'timeout',
    retry: 'yes',
    mayHaveApplied: true,
    meaning:
      'No answer within the timeout: from the client (socket or total ' +
      'timeout) or the server.',
    handling: 'Retry with backoff; check inDoubt before repeating a write.',
    guide: 'error-handling/timeouts',
  },
  10: {
    origin: 'server',
    category: 'xdr',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      "The server's XDR settings forbid this write in the current " +
      'configuration.',
    handling: 'Do not retry; the configuration has to change first.',
    guide: SPECIFIC,
    notLive: 'xdr',
  },
  11: {
    origin: 'server',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'The partition is unavailable, typically in a strong-consistency ' +
      'namespace while nodes are missing.',
    handling: 'Retry with backoff; persistent, the cluster needs repair.',
    guide: RETRY,
    notLive: 'strong-consistency',
  },
  12: rejected(
    'record',
    "The operation does not fit the bin's type, e.g. an increment on a " +
      'string or a map operation on a list.',
    'Bad data or a bug: do not retry; fix the data or the code.',
  ),
  13: rejected(
    'capacity',
    "The record is larger than the namespace's maximum record size.",
    'Split the data across records or store large blobs elsewhere.',
  ),
  14: {
    origin: 'server',
    category: 'capacity',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'Too many commands are waiting on the same record at once: a hot key.',
    handling: 'Back off and retry; if it persists, spread the load over keys.',
    guide: RETRY,
  },
  15: {
    origin: 'server',
    category: 'query-index',
    retry: 'no',
    mayHaveApplied: true,
    meaning: 'A scan was aborted on the server, e.g. by an operator.',
    handling: 'Find out who aborted it before running it again.',
    guide: SPECIFIC,
    notLive: 'no-trigger',
  },
  16: {
    ...rejected(
      'request',
      'The server does not support a feature the request uses, usually ' +
        'because the server is older than the client.',
      'Upgrade the server or avoid the feature.',
      SPECIFIC,
    ),
    notLive: 'no-trigger',
  },
  17: rejected(
    'record',
    'An expression write with the UPDATE_ONLY flag found no such bin.',
    'Create the bin first, or drop the flag.',
    'error-handling/create-only',
  ),
  18: {
    origin: 'server',
    category: 'capacity',
    retry: 'yes',
    mayHaveApplied: false,
    meaning: 'The storage device cannot keep up with the write load.',
    handling: 'Back off and retry; persistent, the cluster needs capacity.',
    guide: RETRY,
    notLive: 'storage',
  },
  19: {
    ...rejected(
      'record',
      'The key sent with the command does not match the key stored with the ' +
        'record (same digest).',
      'A bug or a digest collision: do not retry; check how keys are built.',
      SPECIFIC,
    ),
    notLive: 'client-prevents',
  },
  20: rejected(
    'request',
    'The cluster has no namespace of that name.',
    'A configuration error: fix the namespace name.',
  ),
  21: {
    ...rejected(
      'request',
      'A bin name is too long, or the namespace ran out of bin names.',
      'Use shorter or fewer distinct bin names.',
    ),
    notLive: 'client-prevents',
  },
  22: rejected(
    'request',
    'The server forbids the write now, e.g. a TTL on a namespace whose ' +
      'expiry thread is off (nsup-period 0).',
    'Fix the request or the namespace configuration; do not retry.',
  ),
  23: rejected(
    'generation-exists',
    'A map write with UPDATE_ONLY found no such map key.',
    'Expected with update-only semantics: create the key or skip it.',
    'error-handling/create-only',
  ),
  24: rejected(
    'generation-exists',
    'A map write with CREATE_ONLY found the map key already there.',
    'Expected with create-only semantics: treat it as a conflict.',
    'error-handling/create-only',
  ),
  25: rejected(
    'enterprise',
    'The request uses an Enterprise feature (durable delete, transactions, ' +
      '...) on a Community server.',
    'Drop the feature or run Enterprise Edition; retrying cannot help.',
    SPECIFIC,
  ),
  26: rejected(
    'record',
    "The operation cannot be applied to the bin's current value, e.g. a " +
      'list index out of range.',
    'Check the value first, or use a policy flag that tolerates it.',
  ),
  27: {
    origin: 'server',
    category: 'record',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'The filter expression was false for the record, so nothing was done.',
    handling: 'Expected when you filter: treat it as "condition not met".',
    guide: SPECIFIC,
  },
  28: {
    origin: 'server',
    category: 'xdr',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'The write lost a conflict with a newer write shipped by XDR.',
    handling: "Read the record again; the other datacenter's write won.",
    guide: SPECIFIC,
    notLive: 'xdr',
  },
  32: {
    origin: 'server',
    category: 'xdr',
    retry: 'yes',
    mayHaveApplied: false,
    meaning: 'The write must wait until XDR has shipped the record.',
    handling: 'Retry with backoff.',
    guide: RETRY,
    notLive: 'xdr',
  },
  50: {
    origin: 'server',
    category: 'internal',
    retry: 'no',
    mayHaveApplied: false,
    meaning: "Marks the end of a query's records inside the client.",
    handling: 'Never reaches your code; if it does, report a client bug.',
    guide: SPECIFIC,
    notLive: 'internal',
  },
  51: {
    origin: 'server',
    category: 'security',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'A security command (users, roles) was sent to a server without ' +
      'security support: Community Edition.',
    handling: 'Do not manage users against this server.',
    guide: 'error-handling/connection-lifecycle',
  },
  52: {
    ...security(
      'A security command was sent to an Enterprise server whose security ' +
        'is not enabled.',
      'Enable security in the server configuration, or skip the command.',
    ),
    notLive: 'enterprise',
  },
  53: security(
    'The server does not support the authentication scheme requested.',
    'Use an authentication mode the server is configured for.',
  ),
  54: security(
    'The server does not recognise the security command.',
    'Check client and server versions.',
  ),
  55: security(
    'A field of the security command is invalid.',
    'Fix the arguments of the user or role command.',
  ),
  56: security(
    'The security protocol was not followed, e.g. a command out of order.',
    'Report it: the client should never do this.',
  ),
  60: security(
    'The user name is unknown or invalid.',
    'Check the configured user.',
  ),
  61: security(
    'A user of that name already exists.',
    'Treat as done, or pick another name.',
  ),
  62: security(
    'The password is wrong or invalid.',
    'Fix the credentials; repeating wrong passwords may lock the user out.',
  ),
  63: security(
    'The password has expired.',
    'Change the password, then reconnect.',
  ),
  64: security(
    'The new password is not allowed, e.g. it was used recently.',
    'Choose another password.',
  ),
  65: security(
    'The credential or session token is invalid.',
    'Log in again with valid credentials.',
  ),
  66: {
    ...security(
      'The login session has expired.',
      'The client logs in again by itself; retry the command.',
    ),
    retry: 'yes',
  },
  70: security('The role name is unknown or invalid.', 'Check the role name.'),
  71: security(
    'A role of that name already exists.',
    'Treat as done, or pick another name.',
  ),
  72: security(
    'A privilege in the request is unknown or invalid.',
    'Check the privilege code and its scope.',
  ),
  73: security(
    'The IP allowlist in the request is invalid.',
    'Fix the address list.',
  ),
  74: security(
    'Quotas were set on a server where quotas are not enabled.',
    'Enable quotas in the server configuration first.',
  ),
  75: security('A quota value is invalid.', 'Fix the quota value.'),
  80: security(
    'The connection is not authenticated.',
    'Configure a user and password for the client.',
  ),
  81: security(
    'The user lacks the role needed for this operation.',
    'Grant the role, or use a user that has it.',
  ),
  82: security(
    "The client's IP address is not in the user's allowlist.",
    'Add the address or connect from an allowed host.',
  ),
  83: {
    ...security(
      "The user's rate quota is exceeded.",
      'Back off and retry later, or raise the quota.',
    ),
    category: 'capacity',
    retry: { onlyIf: 'after backing off below the quota' },
  },
  100: rejected(
    'udf',
    'A Lua UDF failed: it raised an error, its module or function is not ' +
      'registered, or it does not compile.',
    'Read the message (it holds the Lua error) and fix the UDF or its call.',
    SPECIFIC,
  ),
  120: transaction(
    'The record is locked by another transaction.',
    'Abort and rerun the transaction after a backoff.',
    { onlyIf: 'the whole transaction is run again' },
  ),
  121: transaction(
    'A record read in the transaction was changed outside it before ' +
      'commit.',
    'Abort and rerun the transaction.',
    { onlyIf: 'the whole transaction is run again' },
  ),
  122: transaction(
    'The transaction passed its deadline without commit or abort.',
    'Rerun it with less work or a longer timeout.',
    { onlyIf: 'the whole transaction is run again' },
  ),
  123: transaction(
    'The transaction exceeded its limit of write commands (4096).',
    'Split the work into smaller transactions.',
  ),
  124: transaction(
    'The server already committed this transaction.',
    'Treat as done; a bug if you did not expect it.',
  ),
  125: transaction(
    'The server already aborted this transaction.',
    'Rerun the transaction from the start if it is still needed.',
  ),
  126: transaction(
    'The record was already locked by an earlier write in the same ' +
      'transaction.',
    'A bug in the calling code: write each record once, or serialise.',
  ),
  127: transaction(
    'The transaction already started; several threads wrote to it at once.',
    'Use a transaction from one flow of control only.',
  ),
  150: {
    ...rejected(
      'batch',
      'Batch commands are disabled on the server.',
      'Enable batch on the server, or send single-record commands.',
      'error-handling/batch',
    ),
    notLive: 'no-trigger',
  },
  151: {
    ...rejected(
      'batch',
      'The batch holds more keys than the server allows.',
      'Send smaller batches.',
      'error-handling/batch',
    ),
    notLive: 'no-trigger',
  },
  152: {
    origin: 'server',
    category: 'batch',
    retry: 'yes',
    mayHaveApplied: false,
    meaning: "All of the server's batch queues are full.",
    handling: 'Back off and retry; reduce concurrent batches.',
    guide: 'error-handling/batch',
    notLive: 'no-trigger',
  },
  160: rejected(
    'request',
    'A GeoJSON value or query region is invalid or unsupported.',
    'Validate GeoJSON before writing it.',
  ),
  200: rejected(
    'query-index',
    'An index of that name already exists with a different definition.',
    'Pick another name, or drop the old index first.',
    SPECIFIC,
  ),
  201: rejected(
    'query-index',
    'No secondary index matches: a query on an unindexed bin, or a drop of ' +
      'an unknown index.',
    'Create the index first; creation is asynchronous, wait for it.',
    SPECIFIC,
  ),
  202: {
    ...rejected(
      'query-index',
      'The secondary index ran out of memory.',
      'Operators must add memory or drop indexes.',
      SPECIFIC,
    ),
    category: 'capacity',
    notLive: 'no-trigger',
  },
  203: {
    origin: 'server',
    category: 'query-index',
    retry: { onlyIf: 'the index has finished building' },
    mayHaveApplied: false,
    meaning: 'The index cannot be read yet, e.g. while it is being built.',
    handling: 'Wait for the index build job to finish, then query.',
    guide: SPECIFIC,
    notLive: 'no-trigger',
  },
  204: {
    ...rejected(
      'query-index',
      'A secondary index error with no more specific code.',
      'Read the message and the server log.',
      SPECIFIC,
    ),
    notLive: 'no-trigger',
  },
  205: {
    ...rejected(
      'query-index',
      'The index name is too long.',
      'Use a shorter index name.',
      SPECIFIC,
    ),
    notLive: 'other-code',
    seeAlso: 4,
  },
  206: {
    ...rejected(
      'query-index',
      'The namespace already has the maximum number of secondary indexes.',
      'Drop unused indexes before creating more.',
      SPECIFIC,
    ),
    notLive: 'slow',
  },
  210: {
    origin: 'server',
    category: 'query-index',
    retry: 'no',
    mayHaveApplied: true,
    meaning: 'The query was aborted on the server, e.g. by an operator.',
    handling: 'Find out who aborted it before running it again.',
    guide: SPECIFIC,
    notLive: 'no-trigger',
  },
  211: {
    origin: 'server',
    category: 'query-index',
    retry: 'yes',
    mayHaveApplied: false,
    meaning: "The server's query queue is full.",
    handling: 'Back off and retry; run fewer queries at once.',
    guide: RETRY,
    notLive: 'no-trigger',
  },
  212: {
    origin: 'server',
    category: 'timeout',
    retry: 'yes',
    mayHaveApplied: true,
    meaning: 'A secondary index query timed out on the server.',
    handling: 'Retry, or narrow the query or raise its timeout.',
    guide: 'error-handling/timeouts',
    notLive: 'no-trigger',
  },
  213: {
    ...rejected(
      'query-index',
      'A query error with no more specific code.',
      'Read the message and the server log.',
      SPECIFIC,
    ),
    notLive: 'no-trigger',
  },
  1301: {
    origin: 'client',
    category: 'udf',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'The UDF function was not found.',
    handling: 'Register the module and check the function name.',
    guide: SPECIFIC,
    notLive: 'other-code',
    seeAlso: 100,
  },
  1302: {
    origin: 'client',
    category: 'udf',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'The Lua file to register was not found.',
    handling: 'Check the path passed to udfRegister().',
    guide: SPECIFIC,
    notLive: 'other-code',
    seeAlso: -1,
  },
};

/** The entry for `code`, or undefined for a number the client lacks. */
export function classify(code: number): Classification | undefined {
  return (CLASSIFICATION as Record<number, Classification>)[code];
}

/** The constant names of a code, e.g. two for 25; empty for an unknown one. */
export function namesOf(code: number): StatusName[] {
  return (Object.keys(Aerospike.status) as (keyof typeof Aerospike.status)[])
    .filter((name): name is StatusName => !name.startsWith('AEROSPIKE_'))
    .filter((name) => Aerospike.status[name] === code);
}

/** Every code of the table, in the order the reference page lists them. */
export function allCodes(): ResultCode[] {
  return Object.keys(CLASSIFICATION)
    .map(Number)
    .sort((a, b) => a - b) as ResultCode[];
}
