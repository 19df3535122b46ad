import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration, waitForIdle } from './support/hydration';
import { isPrefetch } from './support/page-weight';

const siteUrl = inject('siteUrl');

/** The type a code token shows, read from the styles the browser applied: what a reader sees. */
function shownType(page: Page, text: string, nth = 0): Promise<string> {
  return page
    .locator('article .theme-code-block .tq', { hasText: new RegExp(`^${text}$`) })
    .nth(nth)
    .evaluate((token) => getComputedStyle(token, '::after').content);
}

describe.skipIf(!hasChromium)('types on hover and on focus, computed at build time', () => {
  const browser = chromiumForThisFile();

  describe.each([
    { locale: 'en', prefix: '' },
    { locale: 'ko', prefix: '/ko' },
  ])('$locale retry page', ({ prefix }) => {
    let page: Page;
    const requestsAfterLoad: string[] = [];

    beforeAll(async () => {
      page = await browser().newPage();
      await page.goto(`${siteUrl}${prefix}/docs/error-handling/retry`, { waitUntil: 'networkidle' });
      // The page's own code, which any first input starts, is not the hovers' either.
      await waitForHydration(page);
      await waitForIdle(page);
      // Prefetches (on link hover) and the browser's own late favicon fetch are not the hovers';
      // anything else would be.
      page.on('request', async (request) => {
        const favicon = new URL(request.url()).pathname === '/img/favicon.png';
        if (!isPrefetch(await request.allHeaders()) && !favicon) requestsAfterLoad.push(request.url());
      });
    });
    afterAll(() => page?.close());

    it('shows nothing until a token is hovered or focused', async () => {
      expect(await shownType(page, 'withRetry')).toBe('none');
    });

    it("hovering withRetry shows the compiler's signature", async () => {
      await page
        .locator('article .tq', { hasText: /^withRetry$/ })
        .first()
        .hover();
      expect(await shownType(page, 'withRetry')).toBe(
        '"function withRetry<T>(operation: () => Promise<T>, options?: RetryOptions): Promise<T>"',
      );
    });

    it('the keyboard reaches the tokens, and focus shows their types', async () => {
      // Tab from the token before `inDoubt` (the `error` of `error.inDoubt`) to it.
      const error = page.locator('article .tq', { hasText: /^error$/ });
      const inDoubt = page.locator('article .tq', { hasText: /^inDoubt$/ }).first();
      const index = await error.evaluateAll(
        (tokens, target) => {
          const all = [...document.querySelectorAll('article .tq')];
          const at = all.indexOf(target as Element);
          return tokens.findIndex((t) => all.indexOf(t) === at - 1);
        },
        await inDoubt.elementHandle(),
      );
      await error.nth(index).focus();
      expect(await shownType(page, 'error', index)).toBe('"(local var) error: Aerospike.AerospikeError"');
      await page.keyboard.press('Tab');
      expect(await inDoubt.evaluate((token) => token === document.activeElement)).toBe(true);
      // Focus moved on: the type shown is the new token's, and only its.
      expect(await shownType(page, 'error', index)).toBe('none');
      expect(await shownType(page, 'inDoubt')).toBe(
        '"(property) AerospikeError.inDoubt?: boolean | undefined"',
      );
    });

    it('asks the server for nothing', () => {
      expect(requestsAfterLoad).toEqual([]);
    });
  });
});
