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
