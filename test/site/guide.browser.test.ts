import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from './support/browser';
import { expectedCodeBlocks } from './support/page-snippets';

const siteUrl = inject('siteUrl');
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const LOCALES = [
  { locale: 'en', path: '/docs/error-handling', other: { label: '한국어', path: '/ko/docs/error-handling' } },
  {
    locale: 'ko',
    path: '/ko/docs/error-handling',
    other: { label: 'English', path: '/docs/error-handling' },
  },
] as const;

describe.skipIf(!hasChromium)('the error-handling guide in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => browser?.close());

  describe.each(LOCALES)('$locale', ({ locale, path: pagePath, other }) => {
    let context: BrowserContext;
    let page: Page;
    const consoleErrors: string[] = [];
    const foreignRequests: string[] = [];

    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== siteUrl) foreignRequests.push(request.url());
      });
      await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
    });
    afterAll(() => context?.close());

    it('renders with the right language and no console errors', async () => {
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await page.locator('article h1').count()).toBe(1);
      await page.screenshot({ path: path.join(ARTIFACTS, `guide-${locale}.png`), fullPage: true });
      expect(consoleErrors).toEqual([]);
    });

    it('requests nothing from any host but the local server', () => {
      expect(foreignRequests).toEqual([]);
    });

    it('shows every code block exactly as its source region', async () => {
      // Each rendered line is a .token-line element; their text, joined, is what a reader sees.
      const shown = await page
        .locator('article pre code')
        .evaluateAll((blocks) =>
          blocks.map((block) =>
            [...block.querySelectorAll('.token-line')].map((line) => line.textContent ?? '').join('\n'),
          ),
        );
      expect(shown).toEqual(expectedCodeBlocks(locale, 'error-handling.md'));
    });

    it('the copy button copies exactly the code shown', async () => {
      const expected = expectedCodeBlocks(locale, 'error-handling.md');
      const blocks = page.locator('article .theme-code-block');
      for (const index of [0, expected.length - 2]) {
        const block = blocks.nth(index);
        await block.hover();
        await block.locator('button:has([class*="copyButtonIcons"])').click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(expected[index]);
      }
    });

    it(`the locale dropdown leads to the ${other.label} version of the same page`, async () => {
      await page.locator('.navbar .dropdown > .navbar__link').hover();
      await page.locator('.navbar .dropdown__menu').getByText(other.label, { exact: true }).click();
      await page.waitForURL(`${siteUrl}${other.path}`);
      expect(await page.getAttribute('html', 'lang')).toBe(locale === 'en' ? 'ko' : 'en');
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
});
