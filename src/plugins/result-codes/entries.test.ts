import path from 'node:path';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { allCodes, CLASSIFICATION } from '../../../examples/src/result-codes/classification';
import resultCodeEntries, { guideCodeNodes, handbookNodes, pageOf, readLiveProofs } from './entries';
import { PROSE_KO } from './prose-ko';

const siteDir = path.resolve(__dirname, '..', '..', '..');
const examplesDir = path.join(siteDir, 'examples');

const headings = (nodes: RootContent[], depth: number) =>
  nodes.filter((node): node is Heading => node.type === 'heading' && node.depth === depth);

describe('the result-code handbook', () => {
  it.each(['en', 'ko'] as const)(
    '%s: one entry per code, anchored code-N, its heading holding number and names',
    (locale) => {
      const entries = headings(handbookNodes(locale, examplesDir, siteDir), 3);
      expect(entries.map((h) => h.data?.hProperties?.id)).toEqual(
        expect.arrayContaining(allCodes().map((code) => `code-${code}`)),
      );
      expect(entries).toHaveLength(allCodes().length);
      const busy = entries.find((h) => h.data?.hProperties?.id === 'code-14')!;
      expect(toString(busy)).toBe('14 ERR_RECORD_BUSY');
      const both = entries.find((h) => h.data?.hProperties?.id === 'code-25')!;
      expect(toString(both)).toBe('25 ERR_ENTERPRISE_ONLY ERR_FAIL_ENTERPRISE_ONLY');
    },
  );

  it('both locales have the same groups and entries in the same order', () => {
    const ids = (locale: 'en' | 'ko') =>
      handbookNodes(locale, examplesDir, siteDir)
        .filter((node): node is Heading => node.type === 'heading')
        .map((h) => h.data?.hProperties?.id);
    expect(ids('ko')).toEqual(ids('en'));
  });

  it('the Korean text has a retry condition exactly where the English has one', () => {
    for (const code of allCodes()) {
      const en = CLASSIFICATION[code].retry;
      expect([code, PROSE_KO[code].onlyIf !== undefined]).toEqual([code, typeof en === 'object']);
    }
  });

  it('each live code has a snippet region and a recorded output line starting with its number', () => {
    const proofs = readLiveProofs(examplesDir);
    expect([...proofs.keys()].sort((a, b) => a - b)).toEqual(
      allCodes().filter((c) => !CLASSIFICATION[c].notLive),
    );
    for (const [code, proof] of proofs) expect(proof.outputLine.trim().startsWith(`${code} `)).toBe(true);
  });

  it('each produced entry names the live test that asserts it, in both locales', () => {
    const proofs = readLiveProofs(examplesDir);
    expect(proofs.get(11)?.test).toBe('examples/test/result-codes/produce.cluster.test.ts');
    expect(proofs.get(-11)?.test).toBe('examples/test/result-codes/produce.test.ts');
    const shown = (locale: 'en' | 'ko') =>
      toString({ type: 'root', children: handbookNodes(locale, examplesDir, siteDir) });
    expect(shown('en')).toContain(
      'Produced live (on a three-node cluster with min-cluster-size 3, after one of its nodes was ' +
        'killed; checked by examples/test/result-codes/produce.cluster.test.ts):',
    );
    expect(shown('ko')).toContain(
      '실서버 재현 (테스트 서버에서, examples/test/result-codes/produce.test.ts에서 검증):',
    );
  });

  it('a guide page lists the codes that name it, linking to their entries', () => {
    const nodes = guideCodeNodes('error-handling/optimistic-locking', 'en', '../result-codes.mdx');
    expect(toString(nodes[1]!)).toContain('3 ERR_RECORD_GENERATION');
    expect(JSON.stringify(nodes)).toContain('"url":"../result-codes.mdx#code-3"');
    expect(() => guideCodeNodes('error-handling/index', 'en', '../result-codes.mdx')).toThrow(
      /no code names it/,
    );
  });

  it('the plugin fills the marker of the reference page and the {#result-codes} heading of a guide page', () => {
    const plugin = resultCodeEntries({ examplesDir, siteDir });
    const reference: Root = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'ResultCodeEntries', attributes: [], children: [] } as never,
      ],
    };
    plugin(reference, {
      path: path.join(siteDir, 'i18n/ko/docusaurus-plugin-content-docs/current/result-codes.mdx'),
    });
    expect(headings(reference.children, 3)).toHaveLength(allCodes().length);
    expect(toString(reference)).toContain('재시도');

    const guide: Root = {
      type: 'root',
      children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Codes {#result-codes}' }] }],
    };
    plugin(guide, { path: path.join(siteDir, 'docs/error-handling/retry.md') });
    expect(JSON.stringify(guide)).toContain('../result-codes.mdx#code-14');
    expect(pageOf(path.join(siteDir, 'blog/x.md'), siteDir)).toBeUndefined();
  });
});
