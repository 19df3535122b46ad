import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser';

/**
 * One headless Chromium for the tests of the calling file: launched before them, closed after.
 * Call it at the top of a describe block; the returned function gives the browser in a test.
 */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('chromiumForThisFile: the browser is used before beforeAll launched it');
    return browser;
  };
}
