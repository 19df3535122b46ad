import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Code, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, inject, it } from 'vitest';
import { builtAddress } from '../../scripts/built-address';
import { listDocPages } from '../gates/doc-pages';
import { BUILD_DIR } from './support/global-setup';
import { expectedCodeBlocks, guidePages } from './support/page-snippets';

const ROOT = path.resolve(__dirname, '..', '..');
const LOCALES = ['en', 'ko'] as const;
type Locale = (typeof LOCALES)[number];
// The address the build was made for (SITE_URL, BASE_URL): llms.txt links are absolute URLs.
const SITE_ORIGIN = builtAddress(BUILD_DIR).url;
const BASE_URL = inject('baseUrl');
/** A path inside the build (`/docs/quickstart`) as the site serves it, base URL in front. */
const served = (urlPath: string) => `${BASE_URL.slice(0, -1)}${urlPath}`;

const prefix = (locale: Locale) => (locale === 'ko' ? '/ko' : '');
const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
const read = (urlPath: string) => fs.readFileSync(path.join(BUILD_DIR, urlPath), 'utf8');

/** The URL path of every doc page (`/docs/error-handling/retry`) in a locale. */
function docUrls(locale: Locale): string[] {
  return listDocPages(path.join(ROOT, 'docs')).map(
    (page) => `${prefix(locale)}/docs/${page.replace(/(\/index)?\.mdx?$/, '')}`,
  );
}

/** Every exported Markdown file of a locale, as URL paths. */
function markdownUrls(locale: Locale): string[] {
  const root = path.join(BUILD_DIR, prefix(locale));
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.md') && (locale === 'ko' || !file.startsWith('ko/')))
    .map((file) => `${prefix(locale)}/${file}`)
    .sort();
}

/** The Markdown with every code block and code span taken out: what is left is prose. */
function prose(markdown: string): string {
  const spans: [number, number][] = [];
  visit(parse(markdown), (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      spans.push([node.position.start.offset!, node.position.end.offset!]);
    }
  });
  let text = markdown;
  for (const [start, end] of spans.reverse()) text = text.slice(0, start) + text.slice(end);
  return text;
}

/** Is a link of an exported file served by the build (a page, its Markdown, an asset)? */
function resolves(urlPath: string): boolean {
  if (!urlPath.startsWith(BASE_URL)) return false;
  const inBuild = `/${urlPath.slice(BASE_URL.length)}`;
  const clean = decodeURIComponent(inBuild.split('#')[0]!).replace(/\/$/, '');
  return [clean, `${clean}.html`, `${clean}/index.html`].some((candidate) => {
    const file = path.join(BUILD_DIR, candidate);
    return fs.existsSync(file) && fs.statSync(file).isFile();
  });
}

describe.each(LOCALES)('the Markdown export (%s)', (locale) => {
  it.each(guidePages())('$page shows the code blocks of its HTML page, resolved', ({ page, url }) => {
    const markdown = read(`${prefix(locale)}${url}.md`);
    const blocks: Code[] = [];
    visit(parse(markdown), 'code', (node: Code) => void blocks.push(node));
    expect(blocks.map((block) => block.value)).toEqual(expectedCodeBlocks(locale, page));
    expect(blocks.filter((block) => /\b(file|region)=/.test(block.meta ?? ''))).toEqual([]);
  });

  it('every page is plain Markdown: a title, no front matter, no JSX or MDX imports, no heading ids', () => {
    const pages = markdownUrls(locale);
    expect(pages).toEqual(expect.arrayContaining(docUrls(locale).map((url) => `${url}.md`)));
    for (const page of pages) {
      const markdown = read(page);
      const text = prose(markdown);
      const where = `${page}: `;
      expect(where + markdown.split('\n')[0]).toMatch(/^\S+: # \S/);
      expect(
        where + (text.match(/^(title|sidebar_position|description|toc_max_heading_level):/m)?.[0] ?? ''),
      ).toBe(where);
      expect(where + (text.match(/<\/?[A-Z][\w.]*[\s/>]/)?.[0] ?? '')).toBe(where);
      expect(where + (text.match(/^(import|export) .*$/m)?.[0] ?? '')).toBe(where);
      expect(where + (text.match(/\{#[^}]*\}/)?.[0] ?? '')).toBe(where);
    }
  });

  it('every link of every page resolves in the build', () => {
    const broken: string[] = [];
    for (const page of markdownUrls(locale)) {
      visit(parse(read(page)), 'link', (link) => {
        if (/^[a-z]+:/i.test(link.url) || link.url.startsWith('#')) return;
        const target = new URL(link.url, `http://site${served(page)}`).pathname;
        if (!resolves(target)) broken.push(`${page}: ${link.url}`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('each doc page advertises its Markdown in its head', () => {
    for (const url of docUrls(locale)) {
      const $ = cheerio.load(read(`${url}.html`));
      expect(`${url}: ${$('link[rel="alternate"][type="text/markdown"]').attr('href')}`).toBe(
        `${url}: ${served(url)}.md`,
      );
    }
  });

  it('llms.txt is an llmstxt.org index linking every doc page, each link served', () => {
    const index = read(`${prefix(locale)}/llms.txt`);
    const tree = parse(index);
    const [title, summary] = tree.children;
    expect(title).toMatchObject({ type: 'heading', depth: 1 });
    expect(summary).toMatchObject({ type: 'blockquote' });
    const items: { url: string; text: string }[] = [];
    visit(tree, 'listItem', (item) => {
      const paragraph = item.children[0];
      const link = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
      if (link?.type !== 'link') throw new Error(`llms.txt: a list item without a leading link`);
      items.push({
        url: link.url,
        text: index.slice(link.position!.end.offset!, item.position!.end.offset!),
      });
    });
    const paths = items.map((item) => item.url.replace(SITE_ORIGIN, ''));
    expect(paths).toEqual(expect.arrayContaining(docUrls(locale).map((url) => `${served(url)}.md`)));
    expect(paths.filter((urlPath) => !urlPath.startsWith('/') || !resolves(urlPath))).toEqual([]);
    // Every entry is `[title](url): one line of description`.
    expect(items.filter((item) => !/^: \S[^\n]*$/.test(item.text))).toEqual([]);
  });

  it('llms-full.txt holds every page of llms.txt', () => {
    const full = read(`${prefix(locale)}/llms-full.txt`);
    const missing = docUrls(locale).filter((url) => !full.includes(read(`${url}.md`).trimEnd()));
    expect(missing).toEqual([]);
  });
});
