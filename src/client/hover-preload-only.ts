/**
 * Docusaurus downloads the code of every page whose link scrolls into view (one
 * IntersectionObserver per link). Right after hydration that is every visible link in one
 * task: route matching, chunk lookup and a <link rel="prefetch"> each, the page's longest task
 * after its own script on a phone, and downloads the reader may never use. Links still load a
 * page's code when hovered or touched (Docusaurus's `preload`), before the click lands.
 *
 * Docusaurus's `<Link>` calls `window.docusaurus.prefetch`, which the client entry assigns once
 * after this module runs; the assignment is caught here and `prefetch` replaced. The per-link
 * observers themselves are patched out of `<Link>` (patches/@docusaurus+core+3.10.2.patch).
 */
type DocusaurusGlobal = { prefetch: (routePath: string) => unknown; preload: (routePath: string) => unknown };

if (typeof window !== 'undefined') {
  let current: DocusaurusGlobal | undefined;
  Object.defineProperty(window, 'docusaurus', {
    configurable: true,
    get: () => current,
    set(value: DocusaurusGlobal) {
      current = Object.freeze({ ...value, prefetch: () => false });
    },
  });
}

export {};
