import * as Aerospike from 'aerospike';
import type { Producer, ProduceContext } from './produce';

/**
 * Settings of the node the special-node producers need: namespace `test`
 * lets one command wait per record (a hot key at the second) and has no
 * expiry thread; namespace `tiny` refuses writes once 1% of it is used.
 */
export const SPECIAL_NODE = {
  namespaceSettings: ['transaction-pending-limit 1', 'nsup-period 0'],
  extraNamespaces: [
    [
      'namespace tiny {',
      '  replication-factor 1',
      '  storage-engine memory {',
      '    data-size 1G',
      '    stop-writes-used-pct 1',
      '  }',
      '}',
    ].join('\n'),
  ],
};

// #region code-8
/** Fills namespace `tiny` past its stop-writes limit, then writes again. */
export async function writeWhenFull({ client }: ProduceContext) {
  const blob = Buffer.alloc(1000 * 1024);
  for (let i = 0; i < 12; i += 1) {
    await client.put(new Aerospike.Key('tiny', 'fill', i), { blob });
  }
  // The server checks its limits about once a second.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    await client.put(new Aerospike.Key('tiny', 'fill', 'one-more'), { n: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
// #endregion code-8

// #region code-14
/**
 * 100 writes of 512 KiB to one record at the same time, each with 10 s to
 * finish: on a busy machine the default second can run out first (code 9).
 */
export async function hotKey({ client, key }: ProduceContext) {
  const blob = Buffer.alloc(512 * 1024);
  const patient = new Aerospike.WritePolicy({ totalTimeout: 10_000 });
  const writes = Array.from({ length: 100 }, () =>
    client.put(key, { blob }, undefined, patient),
  );
  const failed = (await Promise.allSettled(writes)).find(
    (outcome) => outcome.status === 'rejected',
  );
  if (failed) throw failed.reason;
}
// #endregion code-14

// #region code-22
/** A write with a TTL to a namespace whose expiry thread is off. */
export const ttlWithoutExpiry = ({ client, key }: ProduceContext) =>
  client.put(key, { count: 2 }, { ttl: 3600 });
// #endregion code-22

const { status } = Aerospike;

/** The producers that need a node started with SPECIAL_NODE. */
export const SPECIAL_NODE_PRODUCERS: Producer[] = [
  {
    code: status.ERR_SERVER_FULL,
    what: 'put to a namespace past stop-writes',
    setup: 'special-node',
    run: writeWhenFull,
  },
  {
    code: status.ERR_RECORD_BUSY,
    what: '100 puts to one record, pending limit 1',
    setup: 'special-node',
    run: hotKey,
  },
  {
    code: status.ERR_FAIL_FORBIDDEN,
    what: 'put with a TTL while nsup-period is 0',
    setup: 'special-node',
    run: ttlWithoutExpiry,
  },
];
