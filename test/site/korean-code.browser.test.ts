import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stripComments } from '../../src/remark/source-comments';
import { hasChromium, launchChromium } from './support/browser';
import { emittedWithoutComments, typeCheckSnippets } from './support/compile-snippet';
import { pagesWithCode } from './support/page-snippets';

const siteUrl = inject('siteUrl');
const HANGUL = /\p{Script=Hangul}/u;

/** The TypeScript blocks of the open page, as shown (one .token-line per line). */
function tsBlocks(page: Page): Promise<string[]> {
  return page
    .locator('article pre.language-ts code')
    .evaluateAll((blocks) =>
      blocks.map((block) =>
        [...block.querySelectorAll('.token-line')].map((line) => line.textContent ?? '').join('\n'),
      ),
    );
}

/** What the copy button of each TypeScript block puts on the clipboard. */
async function copyTsBlocks(page: Page): Promise<string[]> {
  const copied: string[] = [];
  const blocks = page.locator('article .theme-code-block.language-ts');
  for (let index = 0; index < (await blocks.count()); index += 1) {
    const block = blocks.nth(index);
    await block.hover();
    await block.locator('button:has([class*="copyButtonIcons"])').click();
    copied.push(await page.evaluate(() => navigator.clipboard.readText()));
  }
  return copied;
}

describe.skipIf(!hasChromium)('Korean pages show the same code with Korean comments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  describe.each(pagesWithCode())('$url', ({ url }) => {
    const shown: Record<'en' | 'ko', string[]> = { en: [], ko: [] };
    const copied: Record<'en' | 'ko', string[]> = { en: [], ko: [] };

    beforeAll(async () => {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
      const page = await context.newPage();
      for (const [locale, prefix] of [
        ['en', ''],
        ['ko', '/ko'],
      ] as const) {
        await page.goto(`${siteUrl}${prefix}${url}`, { waitUntil: 'networkidle' });
        shown[locale] = await tsBlocks(page);
        copied[locale] = await copyTsBlocks(page);
      }
      await context.close();
    });

    it('each block, comments removed, is the English block with comments removed', () => {
      expect(shown.ko.length).toBeGreaterThan(0);
      expect(shown.ko.length).toBe(shown.en.length);
      shown.ko.forEach((ko, i) => expect(stripComments(ko)).toBe(stripComments(shown.en[i]!)));
    });

    it('the comments are Korean wherever the English block has any', () => {
      shown.en.forEach((en, i) => {
        if (/\/\/ \p{L}|\/\*\*? \p{L}|^\s*\* \p{L}/mu.test(en)) expect(shown.ko[i]).toMatch(HANGUL);
      });
    });

    it('the copy button copies the Korean-commented text shown', () => {
      expect(copied.ko).toEqual(shown.ko);
    });

    it('a copied Korean block compiles like the English one: same diagnostics, same JavaScript', () => {
      const snippets = Object.fromEntries(
        copied.ko.flatMap((ko, i) => [
          [`en-${i}`, copied.en[i]!],
          [`ko-${i}`, ko],
        ]),
      );
      const diagnostics = typeCheckSnippets(snippets);
      copied.ko.forEach((ko, i) => {
        expect(diagnostics[`ko-${i}`]).toEqual(diagnostics[`en-${i}`]);
        expect(emittedWithoutComments(ko)).toBe(emittedWithoutComments(copied.en[i]!));
      });
    });
  });
});
