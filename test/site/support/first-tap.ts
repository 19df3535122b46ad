import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { CPU_SLOWDOWN, PHONE } from './blocking-time';

/**
 * How long a reader waits for the first thing they press on a page that has not started yet:
 * from the input (the click a tap or a mouse press makes, the key of a shortcut) to the first
 * frame that shows its effect, with the CPU slowed down as Lighthouse's mobile preset does. INP, the web's
 * yardstick for responsiveness, calls anything over 200 ms slow.
 *
 * The page is loaded and left alone until its main thread and its network are idle (a reader
 * reading), then pressed once. The effect is read from the page as a reader sees it (a class
 * that changes what is drawn, the element that has focus, a menu whose slide-in has begun),
 * checked in every animation frame: the time is that of the first frame that paints it.
 */
export const FIRST_TAP_TARGET_MS = 200;

/** The heaviest pages of each locale (the handbook), and the guide page the issue measured. */
export const FIRST_TAP_PAGES = [
  '/docs/error-handling/retry',
  '/docs/result-codes',
  '/ko/docs/error-handling/retry',
  '/ko/docs/result-codes',
];

export interface Control {
  name: string;
  /** The screen the control is pressed on: the colour-mode button is in the menu on a phone. */
  screen: 'phone' | 'desktop';
  /** What is pressed (the first match). */
  target: string;
  /** How: a tap (touch), a mouse click, or a key combination with the page focused. */
  press: 'tap' | 'click' | { keys: string };
  /**
   * The effect, as an expression over `target` (the pressed element) and `before` (the value of
   * `remember` before the press), evaluated in every frame until it holds.
   */
  shown: string;
  remember?: string;
}

/** Issue 25's controls: copy, "show the whole program", the phone menu, colour mode, search. */
export const CONTROLS: Control[] = [
  {
    name: 'copy',
    screen: 'phone',
    target: 'article .theme-code-block button.copy-button',
    press: 'tap',
    // The icon turns into a check mark once the clipboard holds the program.
    shown: `target.classList.contains('copied')`,
  },
  {
    name: 'whole program',
    screen: 'phone',
    target: 'article .theme-code-block button.whole-toggle',
    press: 'tap',
    shown: `target.closest('.theme-code-block').classList.contains('show-whole')`,
  },
  {
    name: 'menu',
    screen: 'phone',
    target: 'button.navbar__toggle',
    press: 'tap',
    // Its slide-in has begun: the theme's drawer is visible (it slides and fades in from there).
    shown: `[...document.querySelectorAll('.navbar-sidebar')].some((menu) => getComputedStyle(menu).visibility === 'visible')`,
  },
  {
    name: 'colour mode',
    screen: 'desktop',
    target: '.navbar__items--right button[class*="toggleButton"]',
    press: 'click',
    remember: `document.documentElement.dataset.themeChoice`,
    shown: `document.documentElement.dataset.themeChoice !== before`,
  },
  {
    name: 'search (tap)',
    screen: 'phone',
    target: 'input.navbar__search-input',
    press: 'tap',
    // Focused, the box widens and shows its caret. The search bar's code, once loaded, puts a
    // box of its own in the placeholder's place: whichever has focus.
    shown: `document.activeElement?.matches('input.navbar__search-input')`,
  },
  {
    name: 'search (shortcut)',
    screen: 'desktop',
    target: 'input.navbar__search-input',
    press: { keys: 'Control+k' },
    shown: `document.activeElement?.matches('input.navbar__search-input')`,
  },
];

