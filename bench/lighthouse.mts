/** One Lighthouse run of a page, boiled down to what issue 12's targets are about. */
import lighthouse, { desktopConfig } from 'lighthouse';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseResult {
  url: string;
  /** Performance score, 0–100. */
  score: number;
  /** Total blocking time, ms (simulated 4x slower CPU on mobile). */
  tbtMs: number;
  /** Bytes of JavaScript the page loaded (uncompressed; prefetches excluded). */
  jsBytes: number;
  /** Bytes transferred for everything the page loaded (prefetches excluded). */
  totalBytes: number;
  /** Requests the page made (prefetches excluded). */
  requests: number;
  /** Prefetched downloads (Docusaurus fetches the code of linked pages ahead). */
  prefetches: number;
  /** Hosts other than the page's own. */
  thirdPartyHosts: string[];
}

interface NetworkItem {
  url: string;
  transferSize?: number;
  resourceSize?: number;
  resourceType?: string;
  priority?: string;
}

export async function runLighthouse(
  chromePort: number,
  url: string,
  formFactor: FormFactor,
): Promise<LighthouseResult> {
  const result = await lighthouse(
    url,
    { port: chromePort, logLevel: 'error', onlyCategories: ['performance'] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`${url}: Lighthouse returned nothing`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: Lighthouse: ${lhr.runtimeError.message}`);
  const items = ((lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ??
    []) as NetworkItem[];
  // <link rel="prefetch"> downloads run at the lowest priority as type "Other".
  const isPrefetch = (item: NetworkItem) => item.priority === 'VeryLow' && item.resourceType === 'Other';
  const seen = new Set<string>();
  // A URL counts once (the favicon shows up three times), data: URLs not at all.
  const loaded = items.filter((item) => {
    if (isPrefetch(item) || item.url.startsWith('data:') || seen.has(item.url)) return false;
    seen.add(item.url);
    return true;
  });
  const host = new URL(url).host;
  const thirdPartyHosts = [
    ...new Set(
      items
        .map((item) => item.url)
        .filter((u) => /^https?:/.test(u))
        .map((u) => new URL(u).host)
        .filter((h) => h !== host),
    ),
  ];
  return {
    url,
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    jsBytes: loaded
      .filter((item) => item.resourceType === 'Script')
      .reduce((sum, item) => sum + (item.resourceSize ?? 0), 0),
    totalBytes: loaded.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    requests: loaded.length,
    prefetches: new Set(items.filter(isPrefetch).map((item) => item.url)).size,
    thirdPartyHosts,
  };
}
