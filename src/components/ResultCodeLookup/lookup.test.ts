import { describe, expect, it } from 'vitest';
import { lookUp, type CodeEntry } from './lookup';

const entries: CodeEntry[] = [
  { code: 13, names: ['ERR_RECORD_TOO_BIG'] },
  { code: 14, names: ['ERR_RECORD_BUSY'] },
  { code: 25, names: ['ERR_ENTERPRISE_ONLY', 'ERR_FAIL_ENTERPRISE_ONLY'] },
  { code: 27, names: ['FILTERED_OUT'] },
  { code: -7, names: ['ERR_NO_MORE_CONNECTIONS'] },
];

describe('lookUp', () => {
  it.each([
    '14',
    ' 14 ',
    'ERR_RECORD_BUSY',
    'RECORD_BUSY',
    'record_busy',
    'AEROSPIKE_ERR_RECORD_BUSY',
    'status.ERR_RECORD_BUSY',
  ])('"%s" is 14', (query) => {
    expect(lookUp(query, entries)).toEqual({ found: entries[1] });
  });

  it('finds negative codes, second names and names without ERR_', () => {
    expect(lookUp('-7', entries)).toEqual({ found: entries[4] });
    expect(lookUp('ERR_FAIL_ENTERPRISE_ONLY', entries)).toEqual({ found: entries[2] });
    expect(lookUp('FILTERED_OUT', entries)).toEqual({ found: entries[3] });
  });

  it('lists the nearest three for an unknown number or name', () => {
    expect(lookUp('15', entries)).toEqual({ nearest: [entries[1], entries[0], entries[2]] });
    const { nearest } = lookUp('RECORD_BUZY', entries) as { nearest: CodeEntry[] };
    expect(nearest[0]).toEqual(entries[1]);
    expect(nearest).toHaveLength(3);
  });
});
