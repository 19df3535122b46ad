import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHeadingIds, checkLocaleParity, checkSnippets } from './check-docs';
import { checkBuiltLinks } from './check-links';
import { checkGuidePages } from './check-guide-pages';
import { checkLiveCodes } from './check-live-codes';
import { checkProseNames } from './check-prose-names';
import { checkTypedFigures } from './check-typed-figures';

// Each gate is shown failing on a crafted bad input, with a message that names the file.
let dir: string;
function tree(files: Record<string, string>): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gates-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const example = '// #region r\nexport const x = 1;\n// #endregion r\n';
const page = (body: string) => `---\ntitle: T\n---\n\n## One {#one}\n\n${body}\n`;
const fence = (meta: string) => '```ts ' + meta + '\n```';

describe('gates fail on bad input', () => {
  it('a missing Korean page', () => {
    const root = tree({ 'en/guide.md': page('text'), 'ko/other.md': page('text') });
    expect(checkLocaleParity(path.join(root, 'en'), path.join(root, 'ko'))).toEqual([
      `${path.join(root, 'en', 'guide.md')}: no Korean page at ${path.join(root, 'ko', 'guide.md')}`,
      `${path.join(root, 'ko', 'other.md')}: no English page at ${path.join(root, 'en', 'other.md')}`,
    ]);
  });

  it('a Korean page whose sections or snippets differ', () => {
    const root = tree({
      'en/guide.md': page(`## Two {#two}\n\n${fence('file=src/a.ts region=r')}`),
      'ko/guide.md': page(`## 둘 {#zwei}\n\n${fence('file=src/a.ts region=s')}`),
    });
    const errors = checkLocaleParity(path.join(root, 'en'), path.join(root, 'ko'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(new RegExp(`^${path.join(root, 'ko', 'guide.md')}: headings differ`));
    expect(errors[1]).toMatch(new RegExp(`^${path.join(root, 'ko', 'guide.md')}: code blocks differ`));
  });

  it('a result code whose guide page does not exist', () => {
    const root = tree({ 'en/guide.md': page('text'), 'ko/guide.md': page('text') });
    const dirs = [path.join(root, 'en'), path.join(root, 'ko')];
    expect(
      checkGuidePages(
        [
          [2, 'guide'],
          [9, 'gone'],
        ],
        dirs,
      ),
    ).toEqual([
      `result code 9: its guide page gone is not in ${dirs[0]}`,
      `result code 9: its guide page gone is not in ${dirs[1]}`,
    ]);
  });

  it('an option name in prose that the client does not have', () => {
    const root = tree({
      'en/guide.md': page('The tend thread runs every second (`tendInterval`); `maxRetries: 2` retries.'),
    });
    const sources = {
      optionNames: new Set(['tenderInterval', 'maxRetries']),
      knownNames: new Set(['tenderInterval', 'maxRetries']),
    };
    expect(checkProseNames([path.join(root, 'en')], sources)).toEqual([
      `${path.join(root, 'en', 'guide.md')}:7: \`tendInterval\` is no field of the client's config or policies, ` +
        'nor a name of the examples (did you mean `tenderInterval`?)',
    ]);
  });

  it('a figure typed by hand in a page that shows a recorded run', () => {
    const root = tree({
      'ex/output/run/load.json': '{"events":[{"atMs":1504}]}',
      'ex/output/run/load.txt': 'clean stop at 1.5 s\n',
      'en/guide.md': page(
        [
          'Two seconds in, one node is stopped; :fig[run/load#events.0.atMs]{as=s} seconds in, really.',
          '',
          '- **-6 `ERR_ASYNC_CONNECTION`**: a result code is no figure.',
          '',
          fence('file=output/run/load.txt'),
        ].join('\n'),
      ),
      'en/other.md': page('A page with no recorded run may say 2 seconds.'),
    });
    expect(checkTypedFigures([path.join(root, 'en')], path.join(root, 'ex'))).toEqual([
      `${path.join(root, 'en', 'guide.md')}:7: "Two seconds" is typed by hand in a page that shows a recorded run: ` +
        'read it from the run with :fig[<run>#<path>]',
    ]);
  });

  it('a heading without an explicit id', () => {
    const root = tree({ 'en/guide.md': page('## No id here') });
    expect(checkHeadingIds([path.join(root, 'en')])).toEqual([
      `${path.join(root, 'en', 'guide.md')}: an h2 heading has no {#id}`,
    ]);
  });

  it('a page referencing a missing region', () => {
    const root = tree({ 'ex/src/a.ts': example, 'en/guide.md': page(fence('file=src/a.ts region=gone')) });
    expect(checkSnippets([path.join(root, 'en')], path.join(root, 'ex'))).toEqual([
      `${path.join(root, 'en', 'guide.md')}:7: region "gone" not found in examples/src/a.ts`,
    ]);
  });

  it('a page referencing a missing example file', () => {
    const root = tree({ 'ex/src/a.ts': example, 'en/guide.md': page(fence('file=src/b.ts region=r')) });
    expect(checkSnippets([path.join(root, 'en')], path.join(root, 'ex'))).toEqual([
      `${path.join(root, 'en', 'guide.md')}:7: snippet file not found: examples/src/b.ts (region "r")`,
    ]);
  });

  it('TypeScript written inline in a page', () => {
    const root = tree({ 'ex/src/a.ts': example, 'en/guide.md': page('```ts\nconst y = 2;\n```') });
    expect(checkSnippets([path.join(root, 'en')], path.join(root, 'ex'))).toEqual([
      `${path.join(root, 'en', 'guide.md')}:7: ts code written in the page; pull it from examples/ with file= and region=`,
    ]);
  });

  it('a broken anchor or a missing page in the built site', () => {
    const root = tree({
      'docs/guide.html': '<h2 id="retry">Retry</h2><a href="#retry">ok</a><a href="#gone">bad</a>',
      'ko/docs/guide.html':
        '<a href="/docs/guide#retry">ok</a><a href="/docs/guide#nope">bad</a><a href="/docs/missing">bad</a>',
      'index.html': '<a href="docs/guide">ok</a><a href="https://example.org/#x">other site</a>',
    });
    expect(checkBuiltLinks(root)).toEqual([
      'docs/guide.html: link to a missing anchor: #gone',
      'ko/docs/guide.html: link to a missing anchor: /docs/guide#nope',
      'ko/docs/guide.html: link to a missing page: /docs/missing',
    ]);
  });

  it('the handbook and the live suites disagreeing about a code', () => {
    // An examples package whose handbook proves 0 and 2 live (regions, producers of
    // PRODUCERS, recorded lines), whose test asserts 0 and 11 and whose cluster run shows 18.
    const root = tree({
      'ex/src/result-codes/p.ts': [
        '// #region code-0',
        'export const a = 0;',
        '// #endregion code-0',
        '// #region code-2',
        'export const b = 2;',
        '// #endregion code-2',
        '',
      ].join('\n'),
      'ex/output/result-codes/p.txt': '   0  OK    get\n   2  ERR_RECORD_NOT_FOUND  get\n',
      'ex/output/cluster/run.txt': 'writes: 18 ERR_DEVICE_OVERLOAD ×3, -6 ERR_TIMEOUT ×1\n',
      'ex/test/t.test.ts': [
        "it('x', async () => {",
        '  expect(await codeOf(run)).toBe(Aerospike.status.OK);',
        '  expect(code).not.toBe(status.ERR_RECORD_NOT_FOUND); // not an assertion of 2',
        '  await rejectsWithCode(get(), status.ERR_CLUSTER);',
        '  expect(codes).toEqual([Aerospike.status.NO_SUCH_CODE]);',
        '});',
        '',
      ].join('\n'),
    });
    const test = 'examples/test/t.test.ts';
    const where = 'give it a producer with a region code-';
    const in_ = ' in examples/src/result-codes/ and a recorded line in examples/output/result-codes/';
    expect(checkLiveCodes(path.join(root, 'ex'))).toEqual([
      'result code 2 ERR_RECORD_NOT_FOUND: region code-2 in examples/src/result-codes/p.ts marks it ' +
        'produced live, but no test in examples/test/ asserts it (see live-tests.ts)',
      `${test}:5: Aerospike.status.NO_SUCH_CODE is not a result code of this client`,
      'examples/output/cluster/run.txt:1: "-6 ERR_TIMEOUT" names ERR_TIMEOUT, which is code 9, not -6',
      `${test}:4 asserts result code 11 ERR_CLUSTER, but the handbook marks it not produced: ${where}11${in_}`,
      "examples/output/cluster/run.txt:1 shows result code 18 ERR_DEVICE_OVERLOAD, but the handbook marks it not produced ('storage'): " +
        `${where}18${in_}`,
    ]);
  });
});
