import path from 'node:path';
import * as Aerospike from 'aerospike';
import { isAerospikeError } from '../shared/errors';
import { namesOf, type ResultCode } from './classification';

const { exp, lists, maps, policy } = Aerospike;

/** What a producer gets: a client, and a key whose record holds SAMPLE. */
export interface ProduceContext {
  /**
   * A connected client; for `setup: 'slow'`, `'drop'` or `'drop-all'`,
   * through a proxy.
   */
  client: Aerospike.Client;
  /** A record holding SAMPLE, written just before the producer runs. */
  key: Aerospike.Key;
  /** Seed hosts of the server, for producers that connect on their own. */
  hosts: string;
}

/**
 * What a producer needs besides a plain server: a slow server, a dropped
 * connection or every connection dropped (a fault proxy), a Community Edition
 * server, a node started with the settings of SPECIAL_NODE (see
 * special-node.ts), or a three-node cluster that lost one node or all of them
 * (see cluster-faults.ts).
 */
export type Setup =
  | 'any'
  | 'slow'
  | 'drop'
  | 'drop-all'
  | 'community'
  | 'special-node'
  | 'cluster-orphans'
  | 'cluster-down';

/** A command that makes the server or the client report `code`. */
export interface Producer {
  /** The code it must end with. */
  code: ResultCode;
  /** One line for the printed table. */
  what: string;
  /** What it needs besides a plain server. */
  setup: Setup;
  /** Settings of the client `run` gets, where the setup connects one. */
  config?: Aerospike.ConfigOptions;
  /** Runs before the setup's fault: what the command needs to find. */
  prepare?: (ctx: ProduceContext) => Promise<unknown>;
  /** Runs the command; it is expected to reject with `code`. */
  run: (ctx: ProduceContext) => Promise<unknown>;
}

/** The record every producer starts from. */
export const SAMPLE = {
  name: 'Ji-woo',
  count: 1,
  tags: ['a', 'b'],
  prefs: { theme: 'dark' },
};

/** Where the failing UDF module lives (registered as module `failing`). */
export const FAILING_LUA = path.join(__dirname, 'failing.lua');

// #region code-0
/** A plain read of the sample record. */
export const readIt = ({ client, key }: ProduceContext) => client.get(key);
// #endregion code-0

// #region code-2
/** A read of a key nobody wrote. */
export const readMissing = ({ client }: ProduceContext) =>
  client.get(new Aerospike.Key('test', 'codes', 'no-such-key'));
// #endregion code-2

// #region code-3
/** A check-and-set write with a stale generation. */
export const staleGeneration = ({ client, key }: ProduceContext) =>
  client.put(
    key,
    { count: 2 },
    { gen: 999 },
    new Aerospike.WritePolicy({ gen: policy.gen.EQ }),
  );
// #endregion code-3

// #region code-4
/** A list increment on a string element. */
export const incrementString = ({ client, key }: ProduceContext) =>
  client.operate(key, [lists.increment('tags', 0, 1)]);
// #endregion code-4

// #region code-5
/** A create-only write of a record that exists. */
export const createExisting = ({ client, key }: ProduceContext) =>
  client.put(
    key,
    { count: 2 },
    null,
    new Aerospike.WritePolicy({ exists: policy.exists.CREATE }),
  );
// #endregion code-5

// #region code-6
/** An expression write with CREATE_ONLY to a bin that is set. */
export const createExistingBin = ({ client, key }: ProduceContext) =>
  client.operate(key, [
    exp.operations.write('count', exp.int(5), exp.expWriteFlags.CREATE_ONLY),
  ]);
// #endregion code-6

// #region code-12
/** An increment of a string bin. */
export const incrementName = ({ client, key }: ProduceContext) =>
  client.incr(key, { name: 1 });
// #endregion code-12

// #region code-13
/** A 2 MiB record in a namespace whose records are limited to 1 MiB. */
export const tooBig = ({ client, key }: ProduceContext) =>
  client.put(key, { blob: Buffer.alloc(2 * 1024 * 1024) });
// #endregion code-13

// #region code-15
/** A throttled scan of set `codes`, aborted on the server while it runs. */
export function abortedScan({ client }: ProduceContext) {
  const policy = new Aerospike.ScanPolicy({ recordsPerSecond: 100 });
  const stream = client.scan('test', 'codes').foreach(policy);
  return new Promise((resolve, reject) => {
    // The first record shows the scan runs: abort it as an operator would.
    stream.once('data', () => {
      client.infoAny('query-abort-all').catch(reject);
    });
    stream.on('error', reject);
    stream.on('end', resolve);
  });
}
// #endregion code-15

