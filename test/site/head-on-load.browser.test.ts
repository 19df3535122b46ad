import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration, waitForIdle } from './support/hydration';

const siteUrl = inject('siteUrl');

declare global {
  interface Window {
    /** Every title and <html> class the page showed, in order. */
    __head?: { titles: string[]; classes: string[] };
  }
}

// react-helmet-async writes <head> and the <html> attributes. It commits each half-hydrated
// state, so while a page hydrates its title and <html> classes may flip to the site's defaults
// and back (a patch held them until it dropped; hydration now follows the reader's first input,
// src/static-first/README.md). What the reader is left with is the page's own title and classes,
// as the server wrote them.
describe.skipIf(!hasChromium)('the head while a page loads', () => {
  const browser = chromiumForThisFile();

  it.each([
    { path: '/docs/error-handling/retry', next: '/docs/error-handling/timeouts', pageClass: 'docs-doc-page' },
    { path: '/ko/docs/result-codes', next: '/ko/docs/error-handling', pageClass: 'docs-doc-page' },
  ])(
    '$path ends hydrating with the title and <html> classes it loaded with, and a link updates them',
    async ({ path, next, pageClass }) => {
      const page = await browser().newPage();
      try {
        await page.addInitScript(() => {
          const head = (window.__head = { titles: [] as string[], classes: [] as string[] });
          new MutationObserver(() => {
            const title = document.title;
            const classes = document.documentElement.className;
            if (title && head.titles.at(-1) !== title) head.titles.push(title);
            if (classes && head.classes.at(-1) !== classes) head.classes.push(classes);
          }).observe(document, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
            attributeFilter: ['class'],
          });
        });
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
        const loaded = await page.evaluate(() => ({
          title: document.title,
          classes: document.documentElement.className,
        }));
        expect(loaded.classes.split(' ')).toContain(pageClass);
        await waitForHydration(page);
        // Helmet writes in an animation frame after React commits: wait for the page to go idle.
        await waitForIdle(page);
        const { titles, classes } = (await page.evaluate(() => window.__head))!;
        expect(titles.at(-1)).toBe(loaded.title);
        expect(classes.at(-1)!.split(' ').sort()).toEqual(loaded.classes.split(' ').sort());

        // After load, Helmet still follows client-side navigation.
        const canonical = () => page.locator('link[rel="canonical"]').getAttribute('href');
        const before = { title: await page.title(), canonical: await canonical() };
        await page.locator(`nav.menu a[href="${next}"]`).click();
        await page.waitForURL(`${siteUrl}${next}`);
        await expect.poll(() => page.title()).not.toBe(before.title);
        expect(await canonical()).toBe(before.canonical!.replace(path, next));
        expect(await page.locator('meta[name="description"]').count()).toBe(1);
      } finally {
        await page.close();
      }
    },
  );
});
