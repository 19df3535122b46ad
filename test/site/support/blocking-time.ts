import type { Browser, Page } from 'playwright-core';

/**
 * Total blocking time measured cheaply in Chromium, the way Lighthouse's mobile preset counts
 * it: the CPU slowed down 4x, and every main-thread task longer than 50 ms after first
 * contentful paint adds its excess over 50 ms. Lighthouse simulates the slowdown from an
 * unthrottled trace and stops at "time to interactive"; we throttle for real and stop when
 * the page has been quiet (no long task) for QUIET_MS.
 *
 * How it relates to Lighthouse 12 (mobile), measured on fe78245's build (client-side Prism)
 * with `npm run bench -- --sections lighthouse --pages …`, which runs this measurement right
 * after each Lighthouse run of the same page. Machine: 2 cores shared with other jobs, load
 * average 6–17, so treat these as ranges:
 *
 *   page                     Lighthouse TBT, ms               this, ms
 *   /docs/error-handling/retry  669, 4629, 19810 (~1200 quiet)  1271, 1174, 1603, 3343
 *   /docs/error-handling        3634, 1955, 5744 (350–380 quiet) 1697, 1468, 1507, 2676
 *   /docs/result-codes          13546, 10245 (~1700 quiet)       2817, 5462, 4486
 *   /                           565, 695, 1090                   2344, 1244, 1206, 2536
 *   /ko                         553, 2732                        0, 1479, 1044
 *
 * Both put every page far over 200 ms today (one reading of /ko aside), and on a quiet
 * machine they land in the same range (retry: ~1.2 s each). Per run they differ by up to 4x
 * either way: Lighthouse multiplies the task times it observed, so a busy machine inflates
 * it most; here, whether the main bundle's 1 s task ends before or after first paint decides
 * whether it counts (the same rule as Lighthouse's), which swings a page by ~1 s. Neither is
 * a fine instrument on a shared machine. A page with no long task reads 0 in both (the
 * crafted static page in the budget test measures 0–3 ms even on this busy machine).
 */
export interface BlockingTime {
  url: string;
  /** Sum of (duration − 50 ms) over long tasks from first contentful paint on. */
  totalBlockingMs: number;
  /** The longest single task, ms (what a reader feels as the page freezing). */
  longestTaskMs: number;
  /** Long tasks counted. */
  longTasks: number;
  firstContentfulPaintMs: number;
  /** Wall time of the whole measurement (load, throttled, plus the quiet window). */
  wallMs: number;
}

/** Lighthouse's mobile preset: a mid-range phone is about 4x slower than the desktop it ran on. */
export const CPU_SLOWDOWN = 4;
/** A page with no long task for this long is taken to be done hydrating. */
export const QUIET_MS = 1500;
/** Lighthouse's mobile viewport (Moto G Power). */
const MOBILE_VIEWPORT = { width: 412, height: 823 };

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

/** Lighthouse's mobile screen; a context made with it shows the page as a phone would. */
export const PHONE = { viewport: MOBILE_VIEWPORT, isMobile: true, hasTouch: true };

/**
 * Slows the page's CPU down and records its long tasks from the first script on. Call before
 * `page.goto`; the returned function waits until the page is quiet and adds up the tasks.
 */
