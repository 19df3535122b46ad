// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region each-record
/**
 * Runs `onRecord` on every record of a scan or query stream. Resolves when
 * the stream ends, rejects with its error. Either only on the next turn of
 * the event loop: the client emits 'end' and 'error' from inside its native
 * code, and a client closed before that code has returned can crash the
 * process.
 */
export function eachRecord(
  stream: Aerospike.RecordStream,
  onRecord: (record: Aerospike.AerospikeRecord) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('data', onRecord);
    // With no 'error' listener, a failed stream crashes the process.
    stream.on('error', (error) => setImmediate(reject, error));
    stream.on('end', () => setImmediate(resolve));
  });
}
// #endregion each-record
