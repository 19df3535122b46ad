/**
 * Where each result code comes from upstream, for the handbook: the places in the
 * client's, the C client's and the server's own source that set or send it (or,
 * for a code nothing sends, where it is defined), and the names other clients
 * give the same code. Every path and line was opened at the ref named; the refs
 * are the C client built into aerospike 6.7.1 (7.4.0), the server whose binary
 * the tests run (8.1.2.0), and the installed npm package.
 */
import type { ResultCode } from '../../../examples/src/result-codes/classification';

/** One place in an upstream repository. */
export interface SourceRef {
  /** `aerospike-server`, `aerospike-client-c`, or `aerospike (npm)`. */
  repo: string;
  /** The tag or commit read (the npm version for the package). */
  ref: string;
  path: string;
  line: number;
  /** What happens there, in a few words. */
  what: string;
}

/** A code's upstream sources and its names in other clients. */
export interface Upstream {
  /** Where the code is set or sent; its definition when nothing sends it. */
  source: readonly SourceRef[];
  /** The C client's enum name, e.g. `AEROSPIKE_ERR_RECORD_BUSY`. */
  cName: string;
  /** The Java client's `ResultCode` constant, e.g. `KEY_BUSY`. */
  javaName?: string;
  /** The Python client's `aerospike.exception` class, e.g. `RecordBusy`. */
  pythonName?: string;
}

const src = (repo: string, ref: string, path: string, line: number, what: string): SourceRef => ({
  repo,
  ref,
  path,
  line,
  what,
});

const S = 'aerospike-server';
const C = 'aerospike-client-c';
const N = 'aerospike (npm)';

