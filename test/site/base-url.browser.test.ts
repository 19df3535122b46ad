/**
 * A build made for a base URL works under it, as GitHub Pages serves a project site
 * (`https://<org>.github.io/<repo>/`): `npm run test:base-url` builds one for /aerospike-ts/ and
 * runs this file with the links, Markdown export, search, lookup-box and hydration tests against
 * it. The test server serves such a build under its base URL alone (scripts/serve-build.ts), so
 * whatever forgets the base fails here. At the root base URL (`npm test`) the other site tests
 * cover the same pages, and this file has nothing to add.
 *
 * Pages: every hand-written page in both locales, and a sample of each generated family
 * (support/site-pages.ts says which and why), each started as a reader's first input starts it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { BUILD_DIR } from './support/global-setup';
import { startScripts, waitForHydration, waitForIdle } from './support/hydration';
import { isPrefetch } from './support/page-weight';
import { pagesToCheck } from './support/site-pages';

const siteUrl = inject('siteUrl');
const siteOrigin = inject('siteOrigin');
const baseUrl = inject('baseUrl');
/** Everything the site asks for starts with this. */
const SITE = `${siteOrigin}${baseUrl}`;

/** What a page did while open: requests outside the base URL, failed ones, console errors. */
interface Watched {
  outside: string[];
  failed: string[];
  errors: string[];
}

function watch(page: Page): Watched {
  const watched: Watched = { outside: [], failed: [], errors: [] };
  page.on('request', (request) => {
    if (!request.url().startsWith(SITE)) watched.outside.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watched.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    watched.failed.push(`${request.failure()?.errorText} ${request.url()}`),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

/** Paths of the page's links to the site itself (`/…`), as the page has them now. */
const sitePaths = (page: Page) =>
  page
    .locator('a[href^="/"]')
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!).filter((href) => !href.startsWith('//')),
    );

describe.skipIf(!hasChromium || baseUrl === '/')(`a build for a base URL (${baseUrl})`, () => {
  const browser = chromiumForThisFile();

  it.concurrent.each(pagesToCheck(BUILD_DIR))(
    '%s hydrates on first input, and neither asks for nor links to anything outside the base URL',
    async (path) => {
      const page = await browser().newPage();
      try {
        const watched = watch(page);
        await page.goto(`${siteUrl}${path}`);
        const title = await page.locator('h1').first().textContent();
        await waitForHydration(page, 30_000);
        await waitForIdle(page);
        // Hydrated, the app's router found the page: a wrong base renders its "Page Not Found".
        expect(await page.locator('h1').first().textContent()).toBe(title);
        // Nor did Docusaurus take the page for one served under the wrong base URL.
        expect(await page.locator('#__docusaurus-base-url-issue-banner').count()).toBe(0);
        expect((await sitePaths(page)).filter((href) => !href.startsWith(baseUrl))).toEqual([]);
        expect(watched).toEqual({ outside: [], failed: [], errors: [] });
      } finally {
        await page.close();
      }
    },
    60_000,
  );

  it("fetches a page's scripts ahead, once idle, from under the base URL", async () => {
    const page = await browser().newPage();
    try {
      const watched = watch(page);
      const prefetched: string[] = [];
      page.on('request', (request) => {
        if (isPrefetch(request.headers())) prefetched.push(request.url());
      });
      await page.goto(`${siteUrl}/docs/error-handling/retry`, { waitUntil: 'load' });
      await waitForIdle(page);
      // The scripts the page's HTML names, each under the base URL, and nothing else.
      const named = startScripts(await (await fetch(`${siteUrl}/docs/error-handling/retry`)).text());
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((path) => !path.startsWith(`${baseUrl}assets/js/`))).toEqual([]);
      await expect
        .poll(() => prefetched.map((url) => new URL(url).pathname), { timeout: 30_000 })
        .toEqual(named);
      await page.waitForLoadState('networkidle');
      expect(watched).toEqual({ outside: [], failed: [], errors: [] });
    } finally {
      await page.close();
    }
  });

  it.each([
    {
      from: '/docs/error-handling',
      link: 'article .static-html a',
      to: '/docs/error-handling/specific-first',
    },
    { from: '/ko/docs/error-handling/retry', link: 'nav.menu a', to: '/ko/docs/error-handling/timeouts' },
  ])('$from: a link in the $link stays in the app and lands on $to', async ({ from, link, to }) => {
    const page = await browser().newPage();
    try {
      const watched = watch(page);
      await page.goto(`${siteUrl}${from}`);
      await waitForHydration(page);
      const documents: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'document') documents.push(request.url());
      });
      const before = await page.locator('article h1').textContent();
      await page
        .locator(`${link}[href="${baseUrl.slice(0, -1)}${to}"]`)
        .first()
        .click();
      await page.waitForURL(`${siteUrl}${to}`);
      await expect.poll(() => page.locator('article h1').textContent()).not.toBe(before);
      // The page's build-time HTML, fetched from its own file under the base URL.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('article .static-html')].every(
          (element) => element.childNodes.length > 0,
        ),
      );
      expect(documents).toEqual([]);
      expect(watched).toEqual({ outside: [], failed: [], errors: [] });
    } finally {
      await page.close();
    }
  });

  it('the locale dropdown leads to the Korean page under the base URL', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${siteUrl}/docs/compatibility`);
      await waitForHydration(page);
      await page.locator('.navbar .dropdown > .navbar__link').hover();
      await page.locator('.navbar .dropdown__menu').getByText('한국어', { exact: true }).click();
      await page.waitForURL(`${siteUrl}/ko/docs/compatibility`);
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
    } finally {
      await page.close();
    }
  });

  it.each([
    { locale: 'en', prefix: '' },
    { locale: 'ko', prefix: '/ko' },
  ])(
    '$locale: the Compatibility page draws its tables, the node-failure page its chart',
    async ({ prefix }) => {
      const page = await browser().newPage();
      try {
        const watched = watch(page);
        await page.goto(`${siteUrl}${prefix}/docs/compatibility`);
        await waitForHydration(page);
        expect(await page.locator('article table').count()).toBeGreaterThanOrEqual(2);
        await page.goto(`${siteUrl}${prefix}/docs/error-handling/node-failure`);
        await waitForHydration(page);
        expect(await page.locator('article figure svg[role="img"] rect').count()).toBeGreaterThan(10);
        expect(watched).toEqual({ outside: [], failed: [], errors: [] });
      } finally {
        await page.close();
      }
    },
  );
});
