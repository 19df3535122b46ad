/**
 * Starts the page's code on the reader's first input (a touch, a pointer, a key, the wheel,
 * focus), not on load: a guide page reads, scrolls, shows types on hover and follows links as
 * plain HTML, and on a phone loading and hydrating React was most of its blocking time. Called
 * with the page's scripts by src/static-first/page-template.ts.
 *
 * The code starts once what the input itself did has been drawn: the controls that need no
 * React (./code-blocks.js, ./colour-mode.js, ./search-shortcut.js, ./menu.js) answer the first
 * press at once, and the page's code would otherwise hold the main thread while they try. A
 * press (a touch, a mouse button, a modifier key) waits for what it turns into (its click, a
 * scroll, the shortcut completed), so that comes first too.
 *
 * Any other button pressed before the page has hydrated would do nothing: its click is held in
 * `window.earlyInput.queue` and replayed by src/static-first/early-input.ts once it has. Links
 * are left alone: they load their page. Once the page is idle, its scripts are fetched ahead
 * (not run), so the first input waits for their evaluation only, not for the network.
 */
(function startOnInput(scripts) {
  var early = (window.earlyInput = { started: false, hydrated: false, queue: [] });
  var STARTERS = ['pointerdown', 'pointerover', 'touchstart', 'keydown', 'focusin', 'wheel'];
  // What ends a press: its click, the browser taking it over (a scroll, a long press), or for
  // a modifier key, its release.
  var SETTLED = ['click', 'pointercancel', 'touchcancel', 'contextmenu', 'keyup'];
  var LISTEN = { capture: true, passive: true };
  // What React answers on a click, as the theme renders it: buttons, and links acting as one.
  var PRESSABLE = 'button, summary, label, [role="button"], [role="tab"], [role="switch"]';
  var pending = false;

  function listen(types, listener, add) {
    types.forEach(function (type) {
      (add ? window.addEventListener : window.removeEventListener)(type, listener, LISTEN);
    });
  }

  function start() {
    if (early.started) return;
    early.started = true;
    scripts.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false; // run in document order, as `defer` would
      document.head.appendChild(script);
    });
  }

  // After the next frame has been drawn.
  function afterNextPaint(then) {
    requestAnimationFrame(function () {
      setTimeout(then, 0);
    });
  }

  function onSettled() {
    listen(SETTLED, onSettled, false);
    afterNextPaint(start);
  }

  function onFirstInput(event) {
    // A finger "hovers" only as it touches down: its pointerdown follows.
    if (pending || (event.type === 'pointerover' && event.pointerType !== 'mouse')) return;
    pending = true;
    listen(STARTERS, onFirstInput, false);
    var press =
      event.type === 'pointerdown' ||
      event.type === 'touchstart' ||
      (event.type === 'keydown' && /^(Control|Meta|Alt|Shift)$/.test(event.key));
    if (!press) return afterNextPaint(start);
    listen(SETTLED, onSettled, true);
    // A press that ends in none of those (a drag on something that does not scroll) starts the
    // page a second after it is let go.
    window.addEventListener(
      'pointerup',
      function () {
        setTimeout(onSettled, 1000);
      },
      { once: true, capture: true },
    );
  }

  listen(STARTERS, onFirstInput, true);

  window.addEventListener(
    'click',
    function (event) {
      if (early.hydrated) return;
      var pressed = event.target instanceof Element && event.target.closest(PRESSABLE);
      if (!pressed) return;
      event.preventDefault();
      event.stopPropagation();
      early.queue.push(pressed);
      start();
    },
    true,
  );

  window.addEventListener('load', function () {
    var idle = window.requestIdleCallback || setTimeout;
    idle(function () {
      if (early.started) return;
      scripts.forEach(function (src) {
        var link = document.createElement('link');
        link.rel = 'prefetch';
        link.as = 'script';
        link.href = src;
        document.head.appendChild(link);
      });
    });
  });
});
