/**
 * `npm run lint:ko`: every Korean text of the site against the one glossary
 * (i18n/ko/glossary.yml, textlint-rule-prh): the Korean pages (Markdown and MDX), the UI strings
 * (i18n/ko/**\/*.json), the comment catalogs (examples/i18n/ko/*.json), the handbook's Korean
 * prose (examples/i18n/handbook.ko.json) and its Korean labels (labels.ts). Prints each wrong
 * variant with what to write instead, and exits 1 when there is one.
 */
import path from 'node:path';
import { createLinter, loadLinterFormatter, loadTextlintrc } from 'textlint';
import { docusaurusPagesPlugin } from './docusaurus-pages';
import { koreanStringsPlugin } from './korean-strings';

const siteDir = path.resolve(__dirname, '..', '..');

/** What the glossary covers, as globs relative to the site. */
export const KOREAN_FILES = [
  'i18n/ko/docusaurus-plugin-content-docs/current/**/*.{md,mdx}',
  'i18n/ko/**/*.json',
  'examples/i18n/ko/*.json',
  'examples/i18n/handbook.ko.json',
  'src/plugins/result-codes/labels.ts',
];

/**
 * The linter: the rules of .textlintrc.json (prh with the glossary), reading this site's pages
 * (docusaurus-pages.ts) and the Korean strings of JSON and TypeScript files (korean-strings.ts).
 * textlint picks the first plugin that takes an extension: these two come first.
 */
export async function koreanLinter(root = siteDir) {
  const rc = await loadTextlintrc({ configFilePath: path.join(root, '.textlintrc.json') });
  const descriptor = rc.shallowMerge({
    plugins: [docusaurusPagesPlugin, koreanStringsPlugin, ...(rc.toKernelOptions().plugins ?? [])],
  });
  return createLinter({ descriptor, cwd: root });
}

async function main() {
  const linter = await koreanLinter();
  const results = await linter.lintFiles(KOREAN_FILES.map((glob) => path.join(siteDir, glob)));
  const formatter = await loadLinterFormatter({ formatterName: 'stylish' });
  const problems = results.reduce((sum, result) => sum + result.messages.length, 0);
  if (problems > 0) {
    console.log(formatter.format(results));
    process.exitCode = 1;
  } else {
    console.log(`lint:ko: ${results.length} Korean files follow the glossary (i18n/ko/glossary.yml)`);
  }
}

if (require.main === module) void main();
