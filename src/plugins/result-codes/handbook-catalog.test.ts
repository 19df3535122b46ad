import { describe, expect, it } from 'vitest';
import { CLASSIFICATION, type ResultCode } from '../../../examples/src/result-codes/classification';
import {
  checkHandbookCatalog,
  englishProse,
  koreanProse,
  readHandbookCatalog,
  type HandbookCatalog,
} from './handbook-catalog';

// Crafted catalogs over three codes: 2 (retry no), 3 (retry only if …) and 14 (retry yes).
const codes: ResultCode[] = [2, 3, 14];
const field = (en: string, ko = '번역') => ({ en, ko });
const good = (): HandbookCatalog => ({
  2: { meaning: field(CLASSIFICATION[2].meaning), handling: field(CLASSIFICATION[2].handling) },
  3: {
    meaning: field(CLASSIFICATION[3].meaning),
    handling: field(CLASSIFICATION[3].handling),
    onlyIf: field(englishProse(3).onlyIf!),
  },
  14: { meaning: field(CLASSIFICATION[14].meaning), handling: field(CLASSIFICATION[14].handling) },
});

describe('the handbook catalog gate fails on bad input', () => {
  it('passes a complete, current catalog', () => {
    expect(typeof CLASSIFICATION[3].retry).toBe('object');
    expect(checkHandbookCatalog(good(), codes)).toEqual([]);
  });

  it('names a code without an entry, and an entry that is no code', () => {
    const catalog = good();
    delete catalog[14];
    catalog[99] = catalog[2]!;
    expect(checkHandbookCatalog(catalog, codes)).toEqual([
      'examples/i18n/handbook.ko.json: "99" is not a code of Aerospike.status: remove it',
      'examples/i18n/handbook.ko.json: code 14 has no entry: translate its meaning and handling',
    ]);
  });

  it('names an onlyIf where the English has none, and a missing one where it has', () => {
    const catalog = good();
    catalog[2]!.onlyIf = field('whenever');
    delete catalog[3]!.onlyIf;
    const errors = checkHandbookCatalog(catalog, codes);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(
      'examples/i18n/handbook.ko.json: code 2 onlyIf: the English retry has no onlyIf: remove it',
    );
    expect(errors[1]).toMatch(/^examples\/i18n\/handbook\.ko\.json: code 3 onlyIf is missing: add \{ "en": /);
  });

  it('names a field whose English changed since it was translated, and shows the English for it', () => {
    const catalog = good();
    catalog[14]!.handling = field('Back off and retry.', '옛 번역');
    expect(checkHandbookCatalog(catalog, codes)).toEqual([
      `examples/i18n/handbook.ko.json: code 14 handling is stale: the English is now ${JSON.stringify(
        CLASSIFICATION[14].handling,
      )} (was "Back off and retry."): translate it again and store the new English`,
    ]);
    expect(koreanProse(14, catalog).handling).toBe(CLASSIFICATION[14].handling);
    expect(koreanProse(14, catalog).meaning).toBe('번역');
  });

  it('names a field left in English', () => {
    const catalog = good();
    catalog[2]!.meaning = field(CLASSIFICATION[2].meaning, CLASSIFICATION[2].meaning);
    expect(checkHandbookCatalog(catalog, codes)).toEqual([
      'examples/i18n/handbook.ko.json: code 2 meaning is not translated',
    ]);
  });

  it('the site reads the catalog file of the examples package', () => {
    expect(koreanProse(3, readHandbookCatalog()).onlyIf).toMatch(/[가-힣]/);
  });
});
