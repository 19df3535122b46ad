import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { checkBinNames, userKey } from '../../src/bad-input/bad-input';
import { describeLive, freshKey, withClient } from '../support/live';
import { clientBehaviour, onlyFor } from '../support/client-behaviour';

const { status } = Aerospike;

describeLive('bad input', () => {
  it('the client throws a TypeError, not an AerospikeError, for a key of an unsupported type', () => {
    expect(() => new Aerospike.Key('test', 'users', 1.5)).toThrow(TypeError);
    expect(() => new Aerospike.Key('test', 'users', { id: 1 } as unknown as string)).toThrow(TypeError);
  });

  it('userKey() rejects such input with a message that says what was wrong', () => {
    expect(userKey('u-1').key).toBe('u-1');
    expect(userKey(42).key).toBe(42);
    expect(() => userKey(1.5)).toThrow(
      new RangeError('user id must be a non-empty string or a safe integer, got 1.5'),
    );
    expect(() => userKey({ id: 1 })).toThrow(RangeError);
    expect(() => userKey('')).toThrow(RangeError);
  });

  it('a 16-byte bin name is ERR_PARAM (-2) from the client; checkBinNames() catches it first', async (ctx) => {
    if (!clientBehaviour.checksBinNameLength) ctx.skip(onlyFor('clients 6.6.1 and later'));
    const bins = { sixteen_bytes_xx: 1 };
    expect(() => checkBinNames(bins)).toThrow(/longer than 15 bytes/);
    expect(() => checkBinNames({ fifteen_bytes_x: 1 })).not.toThrow();
    await withClient(async (client) => {
      const key = freshKey('codes');
      await expect(client.put(key, bins)).rejects.toMatchObject({ code: status.ERR_PARAM });
      await client.put(key, { fifteen_bytes_x: 1 });
      expect((await client.get(key)).bins).toEqual({ fifteen_bytes_x: 1 });
    });
  });
  // Found by the compatibility matrix: older clients leave the check to the server.
  it('before client 6.6.1 the server refuses a 16-byte bin name: ERR_REQUEST_INVALID (4)', async (ctx) => {
    if (clientBehaviour.checksBinNameLength) ctx.skip(onlyFor('clients before 6.6.1'));
    await withClient(async (client) => {
      const key = freshKey('codes');
      await expect(client.put(key, { sixteen_bytes_xx: 1 })).rejects.toMatchObject({
        code: status.ERR_REQUEST_INVALID,
      });
      await expect(client.exists(key)).resolves.toBe(false);
    });
  });
});
