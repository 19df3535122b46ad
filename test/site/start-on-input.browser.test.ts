import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CPU_SLOWDOWN, PHONE } from './support/blocking-time';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { IS_HYDRATED, startPage, startScripts, waitForIdle, waitUntilHydrated } from './support/hydration';
import { expectedCopies } from './support/page-snippets';
import { isPrefetch } from './support/page-weight';

const siteUrl = inject('siteUrl');

const isHydrated = (page: Page) => page.evaluate(IS_HYDRATED) as Promise<boolean>;

// A page's code starts on the reader's first input, not on load (src/static-first/on-load/start-on-input.js);
// what they pressed before it had hydrated is done once it has (src/client/early-input.ts).
describe.skipIf(!hasChromium)('the page starts on first input', () => {
  const browser = chromiumForThisFile();

  /** Scripts a page requested: to run, or speculatively fetched ahead (prefetch). */
  interface Requested {
    loaded: string[];
    prefetched: string[];
  }

  /** A fresh phone, on `path`, loaded and left alone until idle; its script requests watched. */
  async function untouched(path: string, use: (page: Page, scripts: Requested) => Promise<void>) {
    const context = await browser().newContext(PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl });
    try {
      const page = await context.newPage();
      const scripts: Requested = { loaded: [], prefetched: [] };
      page.on('request', (request) => {
        if (!new URL(request.url()).pathname.endsWith('.js')) return;
        (isPrefetch(request.headers()) ? scripts.prefetched : scripts.loaded).push(request.url());
      });
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      await waitForIdle(page);
      await use(page, scripts);
    } finally {
      await context.close();
    }
  }

  it.each(['/docs/error-handling/retry', '/ko/docs/result-codes', '/ko/'])(
    '%s runs none of its scripts on load, fetches them ahead, and hydrates on a key press',
    async (path) => {
      await untouched(path, async (page, scripts) => {
        // The last thing the page does on its own: fetch the scripts its HTML names ahead once idle.
        const named = startScripts(await (await fetch(`${siteUrl}${path}`)).text());
        await expect
          .poll(() => scripts.prefetched.map((url) => new URL(url).pathname), { timeout: 30_000 })
          .toEqual(named);
        expect(await isHydrated(page)).toBe(false);
        expect(scripts.loaded).toEqual([]);
        await startPage(page);
        await waitUntilHydrated(page);
        expect(scripts.loaded.map((url) => new URL(url).pathname)).toEqual(expect.arrayContaining(named));
      });
    },
  );

  it.each([
    { locale: 'en', prefix: '', close: 'Close navigation bar' },
    { locale: 'ko', prefix: '/ko', close: '사이드바 닫기' },
  ] as const)(
    '$locale: the menu button tapped before the start opens the menu, which stays open as the page hydrates',
    async ({ prefix, close }) => {
      await untouched(`${prefix}/docs/error-handling/retry`, async (page) => {
        expect(await isHydrated(page)).toBe(false);
        await page.tap('button.navbar__toggle');
        // The theme renders its own menu, hidden, once the page has hydrated: the one shown counts.
        const timeouts = page
          .locator(`.navbar-sidebar a[href="${prefix}/docs/error-handling/timeouts"]`)
          .filter({ visible: true });
        await expect.poll(() => timeouts.count()).toBe(1);
        // Opened once, not toggled shut by a second delivery of the same tap, nor closed by the
        // page hydrating under it.
        await waitUntilHydrated(page);
        await waitForIdle(page);
        expect(await timeouts.count()).toBe(1);
        await page.getByRole('button', { name: close }).tap();
        await expect.poll(() => timeouts.count()).toBe(0);
        // The page's own menu from now on.
        await page.tap('button.navbar__toggle');
        await expect.poll(() => timeouts.count()).toBe(1);
      });
    },
  );

  it.each([
    { locale: 'en', prefix: '' },
    { locale: 'ko', prefix: '/ko' },
  ] as const)(
    '$locale: a copy button tapped before the start copies its whole program',
    async ({ locale, prefix }) => {
      await untouched(`${prefix}/docs/error-handling/retry`, async (page) => {
        await page.evaluate(() => navigator.clipboard.writeText('before'));
        expect(await isHydrated(page)).toBe(false);
        await page.locator('article .theme-code-block button.copy-button').first().tap();
        await expect
          .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
          .toBe(expectedCopies(locale, 'error-handling/retry.md')[0]);
      });
    },
  );

  it('the colour-mode button, disabled until the page has hydrated, switches the mode when pressed before', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      // A phone's CPU: the button is enabled a render after the hydration, later when slower.
      await (
        await context.newCDPSession(page)
      ).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(`${siteUrl}/docs/error-handling/retry`, { waitUntil: 'load' });
      await waitForIdle(page);
      const toggle = page.locator('.navbar button[class*="toggleButton"]');
      expect(await toggle.isDisabled()).toBe(true);
      const choice = () => page.evaluate(() => document.documentElement.dataset.themeChoice);
      expect(await choice()).toBe('system');
      // Not Playwright's click, which waits for the button to be enabled.
      const box = (await toggle.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await waitUntilHydrated(page);
      await expect.poll(choice).toBe('light');
      // Switched once: a second delivery would have gone on to dark.
      await waitForIdle(page);
      expect(await choice()).toBe('light');
    } finally {
      await context.close();
    }
  });

  it('a link followed before the start loads its page', async () => {
    await untouched('/docs/error-handling/retry', async (page) => {
      const link = page.locator('article .static-html a[href="/docs/error-handling/timeouts"]').first();
      await link.tap();
      await page.waitForURL(`${siteUrl}/docs/error-handling/timeouts`);
      await expect.poll(() => page.locator('article h1').textContent()).toMatch(/^Timeouts/);
    });
  });
});
