/**
 * The Korean text of the result-code handbook: examples/i18n/handbook.ko.json, content beside
 * the comment catalogs (examples/i18n/ko/), not code. Its English is the classification's
 * (examples/src/result-codes/classification.ts). One entry per code, each field holding the
 * English it translates and the translation:
 *
 *   { "14": { "meaning": { "en": "<English>", "ko": "<한국어>" }, "handling": {…}, "onlyIf": {…} }, … }
 *
 * `onlyIf` is there exactly when the English retry is `{ onlyIf }`. Like a comment catalog keyed
 * on the English text, a field whose `en` is no longer the classification's is stale: the page
 * shows the English until it is translated again, and the gate (checkHandbookCatalog) names it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allCodes, CLASSIFICATION, type ResultCode } from '../../../examples/src/result-codes/classification';

/** What an entry says in words. */
export interface EntryProse {
  /** What the code means and when it typically happens. */
  meaning: string;
  /** The recommended handling, in one sentence. */
  handling: string;
  /** When the retry is `{ onlyIf }`: the condition. */
  onlyIf?: string;
}

export type ProseField = keyof EntryProse;
const FIELDS: ProseField[] = ['meaning', 'handling', 'onlyIf'];

/** A translated field: the English it was translated from, and the translation. */
export interface CatalogField {
  en: string;
  ko: string;
}

export type HandbookCatalog = Record<string, Partial<Record<ProseField, CatalogField>>>;

/** Where the catalog lives, under the examples package. */
export const HANDBOOK_CATALOG = path.join('i18n', 'handbook.ko.json');

const defaultExamplesDir = path.resolve(__dirname, '..', '..', '..', 'examples');

/** The English of an entry, from the classification. */
export function englishProse(code: ResultCode): EntryProse {
  const entry = CLASSIFICATION[code];
  return {
    meaning: entry.meaning,
    handling: entry.handling,
    ...(typeof entry.retry === 'object' ? { onlyIf: entry.retry.onlyIf } : {}),
  };
}

const cache = new Map<string, { mtimeMs: number; catalog: HandbookCatalog }>();

/** The catalog file of `examplesDir`, read again only when it changed. */
export function readHandbookCatalog(examplesDir = defaultExamplesDir): HandbookCatalog {
  const file = path.join(examplesDir, HANDBOOK_CATALOG);
  const { mtimeMs } = fs.statSync(file);
  const cached = cache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.catalog;
  let catalog: HandbookCatalog;
  try {
    catalog = JSON.parse(fs.readFileSync(file, 'utf8')) as HandbookCatalog;
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  cache.set(file, { mtimeMs, catalog });
  return catalog;
}

/** The field's translation when it translates the current English, else undefined. */
function translated(catalog: HandbookCatalog, code: ResultCode, field: ProseField, english: string) {
  const entry = catalog[String(code)]?.[field];
  return entry && entry.en === english && entry.ko.trim() !== '' ? entry.ko : undefined;
}

/**
 * The Korean of an entry. A field that is missing or stale (its English changed since it was
 * translated) shows the English: never a translation of something the handbook no longer says.
 */
export function koreanProse(code: ResultCode, catalog = readHandbookCatalog()): EntryProse {
  const english = englishProse(code);
  const prose: EntryProse = {
    meaning: translated(catalog, code, 'meaning', english.meaning) ?? english.meaning,
    handling: translated(catalog, code, 'handling', english.handling) ?? english.handling,
  };
  if (english.onlyIf !== undefined) {
    prose.onlyIf = translated(catalog, code, 'onlyIf', english.onlyIf) ?? english.onlyIf;
  }
  return prose;
}

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * What is wrong with `catalog` against the classification: a code without an entry or an entry
 * without a code, a field missing, stale (its `en` is not the English now) or left untranslated,
 * and an `onlyIf` where the English has none. One message per problem, naming code and field.
 */
export function checkHandbookCatalog(catalog: HandbookCatalog, codes: ResultCode[] = allCodes()): string[] {
  const errors: string[] = [];
  const where = `examples/${HANDBOOK_CATALOG.split(path.sep).join('/')}`;
  const known = new Set(codes.map(String));
  for (const key of Object.keys(catalog)) {
    if (!known.has(key)) errors.push(`${where}: "${key}" is not a code of Aerospike.status: remove it`);
  }
  for (const code of codes) {
    const entry = catalog[String(code)];
    if (!entry) {
      errors.push(`${where}: code ${code} has no entry: translate its meaning and handling`);
      continue;
    }
    const english = englishProse(code);
    for (const field of FIELDS) {
      const en = english[field];
      const found = entry[field];
      const name = `code ${code} ${field}`;
      if (en === undefined) {
        if (found) errors.push(`${where}: ${name}: the English retry has no onlyIf: remove it`);
        continue;
      }
      if (!found) {
        errors.push(`${where}: ${name} is missing: add { "en": ${JSON.stringify(en)}, "ko": "…" }`);
      } else if (found.en !== en) {
        errors.push(
          `${where}: ${name} is stale: the English is now ${JSON.stringify(en)} ` +
            `(was ${JSON.stringify(found.en)}): translate it again and store the new English`,
        );
      } else if (!HANGUL.test(found.ko)) {
        errors.push(`${where}: ${name} is not translated`);
      }
    }
  }
  return errors;
}
