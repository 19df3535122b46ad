import * as Aerospike from 'aerospike';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { putExpiring, readOrNull, updateKeepingTtl } from '../../src/ttl-and-udf/ttl';
import { startAsd, type StartedServer } from '../support/asd-server';
import { expectRecordedReport } from '../support/figures';
import { freshKey, liveAsd, liveHosts } from '../support/live';

/** A memory namespace of the node this file starts, with its own expiry settings. */
const namespace = (name: string, settings: string[]) =>
  [
    `namespace ${name} {`,
    '  replication-factor 1',
    ...settings.map((line) => `  ${line}`),
    '  storage-engine memory {',
    '    data-size 512M',
    '  }',
    '}',
  ].join('\n');

/**
 * `test` has no expiry thread (nsup-period 0, default-ttl 0); `expiring` runs it every second
 * and gives records a day by default. (Community Edition allows two namespaces: the tests
 * change `test` for a while with set-config, and set it back.)
 */
const TTL_NODE = {
  namespaceSettings: ['nsup-period 0'],
  extraNamespaces: [namespace('expiring', ['nsup-period 1', 'default-ttl 86400'])],
};

/** Changes a setting of namespace `test` on the running node. */
async function setConfig(client: Aerospike.Client, setting: string): Promise<void> {
  const answer = await client.infoAny(`set-config:context=namespace;id=test;${setting}`);
  if (!answer.trim().endsWith('ok')) throw new Error(`set-config ${setting}: ${answer}`);
}

/** The special TTL values of Aerospike.ttl, and a write that sets none. */
const SPECIAL = Object.entries(Aerospike.ttl) as [string, number][];

interface Tally {
  ok: number;
  forbidden: number;
}

/** Writes with a TTL refused where nsup-period is 0, then allowed once it is set. */
interface ForbiddenFigures {
  writes: number;
  ttlSeconds: number;
  nsupPeriodSet: number;
  message: string;
  nsupOff: { withTtl: Tally; withoutTtl: Tally };
  special: { name: string; value: number; code: number; ttl: number }[];
  nsupOn: { withTtl: Tally; ttlRead: number };
}

const tallyLine = (t: Tally) => `${t.ok} ok, ${t.forbidden} failed with 22`;
const row = (what: string, result: string) => `  ${what.padEnd(38)} ${result}`;

function formatForbidden(run: ForbiddenFigures): string {
  const ttlWrites = `${run.writes} × putExpiring(…, ${run.ttlSeconds})`;
  return [
    'namespace test: nsup-period 0, default-ttl 0',
    row(ttlWrites, `${tallyLine(run.nsupOff.withTtl)} "${run.message}"`),
    row(`${run.writes} × put without a TTL`, tallyLine(run.nsupOff.withoutTtl)),
    ...run.special.map((s) =>
      row(
        `put with ttl ${s.name} (${s.value})`,
        `${s.code === 0 ? 'ok' : `code ${s.code}`}; the record's ttl reads ${s.ttl}`,
      ),
    ),
    `after set-config nsup-period=${run.nsupPeriodSet}`,
    row(ttlWrites, `${tallyLine(run.nsupOn.withTtl)}; a record's ttl reads ${run.nsupOn.ttlRead}`),
    '',
  ].join('\n');
}

/** Each special value as an update of a record written with a TTL. */
interface UpdateFigures {
  defaultTtl: number;
  writtenTtl: number;
  updates: { name: string; ttl: number }[];
}

function formatUpdates(run: UpdateFigures): string {
  return [
    `namespace expiring: nsup-period 1, default-ttl ${run.defaultTtl}`,
    `a record written with ttl ${run.writtenTtl}, then updated with`,
    ...run.updates.map((u) => row(u.name, `its ttl reads ${u.ttl}`)),
    '',
  ].join('\n');
}

/** A record with a short TTL, read until it is gone, on a namespace with and without nsup. */
interface ExpiryFigures {
  ttlSeconds: number;
  limits: { deadlineMs: number };
  /** The record's ttl read right after the write. */
  ttlRead: number;
  /** From the write to the first read that returned 2. */
  goneAfterMs: number;
  codeAfter: number;
  /** From the write until namespace `expiring` counted the record no more. */
  removedAfterMs: number;
  /** Namespace `test` with allow-ttl-without-nsup: read as gone, but still counted then. */
  lenient: { goneAfterMs: number; objectsLeft: number };
}

