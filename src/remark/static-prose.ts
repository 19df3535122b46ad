/**
 * Remark plugin, run after Docusaurus's own (headings have their ids, the table of contents is
 * built, links point at pages): every run of plain Markdown on a page (paragraphs, lists,
 * headings, tables, quotes, and the code blocks already written as HTML) becomes one piece of
 * static HTML. A guide page then hydrates a handful of elements instead of a React component
 * per paragraph, link and inline code (a third to half of its fibers). Anything else
 * (admonitions, components, images) stays React. Last of all, it ships every page's build-time
 * HTML once.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { markStatic, shipHtmlOnce, writeStaticSections, type StaticSectionsOptions } from './static-sections';

/** Node types React would render as plain elements, with nothing of the theme's inside. */
const PLAIN = new Set([
  'blockquote',
  'break',
  'delete',
  'emphasis',
  'inlineCode',
  'link',
  'list',
  'listItem',
  'paragraph',
  'strong',
  'table',
  'tableCell',
  'tableRow',
  'text',
  'thematicBreak',
]);

type AnyNode = { type: string; depth?: number; children?: AnyNode[] };

const isPlain = (node: AnyNode): boolean =>
  // An h1 is the page's title, which the theme looks for.
  (PLAIN.has(node.type) || (node.type === 'heading' && (node.depth ?? 1) > 1)) &&
  (node.children ?? []).every(isPlain);

const isBuildTimeHtml = (node: RootContent) =>
  node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'StaticHtml';

export default function staticProse(options: StaticSectionsOptions) {
  return async (tree: Root, file: { path?: string; data?: { compilerName?: unknown } }) => {
    for (const node of tree.children) {
      if (isBuildTimeHtml(node) || isPlain(node as AnyNode)) markStatic(node);
    }
    await writeStaticSections(tree, file, options, { entries: false });
    shipHtmlOnce(tree, file.data?.compilerName);
  };
}
