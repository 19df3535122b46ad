import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { afterAll, expect, it } from 'vitest';
import {
  ACCOUNTS_LUA,
  luaError,
  registerModule,
  withdraw,
  withdrawMany,
  WithdrawalRefused,
} from '../../src/ttl-and-udf/udf';
import { clientBehaviour, onlyFor } from '../support/client-behaviour';
import { codeName, expectRecordedReport } from '../support/figures';
import { describeLive, freshKey, rejectsWithCode, withClient } from '../support/live';

/**
 * A message as the page shows it: the server's directory of Lua files and a node's address
 * differ from run to run, so they are written as placeholders.
 */
const shown = (message: string) =>
  message.replace(/^\S*\/(?=[\w-]+\.lua:\d+:)/, '<user-path>/').replace(/ from \S+$/, ' from <node>');

/** How one UDF call ended. */
interface Outcome {
  call: string;
  code: number;
  message: string;
  /** What luaError() made of it. */
  luaError: string | null;
}

interface UdfErrorFigures {
  amount: number;
  outcomes: Outcome[];
  /** The balance of the account whose withdrawal was refused, before and after. */
  refusedBalance: { before: number; after: number };
  /** A withdrawal that passed: the balance before and what withdraw() resolved with. */
  passed: { before: number; after: number };
}

function formatUdfErrors(run: UdfErrorFigures): string {
  return [
    ...run.outcomes.map((o) =>
      [
        `${o.call}`,
        `  ${o.code} ${codeName(o.code)}: "${o.message}"`,
        `  luaError(): ${o.luaError === null ? 'undefined' : `"${o.luaError}"`}`,
      ].join('\n'),
    ),
    `the refused account's balance: ${run.refusedBalance.before} before, ${run.refusedBalance.after} after`,
    `withdraw ${run.amount} from a balance of ${run.passed.before}: resolves with ${run.passed.after}`,
    '',
  ].join('\n');
}

interface BatchUdfFigures {
  amount: number;
  /** Balances before; null for an account that does not exist. */
  before: (number | null)[];
  batchWrite: { statuses: number[]; inDoubt: boolean[]; after: (number | null)[] };
  batchApply: { code: number; message: string; after: (number | null)[] };
}

const balances = (list: (number | null)[]) => list.map((b) => (b === null ? 'none' : b)).join(', ');

function formatBatchUdf(run: BatchUdfFigures): string {
  return [
    `withdraw ${run.amount} from each of three accounts, balances ${balances(run.before)}:`,
    `batchWrite() with BATCH_APPLY records resolves:`,
    `  statuses ${run.batchWrite.statuses.join(', ')}; inDoubt ${run.batchWrite.inDoubt.join(', ')}`,
    `  balances afterwards ${balances(run.batchWrite.after)}`,
    `batchApply() on the same accounts rejects:`,
    `  ${run.batchApply.code} ${codeName(run.batchApply.code)}: "${run.batchApply.message}"`,
    `  balances afterwards ${balances(run.batchApply.after)}`,
    '',
  ].join('\n');
}

/** An account holding `balance`, or a key with no record for null. */
async function account(client: Aerospike.Client, balance: number | null): Promise<Aerospike.Key> {
  const key = freshKey('accounts');
  if (balance !== null) await client.put(key, { balance });
  return key;
}

async function balanceOf(client: Aerospike.Client, key: Aerospike.Key): Promise<number | null> {
  return client.get(key).then(
    (record) => record.bins.balance as number,
    (error: Aerospike.AerospikeError) => {
      if (error.code !== Aerospike.status.ERR_RECORD_NOT_FOUND) throw error;
      return null;
    },
  );
}

