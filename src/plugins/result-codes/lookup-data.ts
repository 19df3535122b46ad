/**
 * What the lookup box needs to find a code from whatever the reader has: its number, this
 * client's constant names, the names the C, Java and Python clients give it, and the client's
 * message. Written as a static file the box fetches when it is first used, so no page carries
 * the table in its scripts.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import { allCodes, namesOf } from '../../../examples/src/result-codes/classification';
import type { CodeEntry } from '../../components/ResultCodeLookup/lookup';
import { UPSTREAM } from './upstream';

/** Where the file is served from, under the site's base URL. */
export const LOOKUP_DATA_PATH = 'result-codes/lookup.json';

/** Every code as the lookup box knows it. */
export function lookupEntries(): CodeEntry[] {
  return allCodes().map((code) => {
    const upstream = UPSTREAM[code];
    return {
      code,
      names: namesOf(code),
      aliases: [upstream.cName, upstream.javaName, upstream.pythonName].filter((n): n is string => !!n),
      message: Aerospike.status.getMessage(code as Aerospike.AerospikeError['code']),
    };
  });
}

/** Writes the file into `staticDir` (one of the site's `staticDirectories`). */
export function writeLookupData(staticDir: string): void {
  const file = path.join(staticDir, LOOKUP_DATA_PATH);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(lookupEntries()));
}
