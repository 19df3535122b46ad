/**
 * Where the site is served, from the environment: `SITE_URL` (the origin, e.g.
 * `https://my-org.github.io`) and `BASE_URL` (the path the site lives under, e.g.
 * `/aerospike-ts/` for a GitHub Pages project site). Read by docusaurus.config.ts and by the
 * tests that check a build made with them, so both agree on one normalisation.
 *
 * GitHub's `actions/configure-pages` gives the path as `/repo` (no closing slash) and a user
 * site's as an empty string, so a missing leading or closing slash is added and an empty value
 * means `/`. Anything that cannot be a path prefix is refused with the variable's name.
 */

export const DEFAULT_SITE_URL = 'https://aerospike-ts-errors.example.org';
export const DEFAULT_BASE_URL = '/';

export interface SiteAddress {
  /** The origin, no closing slash: `https://my-org.github.io`. */
  url: string;
  /** Starts and ends with `/`: `/`, `/aerospike-ts/`. */
  baseUrl: string;
}

type Env = Record<string, string | undefined>;

export function siteUrlFrom(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" is not an absolute URL (expected e.g. https://my-org.github.io)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${raw}" must be an http(s) URL`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL="${raw}" must be an origin only (scheme, host, port): put a path such as ` +
        `${url.pathname} in BASE_URL instead`,
    );
  }
  return url.origin;
}

/** A URL path segment: RFC 3986 unreserved characters and the sub-delimiters a host serves safely. */
const SEGMENT = /^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/;

export function baseUrlFrom(value: string | undefined): string {
  const raw = value ?? '';
  if (raw !== raw.trim()) throw new Error(`BASE_URL="${raw}" has leading or trailing spaces`);
  if (/^[a-z][a-z+.-]*:|^\/\//i.test(raw)) {
    throw new Error(
      `BASE_URL="${raw}" is a URL: give only its path (e.g. /aerospike-ts/), the origin goes in SITE_URL`,
    );
  }
  if (/[?#\\]/.test(raw)) throw new Error(`BASE_URL="${raw}" may hold a path only, no ?, # or \\`);
  const segments = raw.split('/').filter((segment, i, all) => segment || (i > 0 && i < all.length - 1));
  for (const segment of segments) {
    if (!segment) throw new Error(`BASE_URL="${raw}" has an empty segment (//)`);
    if (segment === '.' || segment === '..' || !SEGMENT.test(segment)) {
      throw new Error(`BASE_URL="${raw}": "${segment}" is not a plain path segment`);
    }
  }
  return segments.length ? `/${segments.join('/')}/` : DEFAULT_BASE_URL;
}

export function siteAddress(env: Env = process.env): SiteAddress {
  return { url: siteUrlFrom(env.SITE_URL), baseUrl: baseUrlFrom(env.BASE_URL) };
}
