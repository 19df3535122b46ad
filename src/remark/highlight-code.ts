/**
 * Remark plugin, run after code-from-examples: highlights every code block at build time with
 * Shiki (VS Code's TextMate grammars) and hands the page a finished piece of HTML, so no
 * tokenizer ships to the browser and a block hydrates as one element.
 *
 * A block cut from an example carries its whole program (snippet-program.ts): lines only the
 * whole program has are marked `h`, lines only the excerpt has `x`, and the indentation the
 * excerpt drops sits in a `d` span; the page's toggle switches views with CSS alone. On the
 * excerpt's lines every identifier carries the type the compiler gives it (type-hovers.ts),
 * shown on hover and on keyboard focus.
 *
 * Token colours are classes (`k` keyword, `s` string, …), coloured by CSS variables per colour
 * mode in src/css/custom.css.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { DecorationItem } from 'shiki';
import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { codeBlockHtml, blockLabels } from './code-block-html';
import { localeOfPage, type SnippetRef } from './code-from-examples';
import { SnippetError } from './extract-region';
import { snippetProgram, type ProgramLine } from './snippet-program';
import { identifierTypes } from './type-hovers';

export interface HighlightCodeOptions {
  examplesDir: string;
  /** The site, whose i18n/<locale>/code.json words the buttons. */
  siteDir: string;
  /**
   * The repository's edit URL, ending in `/` (src/config/source-links.ts): the title of a block
   * cut from an example links to `<editUrl>examples/<file>`. No link without it.
   */
  editUrl?: string;
}

/** Data code-from-examples leaves on a block it filled. */
export interface SnippetData {
  snippetRef?: SnippetRef;
}

const LANGS = ['typescript', 'javascript', 'bash', 'json', 'lua'];
const ALIASES: Record<string, string> = { ts: 'typescript', js: 'javascript', sh: 'bash', shell: 'bash' };

/** Shiki's css-variables theme names a colour per token kind; the page gets a class instead. */
const TOKEN_CLASS: Record<string, string> = {
  'token-keyword': 'k',
  'token-string': 's',
  'token-string-expression': 's',
  'token-comment': 'c',
  'token-constant': 'n',
  'token-function': 'f',
  'token-parameter': 'p',
  'token-punctuation': 'u',
  'token-link': 'l',
};

type Highlighter = Awaited<ReturnType<(typeof import('shiki'))['createHighlighter']>>;
let highlighter: Promise<{ shiki: typeof import('shiki'); highlighter: Highlighter }> | undefined;

function loadHighlighter() {
  highlighter ??= import('shiki').then(async (shiki) => ({
    shiki,
    highlighter: await shiki.createHighlighter({
      themes: [
        shiki.createCssVariablesTheme({ name: 'css-vars', variablePrefix: '--sh-', fontStyle: false }),
      ],
      langs: LANGS,
    }),
  }));
  return highlighter;
}

/** `{1,3-5}` in a fence's meta: 1-based lines of the excerpt to highlight. */
function highlightedLines(meta: string): Set<number> {
  const spec = meta.match(/\{([\d,\s-]+)\}/)?.[1];
  const out = new Set<number>();
  for (const part of spec?.split(',') ?? []) {
    const [from, to = from] = part.trim().split('-').map(Number);
    for (let n = from!; n <= to!; n += 1) out.add(n);
  }
  return out;
}

/** Replaces each token's colour style by its class, and drops spans that carry nothing. */
function tokensToClasses(line: Element): void {
  line.children = line.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    tokensToClasses(child);
    const style = String(child.properties.style ?? '');
    const variable = style.match(/var\(--sh-([\w-]+)\)/)?.[1];
    delete child.properties.style;
    const cls = variable ? TOKEN_CLASS[variable] : undefined;
    if (cls) child.properties.className = [...((child.properties.className as string[]) ?? []), cls];
    const keeps = Object.keys(child.properties).length > 0;
    return keeps ? [child] : child.children;
  });
}

/** Puts the first `cut` characters of a line (its dropped indentation) in a span of their own. */
function wrapCut(line: Element, cut: number): void {
  const first = line.children[0];
  const text = first?.type === 'text' ? first : first?.type === 'element' ? first.children[0] : undefined;
  if (!text || text.type !== 'text' || text.value.slice(0, cut).trim() !== '') return;
  const container = first === text ? line : (first as Element);
  container.children.splice(
    0,
    1,
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['d'] },
      children: [{ type: 'text', value: text.value.slice(0, cut) }],
    },
    ...(text.value.length > cut ? [{ type: 'text' as const, value: text.value.slice(cut) }] : []),
  );
}

/** The block's lines: the whole program's and the excerpt's for a snippet, else its text. */
function blockLines(node: Code, examplesDir: string, page: string, locale: string): ProgramLine[] {
  const ref = (node.data as SnippetData | undefined)?.snippetRef;
  if (ref?.region && /^(ts|typescript|tsx)$/.test(node.lang ?? '')) {
    const program = snippetProgram(
      ref.file,
      ref.region.split(',').map((r) => r.trim()),
      examplesDir,
      locale,
    );
    if (program.excerpt !== node.value) {
      throw new SnippetError(
        `${page}: examples/${ref.file} region "${ref.region}": the whole program's excerpt differs from the snippet`,
      );
    }
    return program.lines.filter((line) => line.inExcerpt || line.inWhole);
  }
  return node.value.split('\n').map((text) => ({ text, inExcerpt: true, inWhole: true, cut: 0 }));
}