/**
 * Fills set `codes` with 500 records of 16 KiB, so that a scan throttled to
 * 100 records a second runs for 5 s, and its first records, which the server
 * sends 1 MiB at a time, arrive long before its end.
 */
export async function fillScanSet({ client }: ProduceContext) {
  const blob = Buffer.alloc(16 * 1024);
  // 50 at a time: all at once would exceed the client's connections per node.
  for (let first = 0; first < 500; first += 50) {
    const keys = Array.from(
      { length: 50 },
      (_, i) => new Aerospike.Key('test', 'codes', `scan-${first + i}`),
    );
    await Promise.all(keys.map((key) => client.put(key, { blob })));
  }
}

// #region code-17
/** An expression write with UPDATE_ONLY to a bin that is not set. */
export const updateMissingBin = ({ client, key }: ProduceContext) =>
  client.operate(key, [
    exp.operations.write('missing', exp.int(5), exp.expWriteFlags.UPDATE_ONLY),
  ]);
// #endregion code-17

// #region code-20
/** A read from a namespace the server does not have. */
export const unknownNamespace = ({ client }: ProduceContext) =>
  client.get(new Aerospike.Key('no_such_ns', 'codes', 1));
// #endregion code-20

// #region code-23
/** A map put with UPDATE_ONLY of a map key that is absent. */
export const updateMissingMapKey = ({ client, key }: ProduceContext) =>
  client.operate(key, [
    maps.put('prefs', 'lang', 'ko', {
      writeFlags: maps.writeFlags.UPDATE_ONLY,
    }),
  ]);
// #endregion code-23

// #region code-24
/** A map put with CREATE_ONLY of a map key that is present. */
export const createExistingMapKey = ({ client, key }: ProduceContext) =>
  client.operate(key, [
    maps.put('prefs', 'theme', 'light', {
      writeFlags: maps.writeFlags.CREATE_ONLY,
    }),
  ]);
// #endregion code-24

// #region code-25
/** A durable delete, an Enterprise feature, on a Community server. */
export const durableDelete = ({ client, key }: ProduceContext) =>
  client.remove(key, new Aerospike.RemovePolicy({ durableDelete: true }));
// #endregion code-25

// #region code-26
/** A list read at an index past the end of the list. */
export const indexPastEnd = ({ client, key }: ProduceContext) =>
  client.operate(key, [lists.get('tags', 10)]);
// #endregion code-26

// #region code-27
/** A read whose filter expression is false for the record. */
export const filteredOut = ({ client, key }: ProduceContext) =>
  client.get(
    key,
    new Aerospike.ReadPolicy({
      filterExpression: exp.eq(exp.binInt('count'), exp.int(42)),
    }),
  );
// #endregion code-27

// #region code-51
/** A security command sent to a Community server. */
export const createUser = ({ client }: ProduceContext) =>
  client.createUser('auditor', 'a-password');
// #endregion code-51

// #region code-100
/** A call of a registered Lua function that raises an error. */
export async function failingUdf({ client, key }: ProduceContext) {
  const job = await client.udfRegister(FAILING_LUA);
  await job.wait(10);
  return client.apply(key, { module: 'failing', funcname: 'reject' });
}
// #endregion code-100

// #region code-160
/** A GeoJSON point whose coordinates are not numbers. */
export const invalidGeoJson = ({ client, key }: ProduceContext) =>
  client.put(key, {
    where: new Aerospike.GeoJSON('{"type":"Point","coordinates":"Seoul"}'),
  });
// #endregion code-160

// #region code-200
/** Two indexes of the same name on different bins. */
export async function sameIndexName({ client }: ProduceContext) {
  const index = 'codes_by_name';
  await client.createStringIndex({
    ns: 'test',
    set: 'codes',
    bin: 'name',
    index,
  });
  return client.createIntegerIndex({
    ns: 'test',
    set: 'codes',
    bin: 'count',
    index,
  });
}
// #endregion code-200

// #region code-201
/** A query on a bin that has no secondary index. */
export const queryWithoutIndex = ({ client }: ProduceContext) =>
  client
    .query('test', 'codes', {
      filters: [Aerospike.filter.equal('unindexed', 1)],
    })
    .results();
// #endregion code-201

// #region code--1
/** A command on a client that was closed. */
export async function useClosedClient({ hosts, key }: ProduceContext) {
  const closed = await Aerospike.connect({ hosts });
  closed.close();
  return closed.get(key);
}
// #endregion code--1

