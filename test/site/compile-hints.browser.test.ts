import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { startPage, UNTIL_HYDRATED_AND_IDLE } from './support/hydration';
import { traceWhile, type TraceEvent } from './support/trace';

const siteUrl = inject('siteUrl');

// Every script starts with V8's compile hint (src/plugins/compile-hints.ts), so V8 compiles its
// functions on a background thread while it downloads. Without it, V8 compiled each function on
// the main thread the first time it ran: ~1,100 times on the retry page's first load, inside the
// tasks that hydrate the page (922 to 1,109 on the pages below). About ten are left: the page's
// inline scripts and this test's own wait.
const MAX_MAIN_THREAD_COMPILES = 50;

describe.skipIf(!hasChromium)('scripts compile off the main thread', () => {
  const browser = chromiumForThisFile();

  it.each(['/docs/error-handling/retry', '/ko/docs/result-codes', '/ko/'])(
    '%s: a first load compiles at most a few functions on the main thread',
    async (path) => {
      // A page of its own is a context of its own: an empty cache, no code cached by V8.
      const page = await browser().newPage();
      try {
        const events = await traceWhile(
          page,
          'devtools.timeline,disabled-by-default-v8.compile',
          async (cdp) => {
            await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
            await startPage(page);
            // Not waitForHydration: Playwright's scripts would compile on the main thread too.
            const waited = await cdp.send('Runtime.evaluate', {
              expression: UNTIL_HYDRATED_AND_IDLE,
              awaitPromise: true,
            });
            if (waited.exceptionDetails)
              throw new Error(`${path}: ${waited.exceptionDetails.exception?.description}`);
          },
        );

        // The page's main thread is the one that parsed its HTML.
        const parse = events.find((event) => event.name === 'ParseHTML');
        expect(parse, 'the trace holds the parsing of the page').toBeDefined();
        const onMainThread = (event: TraceEvent) => event.pid === parse!.pid && event.tid === parse!.tid;
        const compiles = events.filter((event) => event.name === 'V8.CompileCode' && onMainThread(event));
        expect(compiles.length).toBeLessThanOrEqual(MAX_MAIN_THREAD_COMPILES);
      } finally {
        await page.close();
      }
    },
  );
});