function formatExpiry(run: ExpiryFigures): string {
  return [
    `a record written with ttl ${run.ttlSeconds}; read right after, its ttl is ${run.ttlRead}`,
    'namespace expiring: nsup-period 1',
    row(`reads return code ${run.codeAfter} from`, `${run.goneAfterMs} ms after the write`),
    row('nsup removed the record', `${run.removedAfterMs} ms after the write`),
    'namespace test: nsup-period 0, allow-ttl-without-nsup true',
    row(`reads return code ${run.codeAfter} from`, `${run.lenient.goneAfterMs} ms after the write`),
    row('its set still counts objects then', `${run.lenient.objectsLeft}`),
    '',
  ].join('\n');
}

/** The code of a failed command, 0 when it succeeds. */
async function codeOf(command: () => Promise<unknown>): Promise<number> {
  try {
    await command();
    return Aerospike.status.OK;
  } catch (error) {
    const cause = error instanceof Error && error.cause ? error.cause : error;
    if (cause instanceof Aerospike.AerospikeError) return Number(cause.code);
    throw error;
  }
}

/** Runs `write` on `count` fresh keys and counts how each ended. */
async function tally(count: number, write: (key: Aerospike.Key) => Promise<unknown>): Promise<Tally> {
  const codes: number[] = [];
  for (let i = 0; i < count; i += 1) codes.push(await codeOf(() => write(freshKey('ttl'))));
  for (const code of codes)
    if (code !== Aerospike.status.OK && code !== Aerospike.status.ERR_FAIL_FORBIDDEN)
      throw new Error(`unexpected code ${code}`);
  return {
    ok: codes.filter((code) => code === Aerospike.status.OK).length,
    forbidden: codes.filter((code) => code === Aerospike.status.ERR_FAIL_FORBIDDEN).length,
  };
}

/** Objects of one set of a namespace, from the node's statistics. */
async function objectsIn(client: Aerospike.Client, ns: string, set: string): Promise<number> {
  const answer = await client.infoAny(`sets/${ns}/${set}`);
  return Number(/objects=(\d+)/.exec(answer)?.[1] ?? 0);
}

