import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { shownBlocks } from './support/code-blocks';
import { expectedCodeBlocks } from './support/page-snippets';

const siteUrl = inject('siteUrl');

// The browser's bundle carries no copy of the build-time HTML (code blocks, handbook): after a
// client-side navigation each such element takes it from the page's own file.
describe.skipIf(!hasChromium)('code blocks after a client-side navigation', () => {
  const browser = chromiumForThisFile();

  it.each([
    { locale: 'en', prefix: '' },
    { locale: 'ko', prefix: '/ko' },
  ] as const)(
    '$locale: the retry page reached from the overview shows its code',
    async ({ locale, prefix }) => {
      const page: Page = await browser().newPage();
      try {
        await page.goto(`${siteUrl}${prefix}/docs/error-handling`, { waitUntil: 'networkidle' });
        const documents: string[] = [];
        page.on('request', (request) => {
          if (request.resourceType() === 'document') documents.push(request.url());
        });
        await page.locator(`nav a[href="${prefix}/docs/error-handling/retry"]`).first().click();
        await page.waitForURL(`${siteUrl}${prefix}/docs/error-handling/retry`);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('article .static-html')].every(
            (element) => element.childNodes.length > 0,
          ),
        );
        expect(await shownBlocks(page)).toEqual(expectedCodeBlocks(locale, 'error-handling/retry.md'));
        // No full reload: the navigation stayed in the app.
        expect(documents).toEqual([]);
        expect(await page.locator('article .tq', { hasText: /^withRetry$/ }).count()).toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    },
  );
});
