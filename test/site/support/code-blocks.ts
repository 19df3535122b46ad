import type { Locator, Page } from 'playwright-core';

/**
 * The rendered text of a block's code. A block off screen is not rendered
 * (`content-visibility: auto`) and text that is not rendered has no innerText, so the block is
 * scrolled into view and read once the browser no longer skips it: how many frames that takes
 * depends on the machine, so the wait is for the condition, not for a count of frames.
 */
async function shownText(code: Locator): Promise<string> {
  await code.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const handle = await code.elementHandle();
  await code
    .page()
    .waitForFunction(
      (element) => element !== null && element.checkVisibility({ contentVisibilityAuto: true }),
      handle,
      { polling: 'raf' },
    );
  return code.evaluate((element) => (element as HTMLElement).innerText.replace(/\n$/, ''));
}

/**
 * What a reader sees in each block matching `selector` (`.theme-code-block`), as text: the
 * code element's rendered text, so lines and indentation the view hides are left out.
 */
export async function shownBlocks(page: Page, selector = 'article .theme-code-block'): Promise<string[]> {
  const shown: string[] = [];
  const codes = page.locator(`${selector} pre code`);
  for (let index = 0; index < (await codes.count()); index += 1) {
    shown.push(await shownText(codes.nth(index)));
  }
  return shown;
}

// Not a program any block could copy: the clipboard holds it until a copy replaces it.
const EMPTY_CLIPBOARD = '\u0000nothing copied yet';

/**
 * What the copy button of each block puts on the clipboard. The clipboard is written
 * asynchronously after the click, so each read waits until it no longer holds what was there
 * before the click.
 */
export async function copiedBlocks(page: Page, selector = 'article .theme-code-block'): Promise<string[]> {
  const copied: string[] = [];
  const blocks = page.locator(selector);
  for (let index = 0; index < (await blocks.count()); index += 1) {
    const block = blocks.nth(index);
    await page.evaluate((text) => navigator.clipboard.writeText(text), EMPTY_CLIPBOARD);
    await block.hover();
    await block.locator('button.copy-button').click();
    const text = await page.waitForFunction(
      async (before) => {
        const now = await navigator.clipboard.readText();
        return now === before ? undefined : now;
      },
      EMPTY_CLIPBOARD,
      { polling: 'raf' },
    );
    copied.push((await text.jsonValue()) as string);
  }
  return copied;
}

/**
 * What each block shows with "show the whole program" pressed (the block as shown when it has
 * no such button), leaving every block as it was.
 */
export async function wholeProgramBlocks(
  page: Page,
  selector = 'article .theme-code-block',
): Promise<string[]> {
  const out: string[] = [];
  const blocks = page.locator(selector);
  for (let index = 0; index < (await blocks.count()); index += 1) {
    const block = blocks.nth(index);
    const toggle = block.locator('button.whole-toggle');
    const hasToggle = (await toggle.count()) > 0;
    if (hasToggle) await toggle.click();
    out.push(await shownText(block.locator('pre code')));
    if (hasToggle) await toggle.click();
  }
  return out;
}
