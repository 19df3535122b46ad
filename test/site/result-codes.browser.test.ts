import * as Aerospike from 'aerospike';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration } from './support/hydration';

const siteUrl = inject('siteUrl');
const siteOrigin = inject('siteOrigin');
/** A site path as the built pages write it: under the base URL the site was built for. */
const BASE = inject('baseUrl').slice(0, -1);

const LOCALES = [
  { locale: 'en', prefix: '', none: 'No such code' },
  { locale: 'ko', prefix: '/ko', none: '해당하는 코드가 없습니다' },
];

/** Types `query` into the lookup box and submits it. */
async function lookUp(page: Page, query: string): Promise<void> {
  await page.locator('#result-code-lookup').fill(query);
  await page.locator('#result-code-lookup').press('Enter');
}

/** What a reader may have in hand, and the code it must lead to. */
const QUERIES: [string, number][] = [
  ['14', 14],
  ['-7', -7],
  ['Error 14', 14],
  ['RECORD_BUSY', 14],
  ['ERR_RECORD_BUSY', 14],
  ['AEROSPIKE_ERR_RECORD_BUSY', 14],
  ['KEY_BUSY', 14],
  ['RecordBusy', 14],
  ['Record busy', 14],
  ['ERR_FAIL_ENTERPRISE_ONLY', 25],
  ['aerospike_err_timeout', 9],
  ['AerospikeError: Record too big', 13],
];

describe.skipIf(!hasChromium)('result codes: lookup box, pages of their own, search', () => {
  const browser = chromiumForThisFile();

  it.each(
    LOCALES.flatMap((l) => [
      { ...l, start: '/docs/result-codes' },
      { ...l, start: '/' },
    ]),
  )(
    '$locale $start: numbers, names of every client and messages lead to the code page; unknown lists the nearest',
    async ({ prefix, start, none }) => {
      const page = await browser().newPage();
      try {
        const foreign: string[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).origin !== siteOrigin) foreign.push(request.url());
        });
        const from = `${siteUrl}${prefix}${start === '/' ? '/' : start}`;
        await page.goto(from, { waitUntil: 'load' });
        await waitForHydration(page);
        for (const [query, code] of QUERIES) {
          await lookUp(page, query);
          await page.waitForURL(`${siteUrl}${prefix}/docs/result-codes/${code}`);
          await expect
            .poll(() => page.locator('article h1').textContent(), { message: query })
            .toMatch(new RegExp(`^${code} `));
          await page.goBack();
          await page.locator('#result-code-lookup').waitFor();
        }
        const status = page.locator('form[role="search"] [role="status"]');
        await lookUp(page, '999');
        await expect.poll(() => status.textContent()).toContain(none);
        expect(
          await status.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
        ).toEqual(['1301', '1302', '213'].map((code) => `${BASE}${prefix}/docs/result-codes/${code}`));
        await lookUp(page, 'RECORD_BUZY');
        await expect.poll(() => status.textContent()).toContain('RECORD_BUZY');
        expect(await status.locator('a').first().getAttribute('href')).toBe(
          `${BASE}${prefix}/docs/result-codes/14`,
        );
        expect(foreign).toEqual([]);
      } finally {
        await page.close();
      }
    },
    // Twelve lookups, each a navigation there and back.
    120_000,
  );

  it.each(LOCALES)(
    '$locale: a code has a page of its own, named for search engines, and the handbook entry links to it',
    async ({ prefix }) => {
      const page = await browser().newPage();
      try {
        await page.goto(`${siteUrl}${prefix}/docs/result-codes/14`, { waitUntil: 'load' });
        expect(await page.locator('article h1').textContent()).toBe('14 ERR_RECORD_BUSY');
        expect(await page.title()).toMatch(/^14 ERR_RECORD_BUSY \| /);
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        // The client's own message, as a log line shows it.
        const message = Aerospike.status.getMessage(14);
        for (const part of ['14', 'ERR_RECORD_BUSY', 'AEROSPIKE_ERR_RECORD_BUSY', 'KEY_BUSY', message])
          expect(description).toContain(part);
        // The entry, its live producer and its recorded output.
        expect(await page.locator('article .theme-code-block').count()).toBe(2);
        await page.goto(`${siteUrl}${prefix}/docs/result-codes#code-14`, { waitUntil: 'load' });
        const own = page.locator(`a[href="${BASE}${prefix}/docs/result-codes/14"]`).first();
        await own.click();
        await page.waitForURL(`${siteUrl}${prefix}/docs/result-codes/14`);
      } finally {
        await page.close();
      }
    },
  );

  it.each(
    LOCALES.flatMap((l) => [
      { ...l, query: 'ERR_RECORD_BUSY' },
      { ...l, query: 'RECORD_BUSY' },
      { ...l, query: '14' },
    ]),
  )('$locale: site search for "$query" offers code 14 and goes there', async ({ prefix, query }) => {
    const page = await browser().newPage();
    try {
      await page.goto(`${siteUrl}${prefix}/docs/result-codes`, { waitUntil: 'networkidle' });
      await page.locator('input.navbar__search-input').fill(query);
      const options = page.locator('.navbar__search [role="option"]');
      await options.first().waitFor();
      const titles = await options.evaluateAll((found) => found.map((option) => option.textContent ?? ''));
      // An option shows the text that matched, then the page (or heading) it leads to.
      const rank = titles.findIndex((title) => title.endsWith('14 ERR_RECORD_BUSY'));
      expect(rank, `hits: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(rank).toBeLessThan(5);
      await options.nth(rank).click();
      await page.waitForURL((url) =>
        [`${BASE}${prefix}/docs/result-codes/14`, `${BASE}${prefix}/docs/result-codes`].includes(
          url.pathname,
        ),
      );
    } finally {
      await page.close();
    }
  });
});