/** Polls `check` every 50 ms until it returns true; fails after `deadlineMs`. */
async function waitFor(what: string, deadlineMs: number, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`${what}: not within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// Only a node the harness starts can be configured so; one given by AEROSPIKE_HOSTS cannot.
if (!liveAsd) {
  const why = liveHosts ? 'the server came from AEROSPIKE_HOSTS' : inject('liveSkipReason');
  console.warn(`SKIPPED: the TTL tests need a node the harness starts with namespaces of their own (${why})`);
}

describe.skipIf(!liveAsd)('expiration and TTL', () => {
  let node: StartedServer;
  let client: Aerospike.Client;
  beforeAll(async () => {
    node = await startAsd(liveAsd, TTL_NODE);
    // Patient policies: on a loaded machine the default second can run out (code 9), which is
    // not what these tests are about.
    const patient = { totalTimeout: 10_000, socketTimeout: 10_000 };
    client = await Aerospike.connect({
      hosts: node.hosts,
      policies: {
        read: new Aerospike.ReadPolicy(patient),
        write: new Aerospike.WritePolicy(patient),
        info: new Aerospike.InfoPolicy({ timeout: 10_000 }),
      },
    });
  });
  afterAll(async () => {
    client?.close();
    await node?.stop();
  });

  it('a TTL where nsup-period is 0 fails with 22 every time; the special values and writes without a TTL pass; once nsup-period is set, the same TTL passes', async () => {
    const WRITES = 10;
    const TTL = 3600;
    const NSUP_PERIOD = 120;
    const withTtl = (key: Aerospike.Key) => putExpiring(client, key, { n: 1 }, TTL);

    const offWithTtl = await tally(WRITES, withTtl);
    const offWithoutTtl = await tally(WRITES, (key) => client.put(key, { n: 1 }));
    const refused = await client
      .put(new Aerospike.Key('test', 'ttl', 'refused'), { n: 1 }, { ttl: TTL })
      .then(
        () => undefined,
        (error: unknown) => error as Aerospike.AerospikeError,
      );
    const special: ForbiddenFigures['special'] = [];
    for (const [name, value] of SPECIAL) {
      const key = new Aerospike.Key('test', 'ttl', `special-${name}`);
      const code = await codeOf(() => client.put(key, { n: 1 }, { ttl: value }));
      special.push({ name, value, code, ttl: (await client.get(key)).ttl });
    }

    // The remedy: an expiry thread. (In a node's config file: `nsup-period 120`.)
    await setConfig(client, `nsup-period=${NSUP_PERIOD}`);
    try {
      const onWithTtl = await tally(WRITES, withTtl);
      const readBack = new Aerospike.Key('test', 'ttl', 'read-back');
      await putExpiring(client, readBack, { n: 1 }, TTL);
      const figures: ForbiddenFigures = {
        writes: WRITES,
        ttlSeconds: TTL,
        nsupPeriodSet: NSUP_PERIOD,
        message: refused?.message ?? 'none',
        nsupOff: { withTtl: offWithTtl, withoutTtl: offWithoutTtl },
        special,
        nsupOn: { withTtl: onWithTtl, ttlRead: (await client.get(readBack)).ttl },
      };
      const recorded = expectRecordedReport('ttl-and-udf/forbidden', figures, formatForbidden);
      for (const run of [figures, recorded]) {
        expect(run.nsupOff.withTtl).toEqual({ ok: 0, forbidden: run.writes });
        expect(run.nsupOff.withoutTtl).toEqual({ ok: run.writes, forbidden: 0 });
        expect(run.nsupOn.withTtl).toEqual({ ok: run.writes, forbidden: 0 });
        expect(run.nsupOn.ttlRead).toBeGreaterThan(run.ttlSeconds - 5);
        expect(run.nsupOn.ttlRead).toBeLessThanOrEqual(run.ttlSeconds);
        expect(run.message).toBe(Aerospike.status.getMessage(Aerospike.status.ERR_FAIL_FORBIDDEN));
        // Every special value passes on this namespace, and none gives the record an expiry.
        expect(run.special.map((s) => [s.name, s.value, s.code, s.ttl])).toEqual([
          ['NAMESPACE_DEFAULT', 0, 0, -1],
          ['NEVER_EXPIRE', -1, 0, -1],
          ['DONT_UPDATE', -2, 0, -1],
          ['CLIENT_DEFAULT', -3, 0, -1],
        ]);
      }
      expect(refused?.code).toBe(Aerospike.status.ERR_FAIL_FORBIDDEN);
    } finally {
      await setConfig(client, 'nsup-period=0');
    }
  });

  it('an update without a TTL gives the record the namespace default again; DONT_UPDATE keeps its TTL', async () => {
    const WRITTEN = 3600;
    const DEFAULT_TTL = 86400;
    const updates: UpdateFigures['updates'] = [];
    const variants: [string, (key: Aerospike.Key) => Promise<unknown>][] = [
      ['no TTL', (key) => client.put(key, { n: 2 })],
      ...SPECIAL.map(([name, value]): [string, (key: Aerospike.Key) => Promise<unknown>] => [
        `${name} (${value})`,
        (key) => client.put(key, { n: 2 }, { ttl: value }),
      ]),
      ['updateKeepingTtl()', (key) => updateKeepingTtl(client, key, { n: 2 })],
    ];
    for (const [name, update] of variants) {
      const key = new Aerospike.Key('expiring', 'ttl', `update-${name}`);
      await client.put(key, { n: 1 }, { ttl: WRITTEN });
      await update(key);
      const record = await client.get(key);
      expect(record.bins).toEqual({ n: 2 });
      updates.push({ name, ttl: record.ttl });
    }
    const figures: UpdateFigures = { defaultTtl: DEFAULT_TTL, writtenTtl: WRITTEN, updates };
    const recorded = expectRecordedReport('ttl-and-udf/update-ttl', figures, formatUpdates);
    const near = (ttl: number, target: number) => ttl > target - 5 && ttl <= target;
    for (const run of [figures, recorded]) {
      const kept = (name: string) =>
        near(run.updates.find((u) => u.name.startsWith(name))!.ttl, run.writtenTtl);
      const reset = (name: string) =>
        near(run.updates.find((u) => u.name.startsWith(name))!.ttl, run.defaultTtl);
      expect(['no TTL', 'NAMESPACE_DEFAULT', 'CLIENT_DEFAULT'].every(reset)).toBe(true);
      expect(['DONT_UPDATE', 'updateKeepingTtl'].every(kept)).toBe(true);
      expect(run.updates.find((u) => u.name.startsWith('NEVER_EXPIRE'))!.ttl).toBe(-1);
    }
  });

  it('a record with a short TTL reads as 2 once it has expired; nsup removes it, and without nsup it stays counted', async () => {
    const TTL = 2;
    const DEADLINE_MS = 10_000;
    const set = 'expiry';
    const expiring = new Aerospike.Key('expiring', set, 'short');
    const lenient = new Aerospike.Key('test', set, 'short');
    await setConfig(client, 'allow-ttl-without-nsup=true');
    const writtenAt = Date.now();
    try {
      await Promise.all([expiring, lenient].map((key) => putExpiring(client, key, { n: 1 }, TTL)));
    } finally {
      await setConfig(client, 'allow-ttl-without-nsup=false');
    }
    const ttlRead = (await readOrNull(client, expiring))!.ttl;
    const goneAfter = new Map<Aerospike.Key, number>();
    await waitFor('both records read as gone', DEADLINE_MS, async () => {
      for (const key of [expiring, lenient]) {
        if (!goneAfter.has(key) && (await readOrNull(client, key)) === null)
          goneAfter.set(key, Date.now() - writtenAt);
      }
      return goneAfter.size === 2;
    });
    const gone = await client.get(expiring).then(
      () => Aerospike.status.OK,
      (error: Aerospike.AerospikeError) => Number(error.code),
    );
    await waitFor(
      'nsup removed the record',
      DEADLINE_MS,
      async () => (await objectsIn(client, 'expiring', set)) === 0,
    );
    const removedAfterMs = Date.now() - writtenAt;
    const figures: ExpiryFigures = {
      ttlSeconds: TTL,
      limits: { deadlineMs: DEADLINE_MS },
      ttlRead,
      goneAfterMs: goneAfter.get(expiring)!,
      codeAfter: gone,
      removedAfterMs,
      lenient: { goneAfterMs: goneAfter.get(lenient)!, objectsLeft: await objectsIn(client, 'test', set) },
    };
    const recorded = expectRecordedReport('ttl-and-udf/expiry', figures, formatExpiry);
    for (const run of [figures, recorded]) {
      expect(run.ttlRead).toBeGreaterThanOrEqual(run.ttlSeconds - 1);
      expect(run.ttlRead).toBeLessThanOrEqual(run.ttlSeconds);
      expect(run.codeAfter).toBe(Aerospike.status.ERR_RECORD_NOT_FOUND);
      expect(run.removedAfterMs).toBeGreaterThanOrEqual(run.goneAfterMs - 100);
      for (const goneAfterMs of [run.goneAfterMs, run.lenient.goneAfterMs]) {
        // Expiry counts whole seconds of the server's clock.
        // A record expires once the server's clock, in whole seconds, has passed its void
        // time: between ttl and ttl + 1 seconds after the write (plus the polling's delay).
        expect(goneAfterMs).toBeGreaterThanOrEqual(run.ttlSeconds * 1000 - 100);
        expect(goneAfterMs).toBeLessThan((run.ttlSeconds + 1) * 1000 + 500);
      }
      expect(run.removedAfterMs).toBeLessThan(run.limits.deadlineMs);
      expect(run.lenient.objectsLeft).toBe(1);
    }
    expect(await client.exists(expiring)).toBe(false);
  });
});
