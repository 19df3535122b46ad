import { describe, expect, inject, it } from 'vitest';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { startScripts, waitForHydration } from './support/hydration';

const siteUrl = inject('siteUrl');

// main.js is evaluated in stages (src/entry/staged-client-entry.js): parsing it is one task,
// and each large part runs in a task of its own, so none of them blocks a phone for long.
describe.skipIf(!hasChromium)('the app starts in stages', () => {
  const browser = chromiumForThisFile();

  it.each(['/docs/error-handling/retry', '/ko/'])(
    '%s: React DOM is a script of its own, and the app starts after main.js has run',
    async (path) => {
      const html = await (await fetch(`${siteUrl}${path}`)).text();
      const scripts = startScripts(html);
      const reactDom = scripts.findIndex((src) => /\/react-dom\.[0-9a-f]+\.js$/.test(src));
      const main = scripts.findIndex((src) => /\/main\.[0-9a-f]+\.js$/.test(src));
      expect(reactDom).toBeGreaterThanOrEqual(0);
      expect(main).toBeGreaterThan(reactDom);

      const page = await browser().newPage();
      try {
        // Docusaurus's clientEntry sets window.docusaurus as it starts the app; were that inside
        // main.js's own evaluation, the script being run would be main.js.
        await page.addInitScript(() => {
          let value: unknown;
          Object.defineProperty(window, 'docusaurus', {
            configurable: true,
            get: () => value,
            set(next: unknown) {
              const during = document.currentScript as HTMLScriptElement | null;
              (window as unknown as { startedDuring: string }).startedDuring = during?.src ?? 'its own task';
              value = next;
            },
          });
        });
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
        await waitForHydration(page);
        expect(
          await page.evaluate(() => (window as unknown as { startedDuring: string }).startedDuring),
        ).toBe('its own task');
      } finally {
        await page.close();
      }
    },
  );
});
