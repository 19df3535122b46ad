// #region retry-cas
import * as Aerospike from 'aerospike';
import { incrementCounter } from '../optimistic-locking/optimistic-locking';
import { isTransient } from '../retry/retry';
import { backoff } from './backoff';

/**
 * NOT SAFE: retries a check-and-set increment after every transient
 * failure. When a timed-out write had in fact been applied, the retry
 * applies it a second time.
 */
export async function incrementRetryingCas(
  client: Aerospike.Client,
  key: Aerospike.Key,
  binName: string,
  maxAttempts = 200,
): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await incrementCounter(client, key, binName);
    } catch (error) {
      if (!isTransient(error) || attempt >= maxAttempts) throw error;
      await backoff(attempt);
    }
  }
}
// #endregion retry-cas
