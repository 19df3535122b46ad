import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCommentTranslations, type TranslationSite } from './check-comment-translations';

const root = path.resolve(__dirname, '..', '..');

describe('comment translations of this site', () => {
  it('every comment a Korean page or the Korean API shows is translated, none stale or unused', () => {
    const report = checkCommentTranslations({
      locale: 'ko',
      examplesDir: path.join(root, 'examples'),
      pagesDir: path.join(root, 'i18n', 'ko', 'docusaurus-plugin-content-docs', 'current'),
    });
    expect(report.errors).toEqual([]);
  });
});

// Each check shown failing on a crafted example package, catalog and Korean page.
let dir: string;
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const example = [
  '// #region r',
  '/** Reads the record with backoff. */',
  'export const x = 1; // one',
  '// #endregion r',
  '// Not shown on any page.',
  'export const y = 2;',
  '',
].join('\n');

function site(catalog: Record<string, Record<string, string>>, source = example): TranslationSite {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
  const files: Record<string, string> = {
    'ex/src/a.ts': source,
    'ex/src/index.ts': 'export const z = 3;\n',
    'ex/typedoc.json': JSON.stringify({ entryPoints: ['src/index.ts'] }),
    ...Object.fromEntries(
      Object.entries(catalog).map(([file, entries]) => [
        `ex/i18n/ko/${file.split('/')[1]!.replace(/\.ts$/, '')}.json`,
        JSON.stringify({ [file]: entries }),
      ]),
    ),
    'ko/page.md': '## A {#a}\n\n```ts file=src/a.ts region=r\n```\n',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return { locale: 'ko', examplesDir: path.join(dir, 'ex'), pagesDir: path.join(dir, 'ko') };
}
const catalogFile = (group = 'a') =>
  path.relative(process.cwd(), path.join(dir, 'ex', 'i18n', 'ko', `${group}.json`));
const good = { 'src/a.ts': { 'Reads the record with backoff.': '백오프하며 레코드를 읽는다.', one: '하나' } };

describe('the comment-translation gate fails on bad input', () => {
  it('passes a complete catalog (comments outside shown regions need none)', () => {
    expect(checkCommentTranslations(site(good)).errors).toEqual([]);
  });

  it('a shown comment with no translation', () => {
    const report = checkCommentTranslations(site({ 'src/a.ts': { one: '하나' } }));
    expect(report.errors).toEqual([
      `examples/src/a.ts:2: no ko translation in ${catalogFile()} for "Reads the record with backoff."`,
    ]);
    expect(report.missing.map((m) => m.unit.text)).toEqual(['Reads the record with backoff.']);
  });

  it('an English comment that changed: its translation is stale', () => {
    const changed = example.replace(
      'Reads the record with backoff.',
      'Reads the record with jittered backoff.',
    );
    expect(checkCommentTranslations(site(good, changed)).errors).toEqual([
      `examples/src/a.ts:2: stale ko translation: the English now reads "Reads the record with jittered ` +
        `backoff."; the translation in ${catalogFile()} is of "Reads the record with backoff."`,
    ]);
  });

  it('a translation nothing uses', () => {
    const extra = { 'src/a.ts': { ...good['src/a.ts'], 'Gone for good.': '사라졌다.' } };
    expect(checkCommentTranslations(site(extra)).errors).toEqual([
      `${catalogFile()}: unused translation under "src/a.ts": "Gone for good."`,
    ]);
  });

  it("a catalog file holding another folder's sources", () => {
    const ko = site(good);
    fs.writeFileSync(path.join(dir, 'ex', 'i18n', 'ko', 'b.json'), JSON.stringify(good));
    expect(() => checkCommentTranslations(ko)).toThrow(
      `${path.join(dir, 'ex', 'i18n', 'ko', 'b.json')}: holds src/a.ts, whose translations belong in a.json`,
    );
  });

  it('a trailing translation that pushes its line past 80 columns', () => {
    const wide = { 'src/a.ts': { ...good['src/a.ts'], one: '아주 긴 설명'.repeat(8) } };
    const [error, ...rest] = checkCommentTranslations(site(wide)).errors;
    expect(rest).toEqual([]);
    expect(error).toMatch(
      /^examples\/src\/a\.ts:3: the ko comment makes a line 1\d\d columns wide, more than 80: /,
    );
  });

  it('a translation that would close its comment and turn into code', () => {
    const breaking = {
      'src/a.ts': { ...good['src/a.ts'], 'Reads the record with backoff.': '읽는다 */ x = 2; /*' },
    };
    expect(checkCommentTranslations(site(breaking)).errors).toEqual([
      'examples/src/a.ts:2: the ko translation would break out of its comment: "읽는다 */ x = 2; /*"',
    ]);
  });

  it('a comment of a snippet the result-code handbook writes into a page at build time', () => {
    const ko = site(good);
    const files: Record<string, string> = {
      'ex/src/result-codes/produce.ts': [
        '// #region code-2',
        '/** A read of a key nobody wrote. */',
        'export const missing = 2;',
        '// #endregion code-2',
        '',
      ].join('\n'),
      'ex/output/result-codes/produced.txt': '   2  ERR_RECORD_NOT_FOUND        get of a key\n',
      // The handbook shows a live proof only with a test that asserts it (live-tests.ts).
      'ex/test/result-codes/produce.test.ts': 'expect(codes).toEqual(expected(PRODUCERS));\n',
      'ko/result-codes.mdx': '## Codes {#codes}\n\n<ResultCodeEntries />\n',
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    expect(checkCommentTranslations(ko).errors).toEqual([
      `examples/src/result-codes/produce.ts:2: no ko translation in ${catalogFile('result-codes')} for ` +
        '"A read of a key nobody wrote."',
    ]);
  });
});
