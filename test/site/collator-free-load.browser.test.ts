import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration } from './support/hydration';

const siteUrl = inject('siteUrl');

// The first locale-aware comparison in a page builds an ICU collator: 17–34 ms of main-thread
// time here, four times that on Lighthouse's phone. Docusaurus sorts two short lists of plain
// ASCII keys that way while it hydrates (the docs plugin's paths, the navbar's props), so
// patches/ swaps in code-unit order and this test keeps any collator out of page load.
describe.skipIf(!hasChromium)('page load builds no collator', () => {
  const browser = chromiumForThisFile();

  it.each(['/docs/error-handling/retry', '/ko/docs/result-codes', '/api', '/ko/'])(
    '%s hydrates without localeCompare or Intl.Collator',
    async (path) => {
      const page = await browser().newPage();
      try {
        await page.addInitScript(() => {
          const calls: string[] = [];
          (window as unknown as { collatorCalls: string[] }).collatorCalls = calls;
          // The stack's lines: the Error, caller(), the wrapper, then whoever called it.
          const caller = () => new Error().stack!.split('\n')[3]?.trim();
          const localeCompare = String.prototype.localeCompare;
          String.prototype.localeCompare = function (
            this: string,
            that: string,
            locales?: Intl.LocalesArgument,
            options?: Intl.CollatorOptions,
          ) {
            calls.push(`localeCompare ${caller()}`);
            return localeCompare.call(this, that, locales, options);
          };
          const Collator = Intl.Collator;
          Intl.Collator = function (...args: ConstructorParameters<typeof Intl.Collator>) {
            calls.push(`Intl.Collator ${caller()}`);
            return new Collator(...args);
          } as typeof Intl.Collator;
        });
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
        await waitForHydration(page);
        const calls = await page.evaluate(
          () => (window as unknown as { collatorCalls: string[] }).collatorCalls,
        );
        expect(calls).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
