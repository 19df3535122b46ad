/**
 * Build-time check: every TypeScript block of the locale being built, taken as its copy
 * button gives it (the whole program), compiles on its own under `--strict` with only
 * `aerospike` and Node's types. A block that does not fails the build, naming page, file and
 * region.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parseSnippetMeta } from '../remark/code-from-examples';
import { snippetProgram } from '../remark/snippet-program';
import { compileCopiedBlocks, type CopiedBlock } from '../remark/standalone-compile';
import { readLiveProofs } from './result-codes/entries';

export interface StandaloneSnippetsOptions {
  examplesDir: string;
}

/** The docs folder a locale's pages come from. */
export function docsDirOf(siteDir: string, locale: string, defaultLocale: string): string {
  return locale === defaultLocale
    ? path.join(siteDir, 'docs')
    : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
}

/** Every TypeScript snippet a locale's pages show, with the text its copy button copies. */
export function copiedBlocks(
  siteDir: string,
  examplesDir: string,
  locale: string,
  defaultLocale = 'en',
): CopiedBlock[] {
  const docsDir = docsDirOf(siteDir, locale, defaultLocale);
  const blocks: CopiedBlock[] = [];
  const add = (page: string, file: string, region: string) =>
    blocks.push({
      page,
      file,
      region,
      text: snippetProgram(
        file,
        region.split(',').map((r) => r.trim()),
        examplesDir,
        locale,
      ).whole,
    });
  for (const name of (fs.readdirSync(docsDir, { recursive: true }) as string[]).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    const page = path.relative(siteDir, path.join(docsDir, name));
    for (const match of fs
      .readFileSync(path.join(docsDir, name), 'utf8')
      .matchAll(/^\s*```(ts|typescript) (.*)$/gm)) {
      const ref = parseSnippetMeta(match[2])?.ref;
      if (ref?.file && ref.region) add(page, ref.file, ref.region);
    }
    // The result-code handbook's entries are written into this page at build time.
    if (/^result-codes\.mdx?$/.test(name)) {
      for (const [code, proof] of readLiveProofs(examplesDir)) add(page, proof.file, `code-${code}`);
    }
  }
  return blocks;
}

export default function standaloneSnippetsPlugin(
  context: LoadContext,
  options: StandaloneSnippetsOptions,
): Plugin {
  return {
    name: 'standalone-snippets',
    async loadContent() {
      const { currentLocale, defaultLocale } = context.i18n;
      const blocks = copiedBlocks(context.siteDir, options.examplesDir, currentLocale, defaultLocale);
      const failures = compileCopiedBlocks(blocks, options.examplesDir);
      if (failures.length) {
        throw new Error(
          `${failures.length} of ${blocks.length} code blocks do not compile as a reader copies them:\n${failures.join('\n')}`,
        );
      }
    },
  };
}
