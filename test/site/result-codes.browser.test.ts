import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';

const siteUrl = inject('siteUrl');
const siteOrigin = inject('siteOrigin');

const LOCALES = [
  { locale: 'en', path: '/docs/result-codes', none: 'No such code', busy: 'ERR_RECORD_BUSY' },
  { locale: 'ko', path: '/ko/docs/result-codes', none: '해당하는 코드가 없습니다', busy: 'ERR_RECORD_BUSY' },
];

/** Types `query` into the lookup box and submits it. */
async function lookUp(page: Page, query: string): Promise<void> {
  await page.locator('#result-code-lookup').fill(query);
  await page.locator('#result-code-lookup').press('Enter');
}

describe.skipIf(!hasChromium)('result-code reference: lookup box and search', () => {
  const browser = chromiumForThisFile();

  it.each(LOCALES)(
    '$locale: a number, a negative number and names go to the entry; unknown lists the nearest',
    async ({ path, none }) => {
      const page = await browser().newPage();
      try {
        const foreign: string[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).origin !== siteOrigin) foreign.push(request.url());
        });
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
        for (const [query, hash] of [
          ['14', '#code-14'],
          ['-7', '#code--7'],
          ['RECORD_BUSY', '#code-14'],
          ['ERR_RECORD_BUSY', '#code-14'],
          ['ERR_FAIL_ENTERPRISE_ONLY', '#code-25'],
          ['aerospike_err_timeout', '#code-9'],
        ]) {
          await lookUp(page, query!);
          await page.waitForFunction((want) => window.location.hash === want, hash);
          expect(await page.locator(hash!).isVisible(), query).toBe(true);
        }
        const status = page.locator('form[role="search"] [role="status"]');
        await lookUp(page, '999');
        await expect.poll(() => status.textContent()).toContain(none);
        expect(
          await status.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
        ).toEqual(['#code-1301', '#code-1302', '#code-213']);
        await lookUp(page, 'RECORD_BUZY');
        await expect.poll(() => status.textContent()).toContain('RECORD_BUZY');
        expect(await status.locator('a').first().getAttribute('href')).toBe('#code-14');
        // A hit after a miss clears the message.
        await lookUp(page, '2');
        await page.waitForFunction(() => window.location.hash === '#code-2');
        expect(await status.textContent()).toBe('');
        expect(foreign).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.each(
    LOCALES.flatMap((l) => [
      { ...l, query: 'ERR_RECORD_BUSY' },
      { ...l, query: '14' },
    ]),
  )(
    '$locale: site search for "$query" offers the entry of code 14 and goes there',
    async ({ path, query }) => {
      const page = await browser().newPage();
      try {
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
        await page.locator('input.navbar__search-input').fill(query);
        const options = page.locator('.navbar__search [role="option"]');
        await options.first().waitFor();
        const titles = await options.evaluateAll((found) => found.map((option) => option.textContent ?? ''));
        const rank = titles.findIndex((title) => title.startsWith('14 ERR_RECORD_BUSY'));
        expect(rank, `hits: ${titles.join(' | ')}`).toBeGreaterThanOrEqual(0);
        expect(rank).toBeLessThan(5);
        await options.nth(rank).click();
        await page.waitForURL(`${siteUrl}${path}#code-14`);
      } finally {
        await page.close();
      }
    },
  );
});
