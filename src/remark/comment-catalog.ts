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

/** The catalog of `locale`; an empty one when the locale has none yet. */
export function loadCatalog(examplesDir: string, locale: string): CommentCatalog {
  const file = catalogPath(examplesDir, locale);
  if (!fs.existsSync(file)) return {};
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as CommentCatalog;
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** The translation of one comment unit of `file`, if the catalog has it. */
export function translationOf(catalog: CommentCatalog, file: string, unit: CommentUnit): string | undefined {
  const entries = catalog[file];
  return entries && Object.hasOwn(entries, unit.text) ? entries[unit.text] : undefined;
}

/** What each line of `source` (the example `file`) shows in the catalog's language. */
export function localizedLines(source: string, file: string, catalog: CommentCatalog): string[][] {
  return localizeLines(source, (unit) => translationOf(catalog, file, unit), file);
}
