/**
 * One page per result code, at `/docs/result-codes/<code>` in both locales, as MDN gives each
 * JavaScript error a page of its own: a reader who searches the web for "aerospike error 14" or
 * `AEROSPIKE_ERR_RECORD_BUSY` lands on it.
 *
 * The pages are stub MDX files, one per code and locale, written when the site loads (they are
 * not committed: the result-code table is their source). A stub holds the page's title and
 * description, which carry the code's number, names and message, and the marker
 * `<ResultCodeEntry code="14" />` that entries.ts fills with the code's entry at build time.
 * Since a stub is no file of the repository, "Edit this page" leads to where its words live (the
 * result-code table; the handbook's Korean catalog on /ko/), and the page shows when git last
 * changed that file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import * as Aerospike from 'aerospike';
import { allCodes, namesOf } from '../../../examples/src/result-codes/classification';
import { docsDir } from '../../guide-pages/list-guide-pages';
import { fill, LABELS, type Locale } from './labels';
import { writeLookupData } from './lookup-data';
import { UPSTREAM } from './upstream';

/** Where a locale's code pages are written, under its docs folder. */
export const CODE_PAGES_FOLDER = 'result-codes';

/** The file of a code's page: `14.mdx`, `-7.mdx`; its URL is the file's name, as for any doc. */
export const codePageFile = (code: number) => `${code}.mdx`;

const yamlString = (value: string) => JSON.stringify(value);

/** The file a locale's code pages take their words from, from the repository's root. */
export const CODE_PAGE_SOURCES: Record<Locale, string> = {
  en: 'examples/src/result-codes/classification.ts',
  ko: 'examples/i18n/handbook.ko.json',
};

/** Where a code's page is edited, and when that source last changed (none outside git). */
export interface CodePageSource {
  editUrl: string;
  lastUpdate?: string;
}

/** The stub of one code's page in a locale. */
export function codePageStub(code: number, locale: Locale, source?: CodePageSource): string {
  const labels = LABELS[locale];
  const names = namesOf(code);
  const upstream = UPSTREAM[code as keyof typeof UPSTREAM];
  const aliases = [
    upstream.cName,
    ...(upstream.javaName ? [`Java ${upstream.javaName}`] : []),
    ...(upstream.pythonName ? [`Python ${upstream.pythonName}`] : []),
  ];
  const title = `${code} ${names.join(' / ')}`;
  const description = fill(labels.codePage.description, {
    code,
    names: names.join(', '),
    aliases: aliases.join(', '),
    message: Aerospike.status.getMessage(code as Aerospike.AerospikeError['code']),
  });
  return [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(description)}`,
    'displayed_sidebar: guide',
    ...(source ? [`custom_edit_url: ${yamlString(source.editUrl)}`] : []),
    ...(source?.lastUpdate ? ['last_update:', `  date: ${yamlString(source.lastUpdate)}`] : []),
    '---',
    '',
    `<ResultCodeEntry code="${code}" />`,
    '',
  ].join('\n');
}

/** When git last committed a file (ISO 8601), as Docusaurus dates a page; none outside git. */
function lastCommitted(siteDir: string, file: string): string | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      cwd: siteDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return date || undefined;
  } catch {
    return undefined;
  }
}

/** Writes every code's page in both locales, and removes pages of codes the client lost. */
export function writeCodePages(siteDir: string, editRoot: string): void {
  for (const locale of Object.keys(LABELS) as Locale[]) {
    const file = CODE_PAGE_SOURCES[locale];
    const source = { editUrl: `${editRoot}${file}`, lastUpdate: lastCommitted(siteDir, file) };
    const dir = path.join(docsDir(siteDir, locale), CODE_PAGES_FOLDER);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const code of allCodes())
      fs.writeFileSync(path.join(dir, codePageFile(code)), codePageStub(code, locale, source));
  }
}

export interface ResultCodePagesOptions {
  /** A folder of the site's `staticDirectories`, not committed, for the lookup box's data. */
  generatedStaticDir: string;
  /** The repository's edit URL, ending in `/` (src/config/source-links.ts). */
  editRoot: string;
}

/**
 * Writes the pages before the docs plugin reads its folder (as the API reference plugin writes
 * its pages), and the lookup box's data before the static folders are served or copied.
 */
export default function resultCodePages(context: LoadContext, options: ResultCodePagesOptions): Plugin {
  writeCodePages(context.siteDir, options.editRoot);
  writeLookupData(options.generatedStaticDir, path.join(context.siteDir, 'examples'));
  return { name: 'result-code-pages' };
}
