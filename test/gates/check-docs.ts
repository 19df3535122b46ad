import fs from 'node:fs';
import path from 'node:path';
import { loadSnippet, parseSnippetMeta } from '../../src/remark/code-from-examples';
import { listDocPages, outlinePage, snippetRef } from './doc-pages';

// Languages that must come from examples/, never be written in a page.
export const CODE_LANGS = new Set(['ts', 'typescript', 'tsx', 'js', 'javascript', 'jsx', 'mjs', 'cjs']);

/**
 * Every English page has a Korean page with the same headings (level and id, in order) and
 * the same snippet references (file and region, in order). Returns one message per problem.
 */
export function checkLocaleParity(enDir: string, koDir: string): string[] {
  const errors: string[] = [];
  const en = listDocPages(enDir);
  const ko = new Set(listDocPages(koDir));
  for (const page of en) {
    const koFile = path.join(koDir, page);
    if (!ko.has(page)) {
      errors.push(`${path.join(enDir, page)}: no Korean page at ${koFile}`);
      continue;
    }
    const a = outlinePage(fs.readFileSync(path.join(enDir, page), 'utf8'));
    const b = outlinePage(fs.readFileSync(koFile, 'utf8'));
    if (a.headings.join(' ') !== b.headings.join(' ')) {
      errors.push(
        `${koFile}: headings differ from ${page}\n  en: ${a.headings.join(' ')}\n  ko: ${b.headings.join(' ')}`,
      );
    }
    const snippetsA = a.fences.map(snippetRef).join('\n  ');
    const snippetsB = b.fences.map(snippetRef).join('\n  ');
    if (snippetsA !== snippetsB) {
      errors.push(`${koFile}: code blocks differ from ${page}\n  en: ${snippetsA}\n  ko: ${snippetsB}`);
    }
  }
  for (const page of ko) {
    if (!en.includes(page))
      errors.push(`${path.join(koDir, page)}: no English page at ${path.join(enDir, page)}`);
  }
  return errors;
}

/** Every h2/h3 carries an explicit {#id}, so anchors are the same in both locales. */
export function checkHeadingIds(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    listDocPages(dir).flatMap((page) =>
      outlinePage(fs.readFileSync(path.join(dir, page), 'utf8'))
        .headings.filter((heading) => !heading.includes('#'))
        .map((heading) => `${path.join(dir, page)}: an ${heading} heading has no {#id}`),
    ),
  );
}

/**
 * No TS/JS is written in a page: such fences must be empty and name a file. Every snippet
 * reference resolves to an existing file and region.
 */
export function checkSnippets(dirs: string[], examplesDir: string): string[] {
  const errors: string[] = [];
  for (const dir of dirs) {
    for (const page of listDocPages(dir)) {
      const file = path.join(dir, page);
      for (const fence of outlinePage(fs.readFileSync(file, 'utf8')).fences) {
        const parsed = parseSnippetMeta(fence.meta);
        if (CODE_LANGS.has(fence.lang) && (!parsed || fence.body.trim() !== '')) {
          errors.push(
            `${file}:${fence.line}: ${fence.lang} code written in the page; pull it from examples/ with file= and region=`,
          );
          continue;
        }
        if (!parsed) continue;
        try {
          loadSnippet(parsed.ref, examplesDir, `${file}:${fence.line}`);
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
    }
  }
  return errors;
}
