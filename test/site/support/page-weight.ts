import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageWeight {
  url: string;
  /** Requests the page needs to show and hydrate itself (prefetches excluded, see below). */
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
}

export interface Budget {
  maxBytes: number;
  maxRequests: number;
}

/** Our budget: a third of the reference site's 2.4 MB, at most 25 requests, no third parties. */
export const PAGE_BUDGET: Budget = { maxBytes: 800 * 1024, maxRequests: 25 };

/** Loads `url` in a fresh context (empty cache) and adds up everything it fetched. */
export async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
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
  // Chromium marks <link rel="prefetch"> downloads with this header.
  const isPrefetch = (headers: Record<string, string>) =>
    headers['sec-purpose']?.startsWith('prefetch') ?? false;
  const bodies: Promise<void>[] = [];
  // A prefetched chunk that the page then loads is one download, not two: count URLs once.
  const seen = new Set<string>();
  page.on('request', (request) => {
    if (seen.has(request.url())) return;
    seen.add(request.url());
    if (isPrefetch(request.headers())) weight.prefetch.requests += 1;
    else weight.requests += 1;
    const requested = new URL(request.url());
    if (requested.origin !== origin && !['data:', 'blob:'].includes(requested.protocol)) {
      if (!weight.foreignHosts.includes(requested.host)) weight.foreignHosts.push(requested.host);
    }
  });
  const measured = new Set<string>();
  page.on('response', (response) => {
    if (measured.has(response.url())) return;
    measured.add(response.url());
    bodies.push(
      response
        .body()
        .then((body) => {
          if (isPrefetch(response.request().headers())) {
            weight.prefetch.bytes += body.length;
            return;
          }
          const type = response.request().resourceType();
          weight.bytes += body.length;
          weight.gzipBytes += zlib.gzipSync(body, { level: 9 }).length;
          weight.byType[type] = (weight.byType[type] ?? 0) + body.length;
        })
        .catch(() => undefined), // redirects and aborted requests have no body
    );
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await Promise.all(bodies);
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
  if (weight.foreignHosts.length) {
    problems.push(`${weight.url}: third-party hosts ${weight.foreignHosts.join(', ')}`);
  }
  return problems;
}
