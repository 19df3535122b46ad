import semver from 'semver';

/** The version of the `aerospike` package this test process resolved (the matrix swaps it). */
export const clientVersion = (require('aerospike/package.json') as { version: string }).version;

/**
 * Behaviours that differ between the client versions in the compatibility matrix, each found
 * there and asserted by a test on both sides. Ranges name only versions the matrix ran.
 */
export const clientBehaviour = {
  /**
   * 6.6.1 and later refuse a bin name over 15 bytes themselves (ERR_PARAM, -2); 6.4.0 and
   * older send it, and the server refuses the request (ERR_REQUEST_INVALID, 4).
   */
  checksBinNameLength: semver.gte(clientVersion, '6.6.1'),
  /**
   * 6.0.0 resolves a one-key batch whose connection dropped and reports -6 on its record;
   * the other versions (and 6.0.0 with more keys) reject the whole call with -6.
   */
  rejectsDroppedBatch: clientVersion !== '6.0.0',
  /**
   * 6.4.0 and later read a BATCH_APPLY record's `udf` object; 5.13.2 and 6.0.0 check that it
   * is there but read module and function from the record itself, so they refuse a record that
   * has them only in `udf` ("Records array invalid", ERR_PARAM -2).
   */
  readsBatchApplyUdf: semver.gte(clientVersion, '6.4.0'),
  /**
   * Codes of the newest client's Aerospike.status that this client does not have: the
   * transaction codes, the newer client-side codes (-20…-16, -12) and a few server codes.
   */
  codesAddedLater:
    (
      {
        '5.13.2': [-20, -19, -18, -17, -16, -12, 32, 82, 83, 120, 121, 122, 123, 124, 125, 126, 127],
        '6.0.0': [-20, -19, -18, -12, 82, 83, 123, 126, 127],
      } as Record<string, number[]>
    )[clientVersion] ?? [],
};

/**
 * The result-code handbook's producers are written against the newest client's codes and its
 * own bin-name check; older clients lack some of those codes or leave the check to the server.
 */
export const HANDBOOK_CLIENTS = 'clients 6.6.1 and later (the producers need their codes and bin-name check)';

/** True where the handbook's producers apply (see HANDBOOK_CLIENTS). */
export const runsHandbookProducers =
  clientBehaviour.codesAddedLater.length === 0 && clientBehaviour.checksBinNameLength;

/** The skip note the matrix shows for a test that does not apply to this client. */
export function onlyFor(range: string): string {
  return `not for client ${clientVersion}: applies to ${range}`;
}
