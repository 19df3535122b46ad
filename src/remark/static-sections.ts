/**
 * Remark plugin, run last: turns each run of nodes marked `data.staticSection` (the result-code
 * handbook's entries, a hundred of them) into one piece of HTML written at build time, so the
 * page hydrates one element per run instead of thousands. Code blocks inside are already static
 * HTML (highlight-code.ts). Links to other pages are resolved here, as Docusaurus would.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { localeOfPage } from './code-from-examples';
import { staticHtmlElement } from './highlight-code';

export interface StaticSectionsOptions {
  /** The site's default locale: other locales' pages live under /<locale>/. */
  defaultLocale: string;
}

/** Marks a node to be written as static HTML with the nodes marked beside it. */
export function markStatic<T extends RootContent>(node: T): T {
  node.data = { ...node.data, staticSection: true } as unknown as T['data'];
  return node;
}

const isStatic = (node: RootContent) =>
  Boolean((node.data as { staticSection?: boolean } | undefined)?.staticSection);

/** `./error-handling/retry.md#x` on a page in /docs → `/docs/error-handling/retry#x` (with `/ko`). */
function resolveDocLink(url: string, prefix: string): string {
  const match = /^\.\/([\w/-]+)\.mdx?(#.*)?$/.exec(url);
  return match ? `${prefix}/docs/${match[1]}${match[2] ?? ''}` : url;
}

export default function staticSections(options: StaticSectionsOptions) {
  return async (tree: Root, file: { path?: string }) => {
    if (!tree.children.some(isStatic)) return;
    const [{ toHast }, { hastToHtml }] = await Promise.all([import('mdast-util-to-hast'), import('shiki')]);
    const locale = localeOfPage(file.path);
    const prefix = locale === options.defaultLocale ? '' : `/${locale}`;
    const children: RootContent[] = [];
    let run: RootContent[] = [];
    const flush = () => {
      if (!run.length) return;
      const hast = toHast(
        { type: 'root', children: run },
        {
          allowDangerousHtml: true,
          handlers: {
            // A code block is already its HTML.
            mdxJsxFlowElement: (_state, node: MdxJsxFlowElement) => ({
              type: 'raw',
              value: String(node.attributes.find((a) => 'name' in a && a.name === 'html')?.value ?? ''),
            }),
          },
        },
      );
      const anchors: string[] = [];
      const visitHast = (node: {
        type: string;
        tagName?: string;
        properties?: Record<string, unknown>;
        children?: unknown[];
      }) => {
        if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
          node.properties.href = resolveDocLink(node.properties.href, prefix);
        }
        if (node.type === 'element' && typeof node.properties?.id === 'string')
          anchors.push(node.properties.id);
        (node.children as (typeof node)[] | undefined)?.forEach(visitHast);
      };
      visitHast(hast as never);
      children.push(
        staticHtmlElement(hastToHtml(hast as never, { allowDangerousHtml: true }), anchors) as never,
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
  };
}
