import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import codeFromExamples, { loadSnippet, parseSnippetMeta } from '../code-from-examples';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippets-'));
fs.mkdirSync(path.join(dir, 'src'));
fs.writeFileSync(
  path.join(dir, 'src', 'a.ts'),
  "// #region imports\nimport fs from 'node:fs';\n// #endregion imports\n// #region r\nconst x = 1;\n// #endregion r\n",
);
fs.writeFileSync(
  path.join(dir, 'src', 'b.ts'),
  '// #region c\n/** Adds one. */\nexport const y = 1 + 1; // two\n// #endregion c\n',
);
fs.mkdirSync(path.join(dir, 'i18n', 'ko'), { recursive: true });
fs.writeFileSync(
  path.join(dir, 'i18n', 'ko', 'b.json'),
  JSON.stringify({ 'src/b.ts': { 'Adds one.': '하나를 더한다.', two: '둘' } }),
);
fs.mkdirSync(path.join(dir, 'output'));
fs.writeFileSync(path.join(dir, 'output', 'a.txt'), 'x is 1\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(meta: string, page = path.join('docs', 'page.md')): Code {
  const node: Code = { type: 'code', lang: 'ts', meta, value: '' };
  const tree: Root = { type: 'root', children: [node] };
  codeFromExamples({ examplesDir: dir })(tree, { path: path.join(process.cwd(), page) });
  return node;
}

describe('parseSnippetMeta', () => {
  it('reads file and region and keeps the rest of the meta', () => {
    expect(parseSnippetMeta('file=src/a.ts region=r showLineNumbers')).toEqual({
      ref: { file: 'src/a.ts', region: 'r' },
      rest: 'showLineNumbers',
    });
  });
  it('ignores fences without file=', () => {
    expect(parseSnippetMeta('title="x"')).toBeNull();
    expect(parseSnippetMeta(undefined)).toBeNull();
  });
});

describe('codeFromExamples', () => {
  it('fills the fence from the region and titles it with the source path', () => {
    const node = run('file=src/a.ts region=r');
    expect(node.value).toBe('const x = 1;');
    expect(node.meta).toBe('title="examples/src/a.ts"');
  });

  it('joins comma-separated regions in the order given', () => {
    expect(run('file=src/a.ts region=imports,r').value).toBe("import fs from 'node:fs';\n\nconst x = 1;");
  });

  it('includes a whole file when no region is given, and keeps an explicit title', () => {
    const node = run('file=output/a.txt title="Output"');
    expect(node.value).toBe('x is 1');
    expect(node.meta).toBe('title="Output"');
  });

  it('fails naming page, file and region when the region is missing', () => {
    expect(() => run('file=src/a.ts region=gone')).toThrow(
      'docs/page.md: region "gone" not found in examples/src/a.ts',
    );
  });

  it('fails naming page and file when the file is missing', () => {
    expect(() => run('file=src/missing.ts region=r')).toThrow(
      'docs/page.md: snippet file not found: examples/src/missing.ts (region "r")',
    );
  });

  it('refuses files outside the examples package', () => {
    expect(() => loadSnippet({ file: '../package.json' }, dir)).toThrow(/outside the examples package/);
  });

  it('shows a Korean page the comments from the catalog, and the code unchanged', () => {
    const koPage = path.join('i18n', 'ko', 'docusaurus-plugin-content-docs', 'current', 'page.md');
    expect(run('file=src/b.ts region=c').value).toBe('/** Adds one. */\nexport const y = 1 + 1; // two');
    expect(run('file=src/b.ts region=c', koPage).value).toBe(
      '/** 하나를 더한다. */\nexport const y = 1 + 1; // 둘',
    );
  });
});
