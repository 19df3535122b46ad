import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, hasChromium } from './browser';
import { builtAddress } from '../../../scripts/built-address';
import { serveBuild } from '../../../scripts/serve-build';
import { baseUrlFrom } from '../../../src/config/site-address';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Base URL of the served production build, no closing slash: `http://127.0.0.1:<port>`, or
     * with the build's base path (`http://127.0.0.1:<port>/aerospike-ts`), so that
     * `${siteUrl}/docs/quickstart` is a page of either.
     */
    siteUrl: string;
    /** The served build's origin, `http://127.0.0.1:<port>`. */
    siteOrigin: string;
    /** The base URL the build was made for (`/`, `/aerospike-ts/`). */
    baseUrl: string;
    /** Why browser tests skip; '' when Chromium is there. */
    browserSkipReason: string;
  }
}

/**
 * The build under test: `build/`, or SITE_BUILD_DIR (the base-URL check builds into
 * `build-base/`, scripts/test-base-url.mts).
 */
export const BUILD_DIR = path.resolve(__dirname, '..', '..', '..', process.env.SITE_BUILD_DIR || 'build');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.join(BUILD_DIR, 'ko', 'index.html'))) {
    throw new Error(`no production build of both locales in ${BUILD_DIR}: run \`npm run build\` first`);
  }
  let reason = '';
  if (!hasChromium) {
    reason = `no Chromium at ${CHROMIUM_PATH} (install Debian's chromium, or set CHROMIUM_PATH)`;
    if (process.env.REQUIRE_BROWSER === '1') throw new Error(`REQUIRE_BROWSER=1 but ${reason}`);
    console.log(`\n${'='.repeat(78)}\n  BROWSER TESTS SKIPPED: ${reason}.\n${'='.repeat(78)}\n`);
  }
  // The build says which base URL it was made for; a BASE_URL given to the tests must match it,
  // or a run meant to check /aerospike-ts/ would pass on a build made for /.
  const { baseUrl } = builtAddress(BUILD_DIR);
  if (process.env.BASE_URL !== undefined && baseUrlFrom(process.env.BASE_URL) !== baseUrl) {
    throw new Error(
      `${BUILD_DIR} was built for base URL ${baseUrl}, but BASE_URL=${process.env.BASE_URL}: build it again with that BASE_URL`,
    );
  }
  const server = await serveBuild(BUILD_DIR, { baseUrl });
  project.provide('siteUrl', `${server.url}${baseUrl.slice(0, -1)}`);
  project.provide('siteOrigin', server.url);
  project.provide('baseUrl', baseUrl);
  project.provide('browserSkipReason', reason);
  return server.close;
}
