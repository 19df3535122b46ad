import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './support/blocking-time';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { shownBlocks } from './support/code-blocks';
import { waitForHydration } from './support/hydration';
import { expectedCodeBlocks } from './support/page-snippets';

const siteUrl = inject('siteUrl');

/**
 * Runs `click` on a link to `path` and waits for that page, its build-time HTML filled in.
 * Returns the documents the browser requested meanwhile: none for a navigation in the app.
 */
async function follow(page: Page, click: () => Promise<void>, path: string): Promise<string[]> {
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });
  const before = await page.locator('article h1').textContent();
  await click();
  await page.waitForURL(`${siteUrl}${path}`);
  // The URL changes first; the old page stays on screen until the new page's code loads.
  await expect.poll(() => page.locator('article h1').textContent()).not.toBe(before);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('article .static-html')].every((element) => element.childNodes.length > 0),
  );
  return documents;
}

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
        // A link followed before the page has started loads its page the plain way.
        await waitForHydration(page);
        const documents = await follow(
          page,
          () => page.locator(`nav a[href="${prefix}/docs/error-handling/retry"]`).first().click(),
          `${prefix}/docs/error-handling/retry`,
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

// A page's plain Markdown is build-time HTML too (src/remark/static-prose.ts), so its links are
// not the theme's <Link>: src/theme/StaticHtml gives them the same behaviour.
describe.skipIf(!hasChromium)('links in the text of a page', () => {
  const browser = chromiumForThisFile();

  it.each([
    { locale: 'en', prefix: '', title: /^Timeouts/ },
    { locale: 'ko', prefix: '/ko', title: /타임아웃/ },
  ] as const)(
    '$locale: the timeouts link in the retry page loads its page on hover, then navigates in the app',
    async ({ prefix, title }) => {
      const page: Page = await browser().newPage(PHONE);
      try {
        await page.goto(`${siteUrl}${prefix}/docs/error-handling/retry`, { waitUntil: 'networkidle' });
        await waitForHydration(page);
        const href = `${prefix}/docs/error-handling/timeouts`;
        const link = page.locator(`article .static-html a[href="${href}"]`).first();
        // On a phone no other link of this page leads there (the desktop sidebar's would have
        // loaded the page's code already): hovering the text's link must.
        const chunk = page.waitForRequest((request) => request.resourceType() === 'script', {
          timeout: 5000,
        });
        await link.hover();
        await chunk;
        const documents = await follow(page, () => link.click(), href);
        expect(await page.locator('article h1').textContent()).toMatch(title);
        expect(await page.locator('article .static-html p').count()).toBeGreaterThan(2);
        expect(documents).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
