/**
 * The code blocks' buttons (src/remark/code-block-html.ts): copy, which copies the whole
 * program, and "show the whole program". A block is build-time HTML that React never renders,
 * so its buttons need no React: this one listener for the page works from the first paint,
 * before and after the page hydrates.
 */
(function codeBlocks() {
  /** The text of the whole program: all but the excerpt's own lines (`x`), indentation included. */
  function wholeProgramText(code) {
    var copy = code.cloneNode(true);
    copy.querySelectorAll('.x').forEach(function (line) {
      line.remove();
    });
    return (copy.textContent || '').replace(/\n$/, '');
  }

  window.addEventListener(
    'click',
    function (event) {
      var button =
        event.target instanceof Element && event.target.closest('button.copy-button, button.whole-toggle');
      var block = button && button.closest('.theme-code-block');
      if (!block) return;
      // Answered here: not a button to hold until the page has hydrated (./start-on-input.js).
      event.stopImmediatePropagation();
      if (button.classList.contains('whole-toggle')) {
        var whole = block.classList.toggle('show-whole');
        button.setAttribute('aria-pressed', String(whole));
        button.textContent = button.getAttribute(whole ? 'data-show-excerpt' : 'data-show-whole');
        return;
      }
      var code = block.querySelector('pre code');
      if (!code) return;
      navigator.clipboard.writeText(wholeProgramText(code)).then(function () {
        button.classList.add('copied');
        button.setAttribute('aria-label', button.getAttribute('data-copied') || '');
        setTimeout(function () {
          button.classList.remove('copied');
          button.setAttribute('aria-label', button.getAttribute('data-label') || '');
        }, 1000);
      });
    },
    true,
  );
});
