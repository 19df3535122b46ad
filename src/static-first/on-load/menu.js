/**
 * The phone menu before the page has hydrated. The theme renders its menu in the browser alone,
 * once React knows the screen is a phone, so the page's HTML holds none, and a tap on the menu
 * button waited for the whole page to hydrate. This draws a stand-in at once, with the classes
 * of the theme's own menu (Infima's `navbar-sidebar`, so it looks and slides the same), from
 * what the page's HTML already holds: the navbar's links and the docs sidebar. The stand-in
 * stays until it is closed, and its links load their page; once the page has hydrated, the
 * menu button opens the theme's menu.
 */
(function menu(text) {
  var CLOSE_ICON =
    '<svg viewBox="0 0 15 15" width="21" height="21" aria-hidden="true"><g stroke="var(--ifm-color-emphasis-600)" stroke-width="1.2"><path d="M.75.75l13.5 13.5M14.25.75L.75 14.25"></path></g></svg>';
  var standIn;

  function element(tag, className, children) {
    var made = document.createElement(tag);
    made.className = className;
    (children || []).forEach(function (child) {
      if (child) made.appendChild(child);
    });
    return made;
  }

  function button(className, text) {
    var made = element('button', 'clean-btn ' + className);
    made.type = 'button';
    made.textContent = text;
    return made;
  }

  function menuLink(link) {
    var copy = element(
      'a',
      'menu__link' + (link.classList.contains('navbar__link--active') ? ' menu__link--active' : ''),
    );
    copy.href = link.getAttribute('href');
    copy.textContent = link.textContent;
    if (link.lang) copy.lang = link.lang;
    return element('li', 'menu__list-item', [copy]);
  }

  /**
   * A navbar item as the theme's phone menu lists it: a link, or a dropdown's label over its
   * links, closed until pressed (as the theme's is: laying out the other locale's name in its
   * script can cost a font).
   */
  function menuItem(item) {
    if (item.matches('a[href]')) return menuLink(item);
    var label = item.querySelector('.navbar__link');
    var links = item.querySelectorAll('.dropdown__menu a[href]');
    if (!label || !links.length) return null;
    var sublist = element('ul', 'menu__list', Array.prototype.map.call(links, menuLink));
    sublist.hidden = true;
    var heading = element('a', 'menu__link menu__link--sublist menu__link--sublist-caret');
    heading.setAttribute('role', 'button');
    heading.setAttribute('aria-expanded', 'false');
    heading.href = '#';
    heading.textContent = label.textContent;
    return element('li', 'menu__list-item menu__list-item--collapsed', [heading, sublist]);
  }

  function make() {
    var nav = document.querySelector('nav.navbar');
    var brand = nav.querySelector('.navbar__brand');
    var toggle = nav.querySelector('.colour-mode-toggle');
    var colourMode = toggle && toggle.parentElement.cloneNode(true);
    if (colourMode) {
      // Shown here (the navbar hides its own on a phone), and a working button (./colour-mode.js).
      colourMode.style.display = 'block';
      colourMode.classList.add('margin-right--md');
      colourMode.querySelector('button').disabled = false;
    }
    var items = element(
      'ul',
      'menu__list',
      Array.prototype.map.call(nav.querySelectorAll('.navbar__item'), menuItem),
    );
    var docs = document.querySelector('.theme-doc-sidebar-menu');
    var primary = element('div', 'navbar-sidebar__item menu', [items]);
    var secondary =
      docs &&
      element('div', 'navbar-sidebar__item menu', [
        button('navbar-sidebar__back', text.back),
        docs.cloneNode(true),
      ]);
    var close = button('navbar-sidebar__close', '');
    close.setAttribute('aria-label', text.close);
    close.innerHTML = CLOSE_ICON;
    var backdrop = element('div', 'navbar-sidebar__backdrop');
    backdrop.setAttribute('role', 'presentation');
    standIn = element('div', 'menu-stand-in', [
      backdrop,
      element('div', 'navbar-sidebar', [
        element('div', 'navbar-sidebar__brand', [brand && brand.cloneNode(true), colourMode, close]),
        element('div', 'navbar-sidebar__items', [primary, secondary]),
      ]),
    ]);
    showSecondary(Boolean(secondary));
    standIn.addEventListener('click', onClick);
    document.body.appendChild(standIn);
  }

  /** The docs sidebar, or the navbar's items: the theme's phone menu opens on the former. */
  function showSecondary(secondary) {
    var items = standIn.querySelector('.navbar-sidebar__items');
    items.classList.toggle('navbar-sidebar__items--show-secondary', secondary);
    items.children[0].inert = secondary;
    if (items.children[1]) items.children[1].inert = !secondary;
  }

  function show(shown) {
    if (!standIn) make();
    var shownIn = standIn;
    // Laid out closed first, so that it slides in as the theme's does.
    void shownIn.offsetWidth;
    shownIn.classList.toggle('navbar-sidebar--show', shown);
    // The page under it stops scrolling once the menu is drawn, as the theme's does (an effect).
    requestAnimationFrame(function () {
      document.body.style.overflow = shown ? 'hidden' : '';
    });
    document.querySelector('button.navbar__toggle').setAttribute('aria-expanded', String(shown));
    if (shown) return;
    // Gone once it has slid out: after the page has hydrated, the menu is the theme's.
    standIn = undefined;
    shownIn.addEventListener(
      'transitionend',
      function () {
        shownIn.remove();
      },
      { once: true },
    );
  }

  function onClick(event) {
    var target = event.target;
    if (target.closest('.navbar-sidebar__backdrop, .navbar-sidebar__close')) return show(false);
    if (target.closest('.navbar-sidebar__back')) return showSecondary(false);
    var caret = target.closest('.menu__caret, .menu__link--sublist-caret');
    var category = caret && caret.closest('.menu__list-item');
    if (!category) return;
    var pages = category.querySelector(':scope > .menu__list');
    if (pages) {
      // A category (or the locales) whose links the HTML holds: open or close it, as the theme does.
      event.preventDefault();
      var open = category.classList.toggle('menu__list-item--collapsed') === false;
      pages.hidden = !open;
      caret.setAttribute('aria-expanded', String(open));
    } else if (caret.matches('button')) {
      // Its pages are not in the HTML: go to the category's own page.
      location.href = category.querySelector('a[href]').href;
    }
  }

  window.addEventListener(
    'click',
    function (event) {
      if (window.earlyInput && window.earlyInput.hydrated) return;
      if (!(event.target instanceof Element && event.target.closest('button.navbar__toggle'))) return;
      event.stopImmediatePropagation();
      show(true);
    },
    true,
  );
  window.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && standIn && standIn.classList.contains('navbar-sidebar--show')) show(false);
  });
});
