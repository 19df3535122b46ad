import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE } from './support/blocking-time';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { waitForHydration, waitForIdle } from './support/hydration';

const siteUrl = inject('siteUrl');
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

declare global {
  interface Window {
    /** Links of the desktop sidebar and table of contents that the hydrating render reached. */
    __hydratedDesktopLinks?: { sidebar: number; toc: number };
  }
}

// React calls this hook (the one React DevTools installs) after each commit; the first commit
// of the page is its hydration. It counts the links there that React made elements for.
const COUNT_HYDRATED_DESKTOP_LINKS = `(() => {
  const inside = (fiber, selector) => {
    let count = 0;
    const stack = [fiber];
    while (stack.length) {
      const node = stack.pop();
      if (!node) continue;
      if (node.stateNode instanceof HTMLAnchorElement && node.stateNode.closest(selector)) count += 1;
      stack.push(node.child, node.sibling);
    }
    return count;
  };
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    inject: () => 1,
    checkDCE: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (id, root) => {
      window.__hydratedDesktopLinks ??= {
        sidebar: inside(root.current, '.theme-doc-sidebar-container'),
        toc: inside(root.current, '.theme-doc-toc-desktop'),
      };
    },
  };
})()`;

// On a phone, the desktop sidebar and table of contents stay the server's HTML, unhydrated,
// until Docusaurus removes them (src/components/ServerHtmlOnPhone); a wider screen hydrates them.
describe.skipIf(!hasChromium)('desktop-only parts on a phone', () => {
  const browser = chromiumForThisFile();
  const load = async (screen: BrowserContextOptions, path: string) => {
    const context = await browser().newContext(screen);
    const page = await context.newPage();
    await page.addInitScript(COUNT_HYDRATED_DESKTOP_LINKS);
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
    await waitForHydration(page);
    await waitForIdle(page);
    return { context, page };
  };

  it.each(['/docs/error-handling/retry', '/ko/docs/error-handling/connection-lifecycle'])(
    '%s: a phone hydrates neither, then they are gone as before',
    async (path) => {
      const { context, page } = await load(PHONE, path);
      try {
        expect(await page.evaluate(() => window.__hydratedDesktopLinks)).toEqual({ sidebar: 0, toc: 0 });
        expect(await page.locator('.theme-doc-sidebar-container a').count()).toBe(0);
        expect(await page.locator('.theme-doc-toc-desktop').count()).toBe(0);
        // The page's own table of contents for phones is hydrated and opens.
        await page.locator('.theme-doc-toc-mobile button').click();
        await expect.poll(() => page.locator('.theme-doc-toc-mobile a').first().isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    },
  );

  it('a desktop screen hydrates both, and the sidebar navigates', async () => {
    const { context, page } = await load(DESKTOP, '/ko/docs/error-handling/connection-lifecycle');
    try {
      const hydrated = await page.evaluate(() => window.__hydratedDesktopLinks);
      expect(hydrated?.sidebar).toBeGreaterThan(5);
      expect(hydrated?.toc).toBeGreaterThan(0);
      await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
      await page.locator('.theme-doc-sidebar-container a[href="/ko/docs/error-handling/retry"]').click();
      await page.waitForURL('**/ko/docs/error-handling/retry');
      // A client-side navigation: the same document, not a new load.
      expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    } finally {
      await context.close();
    }
  });
});
