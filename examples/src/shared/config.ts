import type { ConfigOptions } from 'aerospike';

/**
 * Namespace every example writes to; the test server and the CI service both
 * define it.
 */
export const NAMESPACE = 'test';

/** Seed hosts used when `AEROSPIKE_HOSTS` is not set. */
export const DEFAULT_HOSTS = '127.0.0.1:3000';

/**
 * Builds the client configuration from the environment, so the same example
 * runs against a local server, the test harness's server, or CI's service
 * container.
 *
 * @param env - Where to read `AEROSPIKE_HOSTS` (`host:port[,host:port…]`);
 * defaults to `process.env`.
 * @param overrides - Extra client settings (policies, timeouts) merged over the
 * defaults.
 */
export function clientConfigFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: ConfigOptions = {},
): ConfigOptions {
  const hosts = env.AEROSPIKE_HOSTS?.trim() || DEFAULT_HOSTS;
  return { hosts, ...overrides };
}
