/**
 * The search box's shortcut (mod+K, the search plugin's default) while the navbar shows the
 * placeholder box of src/theme/SearchBar: it focuses the box, before and after the page has
 * hydrated, and the placeholder hands the focus over to the plugin's bar when its code arrives.
 * The plugin's bar answers its shortcut itself.
 */
(function searchShortcut() {
  window.addEventListener(
    'keydown',
    function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'k') return;
      var input = document.querySelector('input[data-search-placeholder]');
      if (!input) return;
      event.preventDefault();
      input.focus();
    },
    true,
  );
});
