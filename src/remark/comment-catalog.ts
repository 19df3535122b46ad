/**
 * The translations of the example sources' comments: per locale, one JSON file for each folder
 * of examples/src, named after it (`examples/i18n/ko/retry.json` for `src/retry/`,
 * `examples/i18n/ko/index.json` for `src/index.ts`), never a second copy of the code. A page's
 * example folder and its catalog file go together, so a new page adds a file instead of
 * editing a shared one.
 *
 *   { "src/retry/retry.ts": { "<English prose of a comment>": "<its translation>", … }, … }
 *
 * Keys are a comment's prose as findComments() reads it (markers stripped, each paragraph on
 * one line, paragraphs apart by a blank line), so rewrapping the English does not orphan a
 * translation, while changing its words does (and the gate reports it as stale).
 */
import fs from 'node:fs';
import path from 'node:path';
import { localizeLines, type CommentUnit } from './source-comments';

/** Example file (relative to the examples package) → English prose → translated prose. */
export type CommentCatalog = Record<string, Record<string, string>>;

export const SOURCE_LOCALE = 'en';

/** The folder of a locale's catalog files. */
export function catalogDir(examplesDir: string, locale: string): string {
  return path.join(examplesDir, 'i18n', locale);
}

/** `src/retry/retry.ts` → `retry`, `src/index.ts` → `index`: which catalog file holds a file. */
export function catalogGroup(file: string): string {
  const [top, first] = file.split('/');
  if (top !== 'src' || !first) throw new Error(`${file}: not an example source under src/`);
  return first.replace(/\.[cm]?tsx?$/, '');
}

/** The catalog file that holds the translations of example `file` in `locale`. */
export function catalogPath(examplesDir: string, locale: string, file: string): string {
  return path.join(catalogDir(examplesDir, locale), `${catalogGroup(file)}.json`);
}

const catalogs = new Map<string, { stamp: string; catalog: CommentCatalog }>();

/**
 * The catalog of `locale`, every file of its folder merged; an empty one when the locale has
 * none yet. Read again only when a file changed. A file may hold only the sources of its own
 * folder: an entry elsewhere is an error naming both.
 */
export function loadCatalog(examplesDir: string, locale: string): CommentCatalog {
  const dir = catalogDir(examplesDir, locale);
  if (!fs.existsSync(dir)) return {};
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const stamp = files.map((name) => `${name}:${fs.statSync(path.join(dir, name)).mtimeMs}`).join('|');
  const cached = catalogs.get(dir);
  if (cached?.stamp === stamp) return cached.catalog;
  const catalog: CommentCatalog = {};
  for (const name of files) {
    const file = path.join(dir, name);
    let part: CommentCatalog;
    try {
      part = JSON.parse(fs.readFileSync(file, 'utf8')) as CommentCatalog;
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
    }
    for (const [source, entries] of Object.entries(part)) {
      if (`${catalogGroup(source)}.json` !== name) {
        throw new Error(
          `${file}: holds ${source}, whose translations belong in ${catalogGroup(source)}.json`,
        );
      }
      catalog[source] = entries;
    }
  }
  catalogs.set(dir, { stamp, catalog });
  return catalog;
}

/** The translation of one comment unit of `file`, if the catalog has it. */
export function translationOf(catalog: CommentCatalog, file: string, unit: CommentUnit): string | undefined {
  const entries = catalog[file];
  return entries && Object.hasOwn(entries, unit.text) ? entries[unit.text] : undefined;
}

const localized = new WeakMap<CommentCatalog, Map<string, string[][]>>();

/**
 * What each line of `source` (the example `file`) shows in the catalog's language. Computed
 * once per catalog, file and source text: a page asks for the same file many times.
 */
export function localizedLines(source: string, file: string, catalog: CommentCatalog): string[][] {
  const byKey = localized.get(catalog) ?? new Map<string, string[][]>();
  localized.set(catalog, byKey);
  const key = `${file}\u0000${source}`;
  let lines = byKey.get(key);
  if (!lines) {
    lines = localizeLines(source, (unit) => translationOf(catalog, file, unit), file);
    byKey.set(key, lines);
  }
  return lines;
}
