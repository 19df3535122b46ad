import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSnippet } from '../../remark/code-from-examples';
import { llmsTxt } from '../markdown-export/llms-txt';
import { renderPage } from '../markdown-export/render-page';
import { linkRewriter } from '../markdown-export/rewrite-links';

const SITE = path.resolve(__dirname, '..', '..', '..');
const EXAMPLES = path.join(SITE, 'examples');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'markdown-export-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAGE = `---
title: A page
sidebar_position: 2
---

import LoadChart from '@site/src/components/LoadChart';

Read [the other page](other.md#why), the [quick start](/docs/quickstart) and [npm](https://www.npmjs.com/).

## Steps {#steps}

\`\`\`ts file=src/retry/retry.ts region=with-retry
\`\`\`

<LoadChart />

:::note[Mind this]

Body.

:::
`;

/** Writes `source` as a page and renders it the way the build does. */
function render(source: string, name = 'page.mdx', locale: 'en' | 'ko' = 'en') {
  const sourcePath = path.join(dir, name);
  const other = path.join(path.dirname(sourcePath), 'other.md');
  fs.mkdirSync(path.dirname(sourcePath), { recursive: true });
  fs.writeFileSync(sourcePath, source);
  fs.writeFileSync(other, '# Other\n');
  const targets = {
    bySource: new Map([
      [sourcePath, '/docs/page'],
      [other, '/docs/other'],
    ]),
    permalinks: new Set(['/docs/page', '/docs/other', '/docs/quickstart']),
    baseUrl: '/',
  };
  return renderPage({
    sourcePath,
    title: 'A page',
    locale,
    pagePath: '/docs/page',
    rewriteLink: linkRewriter(targets, sourcePath),
    examplesDir: EXAMPLES,
    siteDir: SITE,
  });
}

describe('renderPage', () => {
  const { markdown, summary } = render(PAGE);

  it('puts the title where the front matter was, and drops imports and heading ids', () => {
    expect(markdown.startsWith('# A page\n\nRead ')).toBe(true);
    expect(markdown).not.toMatch(/sidebar_position|import |\{#/);
    expect(markdown).toContain('\n## Steps\n');
    expect(summary).toBe('Read the other page, the quick start and npm.');
  });

  it('fills a snippet fence with the region and names the file, not the region', () => {
    const snippet = loadSnippet({ file: 'src/retry/retry.ts', region: 'with-retry' }, EXAMPLES);
    expect(markdown).toContain('```ts title="examples/src/retry/retry.ts"\n' + snippet + '\n```');
    expect(markdown).not.toContain('region=');
  });

  it('turns a component into its note, linking the HTML page, and an admonition into a quote', () => {
    expect(markdown).not.toContain('<LoadChart');
    expect(markdown).toContain('(The [HTML page](/docs/page) draws this recorded run');
    expect(markdown).toContain('> **Note: Mind this**\n>\n> Body.');
  });

  it('points links at the Markdown of pages and leaves other links alone', () => {
    expect(markdown).toContain('[the other page](/docs/other.md#why)');
    expect(markdown).toContain('[quick start](/docs/quickstart.md)');
    expect(markdown).toContain('[npm](https://www.npmjs.com/)');
  });

  it('shows a Korean page the comments in Korean', () => {
    // A page's locale comes from its path, as in the site: i18n/<locale>/….
    const korean = render(PAGE, 'i18n/ko/docusaurus-plugin-content-docs/current/page.mdx', 'ko').markdown;
    const snippet = loadSnippet(
      { file: 'src/retry/retry.ts', region: 'with-retry' },
      EXAMPLES,
      'a page',
      'ko',
    );
    expect(snippet).toMatch(/\p{Script=Hangul}/u);
    expect(korean).toContain(snippet);
  });

  it('fails naming the page and the component when a component has no note', () => {
    expect(() => render('# T\n\n<Mystery />\n', 'mystery.mdx')).toThrow(
      /mystery\.mdx: <Mystery> has no Markdown note for locale en/,
    );
  });

  it('fails naming the page and the link when a link goes to no exported page', () => {
    expect(() => render('# T\n\n[gone](gone.md)\n', 'broken.md')).toThrow(
      /broken\.md: link to gone\.md, which is no exported page/,
    );
  });
});

describe('llmsTxt', () => {
  it('writes the llmstxt.org shape: title, summary, sections of described links', () => {
    const head = { title: 'Site', summary: 'What it is.', details: 'More.', origin: 'https://example.org' };
    const sections = [
      {
        title: 'Guide',
        pages: [{ title: 'Retry', description: 'Retries.', permalink: '/docs/retry', sourcePath: '' }],
      },
    ];
    expect(llmsTxt(head, sections)).toBe(
      '# Site\n\n> What it is.\n\nMore.\n\n## Guide\n\n- [Retry](https://example.org/docs/retry.md): Retries.\n',
    );
  });
});
