import fs from 'node:fs';
import path from 'node:path';
import * as Aerospike from 'aerospike';

/** A client whose failed get/put/exists/operate calls are counted by code. */
export type CountingClient = Aerospike.Client & { failuresByCode(): Record<number, number> };

/** Wraps `client` so that every failed command is counted by its code, then rethrown. */
export function countFailures(client: Aerospike.Client): CountingClient {
  const counts: Record<number, number> = {};
  const counted = new Set<PropertyKey>(['get', 'put', 'exists', 'operate', 'remove']);
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'failuresByCode') return () => ({ ...counts });
      const value = Reflect.get(target, property, receiver);
      if (!counted.has(property) || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (error) {
          if (error instanceof Aerospike.AerospikeError) {
            const code = Number(error.code);
            counts[code] = (counts[code] ?? 0) + 1;
          }
          throw error;
        }
      };
    },
  }) as CountingClient;
}

const OUTPUT_DIR = path.join(__dirname, '..', '..', 'output');

/**
 * Returns the figures of the recorded run (`examples/output/NAME.json`), the ones the guide
 * shows. `UPDATE_OUTPUT=1` (never in CI) records this run's figures first. Timings and counts
 * vary from run to run, so callers check the same invariants on both, never equality.
 */
export function recordedFigures<T>(name: string, measured: T): T {
  const file = path.join(OUTPUT_DIR, `${name}.json`);
  if (process.env.UPDATE_OUTPUT === '1' && !process.env.CI) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(measured, null, 2)}\n`);
  }
  if (!fs.existsSync(file)) throw new Error(`no recorded figures in ${file}: run with UPDATE_OUTPUT=1`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** `ERR_TIMEOUT` for 9: the client's name of a status code. */
export function codeName(code: number): string {
  const names = Object.entries(Aerospike.status).filter(
    ([name, value]) => value === code && !name.startsWith('AEROSPIKE_'),
  );
  return names[0]?.[0] ?? `code ${code}`;
}

/** `9 ERR_TIMEOUT ×51, -10 ERR_CONNECTION ×3`, most frequent first. */
export function formatCodes(byCode: Record<string, number>): string {
  const entries = Object.entries(byCode).sort(([a, x], [b, y]) => y - x || Number(a) - Number(b));
  if (entries.length === 0) return 'none';
  return entries.map(([code, count]) => `${code} ${codeName(Number(code))} ×${count}`).join(', ');
}

/**
 * Checks the guide's copy of a run: `NAME.txt` must be what `format` makes of `NAME.json`, so
 * the text a page shows comes from the recorded figures. `UPDATE_OUTPUT=1` rewrites both.
 */
export function expectRecordedReport<T>(name: string, measured: T, format: (figures: T) => string): T {
  const recorded = recordedFigures(name, measured);
  const file = path.join(OUTPUT_DIR, `${name}.txt`);
  if (process.env.UPDATE_OUTPUT === '1' && !process.env.CI) fs.writeFileSync(file, format(recorded));
  if (fs.readFileSync(file, 'utf8') !== format(recorded)) {
    throw new Error(`${file} is not what the recorded ${name}.json gives: run with UPDATE_OUTPUT=1`);
  }
  return recorded;
}
