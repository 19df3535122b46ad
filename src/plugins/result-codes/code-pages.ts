/**
 * One page per result code, at `/docs/result-codes/<code>` in both locales, as MDN gives each
 * JavaScript error a page of its own: a reader who searches the web for "aerospike error 14" or
 * `AEROSPIKE_ERR_RECORD_BUSY` lands on it.
 *
 * The pages are stub MDX files, one per code and locale, written when the site loads (they are
 * not committed: the result-code table is their source). A stub holds the page's title and
 * description, which carry the code's number, names and message, and the marker
 * `<ResultCodeEntry code="14" />` that entries.ts fills with the code's entry at build time.
 */
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

/** The stub of one code's page in a locale. */
export function codePageStub(code: number, locale: Locale): string {
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
    '---',
    '',
    `<ResultCodeEntry code="${code}" />`,
    '',
  ].join('\n');
}

/** Writes every code's page in both locales, and removes pages of codes the client lost. */
export function writeCodePages(siteDir: string): void {
  for (const locale of Object.keys(LABELS) as Locale[]) {
    const dir = path.join(docsDir(siteDir, locale), CODE_PAGES_FOLDER);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const code of allCodes())
      fs.writeFileSync(path.join(dir, codePageFile(code)), codePageStub(code, locale));
  }
}

export interface ResultCodePagesOptions {
  /** A folder of the site's `staticDirectories`, not committed, for the lookup box's data. */
  generatedStaticDir: string;
}

/**
 * Writes the pages before the docs plugin reads its folder (as the API reference plugin writes
 * its pages), and the lookup box's data before the static folders are served or copied.
 */
export default function resultCodePages(context: LoadContext, options: ResultCodePagesOptions): Plugin {
  writeCodePages(context.siteDir);
  writeLookupData(options.generatedStaticDir);
  return { name: 'result-code-pages' };
}
