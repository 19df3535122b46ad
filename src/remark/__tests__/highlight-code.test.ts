import fs from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { afterAll, describe, expect, it } from 'vitest';
import codeFromExamples from '../code-from-examples';
import highlightCode from '../highlight-code';

// The examples package itself: type information comes from its tsconfig and its `aerospike`.
const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');
const FILE = 'src/overview/narrowing.ts';

async function render(lang: string, meta: string, editUrl?: string) {
  const node: Code = { type: 'code', lang, meta, value: meta.includes('file=') ? '' : 'npm ci\nnpm test' };
  const tree: Root = { type: 'root', children: [node] };
  const page = { path: path.join(process.cwd(), 'docs', 'page.md') };
  codeFromExamples({ examplesDir: EXAMPLES })(tree, page);
  await highlightCode({ examplesDir: EXAMPLES, siteDir: path.resolve(EXAMPLES, '..'), editUrl })(tree, page);
  const element = tree.children[0] as unknown as MdxJsxFlowElement;
  expect(element.name).toBe('StaticHtml');
  const block = String((element.attributes[0] as { value: string }).value);
  // The block's parts: its language, title, the inside of <code>, and the toggle if any.
  return {
    language: block.match(/data-language="([^"]+)"/)![1]!,
    title: block.match(/<div class="code-title">([^<]*)</)?.[1] ?? '',
    html: block.match(/<code>([\s\S]*)<\/code>/)![1]!,
    whole: block.includes('whole-toggle') ? 'true' : '',
    titleLink: block.match(/<div class="code-title"><a href="([^"]+)"/)?.[1] ?? '',
  };
}

describe('highlightCode', () => {
  afterAll(() => undefined);

  it('turns a snippet into static HTML: token classes, types on identifiers, no inline styles', async () => {
    const { html, language, title } = await render('ts', `file=${FILE} region=narrowing`);
    expect(language).toBe('ts');
    expect(title).toBe(`examples/${FILE}`);
    expect(html).not.toContain('style=');
    expect(html).toMatch(/<span class="k">import<\/span>/);
    // The compiler's view of `error` in `describeError(error: unknown)`.
    expect(html).toContain('data-type="(parameter) error: unknown"');
    expect(html).toMatch(/<span class="tq[^"]*" data-type="[^"]+" tabindex="0">error<\/span>/);
  }, 60_000);

  it("links a snippet's title to its example file's edit page, and a plain block's to nothing", async () => {
    const editUrl = 'https://github.com/my-org/aerospike-ts/edit/main/';
    expect((await render('ts', `file=${FILE} region=narrowing`, editUrl)).titleLink).toBe(
      `${editUrl}examples/${FILE}`,
    );
    expect((await render('bash', 'title="Shell"', editUrl)).titleLink).toBe('');
  }, 60_000);

  it('a plain block keeps its text, with no types and no whole program', async () => {
    const attributes = await render('bash', 'title="Shell"');
    expect(attributes.html.replace(/<[^>]+>/g, '')).toBe('npm ci\nnpm test');
    expect(attributes.html).not.toContain('data-type');
    expect(attributes.whole).toBe('');
    expect(attributes.title).toBe('Shell');
  });
});

describe('highlightCode on an excerpt of a larger program', () => {
  const dir = fs.mkdtempSync(path.join(EXAMPLES, 'src', '.highlight-'));
  const relative = path.relative(EXAMPLES, dir);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(
    path.join(dir, 'a.ts'),
    [
      'const LIMIT = 3;',
      '',
      'export function under(n: number): boolean {',
      '  // #region check',
      '  return n < LIMIT;',
      '  // #endregion check',
      '}',
    ].join('\n'),
  );

  it('marks the lines only the whole program has, and the indentation the excerpt drops', async () => {
    const { html, whole } = await render('ts', `file=${relative}/a.ts region=check`);
    expect(whole).toBe('true');
    // Hidden lines carry their own newline, so hiding them leaves no blank line.
    expect(html).toMatch(/^<span class="h">.*LIMIT.*\n<\/span>/);
    expect(html).toContain('<span class="d">  </span>');
    expect(html).toContain('data-type="const LIMIT: 3"');
  }, 60_000);
});
