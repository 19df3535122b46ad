/**
 * Remark plugin that turns a page's tree, once the site's own plugins have filled it, into
 * plain Markdown a machine can read: no MDX imports, no JSX, no `{#id}` heading ids,
 * admonitions as block quotes, and links that point at the exported Markdown.
 */
import type { Blockquote, Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { componentNote, type ExportLocale } from './component-notes';

export interface ToPlainMarkdownOptions {
  locale: ExportLocale;
  /** The page's HTML path, e.g. `/ko/docs/compatibility`. */
  pagePath: string;
  /** The page's source file, for error messages. */
  source: string;
  /** Rewrites a link's URL (relative links to exported Markdown); returns it unchanged otherwise. */
  rewriteLink: (url: string) => string;
}

const HEADING_ID = /\s*\{#[^}]*\}\s*$/;

interface Directive {
  type: 'containerDirective';
  name: string;
  children: (RootContent & { data?: { directiveLabel?: boolean } })[];
}

/** `:::note[Title]` … `:::` as `> **Note: Title**` and the body, quoted. */
function admonitionAsQuote(directive: Directive): Blockquote {
  const kind = directive.name.charAt(0).toUpperCase() + directive.name.slice(1);
  const [first, ...rest] = directive.children;
  const label = first?.data?.directiveLabel ? (first as Paragraph).children : undefined;
  const title: Paragraph = {
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: label ? `${kind}: ` : kind }, ...(label ?? [])] },
    ],
  };
  return {
    type: 'blockquote',
    children: [title, ...((label ? rest : directive.children) as Blockquote['children'])],
  };
}

export default function toPlainMarkdown(options: ToPlainMarkdownOptions) {
  return (tree: Root) => {
    // Before the notes go in: their links point at the HTML page on purpose.
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') node.url = options.rewriteLink(node.url);
    });
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const type = node.type as string;
      if (type === 'mdxjsEsm' || type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
        parent.children.splice(index, 1);
        return index;
      }
      if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
        const name = (node as { name?: string | null }).name ?? 'fragment';
        const note = componentNote(name, options.locale, options.pagePath, options.source);
        const replacement = unified().use(remarkParse).parse(note).children;
        const inline = type === 'mdxJsxTextElement' ? (replacement[0] as Paragraph).children : replacement;
        parent.children.splice(index, 1, ...(inline as never[]));
        return index + inline.length;
      }
      if (type === 'containerDirective') {
        parent.children.splice(index, 1, admonitionAsQuote(node as unknown as Directive) as never);
        return;
      }
      return;
    });
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type === 'text') (last as Text).value = last.value.replace(HEADING_ID, '');
    });
  };
}
