import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  CPU_SLOWDOWN,
  MAX_BLOCKING_MS,
  MAX_MEDIAN_BLOCKING_MS,
  measureBlockingTime,
  overMedianBlockingBudget,
  TARGET_BLOCKING_MS,
  overBlockingBudget,
  type BlockingTime,
} from './support/blocking-time';
import { hasChromium, launchChromium } from './support/browser';
import { guidePages } from './support/page-snippets';
import { measurePage, overBudget, PAGE_BUDGET } from './support/page-weight';
import { scriptBudget } from './support/script-budget';
import { serveBuild } from '../../scripts/serve-build';

const siteUrl = inject('siteUrl');
/** Issue 12's pages: the guide, the result-code handbook and the home page, in both locales. */
const ENGLISH = [...guidePages().map(({ url }) => url), '/docs/result-codes', '/'];
const PAGES = [...ENGLISH, ...ENGLISH.map((url) => (url === '/' ? '/ko/' : `/ko${url}`))];
/** Loads of a page over its blocking budget, before the budget fails it. */
const ATTEMPTS = 3;

/** A throwaway static site on a loopback port: `files(url)` names its files and contents. */
async function withStaticSite<T>(
  files: (url: string) => Record<string, string>,
  use: (url: string) => Promise<T>,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crafted-'));
  const server = await serveBuild(dir);
  try {
    for (const [name, content] of Object.entries(files(server.url))) {
      fs.writeFileSync(path.join(dir, name), content);
    }
    return await use(server.url);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!hasChromium)('page weight and blocking time budget', () => {
  let browser: Browser;
  const blocking: BlockingTime[] = [];
  const starting: BlockingTime[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    // For comparing with Lighthouse (`npm run bench`) and across changes.
    if (blocking.length > 1) {
      const lines = blocking.map(
        (m) =>
          `  ${m.totalBlockingMs.toString().padStart(5)} ms  (${m.longTasks} long tasks, ` +
          `${(m.wallMs / 1000).toFixed(1)} s to measure)  ${new URL(m.url).pathname}` +
          (m.totalBlockingMs > TARGET_BLOCKING_MS ? `  over the ${TARGET_BLOCKING_MS} ms target` : ''),
      );
      console.log(`total blocking time at ${CPU_SLOWDOWN}x CPU slowdown:\n${lines.join('\n')}`);
    }
    if (starting.length > 1) {
      const lines = starting.map(
        (m) =>
          `  ${m.totalBlockingMs.toString().padStart(5)} ms  (${m.longTasks} long tasks)  ${new URL(m.url).pathname}`,
      );
      console.log(`blocking time of the start on first input, at ${CPU_SLOWDOWN}x:\n${lines.join('\n')}`);
    }
  });

  // One load per page serves every budget: bytes and requests, and the blocking time of the
  // load and of the start on the reader's first input, on a phone-sized screen with the CPU
  // slowed down 4x (support/blocking-time.ts).
  it.each(PAGES)(
    `%s: under 800 KB, at most 25 requests, no more JavaScript than before issue 12, no third-party host, total blocking time at most ${MAX_BLOCKING_MS} ms on load and on first input`,
    async (url) => {
      const weight = await measurePage(browser, `${siteUrl}${url}`, { blockingTime: true });
      if (!weight.startBlockingTime) throw new Error(`${url}: the page did not start on input`);
      // Load on a shared machine only ever adds blocking time: a page over budget is loaded
      // again, up to three times in all, and the least of each measure is the page's own.
      let load = weight.blockingTime!;
      let start = weight.startBlockingTime;
      for (
        let again = 1;
        again < ATTEMPTS && overBlockingBudget(load).length + overBlockingBudget(start).length;
        again++
      ) {
        const retry = await measurePage(browser, `${siteUrl}${url}`, { blockingTime: true });
        if (retry.blockingTime!.totalBlockingMs < load.totalBlockingMs) load = retry.blockingTime!;
        if (retry.startBlockingTime && retry.startBlockingTime.totalBlockingMs < start.totalBlockingMs)
          start = retry.startBlockingTime;
      }
      blocking.push(load);
      starting.push(start);
      expect([
        ...overBudget(weight, { ...PAGE_BUDGET, maxScriptBytes: scriptBudget(url) }),
        ...overBlockingBudget(load),
        ...overBlockingBudget(start).map((line) => `on first input: ${line}`),
      ]).toEqual([]);
    },
    120_000,
  );

  it(`the median page blocks at most ${MAX_MEDIAN_BLOCKING_MS} ms`, () => {
    if (blocking.length !== PAGES.length) {
      throw new Error(`the median needs every page measured: ${blocking.length} of ${PAGES.length} were`);
    }
    expect(overMedianBlockingBudget(blocking)).toEqual([]);
  });

  it('flags a crafted heavy page on every count', async () => {
    // "localhost" is another host than the page's 127.0.0.1, and still loopback.
    const foreign = (url: string) => url.replace('127.0.0.1', 'localhost');
    const site = (url: string) => {
      const files: Record<string, string> = {
        'heavy.js': `window.x = "${'x'.repeat(PAGE_BUDGET.maxBytes)}";`,
      };
      const images = Array.from({ length: PAGE_BUDGET.maxRequests }, (_, i) => {
        files[`${i}.svg`] = '<svg xmlns="http://www.w3.org/2000/svg"/>';
        return `<img src="${i}.svg" alt="">`;
      });
      files['index.html'] =
        `<!doctype html><link rel="stylesheet" href="${foreign(url)}/font.css">` +
        `<script src="heavy.js"></script>${images.join('')}`;
      return files;
    };
    await withStaticSite(site, async (url) => {
      const weight = await measurePage(browser, `${url}/`);
      const budget = { ...PAGE_BUDGET, maxScriptBytes: 100 * 1024 };
      expect(overBudget(weight, budget)).toEqual([
        `${url}/: ${weight.bytes} bytes, budget under ${PAGE_BUDGET.maxBytes}`,
        `${url}/: ${weight.requests} requests, budget ${PAGE_BUDGET.maxRequests}`,
        `${url}/: ${weight.byType.script} bytes of JavaScript, budget ${budget.maxScriptBytes} ` +
          `(${weight.byType.script! - budget.maxScriptBytes} more than before issue 12)`,
        `${url}/: third-party hosts ${new URL(foreign(url)).host}`,
      ]);
    });
  });
});

