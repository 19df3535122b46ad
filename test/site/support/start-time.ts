import type { Browser } from 'playwright-core';
import { PHONE, watchBlockingTime } from './blocking-time';
import { startPage, waitUntilHydrated } from './hydration';

/**
 * What starting a page's code costs once the reader's first input has come (a key press that
 * presses nothing): how long until React has hydrated it, and how much of that the main thread
 * was blocked, on a phone with the CPU slowed down 4x and the network of Lighthouse's mobile
 * preset (what it applies when it throttles for real: Slow 4G, 562.5 ms a request, 1.47 Mbit/s
 * down), so that code fetched after the input costs what it would on a phone. Every trick that
 * only shortens hydration shows here, and only here: nothing runs on load, and the first-tap
 * controls do not wait for it.
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

/** Lighthouse's mobileSlow4G, as its DevTools throttling applies it (bytes per second). */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 0.9 * 1024) / 8,
  uploadThroughput: (750 * 0.9 * 1024) / 8,
};

export async function measureStart(browser: Browser, url: string): Promise<StartTime> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Network.emulateNetworkConditions', SLOW_4G);
    const finish = await watchBlockingTime(page);
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.documentElement.dataset.hasHydrated === 'true')
          window.__hydratedAt ??= performance.now();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    // The load's own long tasks are over: what follows is the start's.
    await finish();
    const inputAt = await page.evaluate(() => performance.now());
    await startPage(page);
    await waitUntilHydrated(page, 60_000);
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
