/**
 * A textlint plugin that shows textlint the Korean strings of a JSON or TypeScript file, so the
 * glossary's rules (textlint-rule-prh, i18n/ko/glossary.yml) check them as they check the
 * Korean pages. npm has no maintained textlint plugin for JSON, and textlint-plugin-jsx would
 * read every English string of a TypeScript file too.
 *
 * It reads no meaning and checks no term: it only finds the strings. A string value (JSON) or a
 * string literal (TypeScript) that holds a Hangul syllable becomes a paragraph at its place in
 * the file; `code spans`, escapes (`\n`) and `{placeholders}` in it are left out of the text the
 * rules read.
 * Property names are never read (a comment catalog's keys are English), nor strings without
 * Hangul (the stored English of the handbook's catalog, code.json's descriptions).
 */
import type { TxtDocumentNode } from '@textlint/ast-node-types';
import type { TextlintMessage, TextlintPluginProcessor } from '@textlint/types';
import { visit } from 'jsonc-parser';
import ts from 'typescript';

/** The part of textlint's AST this plugin builds (@textlint/ast-node-types). */
interface Position {
  line: number;
  column: number;
}
interface TxtNode {
  type: string;
  raw: string;
  range: [number, number];
  loc: { start: Position; end: Position };
  value?: string;
  children?: TxtNode[];
}

const HANGUL = /[\uac00-\ud7a3]/;

/** Offsets of every string a reader of `text` sees as Korean: `[start, end)` of its inside. */
export function koreanStrings(text: string, extension: string): [number, number][] {
  const found: [number, number][] = [];
  const take = (start: number, end: number) => {
    if (HANGUL.test(text.slice(start, end))) found.push([start, end]);
  };
  if (extension === '.json') {
    visit(text, {
      onLiteralValue: (value: unknown, offset, length) => {
        if (typeof value === 'string') take(offset + 1, offset + length - 1);
      },
    });
    return found;
  }
  const source = ts.createSourceFile('strings.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const walk = (node: ts.Node) => {
    const isName = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isName) {
      take(node.getStart(source) + 1, node.getEnd() - 1);
    }
    ts.forEachChild(node, walk);
  };
  ts.forEachChild(source, walk);
  return found;
}

/** Line starts of `text`, to turn an offset into textlint's 1-based line and 0-based column. */
export function locator(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! };
  };
}

/** The textlint document of `text`: one paragraph per Korean string, code spans as Code. */
export function koreanStringsAst(text: string, extension: string): TxtNode {
  const at = locator(text);
  const node = (type: string, start: number, end: number, extra: Partial<TxtNode> = {}): TxtNode => ({
    type,
    raw: text.slice(start, end),
    range: [start, end],
    loc: { start: at(start), end: at(end) },
    ...extra,
  });
  const paragraphs = koreanStrings(text, extension).map(([start, end]) => {
    const children: TxtNode[] = [];
    let cursor = start;
    const inside = text.slice(start, end);
    // Code spans, escapes (a `\n` between two paragraphs of a comment is not a letter) and the
    // placeholders a UI string or a label is filled in at (`{count}`) are not words.
    for (const match of inside.matchAll(/`[^`]*`|\\(?:u[0-9a-fA-F]{4}|.)|\{\w+\}/g)) {
      const from = start + match.index;
      if (from > cursor) children.push(node('Str', cursor, from, { value: text.slice(cursor, from) }));
      if (!match[0].startsWith('\\')) {
        children.push(node('Code', from, from + match[0].length, { value: match[0].slice(1, -1) }));
      }
      cursor = from + match[0].length;
    }
    if (end > cursor) children.push(node('Str', cursor, end, { value: text.slice(cursor, end) }));
    return node('Paragraph', start, end, { children });
  });
  return node('Document', 0, text.length, { children: paragraphs });
}

const EXTENSIONS = ['.json', '.ts'];

class KoreanStringsProcessor implements TextlintPluginProcessor {
  availableExtensions() {
    return EXTENSIONS;
  }

  processor(extension: string) {
    return {
      // The document is built over the file's own text: positions need no mapping back.
      preProcess: (text: string) => koreanStringsAst(text, extension) as unknown as TxtDocumentNode,
      postProcess: (messages: TextlintMessage[], filePath?: string) => ({
        messages,
        filePath: filePath ?? '<text>',
      }),
    };
  }
}

/** The plugin as textlint's kernel takes it (`descriptor.shallowMerge({ plugins: […] })`). */
export const koreanStringsPlugin = {
  pluginId: 'korean-strings',
  plugin: { Processor: KoreanStringsProcessor },
  options: true,
};
