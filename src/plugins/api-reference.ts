/**
 * The API reference of the examples package. TypeDoc writes the English pages into `api/` (a
 * docs instance of its own serves them at /api). Then, for every locale but the default, the
 * example sources are copied with their comments translated from the catalog
 * (examples/i18n/<locale>.json, the same one the snippets use) into examples/.i18n/<locale>/,
 * and TypeDoc, in that language, writes the pages where the `api` docs instance looks for
 * translations
 * (i18n/<locale>/docusaurus-plugin-content-docs-api/current). Neither is committed.
 *
 * TypeDoc names its sections in the locale ("매개변수" for "Parameters"), so each heading gets
 * the explicit id of its English counterpart: the same pages, with the same anchors.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { createSlugger } from '@docusaurus/utils';
import typedocPlugin from 'docusaurus-plugin-typedoc';
import { loadCatalog, localizedLines } from '../remark/comment-catalog';

export interface ApiReferenceOptions {
  /** The examples package (with typedoc.json, tsconfig.json and src/). */
  examplesDir: string;
  /** Where the English pages are written, relative to the site. */
  out: string;
}

type TypedocOptions = Parameters<typeof typedocPlugin>[1];

/**
 * Copies the example sources with their comments in `locale`, with a tsconfig whose program is
 * `entryPoints` and what they import; returns the copy's directory.
 */
export function writeLocalizedSources(examplesDir: string, locale: string, entryPoints: string[]): string {
  const catalog = loadCatalog(examplesDir, locale);
  const outDir = path.join(examplesDir, '.i18n', locale);
  fs.rmSync(outDir, { recursive: true, force: true });
  const srcDir = path.join(examplesDir, 'src');
  for (const file of fs.readdirSync(srcDir, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    const relative = path.posix.join('src', file.split(path.sep).join('/'));
    const source = fs.readFileSync(path.join(srcDir, file), 'utf8');
    const target = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, localizedLines(source, relative, catalog).flat().join('\n'));
  }
  fs.writeFileSync(
    path.join(outDir, 'tsconfig.json'),
    JSON.stringify({ extends: '../../tsconfig.json', files: entryPoints, include: [] }, null, 2),
  );
  return outDir;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;

/** A Markdown heading's text as Docusaurus slugs it: no code ticks, escapes or emphasis. */
function plainHeading(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*|__|[*_](?=\S)|(?<=\S)[*_]/g, '')
    .replace(/<[^>]+>/g, '');
}

/**
 * Gives each heading of a translated page the id its English counterpart gets, heading by
 * heading in order. Throws when the two pages have different outlines.
 */
export function anchorLikeEnglish(translated: string, english: string, label: string): string {
  const englishHeadings = english.split('\n').filter((line) => HEADING.test(line));
  const slugger = createSlugger();
  const ids = englishHeadings.map((line) => {
    const text = line.match(HEADING)![2]!;
    const explicit = text.match(/\{#([^}]+)\}$/);
    return explicit ? explicit[1]! : slugger.slug(plainHeading(text));
  });
  let index = 0;
  const out = translated.split('\n').map((line) => {
    const heading = line.match(HEADING);
    if (!heading || /\{#[^}]+\}$/.test(heading[2]!)) return line;
    const id = ids[index++];
    if (id === undefined) throw new Error(`${label}: more headings than its English page`);
    return `${heading[1]} ${heading[2]} {#${id}}`;
  });
  if (index !== ids.length) throw new Error(`${label}: ${ids.length} headings in English, ${index} here`);
  return out.join('\n');
}

/** `name` as the locale's sidebar translation of the API docs instance spells it, if it does. */
function translatedName(context: LoadContext, locale: string, name: string): string {
  const file = path.join(
    context.siteDir,
    'i18n',
    locale,
    'docusaurus-plugin-content-docs-api',
    'current.json',
  );
  if (!fs.existsSync(file)) return name;
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return messages[`sidebar.api.doc.${name}`]?.message ?? name;
}

export default async function apiReference(
  context: LoadContext,
  options: ApiReferenceOptions,
): Promise<Plugin> {
  const name = 'api-reference';
  const typedocConfig = path.join(options.examplesDir, 'typedoc.json');
  const englishDir = path.resolve(context.siteDir, options.out);
  // English first, then the translation (docusaurus starts plugins concurrently, so one plugin
  // runs both in order).
  await typedocPlugin(context, {
    options: typedocConfig,
    out: englishDir,
    docsPath: englishDir,
    disableSources: true,
  } as TypedocOptions);
  const { currentLocale, defaultLocale } = context.i18n;
  if (currentLocale === defaultLocale) return { name };

  const out = path.join(
    context.siteDir,
    'i18n',
    currentLocale,
    'docusaurus-plugin-content-docs-api',
    'current',
  );
  fs.rmSync(out, { recursive: true, force: true });
  // typedoc.json's settings, but the translated copy's entry points and tsconfig (TypeDoc lets
  // an options file's tsconfig win over one passed beside it, so the file is not passed).
  const { $schema, entryPoints, tsconfig, ...settings } = JSON.parse(
    fs.readFileSync(typedocConfig, 'utf8'),
  ) as {
    $schema?: string;
    entryPoints: string[];
    tsconfig?: string;
    name?: string;
  };
  const sourcesDir = writeLocalizedSources(options.examplesDir, currentLocale, entryPoints);
  await typedocPlugin(context, {
    ...settings,
    id: `api-${currentLocale}`,
    entryPoints: entryPoints.map((entry) => path.join(sourcesDir, entry)),
    tsconfig: path.join(sourcesDir, 'tsconfig.json'),
    lang: currentLocale,
    // The index page's title, as the locale's sidebar translation (current.json) spells it.
    name: translatedName(context, currentLocale, String(settings.name ?? 'API reference')),
    out,
    docsPath: out,
    disableSources: true,
  } as TypedocOptions);
  for (const file of fs.readdirSync(out, { recursive: true }) as string[]) {
    if (!/\.mdx?$/.test(file)) continue;
    const page = path.join(out, file);
    const english = path.join(englishDir, file);
    if (!fs.existsSync(english)) throw new Error(`${page}: no English page ${english}`);
    fs.writeFileSync(
      page,
      anchorLikeEnglish(fs.readFileSync(page, 'utf8'), fs.readFileSync(english, 'utf8'), page),
    );
  }
  return { name };
}
