import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  catalogPath,
  loadCatalog,
  localizedLines,
  translationOf,
  type CommentCatalog,
} from '../../src/remark/comment-catalog';
import { handbookSnippetMetas, showsHandbook } from '../../src/plugins/result-codes/entries';
import { parseSnippetMeta } from '../../src/remark/code-from-examples';
import { programSourceLines } from '../../src/remark/snippet-program';
import {
  columns,
  findComments,
  hasProse,
  MAX_COLUMNS,
  type CommentUnit,
} from '../../src/remark/source-comments';
import { listDocPages, outlinePage } from './doc-pages';

export interface TranslationSite {
  /** Pages of the locale (e.g. i18n/ko/docusaurus-plugin-content-docs/current). */
  pagesDir: string;
  /** The examples package: its sources, its catalogs (`i18n/<locale>/<folder>.json`), typedoc.json. */
  examplesDir: string;
  locale: string;
}

/** A comment a reader of the locale sees, and why: on a page, or in the API reference. */
export interface NeededComment {
  file: string;
  unit: CommentUnit;
}

const isTypeScript = (file: string) => /\.[cm]?tsx?$/.test(file);

/** Files the API reference documents: the TypeDoc entry points and what they re-export. */
export function apiSourceFiles(examplesDir: string): string[] {
  const config = JSON.parse(fs.readFileSync(path.join(examplesDir, 'typedoc.json'), 'utf8')) as {
    entryPoints: string[];
  };
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = fs.readFileSync(path.join(examplesDir, file), 'utf8');
    for (const { fileName } of ts.preProcessFile(text).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = path.posix.join(path.posix.dirname(file), fileName);
      const found = [`${target}.ts`, `${target}/index.ts`, target].find((f) =>
        fs.existsSync(path.join(examplesDir, f)),
      );
      if (found) visit(found);
    }
  };
  config.entryPoints.forEach(visit);
  return [...files].sort();
}

/**
 * Every comment the locale shows: each comment inside a region that one of its pages shows,
 * and each doc comment of a file the API reference documents. In source order, once each.
 */
export function neededComments(site: TranslationSite): NeededComment[] {
  const shownLines = new Map<string, Set<number>>();
  const show = (file: string, lines: Iterable<number>) => {
    if (!shownLines.has(file)) shownLines.set(file, new Set());
    for (const line of lines) shownLines.get(file)!.add(line);
  };
  for (const page of listDocPages(site.pagesDir)) {
    const text = fs.readFileSync(path.join(site.pagesDir, page), 'utf8');
    const metas = outlinePage(text).fences.map((fence) => fence.meta);
    // The result-code handbook writes its snippet fences at build time (entries.ts).
    if (showsHandbook(text)) metas.push(...handbookSnippetMetas(site.examplesDir));
    for (const meta of metas) {
      const ref = parseSnippetMeta(meta)?.ref;
      if (!ref?.region || !isTypeScript(ref.file)) continue;
      // The whole program is one click away: its comments are shown too.
      const regions = ref.region.split(',').map((region) => region.trim());
      for (const [file, lines] of programSourceLines(ref.file, regions, site.examplesDir)) show(file, lines);
    }
  }
  const apiFiles = new Set(apiSourceFiles(site.examplesDir));
  const files = [...new Set([...shownLines.keys(), ...apiFiles])].sort();
  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(site.examplesDir, file), 'utf8');
    const lines = shownLines.get(file) ?? new Set();
    return findComments(source, file)
      .filter((unit) => hasProse(unit))
      .filter((unit) => lines.has(unit.startLine) || (apiFiles.has(file) && unit.kind === 'doc'))
      .map((unit) => ({ file, unit }));
  });
}

