import path from 'node:path';
import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { describeLive, expectRecordedOutput, liveHosts, withClient } from '../support/live';
import { ownLines, runProgram } from '../support/run-program';

// The quick start is a whole program, run as a reader runs the copy: a process of its own.
const QUICKSTART = path.join(__dirname, '..', '..', 'src', 'quickstart', 'quickstart.ts');

describeLive('quickstart', () => {
  it('writes a record, reads it back and prints the recorded output', async () => {
    const run = await runProgram(QUICKSTART, { env: { AEROSPIKE_HOSTS: liveHosts }, limitMs: 20_000 });
    expect(run.exit).toBe(0);
    expectRecordedOutput('quickstart/quickstart', run.stdout);

    // The record really is on the server, not just echoed back.
    const stored = await withClient((client) => client.get(new Aerospike.Key('test', 'users', 'user:1001')));
    expect(stored.bins).toEqual({ name: 'Ji-woo', visits: 1 });
    expect(stored.gen).toBeGreaterThanOrEqual(1);
  });

  // Nothing listens on port 1; a host name with two dots in a row is refused by the resolver
  // itself, so no lookup leaves the machine.
  it.each([
    { hosts: '127.0.0.1:1', code: Aerospike.status.ERR_CONNECTION, output: 'quickstart/no-server' },
    { hosts: 'aerospike..db:3000', code: Aerospike.status.ERR_CLIENT, output: 'quickstart/bad-host' },
  ])(
    '$hosts: one line naming code $code, and the process exits within 5 s',
    async ({ hosts, code, output }) => {
      const run = await runProgram(QUICKSTART, { env: { AEROSPIKE_HOSTS: hosts }, limitMs: 20_000 });
      expect(run.exit).toBe(1);
      expect(run.ms).toBeLessThan(5_000);
      const lines = ownLines(run.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^Aerospike error ${code} at `));
      expect(run.stdout).toBe('');
      expectRecordedOutput(output, `${lines[0]}\n`);
    },
  );
});
