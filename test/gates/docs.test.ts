import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSIFICATION } from '../../examples/src/result-codes/classification';
import { checkHeadingIds, checkLocaleParity, checkSnippets } from './check-docs';
import { checkGuidePages } from './check-guide-pages';
import { checkLiveCodes } from './check-live-codes';
import { checkProseNames, exampleNames } from './check-prose-names';
import { checkTypedFigures } from './check-typed-figures';
import { checkPlaceholders, placeholderDirs } from './check-placeholders';
import { clientTypings } from '../../src/client-facts/typings';

const root = path.resolve(__dirname, '..', '..');
const en = path.join(root, 'docs');
const ko = path.join(root, 'i18n', 'ko', 'docusaurus-plugin-content-docs', 'current');
const examples = path.join(root, 'examples');

describe('docs gates on this site', () => {
  it('every page exists in both locales with the same sections and the same snippets', () => {
    expect(checkLocaleParity(en, ko)).toEqual([]);
  });

  it('every section heading has an explicit id', () => {
    expect(checkHeadingIds([en, ko])).toEqual([]);
  });

  it('no code is written inline and every snippet reference resolves', () => {
    expect(checkSnippets([en, ko], examples)).toEqual([]);
  });

  it('every guide page the result-code handbook names is a page in both locales', () => {
    const guides = Object.entries(CLASSIFICATION).flatMap(([code, entry]) =>
      [entry.guide, ...(entry.also ?? [])].map((guide) => [code, guide] as const),
    );
    expect(checkGuidePages(guides, [en, ko])).toEqual([]);
  });

  it('the handbook marks produced exactly the codes the live tests assert or their outputs show', () => {
    expect(checkLiveCodes(examples)).toEqual([]);
  });

  it("every inline-code name in prose that looks like a client option is one the client's typings declare", () => {
    const typings = clientTypings(examples);
    const knownNames = new Set([...typings.memberNames, ...exampleNames(examples)]);
    expect(checkProseNames([en, ko], { optionNames: typings.optionNames, knownNames })).toEqual([]);
  });

  it('a page that shows a recorded run states its figures from the run, not typed by hand', () => {
    expect(checkTypedFigures([en, ko], examples)).toEqual([]);
  });

  it('no page, example or translation still holds a scaffold placeholder', () => {
    expect(checkPlaceholders(placeholderDirs(root))).toEqual([]);
  });

  it('the README stays a map: at most 800 words, the detail in CONTRIBUTING.md and ARCHITECTURE.md', () => {
    const words = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split(/\s+/).filter(Boolean).length;
    expect(words).toBeLessThanOrEqual(800);
  });

  it('example sources fit the 80 columns a code block shows without scrolling', () => {
    const src = path.join(examples, 'src');
    // Topic folders too (src/result-codes/…): every file of the package's sources.
    const files = (fs.readdirSync(src, { recursive: true }) as string[]).filter((file) =>
      fs.statSync(path.join(src, file)).isFile(),
    );
    const long = files.flatMap((file) =>
      fs
        .readFileSync(path.join(src, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 80 ? [`examples/src/${file}:${i + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });
});
