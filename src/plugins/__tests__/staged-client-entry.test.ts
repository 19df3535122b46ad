import { afterEach, describe, expect, it, vi } from 'vitest';
import stagedClientEntry, { STAGED_ENTRY } from '../staged-client-entry';

const configure = (isServer: boolean) =>
  // configureWebpack's other arguments are not read.
  (stagedClientEntry().configureWebpack as (config: object, isServer: boolean) => Record<string, unknown>)(
    {},
    isServer,
  );

describe('staged client entry', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('replaces the browser entry of a production build, and gives React DOM a chunk of its own', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const config = configure(false);
    expect(config).toMatchObject({ mergeStrategy: { entry: 'replace' }, entry: STAGED_ENTRY });
    const group = (config.optimization as { splitChunks: { cacheGroups: { reactDom: { test: RegExp } } } })
      .splitChunks.cacheGroups.reactDom;
    expect(group.test.test('/site/node_modules/react-dom/cjs/react-dom.production.min.js')).toBe(true);
    expect(group.test.test('/site/node_modules/react-router-dom/esm/react-router-dom.js')).toBe(false);
  });

  it('leaves the server bundle and the dev server (hot reloading) as Docusaurus makes them', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(configure(true)).toEqual({});
    vi.stubEnv('NODE_ENV', 'development');
    expect(configure(false)).toEqual({});
  });
});
