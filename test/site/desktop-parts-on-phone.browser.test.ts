import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './support/blocking-time';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration, waitForIdle } from './support/hydration';

const siteUrl = inject('siteUrl');
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

// The docs sidebar and the table of contents: a phone gets them in the menu and in the page's
// own "on this page" button once hydrated, a desktop beside the article.
describe.skipIf(!hasChromium)('desktop-only parts on a phone', () => {
  const browser = chromiumForThisFile();
  const load = async (screen: BrowserContextOptions, path: string) => {
    const context = await browser().newContext(screen);
    const page = await context.newPage();
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await waitForHydration(page);
    await waitForIdle(page);
    return { context, page };
  };

  it.each(['/docs/error-handling/retry', '/ko/docs/error-handling/connection-lifecycle'])(
    '%s: on a phone, the desktop sidebar and table of contents are gone, and the page’s own opens',
    async (path) => {
      const { context, page } = await load(PHONE, path);
      try {
        await expect.poll(() => page.locator('.theme-doc-sidebar-container a').count()).toBe(0);
        expect(await page.locator('.theme-doc-toc-desktop').count()).toBe(0);
        await page.locator('.theme-doc-toc-mobile button').click();
        await expect.poll(() => page.locator('.theme-doc-toc-mobile a').first().isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    },
  );

  it('on a desktop, both are shown, and the sidebar navigates in the app', async () => {
    const { context, page } = await load(DESKTOP, '/ko/docs/error-handling/connection-lifecycle');
    try {
      expect(await page.locator('.theme-doc-toc-desktop a').first().isVisible()).toBe(true);
      await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
      await page.locator('.theme-doc-sidebar-container a[href="/ko/docs/error-handling/retry"]').click();
      await page.waitForURL('**/ko/docs/error-handling/retry');
      // A client-side navigation: the same document, not a new load.
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
