import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import staticProse from '../static-prose';

const attribute = (node: RootContent, name: string) =>
  (node as MdxJsxFlowElement).attributes?.find((a) => 'name' in a && a.name === name)?.value;

/** The page after the plugin, as the server's compilation sees it. */
async function transformed(markdown: string, extra: RootContent[] = []): Promise<Root> {
  const tree = fromMarkdown(markdown);
  tree.children.push(...extra);
  // As Docusaurus's heading plugin leaves them.
  for (const node of tree.children) {
    if (node.type === 'heading') node.data = { hProperties: { id: 'result-codes' } };
  }
  await staticProse({ defaultLocale: 'en', siteDir: process.cwd() })(tree, {
    path: 'docs/error-handling/retry.md',
    data: { compilerName: 'server' },
  });
  return tree;
}

it('writes a run of plain Markdown as one piece of HTML, links and heading anchors included', async () => {
  const tree = await transformed(
    [
      'Some failures are **transient**: see [timeouts](/docs/error-handling/timeouts#total).',
      '',
      '- `inDoubt` [spec](https://aerospike.com/docs)',
      '',
      '## Result codes',
    ].join('\n'),
  );
  expect(tree.children).toHaveLength(1);
  const [element] = tree.children;
  expect((element as MdxJsxFlowElement).name).toBe('StaticHtml');
  const html = String(attribute(element, 'html'));
  expect(html).toContain('<strong>transient</strong>');
  expect(html).toContain('<a href="/docs/error-handling/timeouts#total">timeouts</a>');
  expect(html).toContain('<a href="https://aerospike.com/docs" target="_blank" rel="noopener noreferrer">');
  expect(html).toContain(
    '<h2 id="result-codes" class="anchor">Result codes<a href="#result-codes" class="hash-link"',
  );
  expect(attribute(element, 'anchors')).toBe('result-codes');
  expect(attribute(element, 'links')).toBe('/docs/error-handling/timeouts#total');
});

it('leaves the title, components and anything not plain Markdown to React, between runs', async () => {
  const component: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'LoadChart',
    attributes: [],
    children: [],
  };
  const tree = await transformed('# Title\n\nFirst.\n\n![chart](./chart.png)\n\nLast.', [component]);
  expect(tree.children.map((node) => (node as MdxJsxFlowElement).name ?? node.type)).toEqual([
    'heading',
    'StaticHtml',
    'paragraph',
    'StaticHtml',
    'LoadChart',
  ]);
});

it('makes a table focusable, so that a keyboard can scroll one wider than the screen', async () => {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse('| code | meaning |\n| --- | --- |\n| 14 | busy |') as Root;
  await staticProse({ defaultLocale: 'en', siteDir: process.cwd() })(tree, {
    path: 'docs/error-handling/bad-input.md',
    data: { compilerName: 'server' },
  });
  expect(String(attribute(tree.children[0]!, 'html'))).toMatch(/^<table tabindex="0">/);
});