// #region code--2
/** A bin name of 16 bytes; the limit is 15. */
export const longBinName = ({ client, key }: ProduceContext) =>
  client.put(key, { sixteen_bytes_xx: 1 });
// #endregion code--2

// #region code--6
/** A read whose connection drops (the test's proxy drops it). */
export const droppedConnection = ({ client, key }: ProduceContext) =>
  client.get(key, new Aerospike.ReadPolicy({ maxRetries: 0 }));
// #endregion code--6

// #region code--7
/** 20 reads at once through a client allowed one connection. */
export async function oneConnection({ hosts, key }: ProduceContext) {
  const narrow = await Aerospike.connect({ hosts, maxConnsPerNode: 1 });
  try {
    const reads = Array.from({ length: 20 }, () => narrow.get(key));
    const failed = (await Promise.allSettled(reads)).find(
      (outcome) => outcome.status === 'rejected',
    );
    if (failed) throw failed.reason;
  } finally {
    narrow.close();
  }
}
// #endregion code--7

// #region code-9
/** A read with a 300 ms budget from a server that answers after 1.5 s. */
export const slowAnswer = ({ client, key }: ProduceContext) =>
  client.get(
    key,
    new Aerospike.ReadPolicy({ totalTimeout: 300, maxRetries: 0 }),
  );
// #endregion code-9

// #region code--10
/** A connection to a loopback port where nothing listens. */
export const nothingListening = () =>
  Aerospike.connect({ hosts: '127.0.0.1:1', connTimeoutMs: 500 });
// #endregion code--10

// #region code--14
/** A client that shuns a node after more than 2 errors within 2 tends. */
export const FEW_ERRORS: Aerospike.ConfigOptions = {
  // Outside a ratio of 1 to 100 between these two, both revert to defaults.
  maxErrorRate: 2,
  errorRateWindow: 2, // tend iterations, about a second each
  policies: { read: new Aerospike.ReadPolicy({ maxRetries: 0 }) },
};

/** Reads until the client refuses to send one; the proxy drops them all. */
export async function exceedErrorRate({ client, key }: ProduceContext) {
  for (let read = 1; read <= 10; read += 1) {
    try {
      await client.get(key);
    } catch (error) {
      // -6: the connection dropped, and the client counted one more error.
      if (!isAerospikeError(error, status.ERR_ASYNC_CONNECTION)) throw error;
    }
  }
}
// #endregion code--14

// #region code--16
/** A batch whose only key names a namespace the server lacks. */
export const batchToNowhere = ({ client }: ProduceContext) =>
  client.batchRead([
    { key: new Aerospike.Key('no_such_ns', 'codes', 1), readAllBins: true },
  ]);
// #endregion code--16

// #region code--18
/** abort() of a transaction that was committed. */
export async function abortCommitted({ client }: ProduceContext) {
  const txn = new Aerospike.Transaction();
  await client.commit(txn);
  return client.abort(txn);
}
// #endregion code--18

// #region code--19
/** commit() of a transaction that was aborted. */
export async function commitAborted({ client }: ProduceContext) {
  const txn = new Aerospike.Transaction();
  await client.abort(txn);
  return client.commit(txn);
}
// #endregion code--19

const { status } = Aerospike;

