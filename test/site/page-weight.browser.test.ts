import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from './support/browser';
import { guidePages } from './support/page-snippets';
import { measurePage, overBudget, PAGE_BUDGET } from './support/page-weight';
import { serveBuild } from './support/serve-build';

const siteUrl = inject('siteUrl');
const GUIDE_URLS = guidePages().map(({ url }) => url);

describe.skipIf(!hasChromium)('page weight budget', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it.each(GUIDE_URLS.flatMap((url) => [url, `/ko${url}`]))(
    '%s: under 800 KB, at most 25 requests, no third-party host',
    async (url) => {
      const weight = await measurePage(browser, `${siteUrl}${url}`);
      expect(overBudget(weight)).toEqual([]);
    },
  );

  it('flags a crafted heavy page on every count', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'heavy-'));
    const server = await serveBuild(dir);
    try {
      // "localhost" is another host than the page's 127.0.0.1, and still loopback.
      const thirdParty = server.url.replace('127.0.0.1', 'localhost');
      fs.writeFileSync(path.join(dir, 'heavy.js'), `window.x = "${'x'.repeat(PAGE_BUDGET.maxBytes)}";`);
      const images = Array.from({ length: PAGE_BUDGET.maxRequests }, (_, i) => {
        fs.writeFileSync(path.join(dir, `${i}.svg`), '<svg xmlns="http://www.w3.org/2000/svg"/>');
        return `<img src="${i}.svg" alt="">`;
      });
      fs.writeFileSync(
        path.join(dir, 'index.html'),
        `<!doctype html><link rel="stylesheet" href="${thirdParty}/font.css"><script src="heavy.js"></script>${images.join('')}`,
      );
      const weight = await measurePage(browser, `${server.url}/`);
      expect(overBudget(weight)).toEqual([
        `${server.url}/: ${weight.bytes} bytes, budget under ${PAGE_BUDGET.maxBytes}`,
        `${server.url}/: ${weight.requests} requests, budget ${PAGE_BUDGET.maxRequests}`,
        `${server.url}/: third-party hosts ${new URL(thirdParty).host}`,
      ]);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
