import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkHeadingIds, checkLocaleParity, checkSnippets } from './check-docs';
import { checkBuiltLinks } from './check-links';

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

  it('a link that leaves the base URL of a site built for one', () => {
    const root = tree({
      'docs/guide.html': '<h2 id="retry">Retry</h2><a href="/base/docs/guide#retry">ok</a>',
      'index.html': '<a href="docs/guide">ok</a><a href="/docs/guide">without the base</a>',
    });
    expect(checkBuiltLinks(root, '/base/')).toEqual([
      'index.html: link outside the base URL /base/: /docs/guide',
    ]);
  });
});
