/**
 * The colour-mode button, while the theme renders it disabled (until the page has hydrated; a
 * disabled button gets no click, so the release of a pointer on it stands in for one), and its
 * copy in the phone menu's stand-in (./menu.js). It switches the mode the way the theme does
 * (theme-common's colorMode.js): the next choice of system → light → dark, written to
 * `data-theme` and `data-theme-choice` on <html>, where the theme shows the matching icon and
 * reads the choice when it hydrates, and to the `theme` key of localStorage with the storage
 * event the theme itself sends, which a hydrated theme follows.
 */
(function colourMode(options) {
  var BUTTON = 'button.colour-mode-toggle'; // the class src/theme/ColorModeToggle adds
  var KEY = 'theme';

  function nextChoice(choice) {
    if (!options.respectPrefersColorScheme) return choice === 'dark' ? 'light' : 'dark';
    return choice === 'system' ? 'light' : choice === 'light' ? 'dark' : 'system';
  }

  function switchMode() {
    var html = document.documentElement;
    var choice = nextChoice(html.getAttribute('data-theme-choice') || 'system');
    var system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    html.setAttribute(
      'data-theme',
      choice !== 'system' ? choice : options.respectPrefersColorScheme ? system : options.defaultMode,
    );
    html.setAttribute('data-theme-choice', choice);
    try {
      var before = localStorage.getItem(KEY);
      var after = choice === 'system' ? null : choice;
      if (after === null) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, after);
      var event = document.createEvent('StorageEvent');
      event.initStorageEvent('storage', false, false, KEY, before, after, location.href, localStorage);
      window.dispatchEvent(event);
    } catch (error) {
      // No storage (a sandboxed frame): the choice lasts as long as the page.
    }
  }

  function pressed(event, disabled) {
    var button = event.target instanceof Element && event.target.closest(BUTTON);
    if (!button || button.disabled !== disabled) return;
    event.stopImmediatePropagation();
    switchMode();
  }

  window.addEventListener(
    'pointerup',
    function (event) {
      pressed(event, true);
    },
    true,
  );
  window.addEventListener(
    'click',
    function (event) {
      // Enabled, only the menu's copy is this script's: the navbar's own is React's by then.
      if (event.target instanceof Element && event.target.closest('.menu-stand-in')) pressed(event, false);
    },
    true,
  );
});
