import { classify } from '../../examples/src/result-codes/classification';
import { findLiveProofs } from '../../src/plugins/result-codes/entries';
import {
  assertedCodes,
  codeName,
  recordedCodes,
  type Sighting,
} from '../../src/plugins/result-codes/live-tests';

/**
 * The result-code handbook and the live suites cannot disagree. For the examples package at
 * `examplesDir`:
 *
 * - a code a live test asserts, or a recorded output shows, must be marked produced in the
 *   handbook (a region `code-N` in examples/src/result-codes/ with a producer and a recorded
 *   line), and the handbook then names the test that asserts it;
 * - a code marked produced must be asserted by a live test.
 *
 * What counts as asserting and as showing a code is listed in
 * src/plugins/result-codes/live-tests.ts. One message per code and file, naming both.
 */
export function checkLiveCodes(examplesDir: string): string[] {
  const { proofs, errors } = findLiveProofs(examplesDir);
  const asserted = assertedCodes(examplesDir);
  const recorded = recordedCodes(examplesDir);
  errors.push(...asserted.errors, ...recorded.errors);

  const reported = new Set<string>();
  const notProduced = (sighting: Sighting, verb: string) => {
    const { code, file, line } = sighting;
    if (proofs.has(code) || reported.has(`${code} ${file}`)) return;
    reported.add(`${code} ${file}`);
    const reason = classify(code)?.notLive;
    errors.push(
      `${file}:${line} ${verb} result code ${code} ${codeName(code)}, but the handbook marks it not ` +
        `produced${reason ? ` ('${reason}')` : ''}: give it a producer with a region code-${code} in ` +
        'examples/src/result-codes/ and a recorded line in examples/output/result-codes/',
    );
  };
  for (const sighting of asserted.found) notProduced(sighting, 'asserts');
  for (const sighting of recorded.found) notProduced(sighting, 'shows');
  return errors;
}