/** Runs a call expected to fail with an AerospikeError; WithdrawalRefused is unwrapped. */
async function outcomeOf(call: string, run: () => Promise<unknown>): Promise<Outcome> {
  const error = await run().then(
    () => {
      throw new Error(`${call}: expected it to fail`);
    },
    (reason: unknown) => reason,
  );
  const cause = error instanceof WithdrawalRefused ? error.cause : error;
  if (!(cause instanceof Aerospike.AerospikeError)) throw error;
  const reason = error instanceof WithdrawalRefused ? error.message : luaError(cause);
  return { call, code: Number(cause.code), message: shown(cause.message), luaError: reason ?? null };
}

describeLive('UDF errors', () => {
  afterAll(async () => {
    // Modules are cluster-wide: leave the shared server as it was.
    await withClient(async (client) => {
      await client.udfRemove('accounts.lua').then(
        (job) => job.wait(100),
        () => undefined,
      );
    });
  });

  it('registering fails at once for a missing file (-1) and a file that does not compile (100); calls fail with 100, and only an error in the function itself carries a file, line and text; a refused withdrawal changes nothing', async () => {
    const AMOUNT = 10;
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'udf-')), 'broken.lua');
    fs.writeFileSync(broken, 'function withdraw(rec, amount)\n  return rec[\nend\n');
    await withClient(async (client) => {
      const outcomes = [
        await outcomeOf("registerModule(client, '/no/such/dir/accounts.lua')", () =>
          registerModule(client, '/no/such/dir/accounts.lua'),
        ),
        await outcomeOf('registerModule(client, <a file that does not compile>)', () =>
          registerModule(client, broken),
        ),
      ];
      expect(await client.infoAny('udf-list')).not.toContain('broken.lua');
      await registerModule(client, ACCOUNTS_LUA);
      expect(await client.infoAny('udf-list')).toContain('filename=accounts.lua');

      const low = await account(client, 5);
      const missing = await account(client, null);
      const rich = await account(client, 100);
      const noBalance = freshKey('accounts');
      await client.put(noBalance, { owner: 'someone' });
      outcomes.push(
        await outcomeOf('apply() of module no_such_module', () =>
          client.apply(low, { module: 'no_such_module', funcname: 'withdraw', args: [AMOUNT] }),
        ),
        await outcomeOf('apply() of function no_such_function in module accounts', () =>
          client.apply(low, { module: 'accounts', funcname: 'no_such_function', args: [AMOUNT] }),
        ),
        await outcomeOf(`withdraw(client, key, ${AMOUNT}) from a balance of 5`, () =>
          withdraw(client, low, AMOUNT),
        ),
        await outcomeOf(`withdraw(client, key, ${AMOUNT}) from an account that does not exist`, () =>
          withdraw(client, missing, AMOUNT),
        ),
        await outcomeOf(`withdraw(client, key, ${AMOUNT}) from a record with no balance bin`, () =>
          withdraw(client, noBalance, AMOUNT),
        ),
      );
      const figures: UdfErrorFigures = {
        amount: AMOUNT,
        outcomes,
        refusedBalance: { before: 5, after: (await balanceOf(client, low))! },
        passed: { before: 100, after: await withdraw(client, rich, AMOUNT) },
      };
      expect(await balanceOf(client, rich)).toBe(figures.passed.after);
      expect(await balanceOf(client, missing)).toBeNull();
      const recorded = expectRecordedReport('ttl-and-udf/udf-errors', figures, formatUdfErrors);
      const { ERR_CLIENT, ERR_UDF } = Aerospike.status;
      for (const run of [figures, recorded]) {
        expect(run.outcomes.map((o) => o.code)).toEqual([
          ERR_CLIENT,
          ERR_UDF,
          ERR_UDF,
          ERR_UDF,
          ERR_UDF,
          ERR_UDF,
          ERR_UDF,
        ]);
        // A runtime error of the Lua code has a file and line as well.
        expect(run.outcomes[6]!.luaError).toMatch(/arithmetic/);
        expect(run.outcomes.map((o) => o.luaError).slice(0, 6)).toEqual([
          null,
          null,
          null,
          null,
          'insufficient balance',
          'no such account',
        ]);
        expect(run.refusedBalance.after).toBe(run.refusedBalance.before);
        expect(run.passed.after).toBe(run.passed.before - run.amount);
      }
    });
  });

  it('a batch of UDF calls: batchWrite() resolves with each record’s status; batchApply() rejects the whole call with -16, and still changed the record whose UDF succeeded', async (ctx) => {
    if (!clientBehaviour.readsBatchApplyUdf) ctx.skip(onlyFor('clients 6.4.0 and later'));
    const AMOUNT = 10;
    const BEFORE = [100, 5, null];
    const UDF = { module: 'accounts', funcname: 'withdraw', args: [AMOUNT] };
    await withClient(async (client) => {
      await registerModule(client, ACCOUNTS_LUA);
      const keys = await Promise.all(BEFORE.map((balance) => account(client, balance)));
      const all = () => Promise.all(keys.map((key) => balanceOf(client, key)));

      const results = await withdrawMany(client, keys, AMOUNT);
      const byKey = (key: Aerospike.Key) => keys.indexOf(key);
      const statuses = keys.map((key) =>
        results.done.some((d) => d.key === key)
          ? Aerospike.status.OK
          : (results.failed.find((f) => f.key === key)?.code ?? -999),
      );
      expect(results.done.map((d) => [byKey(d.key), d.balance])).toEqual([[0, 90]]);
      expect(results.inDoubt).toEqual([]);
      const afterWrite = await all();
      // The server sends a failed record's Lua message in a bin FAILURE; the client drops it.
      const [failed] = await client.batchWrite([
        {
          type: Aerospike.batchType.BATCH_APPLY,
          key: await account(client, null),
          udf: UDF,
        } as Aerospike.BatchWriteRecord,
      ]);
      expect(failed!.status).toBe(Aerospike.status.ERR_UDF);
      expect(failed!.record.bins).toBeUndefined();

      const applyError = await rejectsWithCode(client.batchApply(keys, UDF), Aerospike.status.BATCH_FAILED);
      const figures: BatchUdfFigures = {
        amount: AMOUNT,
        before: BEFORE,
        batchWrite: {
          statuses,
          inDoubt: keys.map((key) => results.inDoubt.includes(key)),
          after: afterWrite,
        },
        batchApply: { code: Number(applyError.code), message: applyError.message, after: await all() },
      };
      const recorded = expectRecordedReport('ttl-and-udf/batch-udf', figures, formatBatchUdf);
      for (const run of [figures, recorded]) {
        const { OK, ERR_UDF, BATCH_FAILED } = Aerospike.status;
        expect(run.batchWrite.statuses).toEqual([OK, ERR_UDF, ERR_UDF]);
        expect(run.batchWrite.inDoubt).toEqual([false, false, false]);
        expect(run.batchWrite.after).toEqual([run.before[0]! - run.amount, run.before[1], null]);
        expect(run.batchApply.code).toBe(BATCH_FAILED);
        expect(run.batchApply.after).toEqual([run.before[0]! - 2 * run.amount, run.before[1], null]);
      }
    });
  });

  // Found by the compatibility matrix: 5.13.2 and 6.0.0 do not read a BATCH_APPLY record's udf.
  it('clients 5.13.2 and 6.0.0: a BATCH_APPLY record with its UDF in `udf` is refused with -2', async (ctx) => {
    if (clientBehaviour.readsBatchApplyUdf) ctx.skip(onlyFor('clients 5.13.2 and 6.0.0'));
    await withClient(async (client) => {
      await registerModule(client, ACCOUNTS_LUA);
      const key = await account(client, 100);
      await rejectsWithCode(withdrawMany(client, [key], 10), Aerospike.status.ERR_PARAM);
      expect(await balanceOf(client, key)).toBe(100);
    });
  });
});
