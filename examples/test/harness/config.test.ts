import { expect, it } from 'vitest';
import { clientConfigFromEnv, DEFAULT_HOSTS } from '../../src/shared/config';

// Runs without a server: it checks only how the configuration is built.
it('reads AEROSPIKE_HOSTS, falls back to the default, and merges overrides', () => {
  expect(clientConfigFromEnv({})).toEqual({ hosts: DEFAULT_HOSTS });
  expect(clientConfigFromEnv({ AEROSPIKE_HOSTS: ' 127.0.0.2:3000,127.0.0.3:3000 ' })).toEqual({
    hosts: '127.0.0.2:3000,127.0.0.3:3000',
  });
  expect(clientConfigFromEnv({ AEROSPIKE_HOSTS: '' }, { connTimeoutMs: 500 })).toEqual({
    hosts: DEFAULT_HOSTS,
    connTimeoutMs: 500,
  });
});
