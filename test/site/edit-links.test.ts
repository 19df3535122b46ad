/**
 * "Edit this page" leads to the page's own source (the Korean file for a Korean page), a code
 * block's title to the example file it was cut from, and every doc page shows when its source
 * last changed, as git says (CI checks out the whole history: a shallow clone would give every
 * page the date of its one commit).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { editRootUrl } from '../../src/config/source-links';
import { CODE_PAGE_SOURCES, CODE_PAGES_FOLDER } from '../../src/plugins/result-codes/code-pages';
import { listDocPages } from '../gates/doc-pages';
import { BUILD_DIR } from './support/global-setup';

const ROOT = path.resolve(__dirname, '..', '..');
// The build and the tests see the same environment (GITHUB_REPOSITORY and the rest).
const EDIT_ROOT = editRootUrl();
const SOURCES = {
  en: 'docs',
  ko: 'i18n/ko/docusaurus-plugin-content-docs/current',
} as const;

const html = (file: string) => cheerio.load(fs.readFileSync(path.join(BUILD_DIR, file), 'utf8'));

/** When git last changed a file, as Docusaurus reads it (the committer's time). */
const committed = (file: string) =>
  new Date(
    Number(execFileSync('git', ['log', '-1', '--format=%ct', '--', file], { cwd: ROOT, encoding: 'utf8' })) *
      1000,
  );

describe.each(Object.entries(SOURCES))('%s doc pages', (locale, sourceDir) => {
  // A code's page is generated: its words live in the result-code table (or the Korean catalog).
  const pages = listDocPages(path.join(ROOT, 'docs')).map((page) => ({
    source: page.startsWith(`${CODE_PAGES_FOLDER}/`)
      ? CODE_PAGE_SOURCES[locale as keyof typeof CODE_PAGE_SOURCES]
      : `${sourceDir}/${page}`,
    built: `${locale === 'ko' ? 'ko/' : ''}docs/${page.replace(/(\/index)?\.mdx?$/, '')}.html`,
  }));

  it.each(pages)('$built edits $source and shows when git last changed it', ({ source, built }) => {
    const $ = html(built);
    expect($('a.theme-edit-this-page').attr('href')).toBe(`${EDIT_ROOT}${source}`);
    const date = $('.theme-last-updated time').attr('datetime');
    expect(date, `${built}: no last-updated date`).toBeDefined();
    expect(new Date(date!).toISOString().slice(0, 10)).toBe(committed(source).toISOString().slice(0, 10));
  });

  it("each code block's title leads to its example file", () => {
    const titles = pages.flatMap(({ built }) => {
      const $ = html(built);
      return $('.theme-code-block .code-title a')
        .map((_, link) => ({ text: $(link).text(), href: $(link).attr('href')! }))
        .get();
    });
    expect(titles.length).toBeGreaterThan(20);
    for (const { text, href } of titles) {
      // A title is the file's path, or a word given in the page ("Output" over recorded output).
      if (text.startsWith('examples/')) expect(href).toBe(`${EDIT_ROOT}${text}`);
      expect(href.startsWith(`${EDIT_ROOT}examples/`), href).toBe(true);
      const file = href.slice(EDIT_ROOT.length);
      expect(fs.existsSync(path.join(ROOT, file)), `${file} is no file of the repository`).toBe(true);
    }
  });
});

it('the generated API pages offer no edit link: TypeDoc writes them on every build', () => {
  expect(html('api.html')('a.theme-edit-this-page').length).toBe(0);
});