export async function watchBlockingTime(
  page: Page,
  { cpuSlowdown = CPU_SLOWDOWN, quietMs = QUIET_MS, timeoutMs = 20_000 } = {},
): Promise<(since?: number) => Promise<BlockingTime>> {
  const started = performance.now();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  // Registered before any script of the page runs, so no task is missed.
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  // `since` (page clock, ms): count the tasks from then on instead of from first paint.
  return async (since?: number) => {
    const url = page.url();
    // Quiet: the last long task ended at least quietMs ago (page clock, so throttling-proof).
    const isQuiet = (quiet: number) => {
      const tasks = window.__longTasks ?? [];
      const lastEnd = tasks.reduce((end, t) => Math.max(end, t.start + t.duration), 0);
      return performance.now() - lastEnd >= quiet;
    };
    // A long task's entry arrives after the task: a check right after a task longer than
    // quietMs would see the page as quiet. So quiet must still hold a moment later.
    for (;;) {
      await page.waitForFunction(isQuiet, quietMs, { timeout: timeoutMs, polling: 250 });
      await page.waitForTimeout(250);
      if (await page.evaluate(isQuiet, quietMs)) break;
    }
    const { tasks, fcp } = await page.evaluate(() => ({
      tasks: window.__longTasks ?? [],
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    if (fcp === null) throw new Error(`${url}: no first contentful paint`);
    const from = since ?? fcp;
    let total = 0;
    let longest = 0;
    let counted = 0;
    for (const task of tasks) {
      // Like Lighthouse: a task that began before FCP counts only from FCP on.
      const end = task.start + task.duration;
      if (end <= from) continue;
      const duration = end - Math.max(task.start, from);
      longest = Math.max(longest, task.duration);
      counted += 1;
      total += Math.max(0, duration - 50);
    }
    return {
      url,
      totalBlockingMs: Math.round(total),
      longestTaskMs: Math.round(longest),
      longTasks: counted,
      firstContentfulPaintMs: Math.round(fcp),
      wallMs: Math.round(performance.now() - started),
    };
  };
}

/** Loads `url` once, throttled, in a fresh phone-sized context and adds up its blocking time. */
export async function measureBlockingTime(
  browser: Browser,
  url: string,
  options: Parameters<typeof watchBlockingTime>[1] = {},
): Promise<BlockingTime> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    const finish = await watchBlockingTime(page, options);
    await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs ?? 20_000 });
    return await finish();
  } finally {
    await context.close();
  }
}

/** Issue 12's target: at most 200 ms of total blocking time on a phone. Not met yet: see below. */
export const TARGET_BLOCKING_MS = 200;

/**
 * What the budget test enforces until the target is met, page by page and for the site.
 *
 * Measured here on the 28 pages: 1–7 s before build-time highlighting (the result-code page
 * 4.5–6.9 s), 68–983 ms after it; 14–682 ms (median about 330) once search, link prefetching
 * and off-screen rendering stopped running on load; 12–344 ms (median about 90, 20 pages
 * within the target) once main.js was evaluated in stages and no ICU collator was built;
 * 17–403 ms (median 89, 21 pages within) once the phone menu waited to be opened and Helmet
 * stopped rewriting the head while React hydrated; 0–221 ms (median 36, one page over) once
 * pages started their scripts on the first input instead of on load, the start itself reading
 * 0–132 ms (support/page-weight.ts). The median budget is now the target. A
 * page's reading swings by a few hundred ms between runs on this shared machine, so one page
 * gets room; the median of all pages moves far less and holds the line closer. Lower both as
 * pages get lighter; the test prints every page's figure against the target.
 */
export const MAX_BLOCKING_MS = 1000;
export const MAX_MEDIAN_BLOCKING_MS = TARGET_BLOCKING_MS;

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median of the pages' total blocking times, and what it breaks of its budget. */
export function overMedianBlockingBudget(measured: BlockingTime[], maxMs = MAX_MEDIAN_BLOCKING_MS): string[] {
  const sorted = [...measured].sort((a, b) => a.totalBlockingMs - b.totalBlockingMs);
  const middle = median(measured.map((m) => m.totalBlockingMs));
  if (middle <= maxMs) return [];
  const worst = sorted
    .slice(-3)
    .reverse()
    .map((m) => `${new URL(m.url).pathname} ${m.totalBlockingMs} ms`);
  return [
    `median total blocking time of ${measured.length} pages ${middle} ms at ${CPU_SLOWDOWN}x CPU ` +
      `slowdown, budget ${maxMs} ms (worst: ${worst.join(', ')})`,
  ];
}

/** What a measurement breaks of the blocking-time budget, one line; empty when within it. */
export function overBlockingBudget(measured: BlockingTime, maxMs = MAX_BLOCKING_MS): string[] {
  if (measured.totalBlockingMs <= maxMs) return [];
  return [
    `${measured.url}: total blocking time ${measured.totalBlockingMs} ms at ${CPU_SLOWDOWN}x CPU ` +
      `slowdown, budget ${maxMs} ms (${measured.longTasks} long tasks, longest ${measured.longestTaskMs} ms)`,
  ];
}