async function renderBlock(node: Code, options: HighlightCodeOptions, page: string, locale: string) {
  const { shiki, highlighter } = await loadHighlighter();
  const lines = blockLines(node, options.examplesDir, page, locale);
  const lang = ALIASES[node.lang ?? ''] ?? node.lang ?? 'text';
  const known = highlighter.getLoadedLanguages().includes(lang);

  // Types on the excerpt's lines, from the example file each line comes from.
  const decorations: DecorationItem[] = [];
  const byFile = new Map<string, number[]>();
  lines.forEach((line) => {
    if (line.inExcerpt && line.origin)
      byFile.set(line.origin.file, [...(byFile.get(line.origin.file) ?? []), line.origin.line]);
  });
  const types = new Map(
    [...byFile].map(([file, wanted]) => [file, identifierTypes(options.examplesDir, file, wanted)]),
  );
  lines.forEach((line, index) => {
    if (!line.inExcerpt || !line.origin) return;
    for (const id of types.get(line.origin.file)?.get(line.origin.line) ?? []) {
      if (line.text.slice(id.character, id.character + id.length).length !== id.length) continue;
      decorations.push({
        start: { line: index, character: id.character },
        end: { line: index, character: id.character + id.length },
        properties: { className: ['tq'], dataType: id.text, tabIndex: 0 },
      });
    }
  });

  const hast = highlighter.codeToHast(lines.map((line) => line.text).join('\n'), {
    lang: known ? lang : 'text',
    theme: 'css-vars',
    decorations,
  }) as HastRoot;
  const pre = hast.children.find((child): child is Element => child.type === 'element')!;
  const code = pre.children.find((child): child is Element => child.type === 'element')!;
  const marked = highlightedLines(node.meta ?? '');
  let excerptLine = 0;
  let lineIndex = 0;
  for (const child of code.children) {
    if (child.type !== 'element') continue;
    const line = lines[lineIndex++]!;
    // Lines only the whole program has are shown plain: they can be long (a whole table, a
    // shared interface under each of the handbook's thirty snippets), and plain they set the
    // excerpt apart when the program is shown whole.
    if (!line.inExcerpt) child.children = line.text ? [{ type: 'text', value: line.text }] : [];
    else tokensToClasses(child);
    // `line` marks nothing the page styles: it only tells a plain line from a marked one here.
    const classes = ['line'];
    if (!line.inWhole) classes.push('x');
    if (!line.inExcerpt) classes.push('h');
    if (line.inExcerpt && marked.has(++excerptLine)) classes.push('hl');
    child.properties = { className: classes };
    if (line.cut && line.inExcerpt) wrapCut(child, line.cut);
  }
  // A line the views treat alike is just its tokens; a line only one view shows is a span that
  // holds its own newline, so hiding it takes the line break with it.
  const lineElements = code.children.filter((child): child is Element => child.type === 'element');
  code.children = lineElements.flatMap((line, index): ElementContent[] => {
    const newline: ElementContent[] = index < lineElements.length - 1 ? [{ type: 'text', value: '\n' }] : [];
    const classes = line.properties.className as string[];
    if (classes.length === 1) return [...line.children, ...newline];
    line.properties.className = classes.filter((name) => name !== 'line');
    line.children.push(...newline);
    return [line];
  });
  return {
    html: shiki.hastToHtml(code.children as never),
    shownLines: lines.filter((line) => line.inExcerpt).length,
    hasWhole: lines.some(
      (line) => !line.inExcerpt || !line.inWhole || (line.cut > 0 && line.text.trim() !== ''),
    ),
  };
}

/** The element a page gets for HTML written at build time (src/theme/StaticHtml). */
export function staticHtmlElement(
  html: string,
  anchors: string[] = [],
  links: string[] = [],
): MdxJsxFlowElement {
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  return {
    type: 'mdxJsxFlowElement',
    name: 'StaticHtml',
    attributes: [
      attribute('html', html),
      ...(anchors.length ? [attribute('anchors', anchors.join(' '))] : []),
      ...(links.length ? [attribute('links', [...new Set(links)].join(' '))] : []),
    ],
    children: [],
  };
}

export default function highlightCode(options: HighlightCodeOptions) {
  return async (tree: Root, file: { path?: string }) => {
    const page = file.path ? file.path.replace(`${process.cwd()}/`, '') : 'a page';
    const locale = localeOfPage(file.path);
    const labels = blockLabels(options.siteDir, locale);
    const blocks: { node: Code; index: number; parent: { children: unknown[] } }[] = [];
    visit(tree, 'code', (node: Code, index, parent) => {
      if (parent && index !== undefined) blocks.push({ node, index, parent: parent as never });
    });
    for (const { node, index, parent } of blocks) {
      const { html, hasWhole, shownLines } = await renderBlock(node, options, page, locale);
      const title = node.meta?.match(/\btitle="([^"]*)"/)?.[1];
      const source = (node.data as SnippetData | undefined)?.snippetRef?.file;
      const block = codeBlockHtml({
        code: html,
        language: node.lang ?? 'text',
        title,
        titleHref: source && options.editUrl ? `${options.editUrl}examples/${source}` : undefined,
        whole: hasWhole,
        shownLines,
        labels,
      });
      // Whatever marked the block (static-sections.ts) still applies to its HTML.
      parent.children[index] = { ...staticHtmlElement(block), data: node.data };
    }
  };
}
