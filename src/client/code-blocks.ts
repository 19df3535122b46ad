/**
 * The behaviour of every code block's buttons (src/remark/code-block-html.ts), with one
 * listener for the document: blocks are static HTML, so nothing is hydrated per block.
 */

/** The text of the whole program: all but the excerpt's own lines (`x`), indentation included. */
export function wholeProgramText(code: Element): string {
  const copy = code.cloneNode(true) as Element;
  copy.querySelectorAll('.x').forEach((line) => line.remove());
  return (copy.textContent ?? '').replace(/\n$/, '');
}

function onClick(event: MouseEvent): void {
  const button = (event.target as Element | null)?.closest?.('button.copy-button, button.whole-toggle');
  const block = button?.closest('.theme-code-block');
  if (!button || !block) return;
  if (button.classList.contains('whole-toggle')) {
    const whole = block.classList.toggle('show-whole');
    button.setAttribute('aria-pressed', String(whole));
    button.textContent = button.getAttribute(whole ? 'data-show-excerpt' : 'data-show-whole');
    return;
  }
  const code = block.querySelector('pre code');
  if (!code) return;
  void navigator.clipboard.writeText(wholeProgramText(code)).then(() => {
    button.classList.add('copied');
    button.setAttribute('aria-label', button.getAttribute('data-copied') ?? '');
    window.setTimeout(() => {
      button.classList.remove('copied');
      button.setAttribute('aria-label', button.getAttribute('data-label') ?? '');
    }, 1000);
  });
}

if (typeof document !== 'undefined') document.addEventListener('click', onClick);
