import { describe, expect, it } from 'vitest';
import { lookUp, type CodeEntry } from './lookup';

const entries: CodeEntry[] = [
  {
    code: 13,
    names: ['ERR_RECORD_TOO_BIG'],
    aliases: ['AEROSPIKE_ERR_RECORD_TOO_BIG', 'RECORD_TOO_BIG', 'RecordTooBig'],
    message: 'Record too big',
  },
  {
    code: 14,
    names: ['ERR_RECORD_BUSY'],
    aliases: ['AEROSPIKE_ERR_RECORD_BUSY', 'KEY_BUSY', 'RecordBusy'],
    message: 'Record busy',
  },
  { code: 25, names: ['ERR_ENTERPRISE_ONLY', 'ERR_FAIL_ENTERPRISE_ONLY'], message: 'Enterprise only' },
  { code: 27, names: ['FILTERED_OUT'], message: 'Filtered out' },
  {
    code: -7,
    names: ['ERR_NO_MORE_CONNECTIONS'],
    aliases: ['NoMoreConnectionsError'],
    message: 'No more connections available',
  },
  { code: -10, names: ['ERR_CONNECTION'], aliases: ['ConnectionError'], message: 'Failed to connect' },
];

describe('lookUp', () => {
  it.each([
    '14',
    ' 14 ',
    'Error 14',
    'aerospike error: 14',
    'ERR_RECORD_BUSY',
    'RECORD_BUSY',
    'record_busy',
    'AEROSPIKE_ERR_RECORD_BUSY',
    'status.ERR_RECORD_BUSY',
    'KEY_BUSY',
    'ResultCode.KEY_BUSY',
    'RecordBusy',
    'aerospike.exception.RecordBusy',
    'Record busy',
  ])('"%s" is 14', (query) => {
    expect(lookUp(query, entries)).toEqual({ found: entries[1] });
  });

  it('finds negative codes, second names, names without ERR_ and Python names ending in Error', () => {
    expect(lookUp('-7', entries)).toEqual({ found: entries[4] });
    expect(lookUp('ERR_FAIL_ENTERPRISE_ONLY', entries)).toEqual({ found: entries[2] });
    expect(lookUp('FILTERED_OUT', entries)).toEqual({ found: entries[3] });
    expect(lookUp('NoMoreConnectionsError', entries)).toEqual({ found: entries[4] });
  });

  it('finds the message inside a log line', () => {
    const line = 'AerospikeError: Failed to connect\n    at Function.fromASError (lib/error.js:113)';
    expect(lookUp(line, entries)).toEqual({ found: entries[5] });
    expect(lookUp('put failed: Record too big [13]', entries)).toEqual({ found: entries[0] });
  });

  it('lists the nearest three for an unknown number or name', () => {
    expect(lookUp('15', entries)).toEqual({ nearest: [entries[1], entries[0], entries[2]] });
    const { nearest } = lookUp('RECORD_BUZY', entries) as { nearest: CodeEntry[] };
    expect(nearest[0]).toEqual(entries[1]);
    expect(nearest).toHaveLength(3);
  });
});
