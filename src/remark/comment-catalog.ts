/**
 * The translations of the example sources' comments: one JSON file per locale beside the
 * examples (`examples/i18n/ko.json`), never a second copy of the code.
 *
 *   { "src/retry.ts": { "<English prose of a comment>": "<its translation>", … }, … }
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

export function catalogPath(examplesDir: string, locale: string): string {
  return path.join(examplesDir, 'i18n', `${locale}.json`);
}

const catalogs = new Map<string, { mtime: number; catalog: CommentCatalog }>();

/** The catalog of `locale`; an empty one when the locale has none yet. Read once per version. */
export function loadCatalog(examplesDir: string, locale: string): CommentCatalog {
  const file = catalogPath(examplesDir, locale);
  if (!fs.existsSync(file)) return {};
  const mtime = fs.statSync(file).mtimeMs;
  const cached = catalogs.get(file);
  if (cached?.mtime === mtime) return cached.catalog;
  try {
    const catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as CommentCatalog;
    catalogs.set(file, { mtime, catalog });
    return catalog;
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
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
