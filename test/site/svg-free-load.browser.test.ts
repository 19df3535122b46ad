import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { PHONE } from './support/blocking-time';
import { waitForHydration } from './support/hydration';
import { traceWhile } from './support/trace';

const siteUrl = inject('siteUrl');

// Chrome builds a document of its own for every SVG image (an <img>, a CSS background or mask,
// a favicon), on the page's main thread: 5 to 60 ms each on a first load. A docs page used four
// (the logo, which was also the favicon, the breadcrumb separator, the chevrons, the copy icon);
// the logo is a PNG now, and the rest are clip-paths (src/css/custom.css).
// The probe counts the SVG images the page asks for. Chromium's own UI sometimes fetches one of
// its icons (chrome://resources/…) into the page too, which is not the site's doing.
const isSiteSvg = (url: string) =>
  /^data:image\/svg\+xml|\.svg([?#]|$)/.test(url) && !url.startsWith('chrome:');

/** The SVG images the page asks for while `act` runs. */
async function svgImagesRequested(page: Page, act: () => Promise<void>): Promise<string[]> {
  const events = await traceWhile(page, 'blink.resource', act);
  return events
    .filter((event) => event.name === 'ResourceFetcher::requestResource')
    .map((event) => event.args?.url ?? '')
    .filter(isSiteSvg);
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

describe.skipIf(!hasChromium)('no SVG images', () => {
  const browser = chromiumForThisFile();

  it('the probe sees an SVG image when there is one', async () => {
    const page = await browser().newPage();
    try {
      const svg =
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'><rect width='1' height='1'/></svg>";
      const src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      const requested = await svgImagesRequested(page, async () => {
        await page.setContent(`<img src="${src}" width="10" height="10">`);
        await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      });
      expect(requested).toEqual([src]);
    } finally {
      await page.close();
    }
  });

  it.each([
    { path: '/docs/error-handling/retry', screen: 'phone' },
    { path: '/docs/error-handling/retry', screen: 'desktop' },
    { path: '/ko/docs/error-handling/specific-first', screen: 'phone' },
    { path: '/ko/docs/result-codes', screen: 'desktop' },
  ] as const)('$path on a $screen: loading, scrolling and copying ask for none', async ({ path, screen }) => {
    const context = await browser().newContext(screen === 'phone' ? PHONE : DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    const page = await context.newPage();
    try {
      const requested = await svgImagesRequested(page, async () => {
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
        await waitForHydration(page);
        // Down the page and a little back up: the back-to-top button shows, and every code block.
        await page.mouse.wheel(0, 20_000);
        await page.waitForFunction(
          () =>
            window.scrollY >=
            Math.min(20_000, document.documentElement.scrollHeight - window.innerHeight) - 1,
          undefined,
          { polling: 'raf' },
        );
        await page.mouse.wheel(0, -400);
        await page.locator('.theme-back-to-top-button').waitFor({ state: 'visible' });
        await page.locator('.theme-code-block .copy-button').first().click();
        await page.locator('.theme-code-block .copy-button.copied').first().waitFor();
      });
      expect(requested).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
