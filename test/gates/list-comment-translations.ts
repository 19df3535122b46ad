/**
 * `npm run i18n:comments [-- --locale ko]`: lists what the comment catalog of a locale lacks
 * (missing, stale, unused, too wide) and prints the missing entries as JSON to paste into
 * the catalog files (examples/i18n/<locale>/<folder>.json) and translate. For Korean it also lists
 * the result-code handbook's missing and stale entries (examples/i18n/handbook.ko.json). Exits 1
 * when there is anything to fix.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkHandbookCatalog, readHandbookCatalog } from '../../src/plugins/result-codes/handbook-catalog';
import { catalogSkeleton, checkCommentTranslations } from './check-comment-translations';

const { values } = parseArgs({ options: { locale: { type: 'string', default: 'ko' } } });
const locale = values.locale!;
const root = path.resolve(__dirname, '..', '..');
const { errors, missing } = checkCommentTranslations({
  locale,
  examplesDir: path.join(root, 'examples'),
  pagesDir: path.join(root, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current'),
});
if (!errors.length) {
  console.log(`Every comment the ${locale} site shows is translated.`);
} else {
  console.log(errors.join('\n'));
  if (missing.length) {
    console.log(`\nMissing entries (${missing.length}), by catalog file, to translate:`);
    console.log(JSON.stringify(catalogSkeleton(missing, path.join(root, 'examples'), locale), null, 2));
  }
  process.exitCode = 1;
}

if (locale === 'ko') {
  const handbook = checkHandbookCatalog(readHandbookCatalog(path.join(root, 'examples')));
  if (handbook.length) {
    console.log(`\nThe result-code handbook's Korean (${handbook.length}):\n${handbook.join('\n')}`);
    process.exitCode = 1;
  }
}