export const UPSTREAM: { readonly [K in ResultCode]: Upstream } = {
  [-20]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_metrics.c',
        76,
        'aerospike_enable_metrics(): metrics disabled by dynamic config file',
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_metrics.c',
        100,
        'aerospike_disable_metrics(): metrics enabled by dynamic config file',
      ),
      src(
        N,
        '6.7.1',
        'src/main/commands/enable_metrics.cc',
        89,
        'Node logs a warning and resets the error (as_error_reset)',
      ),
      src(N, '6.7.1', 'src/main/commands/disable_metrics.cc', 44, 'same in disableMetrics'),
    ],
    cName: 'AEROSPIKE_METRICS_CONFLICT',
  },
  [-19]: {
    source: [
      src(
        N,
        '6.7.1',
        'lib/client.js',
        250,
        'Client#commit(): transaction state ABORTED -> throws synchronously, err.code = TXN_ALREADY_ABORTED',
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_txn.c',
        228,
        "aerospike_commit(): AS_TXN_STATE_ABORTED -> 'Transaction already aborted'",
      ),
    ],
    cName: 'AEROSPIKE_TXN_ALREADY_ABORTED',
    javaName: 'TXN_ALREADY_ABORTED',
    pythonName: 'TransactionAlreadyAborted',
  },
  [-18]: {
    source: [
      src(
        N,
        '6.7.1',
        'lib/client.js',
        229,
        'Client#abort(): transaction state COMMITTED -> throws synchronously, err.code = TXN_ALREADY_COMMITTED',
      ),
      src(C, '7.4.0', 'src/main/aerospike/aerospike_txn.c', 293, 'aerospike_abort(): AS_TXN_STATE_COMMITTED'),
    ],
    cName: 'AEROSPIKE_TXN_ALREADY_COMMITTED',
    javaName: 'TXN_ALREADY_COMMITTED',
    pythonName: 'TransactionAlreadyCommitted',
  },
  [-17]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_txn.c',
        169,
        "as_verify_and_commit(): verify returned BATCH_FAILED -> TXN_FAILED 'One or more read keys failed to verify'; the transaction is then rolled back",
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_txn.c',
        551,
        'async commit verify listener, same conversion',
      ),
    ],
    cName: 'AEROSPIKE_TXN_FAILED',
    javaName: 'TXN_FAILED',
    pythonName: 'TransactionFailed',
  },
  [-16]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_batch.c',
        306,
        "as_batch_complete_async(): some records had errors -> 'One or more batch sub-commands failed'",
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_batch.c',
        3778,
        "no key could be mapped to a node -> 'Batch failed' returned synchronously",
      ),
      src(
        N,
        '6.7.1',
        'src/main/async.cc',
        147,
        'async_batch_listener(): BATCH_FAILED with records -> resolves with per-record results',
      ),
      src(
        N,
        '6.7.1',
        'src/main/commands/batch_read_async.cc',
        68,
        'synchronous error from aerospike_batch_read_async() -> cmd->ErrorCallback() (rejects)',
      ),
    ],
    cName: 'AEROSPIKE_BATCH_FAILED',
    javaName: 'BATCH_FAILED',
    pythonName: 'BatchFailed',
  },
  [-15]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_batch.c',
        3232,
        'per-record result initialised to NO_RESPONSE before sending (legacy batch)',
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_batch.c',
        3736,
        'per-record result initialised to NO_RESPONSE (batch records)',
      ),
    ],
    cName: 'AEROSPIKE_NO_RESPONSE',
    javaName: 'NO_RESPONSE',
    pythonName: 'NoResponse',
  },
  [-14]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_event.c',
        654,
        "async: node over max_error_rate -> retry elsewhere first (line 649), else 'Max error rate exceeded'",
      ),
      src(C, '7.4.0', 'src/main/aerospike/as_command.c', 715, 'sync path, same check'),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_config.c',
        51,
        'defaults max_error_rate = 100, error_rate_window = 1 (line 52)',
      ),
    ],
    cName: 'AEROSPIKE_MAX_ERROR_RATE',
    javaName: 'MAX_ERROR_RATE',
    pythonName: 'MaxErrorRateExceeded',
  },
  [-13]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_batch.c',
        3923,
        'batch split retry returns USE_NORMAL_RETRY',
      ),
      src(C, '7.4.0', 'src/main/aerospike/as_command.c', 918, 'consumed by the retry logic'),
    ],
    cName: 'AEROSPIKE_USE_NORMAL_RETRY',
  },
  [-12]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_error.c',
        44,
        'appears only in the code-to-name table: CASE_ASSIGN(AEROSPIKE_ERR_MAX_RETRIES_EXCEEDED)',
      ),
    ],
    cName: 'AEROSPIKE_ERR_MAX_RETRIES_EXCEEDED',
    javaName: 'MAX_RETRIES_EXCEEDED',
    pythonName: 'MaxRetriesExceeded',
  },
  [-11]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_event.c',
        483,
        "as_event_command_execute(): delay queue full -> 'Async delay queue full: %u'",
      ),
      src(
        N,
        '6.7.1',
        'src/main/policy.cc',
        41,
        'maxCommandsInProcess / maxCommandsInQueue (Aerospike.setGlobalCommandQueuePolicy)',
      ),
    ],
    cName: 'AEROSPIKE_ERR_ASYNC_QUEUE_FULL',
    javaName: 'ASYNC_QUEUE_FULL',
  },
  [-10]: {
    source: [
      src(C, '7.4.0', 'src/main/aerospike/as_socket.c', 220, 'sync socket connect failed'),
      src(C, '7.4.0', 'src/main/aerospike/as_socket.c', 384, 'sync socket write error'),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_cluster.c',
        435,
        "connect(): 'Failed to connect' with the last seed connection status",
      ),
    ],
    cName: 'AEROSPIKE_ERR_CONNECTION',
    javaName: 'SERVER_NOT_AVAILABLE',
    pythonName: 'ConnectionError',
  },
  [-9]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_tls.c',
        96,
        'TLS context/handshake errors in the synchronous TLS code',
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_event_uv.c',
        778,
        'libuv backend (used by Node): async TLS failure is reported as ERR_ASYNC_CONNECTION, not -9',
      ),
    ],
    cName: 'AEROSPIKE_ERR_TLS_ERROR',
    pythonName: 'TLSError',
  },
  [-8]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_event.c',
        636,
        "async: as_partition_get_node() found no active node -> 'Node not found for partition %s'",
      ),
      src(C, '7.4.0', 'src/main/aerospike/as_command.c', 704, 'sync path, same'),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_partition_tracker.c',
        354,
        'queries/scans: no node for a partition',
      ),
    ],
    cName: 'AEROSPIKE_ERR_INVALID_NODE',
    javaName: 'INVALID_NODE_ERROR',
    pythonName: 'InvalidNodeError',
  },
  [-7]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_event.c',
        721,
        "async pool at async_max_conns_per_node (after as_event_command_retry at line 716) -> 'Max node/event loop %s async connections would be exceeded'",
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_node.c',
        705,
        "sync pools full -> 'Max node %s connections would be exceeded'",
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_config.c',
        45,
        'async_max_conns_per_node = 100 (Node: maxConnsPerNode)',
      ),
    ],
    cName: 'AEROSPIKE_ERR_NO_MORE_CONNECTIONS',
    javaName: 'NO_MORE_CONNECTIONS',
    pythonName: 'NoMoreConnectionsError',
  },
  [-6]: {
    source: [
      src(C, '7.4.0', 'src/main/aerospike/as_event_uv.c', 305, 'libuv: socket read failed'),
      src(C, '7.4.0', 'src/main/aerospike/as_event_uv.c', 1393, "libuv: 'Failed to connect'"),
    ],
    cName: 'AEROSPIKE_ERR_ASYNC_CONNECTION',
    javaName: 'SERVER_NOT_AVAILABLE',
    pythonName: 'AsyncConnectionError',
  },
  [-5]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_scan.c',
        222,
        'user callback returned false -> CLIENT_ABORT (executor.notify = false)',
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_query.c',
        428,
        'async query: executor no longer valid -> CLIENT_ABORT',
      ),
      src(N, '6.7.1', 'lib/commands/stream_command.js', 37, 'stream callback returns !stream.aborted'),
      src(N, '6.7.1', 'lib/record_stream.js', 107, "RecordStream#abort() sets aborted and emits 'end'"),
    ],
    cName: 'AEROSPIKE_ERR_CLIENT_ABORT',
    javaName: 'QUERY_TERMINATED',
    pythonName: 'ClientAbortError',
  },
  [-4]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_lookup.c',
        257,
        "getaddrinfo() failed -> 'Invalid hostname %s: %s'",
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_cluster.c',
        335,
        "seed lookup failures do not propagate: connect's status starts as ERR_CLIENT",
      ),
    ],
    cName: 'AEROSPIKE_ERR_INVALID_HOST',
    pythonName: 'InvalidHostError',
  },
  [-3]: {
    source: [
      src(C, '7.4.0', 'src/main/aerospike/aerospike_scan.c', 355, 'end-of-stream marker while parsing'),
      src(C, '7.4.0', 'src/main/aerospike/aerospike_batch.c', 425, 'end marker in batch parsing'),
      src(C, '7.4.0', 'src/main/aerospike/as_command.c', 1031, 'consumed by the command loop'),
    ],
    cName: 'AEROSPIKE_NO_MORE_RECORDS',
  },
  [-2]: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_txn.c',
        383,
        'example of one of 69 ERR_PARAM sites in C src/main',
      ),
      src(
        N,
        '6.7.1',
        'src/main/commands/batch_read_async.cc',
        45,
        "example of Node's own argument checks (CmdErrorCallback(cmd, AEROSPIKE_ERR_PARAM, ...))",
      ),
    ],
    cName: 'AEROSPIKE_ERR_PARAM',
    pythonName: 'ParamError',
  },
  [-1]: {
    source: [
      src(N, '6.7.1', 'lib/error.js', 65, "AerospikeError's default code is ERR_CLIENT"),
      src(
        N,
        '6.7.1',
        'lib/commands/command.js',
        107,
        "'Not connected.' via sendError() -> AerospikeError with the default code",
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_cluster.c',
        335,
        'connect(): status starts as ERR_CLIENT, kept when every seed fails DNS lookup',
      ),
      src(
        N,
        '6.7.1',
        'src/main/commands/udf_register.cc',
        72,
        "udfRegister(): 'Cannot open file' uses AEROSPIKE_ERR (= -1)",
      ),
    ],
    cName: 'AEROSPIKE_ERR_CLIENT',
    javaName: 'CLIENT_ERROR',
    pythonName: 'ClientError',
  },
  0: {
    source: [src(S, '8.1.2.0', 'as/include/base/proto.h', 64, 'AS_OK')],
    cName: 'AEROSPIKE_OK',
    javaName: 'OK',
  },
  1: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 678, 'as_record_get_create() failed -> AS_ERR_UNKNOWN'),
      src(S, '8.1.2.0', 'as/src/transaction/rw_utils.c', 374, "can't get stored key -> AS_ERR_UNKNOWN"),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_cluster.c',
        185,
        "client-side: 'Command failed because cluster is empty.'",
      ),
      src(C, '7.4.0', 'src/main/aerospike/as_info.c', 85, 'client-side: info error without a numeric code'),
    ],
    cName: 'AEROSPIKE_ERR_SERVER',
    javaName: 'SERVER_ERROR',
    pythonName: 'ServerError',
  },
  2: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/read.c', 495, 'read of a missing record'),
      src(
        S,
        '8.1.2.0',
        'as/src/transaction/write.c',
        648,
        'update-only/replace-only write of a missing record',
      ),
      src(S, '8.1.2.0', 'as/src/transaction/delete_ce.c', 56, 'remove of a missing record'),
    ],
    cName: 'AEROSPIKE_ERR_RECORD_NOT_FOUND',
    javaName: 'KEY_NOT_FOUND_ERROR',
    pythonName: 'RecordNotFound',
  },
  3: {
    source: [src(S, '8.1.2.0', 'as/src/transaction/write.c', 726, 'generation check failed')],
    cName: 'AEROSPIKE_ERR_RECORD_GENERATION',
    javaName: 'GENERATION_ERROR',
    pythonName: 'RecordGenerationError',
  },
  4: {
    source: [
      src(S, '8.1.2.0', 'as/src/base/thr_info.c', 654, "info parameter value too long (e.g. 'indexname')"),
      src(S, '8.1.2.0', 'as/src/base/thr_tsvc.c', 273, 'transaction neither read nor write'),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_index.c',
        266,
        'client-side: unexpected sindex-create answer',
      ),
    ],
    cName: 'AEROSPIKE_ERR_REQUEST_INVALID',
    javaName: 'PARAMETER_ERROR',
    pythonName: 'InvalidRequest',
  },
  5: {
    source: [src(S, '8.1.2.0', 'as/src/transaction/write.c', 714, 'create-only write found a live record')],
    cName: 'AEROSPIKE_ERR_RECORD_EXISTS',
    javaName: 'KEY_EXISTS_ERROR',
    pythonName: 'RecordExistsError',
  },
  6: {
    source: [
      src(S, '8.1.2.0', 'as/src/base/expop.c', 163, 'expression write with CREATE_ONLY, bin exists'),
      src(S, '8.1.2.0', 'as/src/base/particle_blob.c', 970, 'bitwise op with CREATE_ONLY policy, bin exists'),
      src(S, '8.1.2.0', 'as/src/base/particle_hll.c', 615, 'HLL op with CREATE_ONLY policy, bin exists'),
    ],
    cName: 'AEROSPIKE_ERR_BIN_EXISTS',
    javaName: 'BIN_EXISTS_ERROR',
    pythonName: 'BinExistsError',
  },
  7: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_query_validate.c',
        48,
        "client-side: cluster key changed during a scan/query with failOnClusterChange -> 'Cluster is in migration'",
      ),
      src(
        S,
        '8.1.2.0',
        'as/src/base/thr_info.c',
        1241,
        "server: 'cluster-stable' info command answers 'unstable cluster'",
      ),
      src(
        S,
        '8.1.2.0',
        'as/src/fabric/partition.c',
        375,
        'server-internal: replica write reservation (not sent to clients)',
      ),
    ],
    cName: 'AEROSPIKE_ERR_CLUSTER_CHANGE',
    javaName: 'CLUSTER_KEY_MISMATCH',
    pythonName: 'ClusterChangeError',
  },
  8: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 992, 'namespace stop_writes set by nsup'),
      src(S, '8.1.2.0', 'as/src/storage/drv_mem.c', 2495, 'storage out of space'),
      src(S, '8.1.2.0', 'as/src/storage/drv_ssd.c', 1784, 'storage out of space'),
    ],
    cName: 'AEROSPIKE_ERR_SERVER_FULL',
    javaName: 'SERVER_MEM_ERROR',
    pythonName: 'ServerFull',
  },
  9: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_event.c',
        954,
        "client: total timer fired -> 'Client timeout: iterations=%u lastNode=%s'",
      ),
      src(S, '8.1.2.0', 'as/src/base/thr_tsvc.c', 221, 'server: transaction timed out in queue'),
      src(
        S,
        '8.1.2.0',
        'as/src/transaction/write.c',
        551,
        'server: write timed out (e.g. waiting for replica acks)',
      ),
    ],
    cName: 'AEROSPIKE_ERR_TIMEOUT',
    javaName: 'TIMEOUT',
    pythonName: 'TimeoutError',
  },
  10: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        74,
        "AS_ERR_UNUSED_10 // recycle as XDR 'permanent' error",
      ),
    ],
    cName: 'AEROSPIKE_ERR_ALWAYS_FORBIDDEN',
    javaName: 'ALWAYS_FORBIDDEN',
    pythonName: 'AlwaysForbidden',
  },
  11: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/base/thr_tsvc.c',
        176,
        'initial partition balance unresolved (node just started / orphan)',
      ),
      src(S, '8.1.2.0', 'as/src/base/thr_tsvc.c', 279, 'partition unavailable (reserve returned -2)'),
      src(
        S,
        '8.1.2.0',
        'as/src/fabric/clustering.c',
        6936,
        'a cluster smaller than min-cluster-size: the principal turns orphan',
      ),
      src(
        S,
        '8.1.2.0',
        'as/src/fabric/exchange.c',
        2280,
        'orphan for 5 clustering intervals: partitions frozen, client transactions blocked',
      ),
      src(
        S,
        '8.1.2.0',
        'as/src/query/query.c',
        1852,
        'query: partition unavailable, per-partition done marker',
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_partition_tracker.c',
        462,
        'client-side: partition unavailable during a scan/query',
      ),
    ],
    cName: 'AEROSPIKE_ERR_CLUSTER',
    javaName: 'PARTITION_UNAVAILABLE',
    pythonName: 'ClusterError',
  },
  12: {
    source: [
      src(S, '8.1.2.0', 'as/src/base/particle_blob.c', 551, 'op not valid for the stored particle type'),
      src(S, '8.1.2.0', 'as/src/base/particle_integer.c', 128, 'concat on integer/float/bool'),
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 1521, 'masked bin type mismatch'),
    ],
    cName: 'AEROSPIKE_ERR_BIN_INCOMPATIBLE_TYPE',
    javaName: 'BIN_TYPE_ERROR',
    pythonName: 'BinIncompatibleType',
  },
  13: {
    source: [
      src(S, '8.1.2.0', 'as/src/storage/drv_mem.c', 2455, 'record larger than the write block'),
      src(S, '8.1.2.0', 'as/src/storage/drv_ssd.c', 1744, 'same for SSD storage'),
    ],
    cName: 'AEROSPIKE_ERR_RECORD_TOO_BIG',
    javaName: 'RECORD_TOO_BIG',
    pythonName: 'RecordTooBig',
  },
  14: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/transaction/rw_request_hash.c',
        228,
        'handle_hot_key(): over transaction-pending-limit',
      ),
      src(S, '8.1.2.0', 'as/src/transaction/read_touch.c', 410, 'read-touch: key busy'),
    ],
    cName: 'AEROSPIKE_ERR_RECORD_BUSY',
    javaName: 'KEY_BUSY',
    pythonName: 'RecordBusy',
  },
  15: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/query/query_manager.c',
        239,
        'as_query_manager_abort_job(): abandoned = AS_ERR_QUERY_ABORT',
      ),
      src(
        S,
        '8.1.2.0',
        'as/src/query/query.c',
        1548,
        'conn_query_job_finish(): final message carries the abandoned code',
      ),
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_scan.c',
        387,
        'client-side: sync scan stopped after an error on another node',
      ),
    ],
    cName: 'AEROSPIKE_ERR_SCAN_ABORTED',
    javaName: 'SCAN_ABORT',
    pythonName: 'ScanAbortedError',
  },
  16: {
    source: [
      src(S, '8.1.2.0', 'as/src/query/query.c', 1690, 'basic query without pid-done-ok support'),
      src(S, '8.1.2.0', 'as/src/query/query.c', 1729, 'basic query missing pids and digests fields'),
    ],
    cName: 'AEROSPIKE_ERR_UNSUPPORTED_FEATURE',
    javaName: 'UNSUPPORTED_FEATURE',
    pythonName: 'UnsupportedFeature',
  },
  17: {
    source: [
      src(S, '8.1.2.0', 'as/src/base/expop.c', 178, 'expression write with UPDATE_ONLY, bin missing'),
      src(S, '8.1.2.0', 'as/src/base/particle_blob.c', 997, 'bitwise op with UPDATE_ONLY policy'),
      src(S, '8.1.2.0', 'as/src/base/particle_hll.c', 633, 'HLL op with UPDATE_ONLY policy'),
    ],
    cName: 'AEROSPIKE_ERR_BIN_NOT_FOUND',
    javaName: 'BIN_NOT_FOUND',
    pythonName: 'BinNotFound',
  },
  18: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 245, 'as_storage_overloaded() on write'),
      src(S, '8.1.2.0', 'as/src/transaction/delete.c', 225, 'same on delete'),
    ],
    cName: 'AEROSPIKE_ERR_DEVICE_OVERLOAD',
    javaName: 'DEVICE_OVERLOAD',
    pythonName: 'DeviceOverload',
  },
  19: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/rw_utils.c', 380, 'client-sent key differs from stored key'),
      src(S, '8.1.2.0', 'as/src/transaction/read.c', 589, 'same on read'),
    ],
    cName: 'AEROSPIKE_ERR_RECORD_KEY_MISMATCH',
    javaName: 'KEY_MISMATCH',
    pythonName: 'RecordKeyMismatch',
  },
  20: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_partition.c',
        273,
        "client-side: no partition table for the namespace -> 'Invalid namespace: %s' ('Cluster is empty' at 270)",
      ),
      src(S, '8.1.2.0', 'as/src/base/thr_tsvc.c', 162, 'server: unknown namespace in request'),
      src(S, '8.1.2.0', 'as/src/base/thr_info.c', 677, 'server: info command with unknown namespace'),
    ],
    cName: 'AEROSPIKE_ERR_NAMESPACE_NOT_FOUND',
    javaName: 'INVALID_NAMESPACE',
    pythonName: 'NamespaceNotFound',
  },
  21: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 1075, 'bad bin name'),
      src(S, '8.1.2.0', 'as/src/base/udf_record.c', 327, 'UDF bin name check'),
    ],
    cName: 'AEROSPIKE_ERR_BIN_NAME',
    javaName: 'BIN_NAME_TOO_LONG',
    pythonName: 'BinNameError',
  },
  22: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 238, 'XDR filter forbids the write'),
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 740, 'set being truncated'),
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 758, 'set at stop-writes-size'),
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 867, 'TTL with nsup-period 0'),
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 986, 'clock-skew stop-writes'),
      src(S, '8.1.2.0', 'as/src/base/namespace.c', 352, 'set at stop-writes-count'),
    ],
    cName: 'AEROSPIKE_ERR_FAIL_FORBIDDEN',
    javaName: 'FAIL_FORBIDDEN',
    pythonName: 'ForbiddenError',
  },
  23: {
    source: [src(S, '8.1.2.0', 'as/src/base/particle_map.c', 2183, 'map write UPDATE_ONLY, key missing')],
    cName: 'AEROSPIKE_ERR_FAIL_ELEMENT_NOT_FOUND',
    javaName: 'ELEMENT_NOT_FOUND',
    pythonName: 'ElementNotFoundError',
  },
  24: {
    source: [src(S, '8.1.2.0', 'as/src/base/particle_map.c', 2169, 'map write CREATE_ONLY, key exists')],
    cName: 'AEROSPIKE_ERR_FAIL_ELEMENT_EXISTS',
    javaName: 'ELEMENT_EXISTS',
    pythonName: 'ElementExistsError',
  },
  25: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/rw_utils_ce.c', 69, 'CE: durable delete'),
      src(
        S,
        '8.1.2.0',
        'as/src/transaction/mrt_utils_ce.c',
        80,
        "CE: transactions ('MRTs are enterprise only')",
      ),
      src(S, '8.1.2.0', 'as/src/base/thr_info.c', 742, 'CE: enterprise-only info commands'),
      src(S, '8.1.2.0', 'as/src/base/proto_ce.c', 53, 'CE: compressed request'),
    ],
    cName: 'AEROSPIKE_ERR_ENTERPRISE_ONLY',
    javaName: 'ENTERPRISE_ONLY',
  },
  26: {
    source: [
      src(S, '8.1.2.0', 'as/src/base/cdt.c', 1102, 'first of 135 -AS_ERR_OP_NOT_APPLICABLE sites (CDT ops)'),
    ],
    cName: 'AEROSPIKE_ERR_OP_NOT_APPLICABLE',
    javaName: 'OP_NOT_APPLICABLE',
    pythonName: 'OpNotApplicable',
  },
  27: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/rw_utils.c', 273, 'filter expression evaluated false'),
      src(S, '8.1.2.0', 'as/src/transaction/rw_utils.c', 310, 'filter expression on metadata false'),
    ],
    cName: 'AEROSPIKE_FILTERED_OUT',
    javaName: 'FILTERED_OUT',
    pythonName: 'FilteredOut',
  },
  28: {
    source: [
      src(S, '8.1.2.0', 'as/src/base/udf_aerospike.c', 373, 'UDF write loses bin-level conflict resolution'),
    ],
    cName: 'AEROSPIKE_LOST_CONFLICT',
    javaName: 'LOST_CONFLICT',
    pythonName: 'LostConflict',
  },
  32: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/write.c', 774, 'XDR_SHIP_FAR: write must wait for XDR shipping'),
      src(S, '8.1.2.0', 'as/src/transaction/read_touch.c', 422, 'same for read-touch'),
      src(S, '8.1.2.0', 'as/src/transaction/udf.c', 847, 'same for UDF'),
    ],
    cName: 'AEROSPIKE_XDR_KEY_BUSY',
    javaName: 'XDR_KEY_BUSY',
  },
  50: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_admin.c',
        363,
        'client: end marker of security (admin) query responses',
      ),
    ],
    cName: 'AEROSPIKE_QUERY_END',
    javaName: 'QUERY_END',
  },
  51: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/base/security_ce.c',
        186,
        'CE: any security message answered with AS_SEC_ERR_NOT_SUPPORTED',
      ),
    ],
    cName: 'AEROSPIKE_SECURITY_NOT_SUPPORTED',
    javaName: 'SECURITY_NOT_SUPPORTED',
    pythonName: 'SecurityNotSupported',
  },
  52: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        102,
        'server #define AS_SEC_ERR_NOT_CONFIGURED // security features not configured',
      ),
    ],
    cName: 'AEROSPIKE_SECURITY_NOT_ENABLED',
    javaName: 'SECURITY_NOT_ENABLED',
    pythonName: 'SecurityNotEnabled',
  },
  53: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        103,
        'server #define AS_SEC_ERR_SCHEME // security scheme not supported',
      ),
    ],
    cName: 'AEROSPIKE_SECURITY_SCHEME_NOT_SUPPORTED',
    javaName: 'SECURITY_SCHEME_NOT_SUPPORTED',
    pythonName: 'SecuritySchemeNotSupported',
  },
  54: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        104,
        'server #define AS_SEC_ERR_COMMAND // unrecognized command',
      ),
    ],
    cName: 'AEROSPIKE_INVALID_COMMAND',
    javaName: 'INVALID_COMMAND',
    pythonName: 'InvalidCommand',
  },
  55: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        105,
        "server #define AS_SEC_ERR_FIELD // can't parse field",
      ),
    ],
    cName: 'AEROSPIKE_INVALID_FIELD',
    javaName: 'INVALID_FIELD',
    pythonName: 'InvalidField',
  },
  56: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        106,
        'server #define AS_SEC_ERR_STATE // e.g. unexpected command',
      ),
    ],
    cName: 'AEROSPIKE_ILLEGAL_STATE',
    javaName: 'ILLEGAL_STATE',
    pythonName: 'IllegalState',
  },
  60: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_admin.c',
        1227,
        'client-side: admin call without a user name returns INVALID_USER',
      ),
    ],
    cName: 'AEROSPIKE_INVALID_USER',
    javaName: 'INVALID_USER',
    pythonName: 'InvalidUser',
  },
  61: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        109,
        'server #define AS_SEC_ERR_USER_EXISTS // user already exists',
      ),
    ],
    cName: 'AEROSPIKE_USER_ALREADY_EXISTS',
    javaName: 'USER_ALREADY_EXISTS',
    pythonName: 'UserExistsError',
  },
  62: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        110,
        'server #define AS_SEC_ERR_PASSWORD // no/bad password',
      ),
    ],
    cName: 'AEROSPIKE_INVALID_PASSWORD',
    javaName: 'INVALID_PASSWORD',
    pythonName: 'InvalidPassword',
  },
  63: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        111,
        'server #define AS_SEC_ERR_EXPIRED_PASSWORD // expired password',
      ),
    ],
    cName: 'AEROSPIKE_EXPIRED_PASSWORD',
    javaName: 'EXPIRED_PASSWORD',
    pythonName: 'ExpiredPassword',
  },
  64: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/as_cluster.c',
        1555,
        'client-side: PKI auth mode with a password configured',
      ),
    ],
    cName: 'AEROSPIKE_FORBIDDEN_PASSWORD',
    javaName: 'FORBIDDEN_PASSWORD',
    pythonName: 'ForbiddenPassword',
  },
  65: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        113,
        'server #define AS_SEC_ERR_CREDENTIAL // no/bad credential',
      ),
    ],
    cName: 'AEROSPIKE_INVALID_CREDENTIAL',
    javaName: 'INVALID_CREDENTIAL',
    pythonName: 'InvalidCredential',
  },
  66: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        114,
        'server #define AS_SEC_ERR_EXPIRED_SESSION // expired session token',
      ),
    ],
    cName: 'AEROSPIKE_EXPIRED_SESSION',
    javaName: 'EXPIRED_SESSION',
  },
  70: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        116,
        'server #define AS_SEC_ERR_ROLE // no/unknown role(s)',
      ),
    ],
    cName: 'AEROSPIKE_INVALID_ROLE',
    javaName: 'INVALID_ROLE',
    pythonName: 'InvalidRole',
  },
  71: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        117,
        'server #define AS_SEC_ERR_ROLE_EXISTS // role already exists',
      ),
    ],
    cName: 'AEROSPIKE_ROLE_ALREADY_EXISTS',
    javaName: 'ROLE_ALREADY_EXISTS',
    pythonName: 'RoleExistsError',
  },
  72: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        118,
        'server #define AS_SEC_ERR_PRIVILEGE // no/unknown privilege(s)',
      ),
    ],
    cName: 'AEROSPIKE_INVALID_PRIVILEGE',
    javaName: 'INVALID_PRIVILEGE',
    pythonName: 'InvalidPrivilege',
  },
  73: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        119,
        'server #define AS_SEC_ERR_WHITELIST // bad whitelist',
      ),
    ],
    cName: 'AEROSPIKE_INVALID_WHITELIST',
    javaName: 'INVALID_WHITELIST',
    pythonName: 'InvalidWhitelist',
  },
  74: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        120,
        'server #define AS_SEC_ERR_QUOTAS_NOT_ENABLED // quotas not enabled',
      ),
    ],
    cName: 'AEROSPIKE_QUOTAS_NOT_ENABLED',
    javaName: 'QUOTAS_NOT_ENABLED',
    pythonName: 'QuotasNotEnabled',
  },
  75: {
    source: [
      src(S, '8.1.2.0', 'as/include/base/proto.h', 121, 'server #define AS_SEC_ERR_QUOTA // bad quota value'),
    ],
    cName: 'AEROSPIKE_INVALID_QUOTA',
    javaName: 'INVALID_QUOTA',
    pythonName: 'InvalidQuota',
  },
  80: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/base/thr_info.c',
        1121,
        'info reply formatting for AS_SEC_ERR_NOT_AUTHENTICATED (the check itself is Enterprise code)',
      ),
    ],
    cName: 'AEROSPIKE_NOT_AUTHENTICATED',
    javaName: 'NOT_AUTHENTICATED',
    pythonName: 'NotAuthenticated',
  },
  81: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/query/query.c',
        1745,
        'query on a masked sindex bin -> AS_SEC_ERR_ROLE_VIOLATION',
      ),
      src(S, '8.1.2.0', 'as/src/base/thr_info.c', 1124, 'info reply formatting for role violation'),
    ],
    cName: 'AEROSPIKE_ROLE_VIOLATION',
    javaName: 'ROLE_VIOLATION',
    pythonName: 'RoleViolation',
  },
  82: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        125,
        'server #define AS_SEC_ERR_NOT_WHITELISTED // client IP-addr not on whitelist',
      ),
    ],
    cName: 'AEROSPIKE_NOT_WHITELISTED',
    javaName: 'NOT_WHITELISTED',
    pythonName: 'NotWhitelisted',
  },
  83: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/include/base/proto.h',
        126,
        'server #define AS_SEC_ERR_QUOTA_EXCEEDED // quota currently exceeded',
      ),
    ],
    cName: 'AEROSPIKE_QUOTA_EXCEEDED',
    javaName: 'QUOTA_EXCEEDED',
    pythonName: 'QuotaExceeded',
  },
  100: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/udf.c', 918, 'UDF execution failed'),
      src(S, '8.1.2.0', 'as/src/transaction/udf.c', 925, 'UDF execution failed'),
      src(C, '7.4.0', 'src/main/aerospike/as_info.c', 409, "client-side: 'error=' in a udf-put info answer"),
    ],
    cName: 'AEROSPIKE_ERR_UDF',
    javaName: 'UDF_BAD_RESPONSE',
    pythonName: 'UDFError',
  },
  120: {
    source: [
      src(S, '8.1.2.0', 'as/src/transaction/udf.c', 803, 'record blocked by another transaction (read UDF)'),
      src(S, '8.1.2.0', 'as/src/transaction/udf.c', 824, 'same'),
    ],
    cName: 'AEROSPIKE_MRT_BLOCKED',
    javaName: 'MRT_BLOCKED',
  },
  121: {
    source: [src(S, '8.1.2.0', 'as/include/base/proto.h', 139, 'server #define AS_ERR_MRT_VERSION_MISMATCH')],
    cName: 'AEROSPIKE_MRT_VERSION_MISMATCH',
    javaName: 'MRT_VERSION_MISMATCH',
  },
  122: {
    source: [src(S, '8.1.2.0', 'as/include/base/proto.h', 140, 'server #define AS_ERR_MRT_EXPIRED')],
    cName: 'AEROSPIKE_MRT_EXPIRED',
    javaName: 'MRT_EXPIRED',
  },
  123: {
    source: [src(S, '8.1.2.0', 'as/include/base/proto.h', 141, 'server #define AS_ERR_MRT_TOO_MANY_WRITES')],
    cName: 'AEROSPIKE_MRT_TOO_MANY_WRITES',
    javaName: 'MRT_TOO_MANY_WRITES',
  },
  124: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_key.c',
        1821,
        'client treats MRT_COMMITTED like OK when parsing a transaction-monitor response',
      ),
    ],
    cName: 'AEROSPIKE_MRT_COMMITTED',
    javaName: 'MRT_COMMITTED',
  },
  125: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_txn.c',
        100,
        'commit: mark roll forward answered MRT_ABORTED -> transaction state ABORTED',
      ),
    ],
    cName: 'AEROSPIKE_MRT_ABORTED',
    javaName: 'MRT_ABORTED',
  },
  126: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/transaction/write.c',
        720,
        'write with onLockingOnly on a record already locked by this transaction',
      ),
      src(
        C,
        '7.4.0',
        'src/include/aerospike/as_policy.h',
        761,
        "on_locking_only doc (as_policy_write, lines 761-771): 'useful for safely retrying non-idempotent writes'",
      ),
      src(N, '6.7.1', 'lib/policies/write_policy.js', 96, 'Node option onLockingOnly'),
    ],
    cName: 'AEROSPIKE_MRT_ALREADY_LOCKED',
    javaName: 'MRT_ALREADY_LOCKED',
  },
  127: {
    source: [src(S, '8.1.2.0', 'as/include/base/proto.h', 145, 'server #define AS_ERR_MRT_MONITOR_EXISTS')],
    cName: 'AEROSPIKE_MRT_MONITOR_EXISTS',
    javaName: 'MRT_MONITOR_EXISTS',
  },
  150: {
    source: [src(S, '8.1.2.0', 'as/src/base/batch.c', 880, 'batch-index-threads disabled')],
    cName: 'AEROSPIKE_ERR_BATCH_DISABLED',
    javaName: 'BATCH_DISABLED',
    pythonName: 'BatchDisabledError',
  },
  151: {
    source: [src(S, '8.1.2.0', 'as/src/base/batch.c', 958, 'batch request size exceeds batch-max-requests')],
    cName: 'AEROSPIKE_ERR_BATCH_MAX_REQUESTS_EXCEEDED',
    javaName: 'BATCH_MAX_REQUESTS_EXCEEDED',
    pythonName: 'BatchMaxRequestError',
  },
  152: {
    source: [src(S, '8.1.2.0', 'as/src/base/batch.c', 1003, 'no batch queue that is not full')],
    cName: 'AEROSPIKE_ERR_BATCH_QUEUES_FULL',
    javaName: 'BATCH_QUEUES_FULL',
    pythonName: 'BatchQueueFullError',
  },
  160: {
    source: [
      src(S, '8.1.2.0', 'as/src/base/particle_geojson.c', 209, 'invalid GeoJSON'),
      src(S, '8.1.2.0', 'as/src/base/particle_geojson.c', 234, 'invalid GeoJSON'),
    ],
    cName: 'AEROSPIKE_ERR_GEO_INVALID_GEOJSON',
    pythonName: 'InvalidGeoJSON',
  },
  200: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/sindex/sindex_manager.c',
        556,
        'sindex-create: name exists with a different definition',
      ),
      src(S, '8.1.2.0', 'as/src/sindex/sindex_manager.c', 646, 'sindex-delete: name not unique'),
      src(C, '7.4.0', 'src/main/aerospike/aerospike_info.c', 84, 'client info loop stops on INDEX_FOUND'),
    ],
    cName: 'AEROSPIKE_ERR_INDEX_FOUND',
    javaName: 'INDEX_ALREADY_EXISTS',
    pythonName: 'IndexFoundError',
  },
  201: {
    source: [
      src(S, '8.1.2.0', 'as/src/query/query.c', 1734, 'query: no matching sindex'),
      src(S, '8.1.2.0', 'as/src/base/thr_info.c', 3077, 'sindex info: unknown index'),
      src(
        S,
        '8.1.2.0',
        'as/src/sindex/sindex_manager.c',
        637,
        'NOT sent for sindex-delete of an unknown name: answers ok',
      ),
    ],
    cName: 'AEROSPIKE_ERR_INDEX_NOT_FOUND',
    javaName: 'INDEX_NOTFOUND',
    pythonName: 'IndexNotFound',
  },
  202: {
    source: [src(S, '8.1.2.0', 'as/include/base/proto.h', 158, 'AS_ERR_SINDEX_OOM 202 // never used')],
    cName: 'AEROSPIKE_ERR_INDEX_OOM',
    javaName: 'INDEX_OOM',
    pythonName: 'IndexOOM',
  },
  203: {
    source: [src(S, '8.1.2.0', 'as/src/query/query.c', 1740, 'query on an index that is not readable yet')],
    cName: 'AEROSPIKE_ERR_INDEX_NOT_READABLE',
    javaName: 'INDEX_NOTREADABLE',
    pythonName: 'IndexNotReadable',
  },
  204: {
    source: [
      src(S, '8.1.2.0', 'as/include/base/proto.h', 160, 'AS_ERR_SINDEX_GENERIC 204 // ? never used directly'),
    ],
    cName: 'AEROSPIKE_ERR_INDEX',
    javaName: 'INDEX_GENERIC',
    pythonName: 'IndexError',
  },
  205: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/base/thr_info.c',
        654,
        'a too-long index name is answered with AS_ERR_PARAMETER (4) instead',
      ),
    ],
    cName: 'AEROSPIKE_ERR_INDEX_NAME_MAXLEN',
    javaName: 'INDEX_NAME_MAXLEN',
    pythonName: 'IndexNameMaxLen',
  },
  206: {
    source: [
      src(
        S,
        '8.1.2.0',
        'as/src/sindex/sindex_manager.c',
        583,
        'sindex-create: already at sindex definition limit',
      ),
    ],
    cName: 'AEROSPIKE_ERR_INDEX_MAXCOUNT',
    javaName: 'INDEX_MAXCOUNT',
    pythonName: 'IndexNameMaxCount',
  },
  210: {
    source: [
      src(
        C,
        '7.4.0',
        'src/main/aerospike/aerospike_info.c',
        181,
        'client-side: aerospike_info_foreach() callback returned false',
      ),
      src(
        N,
        '6.7.1',
        'src/main/commands/info_foreach.cc',
        93,
        "Node's info_foreach callback always returns true",
      ),
    ],
    cName: 'AEROSPIKE_ERR_QUERY_ABORTED',
    javaName: 'QUERY_ABORTED',
    pythonName: 'QueryAbortedError',
  },
  211: {
    source: [
      src(
        S,
        '021e5086bacc283690afa7446606b8520683254f',
        'as/include/base/proto.h',
        152,
        'AS_ERR_QUERY_QUEUE_FULL 211, deleted by commit ede33d94afd7b24f14ca34867d5d43c1bcdf022b',
      ),
    ],
    cName: 'AEROSPIKE_ERR_QUERY_QUEUE_FULL',
    javaName: 'QUERY_QUEUEFULL',
    pythonName: 'QueryQueueFull',
  },
  212: {
    source: [
      src(
        S,
        '021e5086bacc283690afa7446606b8520683254f',
        'as/include/base/proto.h',
        153,
        'AS_ERR_QUERY_TIMEOUT 212, deleted by commit ede33d94afd7b24f14ca34867d5d43c1bcdf022b',
      ),
    ],
    cName: 'AEROSPIKE_ERR_QUERY_TIMEOUT',
    javaName: 'QUERY_TIMEOUT',
    pythonName: 'QueryTimeout',
  },
  213: {
    source: [
      src(
        S,
        '021e5086bacc283690afa7446606b8520683254f',
        'as/include/base/proto.h',
        154,
        'AS_ERR_QUERY_CB 213, deleted by commit ede33d94afd7b24f14ca34867d5d43c1bcdf022b',
      ),
    ],
    cName: 'AEROSPIKE_ERR_QUERY',
    javaName: 'QUERY_GENERIC',
    pythonName: 'QueryError',
  },
  1301: {
    source: [src(C, '7.4.0', 'src/include/aerospike/as_status.h', 556, 'C enum AEROSPIKE_ERR_UDF_NOT_FOUND')],
    cName: 'AEROSPIKE_ERR_UDF_NOT_FOUND',
    pythonName: 'UDFNotFound',
  },
  1302: {
    source: [
      src(
        N,
        '6.7.1',
        'src/main/commands/udf_register.cc',
        72,
        'udfRegister() with a missing file sets AEROSPIKE_ERR (-1) instead',
      ),
    ],
    cName: 'AEROSPIKE_ERR_LUA_FILE_NOT_FOUND',
    pythonName: 'LuaFileNotFound',
  },
};
