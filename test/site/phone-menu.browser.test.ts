import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './support/blocking-time';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration, waitForIdle } from './support/hydration';

const siteUrl = inject('siteUrl');

declare global {
  interface Window {
    /** Properties of the transitions the menu ran. */
    __menuTransitions?: string[];
  }
}

// The theme's phone menu, once the page has hydrated (before, src/static-first/on-load/menu.js
// stands in for it).
describe.skipIf(!hasChromium)('the phone menu', () => {
  const browser = chromiumForThisFile();
  const onPhone = async (path: string, use: (page: Page) => Promise<void>) => {
    const context = await browser().newContext(PHONE);
    try {
      const page = await context.newPage();
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      await waitForHydration(page);
      // React's follow-up work, the phone-size check among it.
      await waitForIdle(page);
      await use(page);
    } finally {
      await context.close();
    }
  };

  it.each(['/docs/error-handling/retry', '/ko/'])('%s loads with it closed', async (path) => {
    await onPhone(path, async (page) => {
      await expect(page.locator('.navbar__toggle').isVisible()).resolves.toBe(true);
      expect(await page.locator('.navbar-sidebar').filter({ visible: true }).count()).toBe(0);
    });
  });

  it('a tap slides it in with the docs sidebar, and its links navigate', async () => {
    await onPhone('/ko/docs/error-handling/retry', async (page) => {
      await page.evaluate(() => {
        const transitions: string[] = (window.__menuTransitions = []);
        document.addEventListener('transitionrun', (event) => {
          if ((event.target as Element).classList.contains('navbar-sidebar'))
            transitions.push(event.propertyName);
        });
      });
      await page.locator('.navbar__toggle').tap();
      const menu = page.locator('.navbar-sidebar');
      await expect.poll(() => menu.isVisible()).toBe(true);
      // Rendered before the click: the menu moved in from the side instead of appearing.
      expect(await page.evaluate(() => window.__menuTransitions)).toContain('transform');
      const timeouts = menu.locator('a[href="/ko/docs/error-handling/timeouts"]');
      await timeouts.tap();
      await page.waitForURL(`${siteUrl}/ko/docs/error-handling/timeouts`);
      await expect.poll(() => menu.isVisible()).toBe(false);
    });
  });

  it('opens from the keyboard', async () => {
    await onPhone('/docs/error-handling/retry', async (page) => {
      await page.locator('.navbar__toggle').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.navbar-sidebar').isVisible()).toBe(true);
      expect(await page.locator('.navbar-sidebar a[href="/docs/error-handling/batch"]').count()).toBe(1);
    });
  });
});
