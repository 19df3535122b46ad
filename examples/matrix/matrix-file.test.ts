import { describe, expect, it } from 'vitest';
import { verifiedRange } from '../../src/components/CompatibilityMatrix/range';
import { compareMatrix, type Matrix } from './matrix-file';

const committed: Matrix = {
  servers: ['7.2.0.17', '8.1.2.0'],
  clients: {
    '6.0.0': { typecheck: { status: 'pass' }, binary: null },
    '6.7.1': { typecheck: { status: 'pass' }, binary: null },
  },
  tests: {
    'a.test.ts > works': {
      '6.0.0': { '7.2.0.17': 'pass', '8.1.2.0': 'pass' },
      '6.7.1': { '7.2.0.17': 'pass', '8.1.2.0': 'pass' },
    },
    'b.test.ts > old only': {
      '6.0.0': { '7.2.0.17': 'pass', '8.1.2.0': 'pass' },
      '6.7.1': {
        '7.2.0.17': { status: 'skip', reason: 'not for 6.7.1' },
        '8.1.2.0': { status: 'skip', reason: 'not for 6.7.1' },
      },
    },
  },
};
const copy = (): Matrix => structuredClone(committed);

describe('compareMatrix, the drift check CI runs', () => {
  it('finds nothing when the run matches', () => {
    expect(compareMatrix(committed, copy())).toEqual([]);
  });

  it('reports a pass that became a fail, and a fail that became a pass', () => {
    const worse = copy();
    worse.tests['a.test.ts > works']!['6.7.1']!['8.1.2.0'] = { status: 'fail', reason: 'boom' };
    expect(compareMatrix(committed, worse)).toEqual([
      'a.test.ts > works × client 6.7.1 × server 8.1.2.0: committed pass, now fail (boom)',
    ]);
    expect(compareMatrix(worse, committed)).toEqual([
      'a.test.ts > works × client 6.7.1 × server 8.1.2.0: committed fail (boom), now pass',
    ]);
  });

  it('reports a new test, a vanished test, a changed skip reason and a changed type check', () => {
    const changed = copy();
    delete changed.tests['a.test.ts > works'];
    changed.tests['c.test.ts > new'] = { '6.0.0': { '7.2.0.17': 'pass', '8.1.2.0': 'pass' } };
    changed.tests['b.test.ts > old only']!['6.7.1']!['7.2.0.17'] = { status: 'skip', reason: 'other' };
    changed.clients['6.0.0'] = { typecheck: { status: 'fail', errors: ['x'] }, binary: null };
    const lines = compareMatrix(committed, changed);
    expect(lines).toHaveLength(1 + 4 + 1 + 2);
    expect(lines[0]).toMatch(/^client 6.0.0: committed/);
    expect(
      lines.some((line) =>
        line.startsWith('a.test.ts > works × client 6.0.0 × server 7.2.0.17: committed pass, now absent'),
      ),
    ).toBe(true);
    expect(lines.some((line) => line.includes('committed skip (not for 6.7.1), now skip (other)'))).toBe(
      true,
    );
  });

  it('a partial run compares only what it ran', () => {
    const partial: Matrix = {
      servers: ['8.1.2.0'],
      clients: { '6.7.1': committed.clients['6.7.1']! },
      tests: {},
    };
    for (const [id, row] of Object.entries(committed.tests)) {
      partial.tests[id] = { '6.7.1': { '8.1.2.0': row['6.7.1']!['8.1.2.0']! } };
    }
    expect(compareMatrix(committed, partial, true)).toEqual([]);
    expect(compareMatrix(committed, partial, false)).not.toEqual([]);
  });

  it('a star run (--star) compares the cells it ran and no other', () => {
    // Every client on the newest server, the default client on the older one: 6.0.0 × 7.2.0.17
    // is left out.
    const star = copy();
    for (const row of Object.values(star.tests)) delete row['6.0.0']!['7.2.0.17'];
    expect(compareMatrix(committed, star, true)).toEqual([]);
    star.tests['a.test.ts > works']!['6.7.1']!['7.2.0.17'] = { status: 'fail', reason: 'boom' };
    expect(compareMatrix(committed, star, true)).toEqual([
      'a.test.ts > works × client 6.7.1 × server 7.2.0.17: committed pass, now fail (boom)',
    ]);
  });
});

it('verifiedRange states the span of clients and of server major.minor versions', () => {
  expect(verifiedRange(committed)).toEqual({ clients: '6.0.0–6.7.1', servers: '7.2–8.1' });
  expect(verifiedRange({ ...committed, servers: ['8.1.2.0'] }).servers).toBe('8.1');
});
