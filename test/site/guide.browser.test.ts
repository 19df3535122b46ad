import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { copiedBlocks, shownBlocks, wholeProgramBlocks } from './support/code-blocks';
import { expectedCodeBlocks, expectedCopies, guidePages } from './support/page-snippets';

const siteUrl = inject('siteUrl');
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

const GUIDE_PAGES = guidePages();

const LOCALES = [
  { locale: 'en', prefix: '', other: { label: '한국어', prefix: '/ko' } },
  { locale: 'ko', prefix: '/ko', other: { label: 'English', prefix: '' } },
] as const;

describe.skipIf(!hasChromium)('the error-handling guide in a real browser', () => {
  const browser = chromiumForThisFile();
  beforeAll(() => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  it('has its overview and every pattern page', () => {
    expect(GUIDE_PAGES.map(({ url }) => url)).toContain('/docs/error-handling/retry');
    expect(GUIDE_PAGES.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(LOCALES.flatMap((l) => GUIDE_PAGES.map((p) => ({ ...l, ...p }))))(
    '$locale $url',
    ({ locale, prefix, other, page: source, url }) => {
      let context: BrowserContext;
      let page: Page;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      const expected = () => expectedCodeBlocks(locale, source);

      beforeAll(async () => {
        context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
        page = await context.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));
        page.on('request', (request) => {
          if (new URL(request.url()).origin !== siteUrl) foreignRequests.push(request.url());
        });
        await page.goto(`${siteUrl}${prefix}${url}`, { waitUntil: 'networkidle' });
      });
      afterAll(() => context?.close());

      it('renders in its language with no console errors and nothing from other hosts', async () => {
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.locator('article h1').count()).toBe(1);
        const name = url.split('/').pop();
        await page.screenshot({ path: path.join(ARTIFACTS, `${locale}-${name}.png`), fullPage: true });
        expect(consoleErrors).toEqual([]);
        expect(foreignRequests).toEqual([]);
      });

      it('shows every code block exactly as its source region', async () => {
        expect(await shownBlocks(page)).toEqual(expected());
      });

      it('the copy button copies the whole program, which "show the whole program" shows', async () => {
        const copies = expectedCopies(locale, source);
        expect(await copiedBlocks(page)).toEqual(copies);
        expect(await wholeProgramBlocks(page)).toEqual(copies);
        // Toggled back: the excerpt again.
        expect(await shownBlocks(page)).toEqual(expected());
      });

      it(`the locale dropdown leads to the ${other.label} version of the same page`, async () => {
        await page.locator('.navbar .dropdown > .navbar__link').hover();
        await page.locator('.navbar .dropdown__menu').getByText(other.label, { exact: true }).click();
        await page.waitForURL(`${siteUrl}${other.prefix}${url}`);
        expect(await page.getAttribute('html', 'lang')).toBe(locale === 'en' ? 'ko' : 'en');
        expect(foreignRequests).toEqual([]);
        expect(consoleErrors).toEqual([]);
      });
    },
  );
});
