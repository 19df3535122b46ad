import { describe, expect, it } from 'vitest';
import { baseUrlFrom, DEFAULT_BASE_URL, DEFAULT_SITE_URL, siteAddress, siteUrlFrom } from '../site-address';

describe('site address from the environment', () => {
  it("defaults to today's address", () => {
    expect(siteAddress({})).toEqual({ url: DEFAULT_SITE_URL, baseUrl: DEFAULT_BASE_URL });
    expect(siteAddress({ SITE_URL: '', BASE_URL: '' })).toEqual({ url: DEFAULT_SITE_URL, baseUrl: '/' });
  });

  it('takes a GitHub Pages project address, as actions/configure-pages gives it', () => {
    expect(siteAddress({ SITE_URL: 'https://my-org.github.io', BASE_URL: '/aerospike-ts' })).toEqual({
      url: 'https://my-org.github.io',
      baseUrl: '/aerospike-ts/',
    });
  });

  it('adds a missing leading or closing slash to BASE_URL', () => {
    for (const value of ['aerospike-ts', '/aerospike-ts', 'aerospike-ts/', '/aerospike-ts/'])
      expect(baseUrlFrom(value)).toBe('/aerospike-ts/');
    expect(baseUrlFrom('docs/v2')).toBe('/docs/v2/');
    expect(baseUrlFrom('/')).toBe('/');
  });

  it('refuses a BASE_URL that is no path prefix, naming it', () => {
    expect(() => baseUrlFrom('https://my-org.github.io/aerospike-ts/')).toThrow(/^BASE_URL=.*is a URL/);
    expect(() => baseUrlFrom('//cdn/x/')).toThrow(/^BASE_URL=.*is a URL/);
    expect(() => baseUrlFrom('/a//b/')).toThrow(/^BASE_URL=.*empty segment/);
    expect(() => baseUrlFrom('/a/../b/')).toThrow(/^BASE_URL=.*"\.\." is not a plain path segment/);
    expect(() => baseUrlFrom('/a b/')).toThrow(/^BASE_URL=.*"a b" is not a plain path segment/);
    expect(() => baseUrlFrom('/docs?x=1')).toThrow(/^BASE_URL=.*no \?, # or/);
    expect(() => baseUrlFrom(' /docs/')).toThrow(/^BASE_URL=.*spaces/);
  });

  it('keeps SITE_URL to an origin and refuses one with a path, pointing at BASE_URL', () => {
    expect(siteUrlFrom('https://my-org.github.io/')).toBe('https://my-org.github.io');
    expect(siteUrlFrom('http://127.0.0.1:3300')).toBe('http://127.0.0.1:3300');
    expect(() => siteUrlFrom('https://my-org.github.io/aerospike-ts/')).toThrow(
      /^SITE_URL=.*put a path such as \/aerospike-ts\/ in BASE_URL/,
    );
    expect(() => siteUrlFrom('my-org.github.io')).toThrow(/^SITE_URL=.*not an absolute URL/);
    expect(() => siteUrlFrom('ftp://my-org.github.io')).toThrow(/^SITE_URL=.*http\(s\)/);
  });
});
