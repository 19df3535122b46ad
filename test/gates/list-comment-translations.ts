/**
 * `npm run i18n:comments [-- --locale ko]`: lists what the comment catalog of a locale lacks
 * (missing, stale, unused, too wide) and prints the missing entries as JSON to paste into
 * the catalog files (examples/i18n/<locale>/<folder>.json) and translate. Exits 1 when there is anything to fix.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
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
