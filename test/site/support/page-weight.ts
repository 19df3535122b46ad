import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { PHONE, watchBlockingTime, type BlockingTime } from './blocking-time';
import { startPage, waitUntilHydrated } from './hydration';

export interface PageWeight {
  url: string;
  /**
   * Requests the page needs to show itself and, on the reader's first input, to hydrate
   * (prefetches excluded, see below).
   */
  requests: number;
  /** Bytes of every response body as delivered uncompressed. */
  bytes: number;
  /** The same bodies gzip-compressed (level 9), what a server with compression would send. */
  gzipBytes: number;
  /** Uncompressed bytes by resource type (document, script, stylesheet, font, image, …). */
  byType: Record<string, number>;
  /** Hosts other than the page's own that the page tried to reach (prefetches included). */
  foreignHosts: string[];
  /**
   * Speculative downloads: Docusaurus prefetches the code of pages whose links are visible, so
   * the next click is instant. Reported apart; the budget covers what opening the page costs.
   */
  prefetch: { requests: number; bytes: number };
  /** Measured in the same load when asked for (`{ blockingTime: true }`). */
  blockingTime?: BlockingTime;
  /**
   * The same, for the page's code started by the reader's first input: every long task from
   * that input on, until the page is hydrated and quiet. Measured with `blockingTime`.
   */
  startBlockingTime?: BlockingTime;
}

export interface Budget {
  maxBytes: number;
  maxRequests: number;
  /** Most bytes of JavaScript the page may load (see script-budget.ts); unchecked when absent. */
  maxScriptBytes?: number;
}

/** Our budget: a third of the reference site's 2.4 MB, at most 25 requests, no third parties. */
export const PAGE_BUDGET: Budget = { maxBytes: 800 * 1024, maxRequests: 25 };

const QUIET_NETWORK_MS = 500;

/** Whether a request is a speculative download: Chromium marks <link rel="prefetch"> so. */
export const isPrefetch = (headers: Record<string, string>): boolean =>
  headers['sec-purpose']?.startsWith('prefetch') ?? false;

/**
 * Loads `url` in a fresh context (empty cache), gives it the reader's first input, which starts
 * its code, and adds up everything it fetched. With `blockingTime`, that happens on a
 * phone-sized screen with the CPU slowed down, and also yields the total blocking time of the
 * load and of the start (support/blocking-time.ts): one load serves every budget.
 */
export async function measurePage(
  browser: Browser,
  url: string,
  { blockingTime = false } = {},
): Promise<PageWeight> {
  const context = await browser.newContext(blockingTime ? PHONE : { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const finishBlockingTime = blockingTime ? await watchBlockingTime(page) : undefined;
  const origin = new URL(url).origin;
  const weight: PageWeight = {
    url,
    requests: 0,
    bytes: 0,
    gzipBytes: 0,
    byType: {},
    foreignHosts: [],
    prefetch: { requests: 0, bytes: 0 },
  };
  // One entry per URL: a chunk that is prefetched and then loaded is one download, and it is
  // the page's own (Docusaurus prefetches the chunks of every visible link, the current page's
  // included, so which request comes first is a race the count must not depend on).
  const resources = new Map<string, { prefetchOnly: boolean; type: string; body?: Buffer }>();
  page.on('request', (request) => {
    const prefetch = isPrefetch(request.headers());
    const known = resources.get(request.url());
    if (!known) {
      resources.set(request.url(), { prefetchOnly: prefetch, type: request.resourceType() });
    } else if (known.prefetchOnly && !prefetch) {
      known.prefetchOnly = false;
      known.type = request.resourceType();
    }
    const requested = new URL(request.url());
    if (requested.origin !== origin && !['data:', 'blob:'].includes(requested.protocol)) {
      if (!weight.foreignHosts.includes(requested.host)) weight.foreignHosts.push(requested.host);
    }
  });
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const done = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response
        .body()
        .then((body) => {
          const resource = resources.get(response.url());
          if (resource && !resource.body) resource.body = body;
        })
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  });
  // "networkidle" is not enough: on a busy machine a script can take longer to run than its
  // 500 ms window, and the route's chunks are requested only after that. Settled is: the main
  // thread idle, then nothing in flight and nothing new for QUIET_NETWORK_MS.
  const settle = async (what: string) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 5000 })),
      );
      if (inFlight === 0 && Date.now() - lastActivity >= QUIET_NETWORK_MS) return;
      if (Date.now() > deadline) throw new Error(`${url}: still ${what} after 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle('loading');
    if (finishBlockingTime) weight.blockingTime = await finishBlockingTime();
    // Only the site's pages start on input (a crafted page runs its scripts as it loads).
    if (await page.evaluate(() => 'earlyInput' in window)) {
      const inputAt = await page.evaluate(() => performance.now());
      await startPage(page);
      await waitUntilHydrated(page, 20_000);
      if (finishBlockingTime) weight.startBlockingTime = await finishBlockingTime(inputAt);
      await settle('starting');
    }
    await Promise.all(bodies);
    for (const resource of resources.values()) {
      const size = resource.body?.length ?? 0;
      if (resource.prefetchOnly) {
        weight.prefetch.requests += 1;
        weight.prefetch.bytes += size;
        continue;
      }
      weight.requests += 1;
      weight.bytes += size;
      weight.gzipBytes += resource.body ? zlib.gzipSync(resource.body, { level: 9 }).length : 0;
      weight.byType[resource.type] = (weight.byType[resource.type] ?? 0) + size;
    }
    return weight;
  } finally {
    await context.close();
  }
}

/** What a measured page breaks of a budget, one line each; empty when within it. */
export function overBudget(weight: PageWeight, budget: Budget = PAGE_BUDGET): string[] {
  const problems: string[] = [];
  if (weight.bytes >= budget.maxBytes) {
    problems.push(`${weight.url}: ${weight.bytes} bytes, budget under ${budget.maxBytes}`);
  }
  if (weight.requests > budget.maxRequests) {
    problems.push(`${weight.url}: ${weight.requests} requests, budget ${budget.maxRequests}`);
  }
  const script = weight.byType.script ?? 0;
  if (budget.maxScriptBytes !== undefined && script > budget.maxScriptBytes) {
    problems.push(
      `${weight.url}: ${script} bytes of JavaScript, budget ${budget.maxScriptBytes} ` +
        `(${script - budget.maxScriptBytes} more than before issue 12)`,
    );
  }
  if (weight.foreignHosts.length) {
    problems.push(`${weight.url}: third-party hosts ${weight.foreignHosts.join(', ')}`);
  }
  return problems;
}
