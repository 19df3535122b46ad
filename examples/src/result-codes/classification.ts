import * as Aerospike from 'aerospike';

/** A constant name in `Aerospike.status`, without the `AEROSPIKE_` twin. */
export type StatusName = Exclude<
  keyof typeof Aerospike.status,
  `AEROSPIKE_${string}` | 'getMessage'
>;

/** Every number `Aerospike.status` defines, as a union of literals. */
export type ResultCode = (typeof Aerospike.status)[StatusName];

/**
 * Who reports the code: the server answers with it, the client raises it
 * itself, or both (9 is usually the client's own timer; servers send it too).
 */
export type Origin = 'client' | 'server' | 'both';

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
  | 'no-trigger'
  | 'obsolete';

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
  /**
   * True if a write that failed with this code may still have been applied,
   * although the client sent it once. A write the client sent more than once
   * (maxRetries above 0) may have been applied whatever the code: its error
   * then has `inDoubt` set. Trust `error.inDoubt`, not this column.
   */
  mayHaveApplied: boolean;
  /** What the code means and when it typically happens, in plain words. */
  meaning: string;
  /** The recommended handling, in one sentence. */
  handling: string;
  /** The guide page that deals with it. */
  guide: GuidePage;
  /** Other guide pages that deal with one of its causes. */
  also?: readonly GuidePage[];
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
      'configuration file also controls them. This client logs a warning ' +
      'and drops the error: it never reaches your code.',
    handling: 'Manage metrics in one place: the code or the config file.',
    guide: SPECIFIC,
    notLive: 'internal',
  },
  [-19]: {
    origin: 'client',
    category: 'transactions',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'commit() was called on a transaction that was already aborted. ' +
      'Nothing was committed. commit() throws it at once, even when given ' +
      'a callback.',
    handling:
      'A bug in the calling code: commit or abort each transaction once.',
    guide: SPECIFIC,
    also: ['error-handling/async'],
  },
  [-18]: {
    origin: 'client',
    category: 'transactions',
    retry: 'no',
    mayHaveApplied: true,
    meaning:
      'abort() was called on a transaction that was already committed; ' +
      'its writes stay. abort() throws it at once, even when given a ' +
      'callback.',
    handling:
      'A bug in the calling code: commit or abort each transaction once.',
    guide: SPECIFIC,
    also: ['error-handling/async'],
  },
  [-17]: {
    origin: 'client',
    category: 'transactions',
    retry: { onlyIf: 'the whole transaction is run again from the start' },
    mayHaveApplied: false,
    meaning:
      'At commit, a record the transaction had read was found changed by ' +
      'someone else, so the client rolled the transaction back: nothing ' +
      'was committed.',
    handling:
      'Run the whole transaction again. A commit that fails with another ' +
      'code and inDoubt set may have been applied: read the records ' +
      'first.',
    guide: SPECIFIC,
    notLive: 'strong-consistency',
  },
  [-16]: {
    origin: 'client',
    category: 'batch',
    retry: { onlyIf: 'nodes that own the keys are up again' },
    mayHaveApplied: false,
    meaning:
      'The client could not send the batch to any node (every key names ' +
      'an unknown namespace, or no node is up), so the call rejected as a ' +
      'whole. When at least one key was sent, the call resolves instead, ' +
      'with a status per record.',
    handling:
      'Check the namespaces and the cluster; keys that were sent have ' +
      'their own status.',
    guide: 'error-handling/batch',
  },
  [-15]: {
    origin: 'client',
    category: 'batch',
    retry: { onlyIf: 'only the keys that got no answer are sent again' },
    mayHaveApplied: true,
    meaning:
      'The status of one record in a batch result when the client got no ' +
      'answer for that key. It never rejects a command by itself.',
    handling:
      'Send the keys that got no answer again; check writes before ' +
      'repeating them.',
    guide: 'error-handling/batch',
    notLive: 'no-trigger',
  },
  [-14]: {
    origin: 'client',
    category: 'capacity',
    retry: { onlyIf: 'after a backoff that outlasts the error window' },
    mayHaveApplied: false,
    meaning:
      "The client's circuit breaker: a node produced more connection " +
      'errors, timeouts and device-overload errors than maxErrorRate ' +
      'within errorRateWindow tend intervals, so the client fails its ' +
      'commands at once (after trying another node, if the policy ' +
      'retries) until the window ends.',
    handling:
      'Back off for longer than the error window and reduce load; the ' +
      'node is already failing.',
    guide: 'error-handling/node-failure',
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
    meaning:
      'Defined, but never returned by this client: when its retries run ' +
      'out, you get the error of the last attempt.',
    handling: 'Handle the code the client reports instead, usually 9 or -6.',
    guide: RETRY,
    notLive: 'other-code',
    seeAlso: 9,
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
    guide: 'error-handling/concurrency',
  },
  [-10]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: true,
    meaning:
      "A connection failed in the client's synchronous code: connect() to " +
      'seeds that refuse or time out, info(), truncate, index and UDF ' +
      'management, and the batchGet-style batch calls. Single-record ' +
      'commands report -6 instead.',
    handling: 'At startup check hosts and ports; later, retry with backoff.',
    guide: 'error-handling/connection-lifecycle',
  },
  [-9]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'TLS failed (certificate, TLS name or protocol version) in the ' +
      "client's synchronous code: connect, cluster tending, info. A " +
      'command whose connection fails TLS reports -6.',
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
      "The client knows no live node for the key's partition. With the " +
      'default replica policy this happens when every node that holds the ' +
      'partition is gone, for example the whole cluster is down; with ' +
      'replica MASTER also for a moment after the master dies.',
    handling: 'Retry with backoff; if it lasts, the nodes are gone: alert.',
    guide: 'error-handling/reconnection',
  },
  [-7]: {
    origin: 'client',
    category: 'capacity',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'Every connection the client may open to the node (maxConnsPerNode) ' +
      'is in use, so the command was not sent: too many commands are in ' +
      'flight at once.',
    handling:
      'Bound how many commands run at once, or read with a batch; retry ' +
      'after a pause.',
    guide: 'error-handling/concurrency',
  },
  [-6]: {
    origin: 'client',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: true,
    meaning:
      'The connection broke, or could not be opened, while the command ' +
      'was running: the usual connection error of single-record commands.',
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
    meaning:
      'A host name could not be resolved. info() to such a host reports ' +
      'it; connect() does not: when no seed name resolves, it fails with ' +
      '-1.',
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
      'A generic client error: a command on a client that is closed or ' +
      'not connected, a connect() in which no seed host name resolved, or ' +
      'a Lua file that udfRegister() cannot open.',
    handling:
      'Read the message: usually a lifecycle bug or a configuration ' +
      'error.',
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
    origin: 'both',
    category: 'internal',
    retry: { onlyIf: 'the server log shows a passing cause' },
    mayHaveApplied: true,
    meaning:
      'A server error with no more specific code. The client also reports ' +
      'it for a command it cannot send because it knows no node at all.',
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
      'The record does not exist: a read, remove(), operate() or touch of ' +
      'a missing key, or an update-only write.',
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
    meaning:
      'A create-only write found the record already there. After a ' +
      "retried create (the client's or yours), that record may be your " +
      'own first attempt.',
    handling:
      'Skip it or treat it as a conflict; the default upsert never ' +
      'returns it.',
    guide: 'error-handling/create-only',
  },
  6: {
    origin: 'server',
    category: 'generation-exists',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'A write with CREATE_ONLY semantics (an expression write, or a bit ' +
      'or HyperLogLog operation with that flag) found the bin already ' +
      'there.',
    handling: 'Treat as a conflict, or drop the flag if overwriting is fine.',
    guide: 'error-handling/create-only',
  },
  7: {
    origin: 'both',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'The cluster was migrating data during a scan or query run with ' +
      'failOnClusterChange; the client checks this itself.',
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
    origin: 'both',
    category: 'timeout',
    retry: 'yes',
    mayHaveApplied: true,
    meaning:
      "No answer in time: usually the client's own timer (socketTimeout " +
      "or totalTimeout), sometimes the server's. A busy event loop in " +
      'your own process makes commands time out too.',
    handling: 'Retry with backoff; check inDoubt before repeating a write.',
    guide: 'error-handling/timeouts',
    also: ['error-handling/event-loop'],
  },
  10: {
    origin: 'server',
    category: 'xdr',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'Not sent by current servers: server 5.0 retired it, and a write an ' +
      'XDR filter refuses now fails with 22.',
    handling: 'Nothing to handle with servers 5.0 and later.',
    guide: SPECIFIC,
    notLive: 'obsolete',
  },
  11: {
    origin: 'both',
    category: 'network-cluster',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'The node that got the command cannot serve the partition. In an AP ' +
      'namespace (the default) it is a node that has just started and not ' +
      'yet joined its cluster, or one cut off from it, which is also what ' +
      'the nodes left become when their cluster falls below ' +
      'min-cluster-size; in a strong-consistency namespace, the partition ' +
      'is unavailable.',
    handling: 'Retry with backoff; if it lasts, the cluster needs repair.',
    guide: 'error-handling/node-failure',
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
    meaning:
      'A scan or query was aborted on the server, for example by an ' +
      'operator with query-abort. Since server 6.0 this code covers ' +
      'queries too.',
    handling: 'Find out who aborted it before running it again.',
    guide: SPECIFIC,
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
  17: {
    origin: 'server',
    category: 'record',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'A write with UPDATE_ONLY semantics (an expression write, or a bit ' +
      'or HyperLogLog operation with that flag) found no such bin.',
    handling: 'Create the bin first, or drop the flag.',
    guide: 'error-handling/create-only',
  },
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
  20: {
    origin: 'both',
    category: 'request',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'The namespace is unknown. Usually the client answers this itself ' +
      'from its partition map, before anything is sent; the server sends ' +
      'it too.',
    handling: 'A configuration error: fix the namespace name.',
    guide: BAD_INPUT,
  },
  21: {
    ...rejected(
      'request',
      'A bin name is too long, or the namespace ran out of bin names.',
      'Use shorter or fewer distinct bin names.',
    ),
    notLive: 'client-prevents',
  },
  22: {
    origin: 'server',
    category: 'request',
    retry: {
      onlyIf:
        'the message names a passing cause, such as a truncate in progress',
    },
    mayHaveApplied: false,
    meaning:
      'The server refuses the write right now. Some causes last until the ' +
      'configuration changes (a TTL while nsup-period is 0, an XDR ' +
      'filter); others pass (a truncate in progress, a set at its ' +
      'stop-writes limit, clock-skew stop-writes).',
    handling:
      'Read the message: fix the configuration, or retry later if the ' +
      'cause passes.',
    guide: BAD_INPUT,
  },
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
  62: {
    origin: 'server',
    category: 'security',
    retry: 'no',
    mayHaveApplied: false,
    meaning: 'The password is wrong or invalid.',
    handling: 'Fix the credentials.',
    guide: 'error-handling/connection-lifecycle',
    notLive: 'security',
  },
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
  126: {
    origin: 'server',
    category: 'transactions',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'The write was sent with onLockingOnly, and this transaction had ' +
      'already locked (written) the record, so this attempt did nothing.',
    handling:
      'Expected when you retry a write inside a transaction with ' +
      'onLockingOnly: an earlier attempt wrote it; go on with the ' +
      'transaction.',
    guide: SPECIFIC,
    notLive: 'strong-consistency',
  },
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
  201: {
    origin: 'server',
    category: 'query-index',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'A query used a bin or index name that has no secondary index. ' +
      '(Dropping an index that does not exist is not an error.)',
    handling: 'Create the index first; creation is asynchronous, wait for it.',
    guide: SPECIFIC,
  },
  202: {
    origin: 'server',
    category: 'capacity',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'Never sent by current servers (their source marks it unused): ' +
      'meant for a secondary index out of memory.',
    handling: 'Nothing to handle with current servers.',
    guide: SPECIFIC,
    notLive: 'obsolete',
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
    origin: 'server',
    category: 'query-index',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'Never sent by current servers (their source marks it unused): a ' +
      'generic secondary index error.',
    handling: 'Nothing to handle with current servers.',
    guide: SPECIFIC,
    notLive: 'obsolete',
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
    meaning:
      'An aborted query, as servers before 6.0 reported it; current ' +
      'servers end an aborted query with 15.',
    handling: 'Handle 15 instead.',
    guide: SPECIFIC,
    notLive: 'other-code',
    seeAlso: 15,
  },
  211: {
    origin: 'server',
    category: 'query-index',
    retry: 'yes',
    mayHaveApplied: false,
    meaning:
      'Not sent by current servers: server 6.0 removed it. It meant the ' +
      'query queue was full.',
    handling: 'Nothing to handle with servers 6.0 and later.',
    guide: SPECIFIC,
    notLive: 'obsolete',
  },
  212: {
    origin: 'server',
    category: 'timeout',
    retry: 'yes',
    mayHaveApplied: true,
    meaning:
      'Not sent by current servers: server 6.0 removed it. It meant a ' +
      'query timed out on the server.',
    handling:
      'Nothing to handle with servers 6.0 and later; a query timeout is ' +
      '9.',
    guide: 'error-handling/timeouts',
    notLive: 'obsolete',
  },
  213: {
    origin: 'server',
    category: 'query-index',
    retry: 'no',
    mayHaveApplied: false,
    meaning:
      'Not sent by current servers: server 6.0 removed it. It was a ' +
      'generic query error.',
    handling: 'Nothing to handle with servers 6.0 and later.',
    guide: SPECIFIC,
    notLive: 'obsolete',
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
