/**
 * Remark plugin, run before Docusaurus's own: turns each run of nodes marked
 * `data.staticSection` (the result-code handbook's entries, a hundred of them) into one piece of
 * HTML written at build time, so the page hydrates one element per run instead of thousands.
 * Their headings stay out of the table of contents, which Docusaurus builds after this. Code
 * blocks inside are already static HTML (highlight-code.ts). Links to other pages are resolved
 * here, as Docusaurus would. static-prose.ts does the same for a page's plain Markdown later.
 */
import { createHash } from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { uiMessage } from './code-block-html';
import { localeOfPage } from './code-from-examples';
import { staticHtmlElement } from './highlight-code';

export interface StaticSectionsOptions {
  /** The site's default locale: other locales' pages live under /<locale>/. */
  defaultLocale: string;
  /** The site, whose i18n/<locale>/code.json words the headings' links. */
  siteDir: string;
  /** The site's base URL (`/`, `/aerospike-ts/`): links to other pages start with it. */
  baseUrl?: string;
}

type HastNode = {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** Marks a node to be written as static HTML with the nodes marked beside it. */
export function markStatic<T extends RootContent>(node: T): T {
  node.data = { ...node.data, staticSection: true } as unknown as T['data'];
  return node;
}

const isStatic = (node: RootContent) =>
  Boolean((node.data as { staticSection?: boolean } | undefined)?.staticSection);

/**
 * A link as the page shows it, `base` being the locale's base URL (`/`, `/ko/`,
 * `/aerospike-ts/ko/`): `./error-handling/retry.md#x` on a page in /docs becomes
 * `<base>docs/error-handling/retry#x`, and a site path such as `/docs/quickstart` gets the base
 * in front, as the theme's <Link> does (useBaseUrl), unless it already starts with it: links
 * Docusaurus resolved from Markdown (static-prose.ts runs after it) already carry it.
 */
export function resolvePageLink(url: string, base: string): string {
  const match = /^\.\/([\w/-]+)\.mdx?(#.*)?$/.exec(url);
  if (match) return `${base}docs/${match[1]}${match[2] ?? ''}`;
  if (url === base.slice(0, -1)) return base;
  if (!url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return base + url.slice(1);
}

/**
 * Gives every build-time HTML element of the page an id (a hash of its HTML), and in the
 * browser's compilation drops the HTML itself: the server's page already holds it, React keeps
 * it when hydrating, and src/theme/StaticHtml fetches it on client-side navigation. The page's
 * JavaScript then carries no second copy of its code blocks and handbook.
 */
export function shipHtmlOnce(tree: Root, compilerName: unknown): void {
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'StaticHtml') return;
    const html = node.attributes.find((a) => 'name' in a && a.name === 'html');
    if (!html || typeof html.value !== 'string') return;
    const id = createHash('sha256').update(html.value).digest('base64url').slice(0, 12);
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
    // Only a production build has server-rendered pages to take the HTML from; the dev server
    // (`docusaurus start`) renders in the browser alone, so its bundle keeps the HTML. The
    // anchors and links are for the broken-link check, which runs on the server alone.
    if (compilerName === 'client' && process.env.NODE_ENV === 'production') {
      html.value = '';
      node.attributes = node.attributes.filter(
        (a) => !('name' in a) || !['anchors', 'links'].includes(a.name),
      );
    }
  });
}

export default function staticSections(options: StaticSectionsOptions) {
  return async (tree: Root, file: { path?: string }) => {
    await writeStaticSections(tree, file, options, { entries: true });
  };
}

/**
 * Each entry (an h3 and what follows it up to the next heading) in a section of its own: off
 * screen, a section skips style, layout and paint (src/css/custom.css), and the handbook is a
 * hundred entries long. Search still reads each entry as its heading's section.
 */
function entrySections(nodes: HastNode[]): HastNode[] {
  const out: HastNode[] = [];
  let entry: HastNode | undefined;
  for (const node of nodes) {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
      entry = undefined;
      if (node.tagName === 'h3') {
        entry = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['static-entry'] },
          children: [],
        };
        out.push(entry);
      }
    }
    if (entry) entry.children!.push(node);
    else out.push(node);
  }
  return out;
}

const attributeOf = (node: MdxJsxFlowElement, name: string): string =>
  String(node.attributes.find((a) => 'name' in a && a.name === name)?.value ?? '');

/**
 * Writes each run of nodes marked static as one StaticHtml element. With `entries`, each h3 and
 * what follows it is a section of its own (the handbook's layout).
 */
export async function writeStaticSections(
  tree: Root,
  file: { path?: string },
  options: StaticSectionsOptions,
  { entries }: { entries: boolean },
) {
  if (!tree.children.some(isStatic)) return;
  const [{ toHast }, { hastToHtml }] = await Promise.all([import('mdast-util-to-hast'), import('shiki')]);
  const locale = localeOfPage(file.path);
  const base = `${options.baseUrl ?? '/'}${locale === options.defaultLocale ? '' : `${locale}/`}`;
  const children: RootContent[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (!run.length) return;
    const anchors: string[] = [];
    const links: string[] = [];
    const hast = toHast(
      { type: 'root', children: run },
      {
        allowDangerousHtml: true,
        handlers: {
          // A code block (or a run written earlier) is already its HTML.
          mdxJsxFlowElement: (_state, node: MdxJsxFlowElement) => {
            anchors.push(...attributeOf(node, 'anchors').split(' ').filter(Boolean));
            links.push(...attributeOf(node, 'links').split(' ').filter(Boolean));
            return { type: 'raw', value: attributeOf(node, 'html') };
          },
        },
      },
    );
    const linkTitle = uiMessage(
      options.siteDir,
      locale,
      'theme.common.headingLinkTitle',
      'Direct link to {heading}',
    );
    const visitHast = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
        const href = resolvePageLink(node.properties.href, base);
        node.properties.href = href;
        // As the theme's <Link> would: another page is checked by the broken-link check, and
        // another site opens in a new tab.
        if (href.startsWith('/') && !href.startsWith('//')) links.push(href);
        else if (/^https?:/.test(href))
          Object.assign(node.properties, { target: '_blank', rel: 'noopener noreferrer' });
      }
      // A table wider than a phone's screen scrolls sideways (Infima makes it the scroller), and
      // a keyboard scrolls only what it can focus (WCAG 2.1.1).
      if (node.type === 'element' && node.tagName === 'table')
        node.properties = { ...node.properties, tabIndex: 0 };
      const id = node.properties?.id;
      if (node.type === 'element' && typeof id === 'string') {
        anchors.push(id);
        // Like the theme's headings: a link to itself, which site search also reads the hash from.
        if (/^h[2-6]$/.test(node.tagName ?? '')) {
          const title = linkTitle.replace('{heading}', textOf(node).trim());
          node.properties!.className = ['anchor'];
          node.children!.push({
            type: 'element',
            tagName: 'a',
            properties: {
              href: `#${id}`,
              className: ['hash-link'],
              ariaLabel: title,
              title,
              translate: 'no',
            },
            children: [{ type: 'text', value: '\u200b' }],
          });
          return;
        }
      }
      node.children?.forEach(visitHast);
    };
    visitHast(hast as never);
    if (entries) (hast as HastNode).children = entrySections((hast as HastNode).children ?? []);
    children.push(
      staticHtmlElement(hastToHtml(hast as never, { allowDangerousHtml: true }), anchors, links) as never,
    );
    run = [];
  };
  for (const node of tree.children) {
    if (isStatic(node)) run.push(node);
    else {
      flush();
      children.push(node);
    }
  }
  flush();
  tree.children = children;
}
