// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports
// #region register
import path from 'node:path';
// #endregion register

// #region register
/** The Lua file beside this one; registered, it is module `accounts`. */
export const ACCOUNTS_LUA = path.join(__dirname, 'accounts.lua');

/**
 * Registers a Lua module and waits until every node of the cluster lists it,
 * so that a call of it can go to any node.
 */
export async function registerModule(
  client: Aerospike.Client,
  file: string,
): Promise<void> {
  const job = await client.udfRegister(file);
  await job.wait(100); // polls the nodes every 100 ms, with no time limit
}
// #endregion register

// #region apply
/** A withdrawal that the UDF refused, with the reason its Lua code gave. */
export class WithdrawalRefused extends Error {}

/**
 * The text of an error in a Lua function (its own error('…'), or a runtime
 * error of its code), out of an ERR_UDF (100) message; undefined for any
 * other error, including a 100 of a module or function that does not exist.
 */
export function luaError(error: unknown): string | undefined {
  if (
    !(error instanceof Aerospike.AerospikeError) ||
    error.code !== Aerospike.status.ERR_UDF
  ) {
    return undefined;
  }
  // Lua puts the server's path of the file and the line in front.
  return /\.lua:\d+: (.*)$/s.exec(error.message)?.[1];
}

/** Takes `amount` from an account; resolves with the new balance. */
export async function withdraw(
  client: Aerospike.Client,
  key: Aerospike.Key,
  amount: number,
): Promise<number> {
  const udf = { module: 'accounts', funcname: 'withdraw', args: [amount] };
  try {
    // apply() resolves with what the function returned (typed as a record).
    return (await client.apply(key, udf)) as unknown as number;
  } catch (error) {
    const reason = luaError(error);
    if (reason !== undefined) {
      throw new WithdrawalRefused(reason, { cause: error });
    }
    throw error;
  }
}
// #endregion apply

// #region batch-udf
/** What one batch of withdrawals did, account by account. */
export interface BatchWithdrawal {
  /** Accounts the UDF changed, with their new balance. */
  done: { key: Aerospike.Key; balance: number }[];
  /** Accounts whose call failed, with the code; the UDF changed nothing. */
  failed: { key: Aerospike.Key; code: number }[];
  /** Maybe changed by this call: read them before you send them again. */
  inDoubt: Aerospike.Key[];
}

/**
 * Takes `amount` from many accounts in one batch. batchWrite() resolves with
 * a status per record; batchApply() rejects the whole call with
 * BATCH_FAILED (-16) when one record fails, although it has run the UDF on
 * the others, and drops every record's status.
 */
export async function withdrawMany(
  client: Aerospike.Client,
  keys: Aerospike.Key[],
  amount: number,
): Promise<BatchWithdrawal> {
  const udf = { module: 'accounts', funcname: 'withdraw', args: [amount] };
  // The typings' BatchWriteRecord has no `udf` field; the client reads it.
  const records = keys.map((key) => ({
    type: Aerospike.batchType.BATCH_APPLY,
    key,
    udf,
  }));
  const results = await client.batchWrite(records);
  const outcome: BatchWithdrawal = { done: [], failed: [], inDoubt: [] };
  results.forEach((result, i) => {
    const key = keys[i]!; // results come back in the order of the request
    if (result.status === Aerospike.status.OK) {
      // A batch UDF's return value arrives as bin SUCCESS.
      const balance = result.record.bins.SUCCESS as number;
      outcome.done.push({ key, balance });
    } else if (result.inDoubt) {
      outcome.inDoubt.push(key);
    } else {
      // No Lua message here: the client drops a failed record's bins.
      outcome.failed.push({ key, code: Number(result.status) });
    }
  });
  return outcome;
}
// #endregion batch-udf