/** How alike two texts are by their words, 0 to 1 (Jaccard). */
function likeness(a: string, b: string): number {
  const words = (text: string) => new Set(text.toLowerCase().match(/[\w'-]+/g) ?? []);
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((word) => y.has(word)).length;
  return shared / (x.size + y.size - shared || 1);
}

const quote = (text: string) => JSON.stringify(text);

export interface TranslationReport {
  /** Comments with no translation (and no stale one to blame). */
  missing: NeededComment[];
  /** One message per problem: missing, stale, unused, too wide. */
  errors: string[];
}

/**
 * Checks the locale's comment catalog against the comments its readers see:
 * - every such comment has a translation;
 * - a translation whose English changed is reported as stale, with file, line and the new
 *   English (it is the unused entry of that file most like the new text);
 * - a translation no shown comment uses is reported as unused;
 * - a translated line fits MAX_COLUMNS (a trailing comment is never rewrapped);
 * - a translation cannot end its comment early (`*\/`) and turn prose into code.
 */
export function checkCommentTranslations(site: TranslationSite): TranslationReport {
  const catalog: CommentCatalog = loadCatalog(site.examplesDir, site.locale);
  const catalogFile = (file: string) =>
    path.relative(process.cwd(), catalogPath(site.examplesDir, site.locale, file));
  const needed = neededComments(site);
  const used = new Set<string>();
  const key = (file: string, english: string) => `${file}\u0000${english}`;
  const untranslated: NeededComment[] = [];
  const errors: string[] = [];
  const where = (file: string, unit: CommentUnit) => `examples/${file}:${unit.startLine + 1}`;
  for (const comment of needed) {
    const translation = translationOf(catalog, comment.file, comment.unit);
    if (translation === undefined) untranslated.push(comment);
    else used.add(key(comment.file, comment.unit.text));
    // The translation goes inside the comment: it must not end it, nor run onto code's line.
    if (
      translation?.includes('*/') ||
      (comment.unit.kind === 'line' && !comment.unit.ownLines && translation?.includes('\n'))
    ) {
      errors.push(
        `${where(comment.file, comment.unit)}: the ${site.locale} translation would break out of its comment: ` +
          quote(translation),
      );
    }
  }
  const unused = Object.entries(catalog).flatMap(([file, entries]) =>
    Object.keys(entries)
      .filter((english) => !used.has(key(file, english)))
      .map((english) => ({ file, english })),
  );

  const missing: NeededComment[] = [];
  for (const comment of untranslated) {
    const candidates = unused
      .filter((entry) => entry.file === comment.file)
      .map((entry) => ({ entry, score: likeness(entry.english, comment.unit.text) }))
      .sort((a, b) => b.score - a.score);
    const stale = candidates[0] && candidates[0].score >= 0.3 ? candidates[0].entry : undefined;
    if (stale) {
      unused.splice(unused.indexOf(stale), 1);
      errors.push(
        `${where(comment.file, comment.unit)}: stale ${site.locale} translation: the English now reads ` +
          `${quote(comment.unit.text)}; the translation in ${catalogFile(comment.file)} is of ${quote(stale.english)}`,
      );
    } else {
      errors.push(
        `${where(comment.file, comment.unit)}: no ${site.locale} translation in ${catalogFile(comment.file)} for ` +
          quote(comment.unit.text),
      );
    }
    missing.push(comment);
  }
  for (const { file, english } of unused) {
    errors.push(`${catalogFile(file)}: unused translation under ${quote(file)}: ${quote(english)}`);
  }

  for (const file of [...new Set(needed.map((c) => c.file))]) {
    const source = fs.readFileSync(path.join(site.examplesDir, file), 'utf8');
    localizedLines(source, file, catalog).forEach((lines, index) => {
      for (const line of lines) {
        if (columns(line) > MAX_COLUMNS) {
          errors.push(
            `examples/${file}:${index + 1}: the ${site.locale} comment makes a line ` +
              `${columns(line)} columns wide, more than ${MAX_COLUMNS}: ${line.trim()}`,
          );
        }
      }
    });
  }
  return { missing, errors };
}

/**
 * The missing translations as catalog fragments to fill in, by the catalog file that holds
 * them: catalog file → example file → English → "".
 */
export function catalogSkeleton(
  missing: NeededComment[],
  examplesDir: string,
  locale: string,
): Record<string, CommentCatalog> {
  const skeleton: Record<string, CommentCatalog> = {};
  for (const { file, unit } of missing) {
    const catalogFile = path.relative(process.cwd(), catalogPath(examplesDir, locale, file));
    ((skeleton[catalogFile] ??= {})[file] ??= {})[unit.text] = '';
  }
  return skeleton;
}
