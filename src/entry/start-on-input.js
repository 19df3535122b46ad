/**
 * Inlined into every page's <head> by src/ssr/page-template.ts, with the page's own scripts as
 * `scripts`. A guide page reads, scrolls, shows types on hover and links to other pages as
 * plain HTML; React is only needed once the reader does something. So the page's code is
 * started by the reader's first input (a touch, a pointer, a key, the wheel, focus), not by
 * load: on a phone, loading and hydrating it was most of the page's blocking time, and it held
 * back the paint of the article itself.
 *
 * A button pressed before the page's code has hydrated would do nothing: such clicks, and
 * shortcuts with a modifier key (the search's), are held in `window.earlyInput.queue` and
 * replayed by src/client/early-input.ts once it has. Plain links are left alone: they load
 * their page. Once the page is idle, its scripts are fetched ahead (not run), so the first
 * input waits for their evaluation only, not for the network.
 */
(function startOnInput(scripts) {
  var early = (window.earlyInput = { started: false, hydrated: false, queue: [] });
  var STARTERS = ['pointerdown', 'pointerover', 'touchstart', 'keydown', 'focusin', 'wheel'];
  var LISTEN = { capture: true, passive: true };
  // What React answers on a click, as the theme renders it: buttons, and links acting as one.
  var PRESSABLE = 'button, summary, label, [role="button"], [role="tab"], [role="switch"]';

  function start() {
    if (early.started) return;
    early.started = true;
    STARTERS.forEach(function (type) {
      window.removeEventListener(type, start, LISTEN);
    });
    scripts.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false; // run in document order, as `defer` would
      document.head.appendChild(script);
    });
  }

  STARTERS.forEach(function (type) {
    window.addEventListener(type, start, LISTEN);
  });

  window.addEventListener(
    'click',
    function (event) {
      if (early.hydrated) return;
      var pressed = event.target instanceof Element && event.target.closest(PRESSABLE);
      if (!pressed) return;
      event.preventDefault();
      event.stopPropagation();
      early.queue.push({ click: pressed });
      start();
    },
    true,
  );

  // The theme renders its colour-mode button disabled until it has hydrated, and a disabled
  // button gets no click: the release of a pointer on it stands in for one.
  window.addEventListener(
    'pointerup',
    function (event) {
      if (early.hydrated) return;
      var disabled = event.target instanceof Element && event.target.closest('button[disabled]');
      if (!disabled) return;
      early.queue.push({ click: disabled });
      start();
    },
    true,
  );

  window.addEventListener(
    'keydown',
    function (event) {
      if (early.hydrated || !(event.ctrlKey || event.metaKey || event.altKey)) return;
      if (/^(Control|Meta|Alt|Shift)$/.test(event.key)) return;
      early.queue.push({
        keydown: {
          key: event.key,
          code: event.code,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          shiftKey: event.shiftKey,
        },
      });
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
