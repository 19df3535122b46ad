import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { stripComments } from '../../src/remark/source-comments';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { copiedBlocks, shownBlocks, wholeProgramBlocks } from './support/code-blocks';
import { waitForHydration } from './support/hydration';
import { emittedWithoutComments, typeCheckSnippets } from './support/compile-snippet';
import { expectedCodeBlocks, expectedCopies, guidePages, pagesWithCode } from './support/page-snippets';

const siteUrl = inject('siteUrl');
const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
// Full-page screenshots are for people to look at; CI throws them away, and they took a
// quarter of this file's time.
const SCREENSHOTS = !process.env.CI || process.env.SCREENSHOTS === '1';
const HANGUL = /\p{Script=Hangul}/u;

const GUIDE_PAGES = guidePages();
const CODE_PAGES = pagesWithCode();
// Every guide page and every other page that shows TypeScript, each read once per locale:
// the guide's checks and the Korean-comment checks share the readings.
const PAGES = [...GUIDE_PAGES, ...CODE_PAGES].filter(
  (one, index, all) => all.findIndex(({ url }) => url === one.url) === index,
);

const LOCALES = [
  { locale: 'en', prefix: '', other: { label: '한국어', prefix: '/ko' } },
  { locale: 'ko', prefix: '/ko', other: { label: 'English', prefix: '' } },
] as const;
type Locale = (typeof LOCALES)[number]['locale'];

/** A page opened in its own context, and what it showed before any test touched it. */
interface Opened {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  /** Every code block's text as shown, its copy, its whole program, and its text once more. */
  shown: string[];
  copied: string[];
  whole: string[];
  shownAfterToggles: string[];
  /** Which of those blocks are TypeScript. */
  isTs: boolean[];
}

async function open(browser: Browser, url: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== siteUrl) foreignRequests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Started, so that the console shows what hydrating this page says (buttons pressed before the
  // start are the early-input test's).
  await waitForHydration(page);
  const isTs = await page
    .locator('article .theme-code-block')
    .evaluateAll((blocks) => blocks.map((block) => block.classList.contains('language-ts')));
  const shown = await shownBlocks(page);
  const copied = await copiedBlocks(page);
  const whole = await wholeProgramBlocks(page);
  const shownAfterToggles = await shownBlocks(page);
  return { context, page, consoleErrors, foreignRequests, shown, copied, whole, shownAfterToggles, isTs };
}

describe.skipIf(!hasChromium)('the guide and every page with code, in a real browser', () => {
  const browser = chromiumForThisFile();
  beforeAll(() => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  it('has its overview and every pattern page', () => {
    expect(GUIDE_PAGES.map(({ url }) => url)).toContain('/docs/error-handling/retry');
    expect(GUIDE_PAGES.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(PAGES)('$url', ({ page: source, url }) => {
    const opened = {} as Record<Locale, Opened>;
    beforeAll(async () => {
      for (const { locale, prefix } of LOCALES)
        opened[locale] = await open(browser(), `${siteUrl}${prefix}${url}`);
    });
    afterAll(async () => {
      for (const one of Object.values(opened)) await one.context.close();
    });

    describe.each(LOCALES)('$locale', ({ locale, other }) => {
      it('renders in its language with no console errors and nothing from other hosts', async () => {
        const { page, consoleErrors, foreignRequests } = opened[locale];
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        expect(await page.locator('article h1').count()).toBe(1);
        if (SCREENSHOTS) {
          const name = url.split('/').pop();
          await page.screenshot({ path: path.join(ARTIFACTS, `${locale}-${name}.png`), fullPage: true });
        }
        expect(consoleErrors).toEqual([]);
        expect(foreignRequests).toEqual([]);
      });

      it('shows every code block exactly as its source region', () => {
        expect(opened[locale].shown).toEqual(expectedCodeBlocks(locale, source));
      });

      it('the copy button copies the whole program, which "show the whole program" shows', () => {
        const copies = expectedCopies(locale, source);
        expect(opened[locale].copied).toEqual(copies);
        expect(opened[locale].whole).toEqual(copies);
        // Toggled back: the excerpt again.
        expect(opened[locale].shownAfterToggles).toEqual(expectedCodeBlocks(locale, source));
      });

      it(`the locale dropdown leads to the ${other.label} version of the same page`, async () => {
        const { page, consoleErrors, foreignRequests } = opened[locale];
        await page.locator('.navbar .dropdown > .navbar__link').hover();
        await page.locator('.navbar .dropdown__menu').getByText(other.label, { exact: true }).click();
        await page.waitForURL(`${siteUrl}${other.prefix}${url}`);
        expect(await page.getAttribute('html', 'lang')).toBe(locale === 'en' ? 'ko' : 'en');
        expect(foreignRequests).toEqual([]);
        expect(consoleErrors).toEqual([]);
      });
    });

    describe.runIf(CODE_PAGES.some((one) => one.url === url))('its Korean TypeScript blocks', () => {
      const ts = (locale: Locale, what: 'shown' | 'copied' | 'whole') =>
        opened[locale][what].filter((_, index) => opened[locale].isTs[index]);

      it('each block, comments removed, is the English block with comments removed', () => {
        const [en, ko] = [ts('en', 'shown'), ts('ko', 'shown')];
        expect(ko.length).toBeGreaterThan(0);
        expect(ko.length).toBe(en.length);
        ko.forEach((block, i) => expect(stripComments(block)).toBe(stripComments(en[i]!)));
      });

      it('the comments are Korean wherever the English block has any', () => {
        const ko = ts('ko', 'shown');
        ts('en', 'shown').forEach((en, i) => {
          if (/\/\/ \p{L}|\/\*\*? \p{L}|^\s*\* \p{L}/mu.test(en)) expect(ko[i]).toMatch(HANGUL);
        });
      });

      it('the copy button copies the Korean-commented whole program, as the toggle shows it', () => {
        const [en, ko] = [ts('en', 'copied'), ts('ko', 'copied')];
        expect(ko).toEqual(ts('ko', 'whole'));
        ko.forEach((block, i) => expect(stripComments(block)).toBe(stripComments(en[i]!)));
      });

      it('a copied Korean block compiles like the English one: same diagnostics, same JavaScript', () => {
        const [en, ko] = [ts('en', 'copied'), ts('ko', 'copied')];
        const diagnostics = typeCheckSnippets(
          Object.fromEntries(
            ko.flatMap((block, i) => [
              [`en-${i}`, en[i]!],
              [`ko-${i}`, block],
            ]),
          ),
        );
        ko.forEach((block, i) => {
          expect(diagnostics[`ko-${i}`]).toEqual(diagnostics[`en-${i}`]);
          expect(emittedWithoutComments(block)).toBe(emittedWithoutComments(en[i]!));
        });
      });
    });
  });
});
