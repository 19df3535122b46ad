import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { describeError } from '../../src/overview/narrowing';
import { isAerospikeError, statusName } from '../../src/shared/errors';
import { describeLive, freshKey, withClient } from '../support/live';

describeLive('narrowing errors', () => {
  it('describes a server error with its code and message', async () => {
    const error = await withClient((client) => client.get(freshKey()).catch((e: unknown) => e));
    expect(isAerospikeError(error, Aerospike.status.ERR_RECORD_NOT_FOUND)).toBe(true);
    expect(describeError(error)).toBe(`server error 2: ${Aerospike.status.getMessage(2)} (inDoubt=false)`);
  });

  it('describes a client error (negative code) as such', async () => {
    const client = Aerospike.client({ hosts: '127.0.0.1:1', connTimeoutMs: 500 });
    const error = await client.connect().catch((e: unknown) => e);
    client.close();
    expect(isAerospikeError(error, Aerospike.status.ERR_CONNECTION)).toBe(true);
    expect(describeError(error)).toMatch(/^client error -10: /);
  });

  it('keeps non-Aerospike errors apart', () => {
    expect(isAerospikeError(new TypeError('x'))).toBe(false);
    expect(describeError(new TypeError('boom'))).toBe('unexpected error: TypeError: boom');
    expect(statusName(Aerospike.status.ERR_RECORD_GENERATION)).toBe('ERR_RECORD_GENERATION');
  });
});
