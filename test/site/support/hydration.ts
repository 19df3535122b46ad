import type { Page } from 'playwright-core';

/**
 * The reader's first input, which starts the page's code (src/static-first/on-load/start-on-input.js): a key
 * press that types nothing and presses no button.
 */
export async function startPage(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
}

/**
 * Starts the page's code as a reader's first input would, then waits until React has hydrated
 * the page: Docusaurus then marks it `<html data-has-hydrated="true">` (its own screenshot tests
 * wait for the same).
 */
export async function waitForHydration(page: Page, timeout = 10_000): Promise<void> {
  await startPage(page);
  await waitUntilHydrated(page, timeout);
}

/** Waits until React has hydrated the page, for a page already started. */
export async function waitUntilHydrated(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(IS_HYDRATED, undefined, { timeout });
}

/** waitForHydration's check, as an expression to evaluate in the page. */
export const IS_HYDRATED = `document.documentElement.dataset.hasHydrated === 'true'`;

/** Waits until the page's main thread goes idle: React's follow-up work and Helmet's frame have run. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })),
  );
}

/**
 * The scripts a built page starts on first input, in order: the list its HTML hands to
 * src/static-first/on-load/start-on-input.js (src/static-first/page-template.ts).
 */
export function startScripts(html: string): string[] {
  const list = /\}\((\[[^\]]*\])\)<\/script>/.exec(html)?.[1];
  if (!list) throw new Error('no list of scripts to start on input in this page');
  return JSON.parse(list) as string[];
}
