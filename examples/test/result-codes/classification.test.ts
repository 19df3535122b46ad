import fs from 'node:fs';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { describe, expect, it } from 'vitest';
import { isTransient, RETRYABLE_CODES } from '../../src/retry/retry';
import { allCodes, classify, CLASSIFICATION, namesOf } from '../../src/result-codes/classification';
import { CLUSTER_PRODUCERS } from '../../src/result-codes/cluster-faults';
import { PRODUCERS } from '../../src/result-codes/produce';
import { QUEUE_FULL_CODE } from '../../src/result-codes/queue-full';
import { SPECIAL_NODE_PRODUCERS } from '../../src/result-codes/special-node';
import {
  clientBehaviour,
  HANDBOOK_CLIENTS,
  onlyFor,
  runsHandbookProducers,
} from '../support/client-behaviour';

const SOURCES = path.join(__dirname, '..', '..', 'src', 'result-codes');

/** Every number in the installed client's Aerospike.status. */
function clientCodes(): number[] {
  const values = (Object.values(Aerospike.status) as unknown[]).filter(
    (v): v is number => typeof v === 'number',
  );
  return [...new Set(values)].sort((a, b) => a - b);
}

describe('the result-code table', () => {
  it('has an entry for every code of Aerospike.status, and no entry the client lacks', () => {
    // Older clients lack the codes added later, and exactly those (compatibility matrix).
    const lacking = allCodes().filter((code) => !clientCodes().includes(code));
    expect(lacking).toEqual(clientBehaviour.codesAddedLater);
    expect(clientCodes().filter((code) => !classify(code))).toEqual([]);
    expect(classify(999)).toBeUndefined();
  });

  it('names aliases: 25 has two constant names, every code at least one', () => {
    expect(namesOf(25)).toEqual(['ERR_ENTERPRISE_ONLY', 'ERR_FAIL_ENTERPRISE_ONLY']);
    expect(clientCodes().filter((code) => namesOf(code).length === 0)).toEqual([]);
  });

  it('gives another code exactly when the reason is "other-code", and that code exists', () => {
    for (const [code, entry] of Object.entries(CLASSIFICATION)) {
      expect([code, entry.seeAlso !== undefined], 'seeAlso').toEqual([code, entry.notLive === 'other-code']);
      if (entry.seeAlso !== undefined) expect(classify(entry.seeAlso)).toBeDefined();
    }
  });

  // The retry pattern carries its own short set, so that a copy of it needs nothing else; this
  // keeps that set and the reference's "Retry: yes" column the same. Codes this client never
  // reports (gone from current servers, or reported as another code) are left out of the set.
  it("isTransient() retries exactly the codes the reference marks 'Retry: yes'", () => {
    const neverReported = new Set(['obsolete', 'other-code']);
    const marked = allCodes().filter(
      (code) => classify(code)?.retry === 'yes' && !neverReported.has(classify(code)?.notLive ?? ''),
    );
    expect([...RETRYABLE_CODES].sort((a, b) => a - b)).toEqual(marked);
    const make = (code: number) => Object.assign(new Aerospike.AerospikeError('x'), { code });
    for (const code of allCodes())
      expect([code, isTransient(make(code))]).toEqual([code, marked.includes(code)]);
    expect(isTransient(new Error('x'))).toBe(false);
  });

  it('a code is produced live exactly when its entry has no reason why not', (ctx) => {
    if (!runsHandbookProducers) ctx.skip(onlyFor(HANDBOOK_CLIENTS));
    const produced = [...PRODUCERS, ...SPECIAL_NODE_PRODUCERS, ...CLUSTER_PRODUCERS].map(
      (p) => p.code as number,
    );
    produced.push(QUEUE_FULL_CODE);
    expect(new Set(produced).size).toBe(produced.length);
    const producible = allCodes().filter((code) => !classify(code)?.notLive);
    expect([...produced].sort((a, b) => a - b)).toEqual(producible);
  });

  it('each live code has a snippet region code-N in the producer sources', () => {
    const regions = fs
      .readdirSync(SOURCES)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [
        ...fs.readFileSync(path.join(SOURCES, file), 'utf8').matchAll(/#region code-(-?\d+)$/gm),
      ])
      .map((match) => Number(match[1]))
      .sort((a, b) => a - b);
    expect(regions).toEqual(allCodes().filter((code) => !classify(code)?.notLive));
  });
});
