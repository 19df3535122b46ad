import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { stripComments } from '../../src/remark/source-comments';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { emittedWithoutComments, typeCheckSnippets } from './support/compile-snippet';
import { copiedBlocks, shownBlocks, wholeProgramBlocks } from './support/code-blocks';
import { pagesWithCode } from './support/page-snippets';

const siteUrl = inject('siteUrl');
const HANGUL = /\p{Script=Hangul}/u;

const TS_BLOCKS = 'article .theme-code-block.language-ts';

describe.skipIf(!hasChromium)('Korean pages show the same code with Korean comments', () => {
  const browser = chromiumForThisFile();

  describe.each(pagesWithCode())('$url', ({ url }) => {
    const shown: Record<'en' | 'ko', string[]> = { en: [], ko: [] };
    const copied: Record<'en' | 'ko', string[]> = { en: [], ko: [] };
    const whole: Record<'en' | 'ko', string[]> = { en: [], ko: [] };

    beforeAll(async () => {
      const context = await browser().newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
      const page = await context.newPage();
      for (const [locale, prefix] of [
        ['en', ''],
        ['ko', '/ko'],
      ] as const) {
        await page.goto(`${siteUrl}${prefix}${url}`, { waitUntil: 'networkidle' });
        shown[locale] = await shownBlocks(page, TS_BLOCKS);
        copied[locale] = await copiedBlocks(page, TS_BLOCKS);
        whole[locale] = await wholeProgramBlocks(page, TS_BLOCKS);
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

    it('the copy button copies the Korean-commented whole program, as the toggle shows it', () => {
      expect(copied.ko).toEqual(whole.ko);
      copied.ko.forEach((ko, i) => expect(stripComments(ko)).toBe(stripComments(copied.en[i]!)));
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
