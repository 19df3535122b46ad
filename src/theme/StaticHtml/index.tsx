/**
 * HTML written at build time (code blocks, the result-code handbook, a page's plain Markdown):
 * React hydrates it as one element, however large. The browser's copy of the page leaves the
 * HTML out (`html` is empty there, see src/remark/static-sections.ts): hydrating keeps what the
 * server wrote, and after a client-side navigation the element takes its HTML from the page's
 * own file. The anchors and links inside are reported to Docusaurus's broken-link check, which
 * only sees what React renders. A link inside to another page behaves as the theme's <Link>:
 * it loads the page's code on hover or focus, and a click navigates client-side.
 */
import React, { useEffect, useRef, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { useHistory } from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';

export interface StaticHtmlProps {
  /** The HTML; empty in the browser's bundle. */
  html: string;
  /** A hash of the HTML, naming this element in the page's file. */
  id?: string;
  /** Ids of the elements inside that links may point at, space-separated. */
  anchors?: string;
  /** The paths of the other pages linked from inside, space-separated. */
  links?: string;
}

/**
 * The link to another page of the site an event happened in, if any. A link to a file of the
 * site (`/llms.txt`, a page's `.md`) is not a page of the app: the browser loads it.
 */
function pageLinkOf(event: SyntheticEvent): string | undefined {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  const href = link?.getAttribute('href');
  if (!link || !href || link.hasAttribute('target') || link.hasAttribute('download')) return undefined;
  const isSitePath = href.startsWith('/') && !href.startsWith('//');
  return isSitePath && !/\.\w+$/.test(href.split(/[?#]/)[0]!) ? href : undefined;
}

function preload(event: SyntheticEvent): void {
  const href = pageLinkOf(event);
  if (href) void window.docusaurus?.preload(href);
}

const pages = new Map<string, Promise<Document>>();

/** The server-written HTML of the page at `path`, fetched once per page. */
function pageDocument(path: string): Promise<Document> {
  let page = pages.get(path);
  if (!page) {
    page = fetch(path)
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        return response.text();
      })
      .then((text) => new DOMParser().parseFromString(text, 'text/html'));
    pages.set(path, page);
  }
  return page;
}

export default function StaticHtml({ html, id, anchors, links }: StaticHtmlProps): ReactNode {
  const brokenLinks = useBrokenLinks();
  anchors?.split(' ').forEach((anchor) => anchor && brokenLinks.collectAnchor(anchor));
  links?.split(' ').forEach((link) => link && brokenLinks.collectLink(link));
  const history = useHistory();
  const navigate = (event: MouseEvent) => {
    const href = pageLinkOf(event);
    const plainClick =
      event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);
    if (!href || !plainClick || event.defaultPrevented) return;
    event.preventDefault();
    history.push(href);
  };
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || html || element.childNodes.length || !id) return;
    // Mounted by a client-side navigation: the server's page of this route holds the HTML.
    pageDocument(window.location.pathname)
      .then((page) => {
        const source = page.querySelector(`[data-static-id="${id}"]`);
        if (!source) throw new Error(`no element ${id}`);
        element.innerHTML = source.innerHTML;
      })
      .catch(() => window.location.reload());
  }, [html, id]);
  return (
    <div
      ref={ref}
      className="static-html"
      data-static-id={id}
      dangerouslySetInnerHTML={{ __html: html }}
      suppressHydrationWarning
      onClick={navigate}
      onMouseOver={preload}
      onFocus={preload}
    />
  );
}
