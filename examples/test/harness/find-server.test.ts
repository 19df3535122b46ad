import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { findServer } from '../support/find-server';

// The README's order: AEROSPIKE_HOSTS, AEROSPIKE_ASD, `asd` on PATH, the shared servers, none.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'find-server-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const bin = path.join(dir, 'bin');
fs.mkdirSync(bin);
fs.writeFileSync(path.join(bin, 'asd'), '#!/bin/sh\n', { mode: 0o755 });
const unpack = path.join(dir, 'unpack');
// Stands in for ../shared/asd/unpack: prints the path of the version asked for.
fs.writeFileSync(unpack, '#!/bin/sh\necho "/cache/${1:-newest}/asd"\n', { mode: 0o755 });

it('takes each source in the promised order', () => {
  const all = { AEROSPIKE_HOSTS: '127.0.0.9:3000', AEROSPIKE_ASD: '/opt/asd', PATH: bin };
  expect(findServer(all, unpack)).toEqual({ kind: 'env', hosts: '127.0.0.9:3000' });
  expect(findServer({ ...all, AEROSPIKE_HOSTS: ' ' }, unpack)).toMatchObject({ asdPath: '/opt/asd' });
  expect(findServer({ PATH: bin }, unpack)).toMatchObject({ asdPath: path.join(bin, 'asd'), origin: 'PATH' });
  expect(findServer({ PATH: '' }, unpack)).toMatchObject({ kind: 'asd', asdPath: '/cache/newest/asd' });
  expect(findServer({ PATH: '', AEROSPIKE_ASD_VERSION: '7.2.0.17' }, unpack)).toMatchObject({
    asdPath: '/cache/7.2.0.17/asd',
  });
  expect(findServer({ PATH: '' }, path.join(dir, 'missing'))).toMatchObject({
    kind: 'none',
    reason: expect.stringContaining('no `asd` executable was found'),
  });
});
