/**
 * Figures of recorded runs reach a page from the recorded run, not typed by hand: a page that
 * shows a run with recorded figures (a fence `file=output/<run>.txt` whose run also has
 * `<run>.json`) may state a count, a time or a share only through `:fig[…]` (or a default
 * through `:default[…]`), which the build fills from the record. So a page cannot say "two
 * seconds in" when the run says 1.5 s.
 *
 * In the prose of such a page this flags every digit, and every number word followed by a unit
 * or a counted thing. Not flagged: code, a result code written as a number next to its
 * constant name (`**-6 \`ERR_ASYNC_CONNECTION\`**`), and a Korean fraction (`3분의 1`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Parent, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { listDocPages, outlinePage } from './doc-pages';

const PARSER = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective);

const NUMBER_WORD =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b\s+(?:\w+\s+)?(seconds?|milliseconds?|minutes?|ms|writers?|workers?|readers?|keys|reads|writes|successes|increments|commands|failures|times|percent)\b/i;

/** The runs with recorded figures a page shows. */
function runsShown(text: string, examplesDir: string): string[] {
  return outlinePage(text)
    .fences.map((fence) => /file=output\/(\S+)\.txt/.exec(fence.meta)?.[1])
    .filter((run): run is string => !!run && fs.existsSync(path.join(examplesDir, 'output', `${run}.json`)));
}

const isStatusName = (node: RootContent | undefined) =>
  node?.type === 'inlineCode' && /^[A-Z][A-Z0-9_]+$/.test(node.value);

/** Hand-typed figures in the prose of every page under `dirs` that shows a recorded run. */
export function checkTypedFigures(dirs: string[], examplesDir: string): string[] {
  const errors: string[] = [];
  for (const dir of dirs) {
    for (const page of listDocPages(dir)) {
      const file = path.join(dir, page);
      const text = fs.readFileSync(file, 'utf8');
      if (runsShown(text, examplesDir).length === 0) continue;
      const walk = (parent: Parent) => {
        parent.children.forEach((node, i) => {
          if (node.type === 'text') {
            // A result code next to its name is a name, not a figure.
            const value = (
              isStatusName(parent.children[i + 1]) ? node.value.replace(/-?\d+\s*$/, '') : node.value
            )
              // A fraction in Korean ("3분의 1", a third) names a share of a whole, not a measurement.
              .replace(/\d+분의\s*\d+/g, '');
            const figures = [
              ...value.matchAll(/[^\s(),.:;]*\d[^\s(),;]*/g),
              ...value.matchAll(new RegExp(NUMBER_WORD.source, 'gi')),
            ].map((match) => match[0]);
            for (const figure of figures) {
              errors.push(
                `${file}:${node.position?.start.line}: "${figure}" is typed by hand in a page that shows a ` +
                  'recorded run: read it from the run with :fig[<run>#<path>]',
              );
            }
          } else if ('children' in node && !['code', 'inlineCode', 'textDirective'].includes(node.type)) {
            walk(node as Parent);
          }
        });
      };
      walk(PARSER.parse(text) as Root);
    }
  }
  return errors;
}
