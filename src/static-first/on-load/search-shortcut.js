/**
 * The search box's shortcut (mod+K, the search plugin's default) before the page has hydrated:
 * it focuses the box, as the search bar would. src/theme/SearchBar takes the focus over when its
 * code arrives; once the page has hydrated, its own listener answers the shortcut.
 */
(function searchShortcut() {
  window.addEventListener(
    'keydown',
    function (event) {
      if (window.earlyInput && window.earlyInput.hydrated) return;
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'k') return;
      var input = document.querySelector('input.navbar__search-input');
      if (!input) return;
      event.preventDefault();
      input.focus();
    },
    true,
  );
});
