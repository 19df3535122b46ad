/**
 * Renders one doc page's source to plain Markdown: the site's remark plugins that put content
 * into the page (the result-code handbook, the snippets) run over it as they do for the HTML,
 * then to-plain-markdown removes what only the site understands.
 */
import fs from 'node:fs';
import { escapeMarkdownHeadingIds } from '@docusaurus/utils';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { VFile } from 'vfile';
import guidePageList from '../../remark/guide-page-list';
import recordedValues from '../../remark/recorded-values';
import resultCodeEntries from '../result-codes/entries';
import resolveSnippets from './resolve-snippets';
import toPlainMarkdown, { type ToPlainMarkdownOptions } from './to-plain-markdown';

export interface RenderPageOptions extends Omit<ToPlainMarkdownOptions, 'source'> {
  /** Absolute path of the page's source (.md or .mdx). */
  sourcePath: string;
  /** The page's title; it becomes the `# Title` the front matter held. */
  title: string;
  examplesDir: string;
  siteDir: string;
}

const dropFrontMatter = () => (tree: Root) => {
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
};

export interface RenderedPage {
  markdown: string;
  /** The first sentence of the page's first paragraph, on one line. */
  summary: string;
}

/** The first sentence of a text, on one line; one that leads into a code block ends in a stop. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return (/^.+?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat).replace(/:$/, '.');
}

export function renderPage(options: RenderPageOptions): RenderedPage {
  const { sourcePath, title, examplesDir, siteDir, ...plain } = options;
  const isMdx = sourcePath.endsWith('.mdx');
  // As Docusaurus does before MDX parses a page: `{#id}` would otherwise be an expression.
  const raw = fs.readFileSync(sourcePath, 'utf8');
  const file = new VFile({ path: sourcePath, value: isMdx ? escapeMarkdownHeadingIds(raw) : raw });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkDirective)
    .use(isMdx ? [remarkMdx] : [])
    .use(dropFrontMatter)
    .use(guidePageList, { siteDir })
    .use(recordedValues, { examplesDir })
    .use(resultCodeEntries, { examplesDir, siteDir })
    .use(resolveSnippets, { examplesDir })
    .use(toPlainMarkdown, { ...plain, source: sourcePath })
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' });
  const tree = processor.runSync(processor.parse(file), file);
  const body = processor.stringify(tree as Root, file);
  const { children } = tree as Root;
  const hasTitle = children[0]?.type === 'heading' && children[0].depth === 1;
  const paragraph = children.find((node) => node.type === 'paragraph');
  return {
    markdown: hasTitle ? body : `# ${title}\n\n${body}`,
    summary: paragraph ? firstSentence(toString(paragraph)) : '',
  };
}
