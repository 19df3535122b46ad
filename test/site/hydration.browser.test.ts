import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration } from './support/hydration';

const siteUrl = inject('siteUrl');

// Docusaurus routes a locale's home at `/ko/`, with its slash. Loaded as `/ko`, the page showed
// its server-rendered HTML but React rendered nothing over it: no theme toggle, menu or search.
// Static hosts redirect a folder to its slash, and so do `npm run serve` and the test server (scripts/serve-build.ts).
describe.skipIf(!hasChromium)('a page loaded directly hydrates', () => {
  const browser = chromiumForThisFile();

  it.each([
    { path: '/', lands: '/' },
    { path: '/ko/', lands: '/ko/' },
    { path: '/ko', lands: '/ko/' },
    { path: '/ko/docs/error-handling', lands: '/ko/docs/error-handling' },
  ])('$path hydrates at $lands', async ({ path, lands }) => {
    const page = await browser().newPage();
    try {
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      expect(page.url()).toBe(`${siteUrl}${lands}`);
      await waitForHydration(page);
      // Hydrated, the navbar's theme toggle works.
      const theme = () => page.evaluate(() => document.documentElement.dataset.themeChoice);
      const before = await theme();
      await page.locator('.navbar button[class*="toggleButton"]').first().click();
      await expect.poll(theme).not.toBe(before);
    } finally {
      await page.close();
    }
  });
});
