import { describe, expect, it } from 'vitest';
import { lookUp, type CodeEntry } from './lookup';

const entries: CodeEntry[] = [
  {
    code: 13,
    names: ['ERR_RECORD_TOO_BIG'],
    aliases: ['AEROSPIKE_ERR_RECORD_TOO_BIG', 'RECORD_TOO_BIG', 'RecordTooBig'],
    message: "Record being (re-)written can't fit in a storage write block.",
  },
  {
    code: 14,
    names: ['ERR_RECORD_BUSY'],
    aliases: ['AEROSPIKE_ERR_RECORD_BUSY', 'KEY_BUSY', 'RecordBusy'],
    message: 'Too many concurrent requests for one record - a "hot-key" situation.',
  },
  {
    code: 25,
    names: ['ERR_ENTERPRISE_ONLY', 'ERR_FAIL_ENTERPRISE_ONLY'],
    message: 'Attempt to use an Enterprise feature on a Community server.',
  },
  {
    code: 27,
    names: ['FILTERED_OUT'],
    message: 'The command was not performed because the filter expression was false.',
  },
  {
    code: -7,
    names: ['ERR_NO_MORE_CONNECTIONS'],
    aliases: ['NoMoreConnectionsError'],
    message: 'Max connections would be exceeded.',
  },
  {
    code: -10,
    names: ['ERR_CONNECTION'],
    aliases: ['ConnectionError'],
    message: 'Synchronous connection error.',
    recorded: ['Failed to connect'],
  },
  {
    code: -1,
    names: ['ERR_CLIENT'],
    aliases: ['AEROSPIKE_ERR_CLIENT'],
    message: 'Generic client API usage error.',
    recorded: ['Cannot open file: 0', 'Failed to connect'],
  },
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

  it('finds the message inside a log line, the code a log line names first', () => {
    const line = 'AerospikeError: Failed to connect\n    at Function.fromASError (lib/error.js:113)';
    // -10 and -1 both say it: the first entry holding it wins.
    expect(lookUp(line, entries)).toEqual({ found: entries[5] });
    expect(lookUp('Aerospike error -1 at aerospike..db:3000: Failed to connect', entries)).toEqual({
      found: entries[6],
    });
    expect(lookUp('udfRegister failed: Cannot open file: 0', entries)).toEqual({ found: entries[6] });
    expect(
      lookUp('a hot key? Too many concurrent requests for one record - a "hot-key" situation.', entries),
    ).toEqual({
      found: entries[1],
    });
  });

  it("reads a name behind a log line's class prefix", () => {
    expect(lookUp('AerospikeError: Record too big', entries)).toEqual({ found: entries[0] });
  });

  it('lists the nearest three for an unknown number or name', () => {
    expect(lookUp('15', entries)).toEqual({ nearest: [entries[1], entries[0], entries[2]] });
    const { nearest } = lookUp('RECORD_BUZY', entries) as { nearest: CodeEntry[] };
    expect(nearest[0]).toEqual(entries[1]);
    expect(nearest).toHaveLength(3);
  });
});
