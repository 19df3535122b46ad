import fs from 'node:fs';
import path from 'node:path';
import { loadSnippet, parseSnippetMeta } from '../../../src/remark/code-from-examples';
import { snippetProgram } from '../../../src/remark/snippet-program';
import { CODE_LANGS } from '../../gates/check-docs';
import { listDocPages, outlinePage, type Fence } from '../../gates/doc-pages';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Every page of the guide: its source (`error-handling/retry.md`) and English URL path. */
export function guidePages(): { page: string; url: string }[] {
  return listDocPages(path.join(ROOT, 'docs'))
    .filter((page) => page.startsWith('error-handling/'))
    .map((page) => ({ page, url: `/docs/${page.replace(/(\/index)?\.mdx?$/, '')}` }));
}

/** Every doc page that shows TypeScript: its source (`quickstart.md`) and English URL path. */
export function pagesWithCode(): { page: string; url: string }[] {
  return listDocPages(path.join(ROOT, 'docs'))
    .filter((page) =>
      outlinePage(fs.readFileSync(pageSource('en', page), 'utf8')).fences.some((f) => f.lang === 'ts'),
    )
    .map((page) => ({ page, url: `/docs/${page.replace(/(\/index)?\.mdx?$/, '')}` }));
}

/** Source file of a doc page in a locale. */
export function pageSource(locale: 'en' | 'ko', page: string): string {
  return locale === 'en'
    ? path.join(ROOT, 'docs', page)
    : path.join(ROOT, 'i18n', 'ko', 'docusaurus-plugin-content-docs', 'current', page);
}

/** A block written in the page itself (a shell command): only code must come from examples/. */
function writtenInPage(page: string, fence: Fence): string {
  if (CODE_LANGS.has(fence.lang)) {
    throw new Error(`${page}:${fence.line}: a ${fence.lang} block with no file= (the gates forbid it)`);
  }
  return fence.body;
}

/**
 * The text each code block of a page must show, in order, straight from the example sources
 * (with the comments of the page's locale).
 */
export function expectedCodeBlocks(locale: 'en' | 'ko', page: string): string[] {
  return outlinePage(fs.readFileSync(pageSource(locale, page), 'utf8')).fences.map((fence) => {
    const parsed = parseSnippetMeta(fence.meta);
    if (!parsed) return writtenInPage(page, fence);
    return loadSnippet(parsed.ref, path.join(ROOT, 'examples'), page, locale);
  });
}

/**
 * What the copy button of each code block of a page must copy, in order: for a TypeScript
 * excerpt the whole program behind it, else the block's text.
 */
export function expectedCopies(locale: 'en' | 'ko', page: string): string[] {
  const examplesDir = path.join(ROOT, 'examples');
  return outlinePage(fs.readFileSync(pageSource(locale, page), 'utf8')).fences.map((fence) => {
    const parsed = parseSnippetMeta(fence.meta);
    if (!parsed) return writtenInPage(page, fence);
    const { file, region } = parsed.ref;
    if (fence.lang === 'ts' && region) {
      return snippetProgram(file, region.split(','), examplesDir, locale).whole;
    }
    return loadSnippet(parsed.ref, examplesDir, page, locale);
  });
}
