import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CPU_SLOWDOWN } from './support/blocking-time';
import { hasChromium, launchChromium } from './support/browser';
import {
  CONTROLS,
  FIRST_TAP_TARGET_MS,
  measureFirstTap,
  overFirstTapBudget,
  type FirstTap,
} from './support/first-tap';

const siteUrl = inject('siteUrl');

/** The heaviest page of each locale, and the guide page issue 25 measured. */
const PAGES = ['/docs/result-codes', '/ko/docs/result-codes', '/docs/error-handling/retry'];
const ATTEMPTS = 3;

// Issue 25: the reader's first press answers within INP's 200 ms at 4x CPU, on a page that has
// not started its code (support/first-tap.ts). The controls answer without React
// (src/static-first/on-load/); the page's code starts once their effect has been drawn.
describe.skipIf(!hasChromium)('first tap budget', () => {
  let browser: Browser;
  const taps: FirstTap[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    const lines = taps.map(
      (tap) => `  ${String(tap.ms).padStart(5)} ms  ${tap.control.padEnd(18)} ${new URL(tap.url).pathname}`,
    );
    console.log(`first tap at ${CPU_SLOWDOWN}x, input to effect:\n${lines.join('\n')}`);
  });

  it.each(PAGES.flatMap((page) => CONTROLS.map((control) => ({ page, control, name: control.name }))))(
    `$page: $name answers within ${FIRST_TAP_TARGET_MS} ms`,
    async ({ page, control }) => {
      // Load on a shared machine only ever adds time: the best of up to three presses (each on a
      // fresh page) is the page's own. A control that waits for the page to hydrate takes a
      // second or more every time.
      let best: FirstTap | undefined;
      for (let attempt = 0; attempt < ATTEMPTS && !(best && best.ms <= FIRST_TAP_TARGET_MS); attempt++) {
        const tap = await measureFirstTap(browser, `${siteUrl}${page}`, control);
        if (!best || tap.ms < best.ms) best = tap;
      }
      taps.push(best!);
      expect(overFirstTapBudget(best!)).toEqual([]);
    },
    60_000,
  );
});
