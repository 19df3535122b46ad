import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { startScripts, waitForHydration, waitForIdle } from './support/hydration';
import { isPrefetch } from './support/page-weight';

const siteUrl = inject('siteUrl');

interface Scripts {
  /** Paths of the scripts the page ran or will run. */
  loaded: string[];
  /** Paths downloaded speculatively (<link rel="prefetch">). */
  prefetched: string[];
  /** Bodies of the loaded scripts. */
  bodies: Promise<string>[];
}

/** Scripts the page requests from now on, speculative downloads told apart. */
function watchScripts(page: Page): Scripts {
  const seen: Scripts = { loaded: [], prefetched: [], bodies: [] };
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    if (isPrefetch(response.request().headers())) {
      seen.prefetched.push(new URL(response.url()).pathname);
    } else {
      seen.loaded.push(new URL(response.url()).pathname);
      seen.bodies.push(response.text().catch(() => ''));
    }
  });
  return seen;
}

/** Whether any loaded script carries the search engine (lunr's stop-word filter). */
const carriesLunr = async (scripts: Scripts) =>
  (await Promise.all(scripts.bodies)).some((body) => body.includes('generateStopWordFilter'));

// Code the reader has not asked for stays on the server until they reach for it: the next
// page's code on hover or touch, the search bar's on first use (src/theme/SearchBar).
describe.skipIf(!hasChromium)('code loaded on demand', () => {
  const browser = chromiumForThisFile();

  it('opening a page downloads no other page’s code; hovering a link loads that page’s', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const scripts = watchScripts(page);
      await page.goto(`${siteUrl}/docs/error-handling`, { waitUntil: 'load' });
      // The page's own scripts are fetched ahead once it is idle, for the first input to start.
      const own = startScripts(await (await fetch(`${siteUrl}/docs/error-handling`)).text());
      await expect.poll(() => scripts.prefetched.length, { timeout: 30_000 }).toBe(own.length);
      await waitForIdle(page);
      // The sidebar shows a dozen links to other pages; none of their code is fetched.
      expect(await page.locator('nav.menu a[href^="/docs/"]').count()).toBeGreaterThan(5);
      expect([...scripts.prefetched, ...scripts.loaded].filter((src) => !own.includes(src))).toEqual([]);
      await waitForHydration(page);
      const before = scripts.loaded.length;
      await page.locator('nav.menu a[href="/docs/error-handling/retry"]').hover();
      await expect.poll(() => scripts.loaded.length).toBeGreaterThan(before);
    } finally {
      await page.close();
    }
  });

  it.each([
    { locale: 'en', prefix: '', query: 'retry', title: 'Retry with exponential backoff and jitter' },
    { locale: 'ko', prefix: '/ko', query: '재시도', title: '지수 백오프와 지터를 적용한 재시도' },
  ])(
    '$locale: the search bar’s code loads on its shortcut, then the bar finds the retry page',
    async ({ prefix, query, title }) => {
      const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const scripts = watchScripts(page);
        await page.goto(`${siteUrl}${prefix}/docs/quickstart`, { waitUntil: 'networkidle' });
        expect(await carriesLunr(scripts)).toBe(false);
        await page.keyboard.press('Control+k');
        // The shortcut fetches the search bar's code and focuses its box.
        await expect.poll(() => carriesLunr(scripts)).toBe(true);
        await page.waitForFunction(() => document.activeElement?.matches('input.navbar__search-input'));
        await page.keyboard.type(query);
        const options = page.locator('.navbar__search [role="option"]');
        await expect
          .poll(() => options.evaluateAll((found) => found.map((option) => option.textContent ?? '')))
          .toContainEqual(expect.stringContaining(title));
      } finally {
        await page.close();
      }
    },
  );

  // Off screen, a block is not rendered (content-visibility) and holds the height reserved for
  // its lines (src/css/custom.css): when it is, the page does not jump as the reader scrolls.
  it.each([
    { path: '/docs/result-codes', width: 412 },
    { path: '/ko/docs/result-codes', width: 412 },
  ])(
    '$path at $width px: each code block off screen reserves the height it has on screen',
    async ({ path, width }) => {
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      try {
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
        const heights = await page.locator('article .theme-code-block').evaluateAll((blocks) =>
          blocks.map((block) => {
            const element = block as HTMLElement;
            const skipped = !element.querySelector('pre')!.checkVisibility({ contentVisibilityAuto: true });
            const reserved = element.getBoundingClientRect().height;
            element.style.contentVisibility = 'visible';
            const shown = element.getBoundingClientRect().height;
            element.style.contentVisibility = '';
            return { skipped, reserved: Math.round(reserved), shown: Math.round(shown) };
          }),
        );
        expect(heights.filter(({ skipped }) => skipped).length).toBeGreaterThan(0);
        expect(heights.filter(({ reserved, shown }) => Math.abs(reserved - shown) > 1)).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
