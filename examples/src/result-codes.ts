// #region observe
import * as Aerospike from 'aerospike';

/**
 * Something the guide says produces a result code, and how to make it happen.
 */
interface Trigger {
  what: string;
  run: (client: Aerospike.Client, key: Aerospike.Key) => Promise<unknown>;
}

const { exp, policy } = Aerospike;

const TRIGGERS: Trigger[] = [
  { what: 'get of an existing record', run: (c, k) => c.get(k) },
  {
    what: 'get of a key that does not exist',
    run: (c) => c.get(new Aerospike.Key('test', 'codes', 'no-such-key')),
  },
  {
    what: 'put with gen EQ and a stale generation',
    run: (c, k) =>
      c.put(
        k,
        { count: 2 },
        { gen: 999 },
        new Aerospike.WritePolicy({ gen: policy.gen.EQ }),
      ),
  },
  {
    what: 'put with exists CREATE on an existing record',
    run: (c, k) =>
      c.put(
        k,
        { count: 2 },
        null,
        new Aerospike.WritePolicy({ exists: policy.exists.CREATE }),
      ),
  },
  { what: 'incr on a string bin', run: (c, k) => c.incr(k, { name: 1 }) },
  {
    what: 'put of a 2 MiB record',
    run: (c, k) => c.put(k, { blob: Buffer.alloc(2 * 1024 * 1024) }),
  },
  {
    what: 'get from a namespace the server lacks',
    run: (c) => c.get(new Aerospike.Key('no_such_ns', 'codes', 1)),
  },
  {
    what: 'get with a filter expression that is false',
    run: (c, k) =>
      c.get(
        k,
        new Aerospike.ReadPolicy({
          filterExpression: exp.eq(exp.binInt('count'), exp.int(42)),
        }),
      ),
  },
  {
    what: 'put with a 16-byte bin name',
    run: (c, k) => c.put(k, { sixteen_bytes_xx: 1 }),
  },
];

/** Runs each trigger against the server and prints the code it produced. */
export async function observeResultCodes(
  client: Aerospike.Client,
  key: Aerospike.Key,
): Promise<number[]> {
  await client.put(key, { name: 'Ji-woo', count: 1 });
  const codes: number[] = [];
  for (const { what, run } of TRIGGERS) {
    let code: number = Aerospike.status.OK;
    try {
      await run(client, key);
    } catch (error) {
      if (!(error instanceof Aerospike.AerospikeError)) throw error;
      // the typings' union for `code` also admits status.getMessage
      code = Number(error.code);
    }
    const [name = '?'] =
      Object.entries(Aerospike.status).find(
        ([n, value]) => value === code && !n.startsWith('AEROSPIKE_'),
      ) ?? [];
    console.log(`${String(code).padStart(3)}  ${name.padEnd(27)}${what}`);
    codes.push(code);
  }
  return codes;
}
// #endregion observe
