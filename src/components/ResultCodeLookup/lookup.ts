/** One entry of the handbook as the page shows it: its number and constant names. */
export interface CodeEntry {
  code: number;
  names: string[];
}

export type LookupResult = { found: CodeEntry } | { nearest: CodeEntry[] };

/** `AEROSPIKE_ERR_RECORD_BUSY`, `status.ERR_RECORD_BUSY`, `record_busy` → `RECORD_BUSY`. */
function bareName(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/^.*\./, '')
    .replace(/^AEROSPIKE_/, '')
    .replace(/^ERR_/, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Finds the entry a reader means by a number (`14`, `-7`) or a constant name, with or without
 * `ERR_` and `AEROSPIKE_`; otherwise the three nearest entries.
 */
export function lookUp(query: string, entries: CodeEntry[]): LookupResult {
  const trimmed = query.trim();
  if (/^[-−]?\d+$/.test(trimmed)) {
    const code = Number(trimmed.replace('−', '-'));
    const found = entries.find((entry) => entry.code === code);
    if (found) return { found };
    const byDistance = [...entries].sort((a, b) => Math.abs(a.code - code) - Math.abs(b.code - code));
    return { nearest: byDistance.slice(0, 3) };
  }
  const wanted = bareName(trimmed);
  const found = entries.find((entry) => entry.names.some((name) => bareName(name) === wanted));
  if (found) return { found };
  const distance = (entry: CodeEntry) =>
    Math.min(...entry.names.map((name) => editDistance(bareName(name), wanted)));
  return { nearest: [...entries].sort((a, b) => distance(a) - distance(b)).slice(0, 3) };
}
