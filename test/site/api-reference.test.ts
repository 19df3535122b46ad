import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { BUILD_DIR } from './support/global-setup';

const HANGUL = /\p{Script=Hangul}/u;

/** The API pages of a build, relative to `dir` (`functions/withRetry.html`, …). */
function apiPages(dir: string): string[] {
  const root = path.join(dir, 'api');
  return [
    'api.html',
    ...(fs.readdirSync(root, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html'))
      .map((file) => path.join('api', file)),
  ].sort();
}

/** Ids of the headings of the page's article: its anchors. */
function headingIds(file: string): string[] {
  const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
  return $('article :is(h1, h2, h3, h4, h5, h6)[id]')
    .map((_, el) => $(el).attr('id'))
    .get();
}

describe('the Korean API reference', () => {
  const english = apiPages(BUILD_DIR);

  it('has the same pages as the English one', () => {
    expect(english.length).toBeGreaterThan(20);
    expect(apiPages(path.join(BUILD_DIR, 'ko'))).toEqual(english);
  });

  it('has the same anchors on every page', () => {
    for (const page of english) {
      expect(headingIds(path.join(BUILD_DIR, 'ko', page)), page).toEqual(
        headingIds(path.join(BUILD_DIR, page)),
      );
    }
  });

  it('shows the doc comments in Korean', () => {
    const $ = cheerio.load(
      fs.readFileSync(path.join(BUILD_DIR, 'ko', 'api', 'functions', 'withRetry.html'), 'utf8'),
    );
    expect($('html').attr('lang')).toBe('ko');
    const prose = $('article p')
      .map((_, el) => $(el).text())
      .get();
    expect(prose.filter((text) => HANGUL.test(text)).length).toBeGreaterThan(0);
    expect(prose.join('\n')).toContain('지수 백오프와 full jitter로');
    expect($('article').text()).not.toContain('retrying transient failures');
  });
});
