import type { Browser } from 'playwright-core';
import { PHONE, watchBlockingTime } from './blocking-time';
import { startPage, waitUntilHydrated } from './hydration';

/**
 * What starting a page's code costs once the reader's first input has come (a key press that
 * presses nothing): how long until React has hydrated it, and how much of that the main thread
 * was blocked, on a phone with the CPU slowed down 4x. Every trick that only shortens hydration
 * shows here, and only here: nothing runs on load, and the first-tap controls do not wait for it.
 */
export interface StartTime {
  url: string;
  /** From the input to `<html data-has-hydrated="true">`, page clock. */
  hydratedMs: number;
  /** Blocking time of the long tasks from the input on, until the page is quiet. */
  blockingMs: number;
  /** The longest of those tasks: the longest an input during the start can wait. */
  longestTaskMs: number;
}

declare global {
  interface Window {
    __hydratedAt?: number;
  }
}

export async function measureStart(browser: Browser, url: string): Promise<StartTime> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const finish = await watchBlockingTime(page);
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.documentElement.dataset.hasHydrated === 'true')
          window.__hydratedAt ??= performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // The load's own long tasks are over: what follows is the start's.
    await finish();
    const inputAt = await page.evaluate(() => performance.now());
    await startPage(page);
    await waitUntilHydrated(page, 20_000);
    const blocking = await finish(inputAt);
    const hydratedAt = await page.evaluate(() => window.__hydratedAt!);
    return {
      url,
      hydratedMs: Math.round(hydratedAt - inputAt),
      blockingMs: blocking.totalBlockingMs,
      longestTaskMs: blocking.longestTaskMs,
    };
  } finally {
    await context.close();
  }
}
