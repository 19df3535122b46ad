// `npm run new:page <slug> [-- --title "…" --title-ko "…"]`: scaffolds a pattern page
// (scripts/new-page/scaffold.ts) and says what to write next.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scaffold } from './scaffold';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: 'string' }, 'title-ko': { type: 'string' } },
});
const [slug] = positionals;
if (!slug || positionals.length > 1) {
  console.error('usage: npm run new:page <slug> [-- --title "Title" --title-ko "제목"]');
  process.exit(2);
}
try {
  const files = scaffold(path.resolve(__dirname, '..', '..'), {
    slug,
    title: values.title,
    titleKo: values['title-ko'],
  });
  console.log(`Wrote:\n${files.map((file) => `  ${file}`).join('\n')}`);
  console.log(
    [
      '',
      'Next, replace every [write: …] / [작성: …] (a gate refuses a page that still has one):',
      `  1. the example, and its live test (npx vitest run --project examples examples/test/${slug});`,
      '  2. the page in both locales, with the same headings and code blocks;',
      '  3. the Korean comments (npm run i18n:comments lists what is missing or stale).',
      'To list result codes on the page, add "## Result codes on this page {#result-codes}" (Korean:',
      `"## 이 페이지에서 다루는 결과 코드 {#result-codes}") and name the page as their guide in`,
      `examples/src/result-codes/classification.ts (guide: 'error-handling/${slug}').`,
    ].join('\n'),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
