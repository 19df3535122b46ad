/**
 * Remark plugin: fills fenced code blocks from the example sources, so the pages never hold
 * hand-written code and both locales show the very same code.
 *
 *   ```ts file=src/retry.ts region=get-with-retry
 *   ```
 *
 * `file` is relative to the examples package; `region` names a `// #region` in it (see
 * extract-region.ts), or several, comma-separated, shown in that order. Without `region` the whole file is shown verbatim (used for recorded
 * example output). A missing file or region fails the build with both names in the message.
 *
 * A page of another locale (under `i18n/<locale>/`) shows the comments of a TypeScript snippet
 * in its language, from the catalog beside the examples (comment-catalog.ts); everything that
 * is not a comment stays byte for byte what the tests ran.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { loadCatalog, localizedLines, SOURCE_LOCALE } from './comment-catalog';
import { extractRegion, SnippetError } from './extract-region';

export interface CodeFromExamplesOptions {
  /** Absolute path of the examples package; `file=` paths resolve against it. */
  examplesDir: string;
}

export interface SnippetRef {
  file: string;
  region?: string;
}

const META_PAIR = /(\w+)=("[^"]*"|\S+)/g;

/** Reads `file=` and `region=` out of a code fence's meta string; null when there is no `file=`. */
export function parseSnippetMeta(meta: string | null | undefined): { ref: SnippetRef; rest: string } | null {
  if (!meta || !/\bfile=/.test(meta)) return null;
  const ref: Partial<SnippetRef> = {};
  const rest = meta
    .replace(META_PAIR, (pair, key: string, value: string) => {
      if (key !== 'file' && key !== 'region') return pair;
      ref[key] = value.replace(/^"|"$/g, '');
      return '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { ref: ref as SnippetRef, rest };
}

/** The locale of a page from its path: `i18n/<locale>/…` is a translation, anything else English. */
export function localeOfPage(pagePath: string | undefined): string {
  return pagePath?.match(/(?:^|[\\/])i18n[\\/]([\w-]+)[\\/]/)?.[1] ?? SOURCE_LOCALE;
}

/**
 * Resolves a reference to the text a reader of `locale` sees: the region, its comments in
 * that locale. Throws SnippetError naming file and region.
 */
export function loadSnippet(
  ref: SnippetRef,
  examplesDir: string,
  referencedFrom = 'a page',
  locale = SOURCE_LOCALE,
): string {
  const absolute = path.resolve(examplesDir, ref.file);
  const label = path.posix.join('examples', ref.file);
  if (!absolute.startsWith(path.resolve(examplesDir) + path.sep)) {
    throw new SnippetError(`${referencedFrom}: snippet file ${ref.file} is outside the examples package`);
  }
  if (!fs.existsSync(absolute)) {
    throw new SnippetError(
      `${referencedFrom}: snippet file not found: ${label}${ref.region ? ` (region "${ref.region}")` : ''}`,
    );
  }
  const source = fs.readFileSync(absolute, 'utf8');
  if (!ref.region) return source.replace(/\s+$/, '');
  const shown =
    locale === SOURCE_LOCALE ? undefined : localizedLines(source, ref.file, loadCatalog(examplesDir, locale));
  try {
    // `region=imports,retry` shows several regions in that order, a blank line between them.
    return ref.region
      .split(',')
      .map((name) => extractRegion(source, name.trim(), label, shown))
      .join('\n\n');
  } catch (error) {
    if (error instanceof SnippetError) throw new SnippetError(`${referencedFrom}: ${error.message}`);
    throw error;
  }
}

export default function codeFromExamples(options: CodeFromExamplesOptions) {
  return (tree: Root, file: { path?: string }) => {
    const page = file.path ? path.relative(process.cwd(), file.path) : 'a page';
    const locale = localeOfPage(file.path);
    visit(tree, 'code', (node: Code) => {
      const parsed = parseSnippetMeta(node.meta);
      if (!parsed) return;
      if (!parsed.ref.file) throw new SnippetError(`${page}: code fence has an empty file=`);
      node.value = loadSnippet(parsed.ref, options.examplesDir, page, locale);
      // highlight-code.ts builds the block's whole program from it.
      node.data = { ...node.data, snippetRef: parsed.ref } as Code['data'];
      const title = /\btitle=/.test(parsed.rest) ? '' : ` title="examples/${parsed.ref.file}"`;
      node.meta = `${parsed.rest}${title}`.trim() || null;
    });
  };
}
