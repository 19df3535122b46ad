import { expect, it } from 'vitest';
import { quickstart } from '../../src/quickstart/quickstart';
import { captureLog, describeLive, expectRecordedOutput, withClient } from '../support/live';
import * as Aerospike from 'aerospike';

describeLive('quickstart', () => {
  it('writes a record, reads it back and prints the recorded output', async () => {
    const { result, output } = await captureLog(() => quickstart());
    expect(result).toEqual({ name: 'Ji-woo', visits: 1 });
    expectRecordedOutput('quickstart/quickstart', output);

    // The record really is on the server, not just echoed back.
    const stored = await withClient((client) => client.get(new Aerospike.Key('test', 'users', 'user:1001')));
    expect(stored.bins).toEqual({ name: 'Ji-woo', visits: 1 });
    expect(stored.gen).toBeGreaterThanOrEqual(1);
  });
});
