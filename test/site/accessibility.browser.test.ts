/**
 * axe-core (WCAG 2.1 A and AA, and axe's best practices) on every page in both locales, on a
 * desktop and on a phone screen, in the light and the dark colour mode: no serious or critical
 * violation. A page is checked as a reader has it once its code has started
 * (src/static-first/on-load/start-on-input.js): hydrated, with the search box and components rendered.
 *
 * What is sampled, and why (the check has to stay a small part of CI's 15 minutes on 2 cores,
 * where one axe run over a guide page takes 1.5 to 3 s):
 * - Generated families of pages, each one template filled many times (the TypeDoc API pages,
 *   the result-code pages): a few pages of each (support/site-pages.ts: the first of each
 *   folder, the middle one, the last). Every other page, the hand-written ones, in full.
 * - The result-code handbook's hundred entries, one template too (src/plugins/result-codes):
 *   its first, middle and last entry.
 * - One load a page: desktop first, then the same page narrowed to a phone's width (the theme
 *   lays out by width, and drops its desktop-only parts as a phone's load does). Each width
 *   gets every rule in one colour mode and the colour rules (support/axe.ts) in the other; the
 *   modes differ in CSS variables only, not in markup. In that second mode the article, whose
 *   colours do not change with the width, is left out: the other width's full run checked it
 *   in that mode. What is left is what differs by width: navbar, sidebar, table of contents,
 *   footer.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeFindings, COLOUR_RULES, describeFindings, failing, type Finding } from './support/axe';
import { PHONE } from './support/blocking-time';
import { hasChromium } from './support/browser';
import { chromiumForThisFile } from './support/chromium-for-file';
import { BUILD_DIR } from './support/global-setup';
import { waitForHydration, waitForIdle } from './support/hydration';
import { pagesToCheck } from './support/site-pages';

const siteUrl = inject('siteUrl');
const PAGES = pagesToCheck(BUILD_DIR);
const DESKTOP = { width: 1280, height: 900 };
/** A page's four runs took up to 80 s on this machine when others' work kept its load at 15-20. */
const PAGE_TIMEOUT = 120_000;

/** Sections written from one template many times on a page, of which a sample is checked. */
const REPEATED = '.static-entry';

/**
 * Takes all but the first, middle and last of the page's repeated sections out of the page.
 * Out, not excluded: axe's colour check lays out the whole page even for what it excludes, 7 s
 * a run on the handbook here against 1 s without the rest. Build-time HTML, which React
 * leaves alone after hydrating.
 */
async function sampleRepeated(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const all = [...document.querySelectorAll(selector)];
    const kept = new Set([all[0], all[Math.floor(all.length / 2)], all.at(-1)]);
    for (const section of all) if (!kept.has(section)) section.remove();
  }, REPEATED);
  // Off screen, code blocks and sections skip rendering (content-visibility: auto), and axe
  // skips what is not rendered: render them.
  await page.addStyleTag({
    content: `.theme-code-block, ${REPEATED} { content-visibility: visible !important; }`,
  });
}

/** Waits until no CSS transition runs: the theme fades colours on a switch, and axe would read one halfway. */
async function transitionsDone(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Switches the colour mode as a reader's system would: the theme follows the system's scheme
 * (respectPrefersColorScheme) while the reader has not picked one.
 */
async function colourMode(page: Page, mode: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: mode });
  await page.waitForSelector(`html[data-theme="${mode}"]`, { state: 'attached' });
  await transitionsDone(page);
}

async function toPhoneWidth(page: Page): Promise<void> {
  await page.setViewportSize(PHONE.viewport);
  // The theme drops the desktop table of contents once it sees a phone-sized window.
  await page.waitForFunction(
    (width) => window.innerWidth === width && !document.querySelector('.theme-doc-toc-desktop'),
    PHONE.viewport.width,
  );
  await waitForIdle(page);
  await transitionsDone(page);
}

/** The serious and critical findings on one page, each line naming the screen and the mode. */
async function check(page: Page, path: string): Promise<string[]> {
  await page.goto(`${siteUrl}${path}`);
  await waitForHydration(page, 30_000);
  await sampleRepeated(page);
  await transitionsDone(page);
  const found: string[] = [];
  const run = async (where: string, options: { rules?: string[]; exclude?: string[] }) => {
    const findings: Finding[] = await axeFindings(page, options);
    const minor = findings.filter((finding) => !failing([finding]).length);
    if (minor.length) console.log(`${path} ${where}, not failed:\n${describeFindings(minor)}`);
    const serious = describeFindings(failing(findings)).split('\n').filter(Boolean);
    found.push(...serious.map((line) => `${where}: ${line}`));
  };
  await run('desktop light', {});
  await colourMode(page, 'dark');
  await run('desktop dark', { rules: COLOUR_RULES, exclude: ['article'] });
  await toPhoneWidth(page);
  await run('phone dark', {});
  await colourMode(page, 'light');
  await run('phone light', { rules: COLOUR_RULES, exclude: ['article'] });
  return found;
}

describe.skipIf(!hasChromium)('accessibility: axe-core, WCAG 2.1 A/AA and best practices', () => {
  const browser = chromiumForThisFile();

  it('checks every hand-written page and a sample of each generated family, in both locales', () => {
    for (const path of ['/', '/ko/', '/docs/compatibility', '/ko/docs/error-handling/bad-input', '/api'])
      expect(PAGES).toContain(path);
    expect(PAGES.filter((path) => path.startsWith('/api/')).length).toBeGreaterThan(2);
  });

  // Two pages at a time (the site project's maxConcurrency): one waits on the browser while
  // the other runs axe.
  it.concurrent.each(PAGES)(
    '%s, desktop and phone, light and dark: no serious or critical violation',
    async (path) => {
      const context = await browser().newContext({ viewport: DESKTOP, colorScheme: 'light' });
      try {
        expect(await check(await context.newPage(), path)).toEqual([]);
      } finally {
        await context.close();
      }
    },
    PAGE_TIMEOUT,
  );
});
