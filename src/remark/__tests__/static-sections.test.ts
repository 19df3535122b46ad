import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { afterEach, describe, expect, it } from 'vitest';
import staticProse from '../static-prose';
import { resolvePageLink } from '../static-sections';

const HTML = '<div class="theme-code-block">…</div>';

/** A page holding one piece of build-time HTML, as highlight-code.ts leaves it. */
const page = (): Root => ({
  type: 'root',
  children: [
    {
      type: 'mdxJsxFlowElement',
      name: 'StaticHtml',
      attributes: [{ type: 'mdxJsxAttribute', name: 'html', value: HTML }],
      children: [],
    } as MdxJsxFlowElement,
  ],
});

/** The `html` the page's StaticHtml element carries after the transform, for a compiler. */
async function shippedHtml(compilerName: string): Promise<unknown> {
  const tree = page();
  await staticProse({ defaultLocale: 'en', siteDir: process.cwd() })(tree, {
    path: 'docs/x.md',
    data: { compilerName },
  });
  const element = tree.children[0] as MdxJsxFlowElement;
  expect(element.attributes.find((a) => 'name' in a && a.name === 'id')).toBeDefined();
  return element.attributes.find((a) => 'name' in a && a.name === 'html')?.value;
}

describe('build-time HTML shipped once', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('a production build leaves it out of the browser bundle: the page already has it', async () => {
    process.env.NODE_ENV = 'production';
    expect(await shippedHtml('server')).toBe(HTML);
    expect(await shippedHtml('client')).toBe('');
  });

  it('the dev server keeps it in the browser bundle: no page is rendered ahead there', async () => {
    process.env.NODE_ENV = 'development';
    expect(await shippedHtml('client')).toBe(HTML);
  });
});

describe('links in build-time HTML', () => {
  it("carry the base URL, as the theme's <Link> gives it, in each locale", () => {
    expect(resolvePageLink('./error-handling/retry.md#x', '/')).toBe('/docs/error-handling/retry#x');
    expect(resolvePageLink('./error-handling/retry.md', '/ko/')).toBe('/ko/docs/error-handling/retry');
    expect(resolvePageLink('./error-handling/retry.md', '/aerospike-ts/ko/')).toBe(
      '/aerospike-ts/ko/docs/error-handling/retry',
    );
    expect(resolvePageLink('/docs/error-handling/retry', '/aerospike-ts/')).toBe(
      '/aerospike-ts/docs/error-handling/retry',
    );
    // Docusaurus resolved a Markdown link to its permalink, base included: left as it is.
    expect(resolvePageLink('/aerospike-ts/ko/docs/quickstart', '/aerospike-ts/ko/')).toBe(
      '/aerospike-ts/ko/docs/quickstart',
    );
    expect(resolvePageLink('/aerospike-ts', '/aerospike-ts/')).toBe('/aerospike-ts/');
    for (const other of ['#code-14', 'https://aerospike.com/docs', '//cdn.example/x', 'retry.md'])
      expect(resolvePageLink(other, '/aerospike-ts/')).toBe(other);
  });
});
