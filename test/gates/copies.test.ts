import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookSnippetMetas } from '../../src/plugins/result-codes/entries';
import { parseSnippetMeta } from '../../src/remark/code-from-examples';
import { snippetProgram } from '../../src/remark/snippet-program';
import { expectedCopies, pagesWithCode } from '../site/support/page-snippets';
import { checkCopies, MAX_COPY_LINES, type Copy } from './check-copies';

const examplesDir = path.resolve(__dirname, '..', '..', 'examples');

/** Every copy the site offers: each page's blocks, and the handbook's, in both locales. */
function allCopies(): Copy[] {
  return (['en', 'ko'] as const).flatMap((locale) => [
    ...pagesWithCode().flatMap(({ page }) =>
      expectedCopies(locale, page).map((text, i) => ({ where: `${locale}:${page}#${i + 1}`, text })),
    ),
    ...handbookSnippetMetas(examplesDir).map((meta) => {
      const { file, region } = parseSnippetMeta(meta)!.ref;
      return {
        where: `${locale}:result-codes.mdx ${file} ${region}`,
        text: snippetProgram(file, region!.split(','), examplesDir, locale).whole,
      };
    }),
  ]);
}

describe('copies', () => {
  it(`every copy on the site is at most ${MAX_COPY_LINES} lines, with none of the site's machinery`, () => {
    const copies = allCopies();
    expect(copies.length).toBeGreaterThan(100);
    expect(checkCopies(copies)).toEqual([]);
  });

  it('fails on a long copy and on one that carries the handbook', () => {
    const long = Array.from({ length: 151 }, (_, i) => `const x${i} = ${i};`).join('\n');
    const table = "import { classify } from './classification';\nif (classify(9)?.retry === 'yes') retry();";
    expect(
      checkCopies([
        { where: 'long', text: long },
        { where: 'table', text: table },
      ]),
    ).toEqual([
      'long: the copy has 151 lines, more than 150',
      "table: line 2 of the copy holds the result-code handbook's table: if (classify(9)?.retry === 'yes') retry();",
    ]);
  });
});
