import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, hasChromium } from './browser';
import { serveBuild } from '../../../scripts/serve-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served production build. */
    siteUrl: string;
    /** Why browser tests skip; '' when Chromium is there. */
    browserSkipReason: string;
  }
}

export const BUILD_DIR = path.resolve(__dirname, '..', '..', '..', 'build');

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
  const server = await serveBuild(BUILD_DIR);
  project.provide('siteUrl', server.url);
  project.provide('browserSkipReason', reason);
  return server.close;
}
