import type { Page } from 'playwright-core';

/**
 * Waits until React has hydrated the page as far as its footer, the last thing it renders.
 * Server-rendered HTML looks the same either way; only hydrated elements carry React's keys.
 */
export async function waitForHydration(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => Object.keys(document.querySelector('footer') ?? {}).some((key) => key.startsWith('__reactFiber')),
    undefined,
    { timeout },
  );
}

/** Waits until the page's main thread goes idle: React's follow-up work and Helmet's frame have run. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );
}