/** The producers that run against the live server, one per code. */
export const PRODUCERS: Producer[] = [
  { code: status.OK, what: 'get of a record', setup: 'any', run: readIt },
  {
    code: status.ERR_RECORD_NOT_FOUND,
    what: 'get of a key nobody wrote',
    setup: 'any',
    run: readMissing,
  },
  {
    code: status.ERR_RECORD_GENERATION,
    what: 'put with gen EQ and a stale generation',
    setup: 'any',
    run: staleGeneration,
  },
  {
    code: status.ERR_REQUEST_INVALID,
    what: 'list increment of a string element',
    setup: 'any',
    run: incrementString,
  },
  {
    code: status.ERR_RECORD_EXISTS,
    what: 'create-only put of an existing record',
    setup: 'any',
    run: createExisting,
  },
  {
    code: status.ERR_BIN_EXISTS,
    what: 'expression write CREATE_ONLY to a set bin',
    setup: 'any',
    run: createExistingBin,
  },
  {
    code: status.ERR_BIN_INCOMPATIBLE_TYPE,
    what: 'incr of a string bin',
    setup: 'any',
    run: incrementName,
  },
  {
    code: status.ERR_RECORD_TOO_BIG,
    what: 'put of a 2 MiB record',
    setup: 'any',
    run: tooBig,
  },
  {
    code: status.ERR_SCAN_ABORTED,
    what: 'throttled scan aborted with query-abort-all',
    setup: 'any',
    prepare: fillScanSet,
    run: abortedScan,
  },
  {
    code: status.ERR_BIN_NOT_FOUND,
    what: 'expression write UPDATE_ONLY to a missing bin',
    setup: 'any',
    run: updateMissingBin,
  },
  {
    code: status.ERR_NAMESPACE_NOT_FOUND,
    what: 'get from a namespace the server lacks',
    setup: 'any',
    run: unknownNamespace,
  },
  {
    code: status.ERR_FAIL_ELEMENT_NOT_FOUND,
    what: 'map put UPDATE_ONLY of an absent map key',
    setup: 'any',
    run: updateMissingMapKey,
  },
  {
    code: status.ERR_FAIL_ELEMENT_EXISTS,
    what: 'map put CREATE_ONLY of a present map key',
    setup: 'any',
    run: createExistingMapKey,
  },
  {
    code: status.ERR_ENTERPRISE_ONLY,
    what: 'durable delete on Community Edition',
    setup: 'community',
    run: durableDelete,
  },
  {
    code: status.ERR_OP_NOT_APPLICABLE,
    what: 'list get past the end of the list',
    setup: 'any',
    run: indexPastEnd,
  },
  {
    code: status.FILTERED_OUT,
    what: 'get with a filter expression that is false',
    setup: 'any',
    run: filteredOut,
  },
  {
    code: status.SECURITY_NOT_SUPPORTED,
    what: 'createUser on Community Edition',
    setup: 'community',
    run: createUser,
  },
  {
    code: status.ERR_UDF,
    what: 'apply of a Lua function that raises an error',
    setup: 'any',
    run: failingUdf,
  },
  {
    code: status.ERR_GEO_INVALID_GEOJSON,
    what: 'put of a GeoJSON point without coordinates',
    setup: 'any',
    run: invalidGeoJson,
  },
  {
    code: status.ERR_INDEX_FOUND,
    what: 'second index of the same name on another bin',
    setup: 'any',
    run: sameIndexName,
  },
  {
    code: status.ERR_INDEX_NOT_FOUND,
    what: 'query on a bin without an index',
    setup: 'any',
    run: queryWithoutIndex,
  },
  {
    code: status.ERR_CLIENT,
    what: 'get on a closed client',
    setup: 'any',
    run: useClosedClient,
  },
  {
    code: status.ERR_PARAM,
    what: 'put with a 16-byte bin name',
    setup: 'any',
    run: longBinName,
  },
  {
    code: status.ERR_ASYNC_CONNECTION,
    what: 'get whose connection is dropped',
    setup: 'drop',
    run: droppedConnection,
  },
  {
    code: status.ERR_NO_MORE_CONNECTIONS,
    what: '20 gets at once with maxConnsPerNode 1',
    setup: 'any',
    run: oneConnection,
  },
  {
    code: status.ERR_TIMEOUT,
    what: 'get with 300 ms budget, answer after 1.5 s',
    setup: 'slow',
    run: slowAnswer,
  },
  {
    code: status.ERR_CONNECTION,
    what: 'connect to a port where nothing listens',
    setup: 'any',
    run: nothingListening,
  },
  {
    code: status.MAX_ERROR_RATE,
    what: 'gets while every connection drops',
    setup: 'drop-all',
    config: FEW_ERRORS,
    run: exceedErrorRate,
  },
  {
    code: status.BATCH_FAILED,
    what: 'batch read of one key in no namespace',
    setup: 'any',
    run: batchToNowhere,
  },
  {
    code: status.TXN_ALREADY_COMMITTED,
    what: 'abort of a committed transaction',
    setup: 'any',
    run: abortCommitted,
  },
  {
    code: status.TXN_ALREADY_ABORTED,
    what: 'commit of an aborted transaction',
    setup: 'any',
    run: commitAborted,
  },
];

/** Runs `run`, and returns the code it failed with (0 if it succeeded). */
export async function codeOf(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
    return Aerospike.status.OK;
  } catch (error) {
    if (!(error instanceof Aerospike.AerospikeError)) throw error;
    // the typings' union for `code` also admits status.getMessage
    return Number(error.code);
  }
}

/** One line of the printed table: code, constant name, what was done. */
export function tableLine(code: number, what: string): string {
  const [name = '?'] = namesOf(code);
  return `${String(code).padStart(4)}  ${name.padEnd(28)}${what}`;
}