/** The blocking-time measurement itself, on pages whose answer is known. */
describe.skipIf(!hasChromium)('total blocking time check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('flags a site whose median page blocks too long, naming the worst pages', () => {
    const page = (path: string, totalBlockingMs: number) =>
      ({ url: `http://127.0.0.1:1${path}`, totalBlockingMs }) as BlockingTime;
    const light = [page('/a', 100), page('/b', 200), page('/c', 2000)];
    expect(overMedianBlockingBudget(light)).toEqual([]);
    expect(overMedianBlockingBudget([...light, page('/d', 1200)])).toEqual([
      `median total blocking time of 4 pages 700 ms at 4x CPU slowdown, budget ${MAX_MEDIAN_BLOCKING_MS} ms ` +
        '(worst: /c 2000 ms, /d 1200 ms, /b 200 ms)',
    ]);
  });

  it('passes a static page and flags a crafted page that blocks its main thread', async () => {
    // Three 1200 ms tasks after the first paint, timed by the clock so the slowdown does not
    // stretch them: 3 × (1200 − 50) = 3450 ms of blocking time, less timer rounding.
    const site = () => ({
      'index.html': '<!doctype html><title>light</title><p>Nothing but text.</p>',
      'heavy.html':
        '<!doctype html><title>heavy</title><p>Text first, then a busy main thread.</p><script>' +
        'const busy = () => { const end = performance.now() + 1200; while (performance.now() < end); };' +
        // Only once the text has painted: a task that holds back the first paint would not count.
        'new PerformanceObserver((list) => { if (list.getEntriesByName("first-contentful-paint").length)' +
        // Each task schedules the next, so that no two timers fall due together and merge.
        ' setTimeout(() => { busy(); setTimeout(() => { busy(); setTimeout(busy, 20); }, 20); }, 100); })' +
        '.observe({ type: "paint", buffered: true });</script>',
    });
    await withStaticSite(site, async (url) => {
      const light = await measureBlockingTime(browser, `${url}/`);
      // Nothing but parsing and one paint: (close to) no blocking time, even on a busy machine.
      expect(light.totalBlockingMs).toBeLessThan(100);
      expect(overBlockingBudget(light)).toEqual([]);

      const heavy = await measureBlockingTime(browser, `${url}/heavy`);
      expect(heavy.longTasks).toBeGreaterThanOrEqual(3);
      expect(heavy.totalBlockingMs).toBeGreaterThan(3300);
      expect(overBlockingBudget(heavy)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^${url}/heavy: total blocking time \\d+ ms at 4x CPU slowdown, budget ${MAX_BLOCKING_MS} ms`,
          ),
        ),
      ]);
    });
  }, 60_000);
});
