import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { afterAll, expect, it } from 'vitest';
import guidePageList from '../guide-page-list';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-pages-'));
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  fs.writeFileSync(path.join(site, file), text);
};
write('docs/guide/index.md', '---\ntitle: Guide\n---\n\n::guide-pages\n');
write('docs/guide/b.md', '---\ntitle: Bee\nsidebar_position: 1\n---\n');
write('docs/guide/a.mdx', '---\ntitle: A long title\nsidebar_label: Ay\nsidebar_position: 2\n---\n');
write('docs/guide/c.md', '---\ntitle: See\n---\n');
write('docs/guide/_category_.json', '{}');
write('i18n/ko/docusaurus-plugin-content-docs/current/guide/b.md', '---\ntitle: 비\n---\n');

function run(markdown: string, page: string): string {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;
  guidePageList({ siteDir: site })(tree, { path: path.join(site, page) });
  return unified().use(remarkStringify).stringify(tree).trim();
}

it('lists the pages of the folder as the sidebar does: position, then file name; label, then title', async () => {
  expect(run('## Pages\n\n::guide-pages\n', 'docs/guide/index.md')).toBe(
    ['## Pages', '', '* [Bee](b.md)', '* [Ay](a.mdx)', '* [See](c.md)'].join('\n'),
  );
});

it('reads the Korean pages on a Korean page', async () => {
  expect(run('::guide-pages\n', 'i18n/ko/docusaurus-plugin-content-docs/current/guide/index.md')).toBe(
    '* [비](b.md)',
  );
});

it('names the file of a page with no title', async () => {
  write('docs/other/x.md', '---\nsidebar_position: 1\n---\n');
  expect(() => run('::guide-pages\n', 'docs/other/index.md')).toThrow(
    `${path.join(site, 'docs', 'other', 'x.md')}: no title in its front matter`,
  );
});
