/**
 * A textlint plugin for this site's pages: `.md` through textlint's Markdown plugin and `.mdx`
 * through textlint-plugin-mdx, after hiding (with spaces of the same length, so every position
 * stays right) what Docusaurus reads but neither parser knows:
 *
 * - heading ids, `## 버전 {#versions}`: an MDX parser takes `{…}` for a JavaScript expression
 *   and fails, and the Markdown one reads the id's words as prose;
 * - the site's inline directives, `:fig[run#path]{as=s}`, `:default[read.maxRetries]` and
 *   `::guide-pages`: a number or a list at build time, not words. A container's title
 *   (`:::note[error.code의 타입]`) is prose and stays.
 */
import type { TxtDocumentNode } from '@textlint/ast-node-types';
import markdownPlugin from '@textlint/textlint-plugin-markdown';
import type { TextlintMessage, TextlintPluginProcessor } from '@textlint/types';
import mdxPlugin from 'textlint-plugin-mdx';
import { locator } from './korean-strings';

const HEADING_ID = /^(#{1,6}[^\n]*?)(\{#[^}\n]+\})[ \t]*$/gm;
const DIRECTIVE = /(?<!:):{1,2}[a-z][\w-]*(?:\[[^\]\n]*\])?(?:\{[^}\n]*\})?/g;

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * `text` with heading ids and inline directives turned into spaces, and where they were: a
 * parser's text node may span a hidden stretch, which the rules must not read either.
 */
export function hideDocusaurusSyntax(text: string): { text: string; hidden: [number, number][] } {
  const hidden: [number, number][] = [];
  const hide = (start: number, length: number) => {
    hidden.push([start, start + length]);
    return ' '.repeat(length);
  };
  const withoutIds = text.replace(
    HEADING_ID,
    (_whole, heading: string, id: string, offset: number) =>
      heading + hide(offset + heading.length, id.length),
  );
  const shown = withoutIds.replace(DIRECTIVE, (directive: string, offset: number) =>
    // `:::tip` and `:::note[…]` open a container: its title is prose.
    withoutIds[offset + directive.length] === ':' ? directive : hide(offset, directive.length),
  );
  return { text: shown, hidden: hidden.sort((a, b) => a[0] - b[0]) };
}

interface TxtNode {
  type: string;
  raw: string;
  value?: string;
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  children?: TxtNode[];
}

/** Cuts every text node of `ast` around the `hidden` stretches of the original `text`. */
function cutHidden(ast: TxtNode, text: string, hidden: [number, number][]): TxtNode {
  if (hidden.length === 0) return ast;
  const at = locator(text);
  const piece = (start: number, end: number): TxtNode => ({
    type: 'Str',
    raw: text.slice(start, end),
    value: text.slice(start, end),
    range: [start, end],
    loc: { start: at(start), end: at(end) },
  });
  const visit = (node: TxtNode) => {
    if (!node.children) return;
    node.children = node.children.flatMap((child) => {
      if (child.type !== 'Str') {
        visit(child);
        return [child];
      }
      const [start, end] = child.range;
      const inside = hidden.filter(([from, to]) => from < end && to > start);
      if (inside.length === 0) return [child];
      const pieces: TxtNode[] = [];
      let cursor = start;
      for (const [from, to] of inside) {
        if (from > cursor) pieces.push(piece(cursor, from));
        cursor = Math.max(cursor, to);
      }
      if (end > cursor) pieces.push(piece(cursor, end));
      return pieces.filter((p) => p.raw.trim() !== '');
    });
  };
  visit(ast);
  return ast;
}

type ProcessorClass = new (options?: object) => TextlintPluginProcessor;

/** A plugin module's Processor, whether the module came as ES or CommonJS. */
const processorOf = (plugin: unknown): ProcessorClass => {
  const module = plugin as { default?: { Processor?: ProcessorClass }; Processor?: ProcessorClass };
  const Processor = module.Processor ?? module.default?.Processor;
  if (!Processor) throw new Error('docusaurus-pages: a textlint plugin without a Processor');
  return Processor;
};

const parsers: Record<string, ProcessorClass> = {
  '.md': processorOf(markdownPlugin),
  '.mdx': processorOf(mdxPlugin),
};

class DocusaurusPagesProcessor implements TextlintPluginProcessor {
  availableExtensions() {
    return Object.keys(parsers);
  }

  processor(extension: string) {
    const Parser = parsers[extension];
    if (!Parser) throw new Error(`docusaurus-pages: no parser for ${extension}`);
    const inner = new Parser({}).processor(extension);
    return {
      preProcess: (text: string, filePath?: string) => {
        const { text: shown, hidden } = hideDocusaurusSyntax(text);
        // Both parsers return a document for the text they were given (no text of their own).
        const ast = inner.preProcess(shown, filePath) as unknown as TxtNode;
        return cutHidden(ast, text, hidden) as unknown as TxtDocumentNode;
      },
      postProcess: (messages: TextlintMessage[], filePath?: string) => inner.postProcess(messages, filePath),
    };
  }
}

/** The plugin as textlint's kernel takes it. */
export const docusaurusPagesPlugin = {
  pluginId: 'docusaurus-pages',
  plugin: { Processor: DocusaurusPagesProcessor },
  options: true,
};
