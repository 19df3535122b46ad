import leven from 'leven';

/**
 * One entry of the handbook as the lookup knows it: its number, this client's constant names,
 * the names other clients give it, and the client's message (what a log line shows).
 */
export interface CodeEntry {
  code: number;
  /** This client's constant names: `ERR_RECORD_BUSY`. */
  names: string[];
  /** The C client's enum name and the Java and Python clients' names: `KEY_BUSY`, `RecordBusy`. */
  aliases?: string[];
  /** `Aerospike.status.getMessage(code)`: `Operation not allowed at this time.` for 22. */
  message?: string;
  /** Messages live runs recorded with the code (`Failed to connect` for -10 and for -1). */
  recorded?: string[];
}

export type LookupResult = { found: CodeEntry } | { nearest: CodeEntry[] };

/**
 * `AEROSPIKE_ERR_RECORD_BUSY`, `status.ERR_RECORD_BUSY`, `record_busy`, `RecordBusy`,
 * `ResultCode.KEY_BUSY` → `RECORDBUSY`/`KEYBUSY`: a name without its qualifiers, prefixes, case
 * or separators, so that every client's spelling of it compares equal.
 */
function bareName(name: string): string {
  return name
    .trim()
    .replace(/^.*\./, '')
    .toUpperCase()
    .replace(/^AEROSPIKE_/, '')
    .replace(/^ERR_/, '')
    .replace(/[^A-Z0-9]/g, '')
    .replace(/(ERROR|EXCEPTION)$/, '');
}

/** A message as a log line may quote it: lower case, words only. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const spellings = (entry: CodeEntry) => [...entry.names, ...(entry.aliases ?? [])];

/**
 * Finds the entry a reader means by a number (`14`, `-7`, `Error 14`), a constant name of this
 * or another client (`ERR_RECORD_BUSY`, `AEROSPIKE_ERR_RECORD_BUSY`, `KEY_BUSY`, `RecordBusy`),
 * or the client's message (`Operation not allowed at this time`, also inside a longer log line); otherwise the
 * three nearest entries.
 */
export function lookUp(query: string, entries: CodeEntry[]): LookupResult {
  const trimmed = query.trim();
  const number = /^(?:(?:aerospike\s+)?(?:error|code|status)\s*:?\s*)?([-−]?\d+)$/i.exec(trimmed)?.[1];
  if (number !== undefined) {
    const code = Number(number.replace('−', '-'));
    const found = entries.find((entry) => entry.code === code);
    if (found) return { found };
    const byDistance = [...entries].sort((a, b) => Math.abs(a.code - code) - Math.abs(b.code - code));
    return { nearest: byDistance.slice(0, 3) };
  }
  // A log line's class prefix (`AerospikeError: Record too big`) is no part of the name.
  const wanted = bareName(trimmed.replace(/^\w*(?:Error|Exception)\s*:\s*/, ''));
  const byName = entries.find((entry) => spellings(entry).some((name) => bareName(name) === wanted));
  if (byName) return { found: byName };
  // A log line that names its code: `Aerospike error -10 at 127.0.0.1:1: Failed to connect`.
  const named = /\berror\s+([-−]?\d+)\b/i.exec(trimmed)?.[1];
  const byNumber =
    named === undefined ? undefined : entries.find((e) => e.code === Number(named.replace('−', '-')));
  if (byNumber) return { found: byNumber };
  // A message, alone or inside a log line: the longest message the query holds wins; where
  // codes share a message, the one whose own message it is, then the first.
  const said = words(trimmed);
  const heldBy = (entry: CodeEntry) =>
    [entry.message, ...(entry.recorded ?? [])]
      .filter((message): message is string => !!message && !!words(message))
      .filter((message) => ` ${said} `.includes(` ${words(message)} `))
      .map((message) => ({ entry, length: words(message).length, own: message === entry.message }));
  const byMessage = entries
    .flatMap(heldBy)
    .sort((a, b) => b.length - a.length || Number(b.own) - Number(a.own))[0];
  if (byMessage) return { found: byMessage.entry };
  const distance = (entry: CodeEntry) =>
    Math.min(
      ...spellings(entry).map((name) => leven(bareName(name), wanted)),
      entry.message ? leven(words(entry.message), said) : Number.POSITIVE_INFINITY,
    );
  return { nearest: [...entries].sort((a, b) => distance(a) - distance(b)).slice(0, 3) };
}