export interface FirstTap {
  url: string;
  control: string;
  /** From the input to the first frame that shows its effect, page clock. */
  ms: number;
  /** Whether the page had hydrated by then (it starts on the first input). */
  hydratedBefore: boolean;
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

declare global {
  interface Window {
    /** The probe's readings: when the first press came, when its effect was first drawn. */
    __firstTap?: { inputAt: number | null; shownAt: number | null; hydratedAt: number | null };
  }
}

/**
 * Registered before any script of the page: the press, and the hydration, timed. The press is
 * the reader's last input before the effect: the click a tap turns into, the key that completes
 * a shortcut (not the modifier held before it), as INP times each event of an interaction. A
 * click a script replays later is not the reader's.
 */
function probe(): void {
  const reading = (window.__firstTap = { inputAt: null, shownAt: null, hydratedAt: null } as {
    inputAt: number | null;
    shownAt: number | null;
    hydratedAt: number | null;
  });
  const INPUTS = [
    'pointerdown',
    'pointerup',
    'touchstart',
    'touchend',
    'mousedown',
    'mouseup',
    'click',
    'keydown',
  ];
  for (const type of INPUTS) {
    window.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted || reading.shownAt !== null) return;
        if (event instanceof KeyboardEvent && /^(Control|Meta|Alt|Shift)$/.test(event.key)) return;
        // The time the input happened, even if the main thread was busy then.
        reading.inputAt = event.timeStamp;
      },
      { capture: true, passive: true },
    );
  }
  // Docusaurus marks <html data-has-hydrated> once React has hydrated the page.
  new MutationObserver(() => {
    if (document.documentElement.dataset.hasHydrated === 'true') reading.hydratedAt ??= performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
}

/** Waits until the page is a reader's: loaded, network quiet, main thread idle. */
async function leftAlone(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })),
  );
}

/** Loads `url` in a fresh context, presses `control` once and times its effect. */
export async function measureFirstTap(
  browser: Browser,
  url: string,
  control: Control,
  { cpuSlowdown = CPU_SLOWDOWN, timeoutMs = 10_000 } = {},
): Promise<FirstTap> {
  const context = await browser.newContext(control.screen === 'phone' ? PHONE : DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  try {
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.addInitScript(probe);
    await page.goto(url, { waitUntil: 'load' });
    await leftAlone(page);
    const target = page.locator(control.target).first();
    // Scrolled to by the page, not by an input: the press is the reader's first input.
    await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const box = await target.boundingBox();
    if (!box) throw new Error(`${url}: ${control.name}: ${control.target} is not on screen`);
    // Watches every frame from now on for the effect. A string, not a function: the bench's
    // TypeScript loader would wrap a function's inner closures in a helper the page lacks.
    await page.evaluate(`(() => {
      const target = document.querySelector(${JSON.stringify(control.target)});
      const before = ${control.remember ?? 'undefined'};
      const watch = () => {
        if (${control.shown}) window.__firstTap.shownAt = performance.now();
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    })()`);
    const { x, y } = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Raw input, not Playwright's actions: those wait for the element to be enabled and stable.
    if (control.press === 'tap') await page.touchscreen.tap(x, y);
    else if (control.press === 'click') await page.mouse.click(x, y);
    else await page.keyboard.press(control.press.keys);
    const handle = await page.waitForFunction(
      () => {
        const reading = window.__firstTap!;
        return reading.shownAt !== null && reading.inputAt !== null ? reading : undefined;
      },
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
    const reading = (await handle.jsonValue()) as {
      inputAt: number;
      shownAt: number;
      hydratedAt: number | null;
    };
    return {
      url,
      control: control.name,
      ms: Math.round(reading.shownAt - reading.inputAt),
      hydratedBefore: reading.hydratedAt !== null && reading.hydratedAt <= reading.shownAt,
    };
  } finally {
    await context.close();
  }
}

/** What a first tap breaks of its budget, one line; empty when within it. */
export function overFirstTapBudget(tap: FirstTap, maxMs = FIRST_TAP_TARGET_MS): string[] {
  if (tap.ms <= maxMs) return [];
  return [
    `${new URL(tap.url).pathname}: ${tap.control} ${tap.ms} ms from the input to its effect at ` +
      `${CPU_SLOWDOWN}x CPU slowdown, budget ${maxMs} ms` +
      (tap.hydratedBefore ? ' (after the page hydrated)' : ''),
  ];
}
