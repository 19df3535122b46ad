/**
 * What the lookup box needs to find a code from whatever the reader has: its number, this
 * client's constant names, the names the C, Java and Python clients give it, the client's
 * message for it, and the messages live runs recorded with it (an error's message is not always
 * the client's text for its code: -10 and -1 both say "Failed to connect"). Written as a static file the box fetches when it is first used, so no page carries
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

/**
 * The lines of recorded output that show an error's code and message: `-16 BATCH_FAILED: "One
 * or more batch sub-commands failed"`, `Aerospike error -10 at 127.0.0.1:1: Failed to connect`.
 */
const RECORDED_ERROR = [/^\s*(-?\d+) [A-Z_]+: "(.+)"$/, /\berror (-?\d+) at \S+: (.+)$/i];

/**
 * The messages the recorded runs (`examples/output/**\/*.txt`) show with each code, as a log
 * line would. Messages that name a reader's own file or function (`<user-path>`) are left out.
 */
export function recordedMessages(outputDir: string): Map<number, string[]> {
  const found = new Map<number, Set<string>>();
  const files = fs.readdirSync(outputDir, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((name) => name.endsWith('.txt'))) {
    for (const line of fs.readFileSync(path.join(outputDir, file), 'utf8').split('\n')) {
      for (const pattern of RECORDED_ERROR) {
        const match = pattern.exec(line);
        if (!match || match[2]!.includes('<user-path>')) continue;
        const code = Number(match[1]);
        if (!found.has(code)) found.set(code, new Set());
        found.get(code)!.add(match[2]!.trim());
      }
    }
  }
  return new Map([...found].map(([code, messages]) => [code, [...messages].sort()]));
}

/** Every code as the lookup box knows it. */
export function lookupEntries(examplesDir: string): CodeEntry[] {
  const recorded = recordedMessages(path.join(examplesDir, 'output'));
  return allCodes().map((code) => {
    const upstream = UPSTREAM[code];
    return {
      code,
      names: namesOf(code),
      aliases: [upstream.cName, upstream.javaName, upstream.pythonName].filter((n): n is string => !!n),
      message: Aerospike.status.getMessage(code as Aerospike.AerospikeError['code']),
      ...(recorded.has(code) ? { recorded: recorded.get(code) } : {}),
    };
  });
}

/** Writes the file into `staticDir` (one of the site's `staticDirectories`). */
export function writeLookupData(staticDir: string, examplesDir: string): void {
  const file = path.join(staticDir, LOOKUP_DATA_PATH);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(lookupEntries(examplesDir)));
}
