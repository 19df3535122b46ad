import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './support/blocking-time';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration } from './support/hydration';

const siteUrl = inject('siteUrl');
const siteOrigin = inject('siteOrigin');
/** A site path as the built pages write it: under the base URL the site was built for. */
const BASE = inject('baseUrl').slice(0, -1);

describe.skipIf(!hasChromium)('offline search', () => {
  const browser = chromiumForThisFile();

  it.each([
    {
      locale: 'en',
      start: '/docs/quickstart',
      query: 'retry',
      title: 'Retry with exponential backoff and jitter',
      hit: '/docs/error-handling/retry',
    },
    {
      locale: 'ko',
      start: '/ko/docs/quickstart',
      query: '재시도',
      title: '지수 백오프와 지터를 적용한 재시도',
      hit: '/ko/docs/error-handling/retry',
    },
    // The glossary writes 타임아웃; a reader may search for 시간 초과. The search plugin has no
    // synonyms, so the timeouts page defines the term as 타임아웃(시간 초과), once.
    {
      locale: 'ko',
      start: '/ko/docs/quickstart',
      query: '타임아웃',
      title: '타임아웃',
      hit: '/ko/docs/error-handling/timeouts',
    },
    {
      locale: 'ko',
      start: '/ko/docs/quickstart',
      query: '시간 초과',
      title: '타임아웃',
      hit: '/ko/docs/error-handling/timeouts',
    },
  ])('$locale: "$query" finds $hit', async ({ start, query, title, hit }) => {
    const page = await browser().newPage();
    try {
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== siteOrigin) foreign.push(request.url());
      });
      await page.goto(`${siteUrl}${start}`, { waitUntil: 'networkidle' });
      await page.locator('input.navbar__search-input').fill(query);
      const options = page.locator('.navbar__search [role="option"]');
      await options.first().waitFor();
      const titles = await options.evaluateAll((found) => found.map((option) => option.textContent ?? ''));
      // A hit on the page's title starts with it; a hit in its text ends with its breadcrumb.
      const rank = titles.findIndex((text) => text.startsWith(title) || text.endsWith(` › ${title}`));
      expect(rank, `hits: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(3);
      await options.nth(rank).click();
      await page.waitForURL((url) => url.origin === siteOrigin && url.pathname === `${BASE}${hit}`);
      expect(foreign).toEqual([]);
    } finally {
      await page.close();
    }
  });

  // On a slow phone the box is on screen well before the page's code runs, and a reader may type
  // into it then: no handler sees that, so the search bar picks the text up once it starts.
  it.each([
    {
      start: '/docs/error-handling/retry',
      query: 'retry',
      title: 'Retry with exponential backoff and jitter',
    },
    { start: '/ko/docs/error-handling/retry', query: '재시도', title: '지수 백오프와 지터를 적용한 재시도' },
  ])(
    "$start: a query typed before the page's code ran still finds $title",
    async ({ start, query, title }) => {
      const page = await browser().newPage();
      try {
        // main.js holds the app; it downloads only once the query is in the box.
        let releaseMain!: () => void;
        const typed = new Promise<void>((resolve) => (releaseMain = resolve));
        await page.route(/\/assets\/js\/main\.[0-9a-f]+\.js$/, async (route) => {
          await typed;
          await route.continue();
        });
        // Not 'domcontentloaded': that waits for main.js, a deferred script.
        await page.goto(`${siteUrl}${start}`, { waitUntil: 'commit' });
        await page.locator('input.navbar__search-input').fill(query);
        releaseMain();
        const options = page.locator('.navbar__search [role="option"]');
        await options.first().waitFor();
        const titles = await options.evaluateAll((found) => found.map((option) => option.textContent ?? ''));
        expect(
          titles.some((text) => text.startsWith(title)),
          `hits: ${titles.join(' | ')}`,
        ).toBe(true);
      } finally {
        await page.close();
      }
    },
  );

  // The navbar shows a placeholder box until the plugin's bar is first wanted (src/theme/SearchBar),
  // styled after the plugin's own: the box must not move or change size when it is replaced.
  it.each([
    { screen: 'phone', options: PHONE },
    { screen: 'desktop', options: { viewport: { width: 1280, height: 900 } } },
  ])("on a $screen, the plugin's search box takes the placeholder's place exactly", async ({ options }) => {
    const context = await browser().newContext(options);
    try {
      const page = await context.newPage();
      await page.goto(`${siteUrl}/docs/error-handling/retry`, { waitUntil: 'load' });
      await waitForHydration(page);
      const box = () => page.locator('input.navbar__search-input').boundingBox();
      const before = await box();
      await page.locator('input.navbar__search-input').hover();
      await page.locator('input.navbar__search-input:not([data-search-placeholder])').waitFor();
      expect(await box()).toEqual(before);
    } finally {
      await context.close();
    }
  });
});
