import type { Page } from 'playwright-core';

/**
 * The rendered text of a block's code, read with the block on screen: a block off screen is
 * not rendered (`content-visibility: auto`), and text that is not rendered has no innerText.
 */
function shownText(code: Element): Promise<string> {
  code.scrollIntoView({ block: 'center' });
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => resolve((code as HTMLElement).innerText.replace(/\n$/, ''))),
    ),
  );
}

/**
 * What a reader sees in each block matching `selector` (`.theme-code-block`), as text: the
 * code element's rendered text, so lines and indentation the view hides are left out.
 */
export async function shownBlocks(page: Page, selector = 'article .theme-code-block'): Promise<string[]> {
  const shown: string[] = [];
  const codes = page.locator(`${selector} pre code`);
  for (let index = 0; index < (await codes.count()); index += 1) {
    shown.push(await codes.nth(index).evaluate(shownText));
  }
  return shown;
}

/** What the copy button of each block puts on the clipboard. */
export async function copiedBlocks(page: Page, selector = 'article .theme-code-block'): Promise<string[]> {
  const copied: string[] = [];
  const blocks = page.locator(selector);
  for (let index = 0; index < (await blocks.count()); index += 1) {
    const block = blocks.nth(index);
    await block.hover();
    await block.locator('button.copy-button').click();
    copied.push(await page.evaluate(() => navigator.clipboard.readText()));
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
    out.push(await block.locator('pre code').evaluate(shownText));
    if (hasToggle) await toggle.click();
  }
  return out;
}
