import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';

const siteUrl = inject('siteUrl');

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
  ])('$locale: "$query" finds the retry section', async ({ start, query, title, hit }) => {
    const page = await browser().newPage();
    try {
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== siteUrl) foreign.push(request.url());
      });
      await page.goto(`${siteUrl}${start}`, { waitUntil: 'networkidle' });
      await page.locator('input.navbar__search-input').fill(query);
      const options = page.locator('.navbar__search [role="option"]');
      await options.first().waitFor();
      const titles = await options.evaluateAll((found) => found.map((option) => option.textContent ?? ''));
      const rank = titles.findIndex((text) => text.startsWith(title));
      expect(rank, `hits: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(3);
      await options.nth(rank).click();
      await page.waitForURL(`${siteUrl}${hit}`);
      expect(foreign).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
