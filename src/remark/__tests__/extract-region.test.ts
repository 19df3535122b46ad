import { describe, expect, it } from 'vitest';
import { extractRegion, listRegions, SnippetError } from '../extract-region';

const source = [
  '// #region outer',
  "import * as Aerospike from 'aerospike';",
  '// #endregion outer',
  "import { helper } from './helper';",
  '',
  'export function f() {',
  '  // #region outer',
  '  const a = 1;',
  '  // #region inner',
  '  const b = a + 1;',
  '  // #remove-start',
  '  expect(b).toBe(2);',
  '  // #remove-end',
  '  return b;',
  '  // #endregion inner',
  '  const debug = true; // #hide',
  '  // #endregion outer',
  '}',
].join('\n');

describe('extractRegion', () => {
  it('joins the segments of a region and drops nested markers, removed blocks and hidden lines', () => {
    expect(extractRegion(source, 'outer', 'x.ts')).toBe(
      ["import * as Aerospike from 'aerospike';", '', 'const a = 1;', 'const b = a + 1;', 'return b;'].join(
        '\n',
      ),
    );
  });

  it('extracts a nested region on its own, dedented', () => {
    expect(extractRegion(source, 'inner', 'x.ts')).toBe(['const b = a + 1;', 'return b;'].join('\n'));
  });

  it('keeps relative indentation inside the region', () => {
    const text = ['  // #region r', '  if (x) {', '    y();', '  }', '  // #endregion r'].join('\n');
    expect(extractRegion(text, 'r', 'y.ts')).toBe(['if (x) {', '  y();', '}'].join('\n'));
  });

  it('collapses the blank lines a removed block leaves behind', () => {
    const text = [
      '// #region r',
      'a();',
      '',
      '// #remove-start',
      'check();',
      '// #remove-end',
      '',
      'b();',
      '// #endregion r',
    ].join('\n');
    expect(extractRegion(text, 'r', 'z.ts')).toBe(['a();', '', 'b();'].join('\n'));
  });

  it('names the file and region when the region is missing', () => {
    expect(() => extractRegion(source, 'nope', 'examples/src/x.ts')).toThrow(
      new SnippetError('region "nope" not found in examples/src/x.ts'),
    );
  });

  it('rejects an unclosed region, a stray #endregion and an empty region', () => {
    expect(() => extractRegion('// #region r\ncode();', 'r', 'a.ts')).toThrow(
      /a\.ts: region\(s\) never closed: r/,
    );
    expect(() => extractRegion('// #endregion r', 'r', 'a.ts')).toThrow(
      /a\.ts:1: #endregion "r" has no matching #region/,
    );
    expect(() => extractRegion('// #region r\n// #endregion r', 'r', 'a.ts')).toThrow(
      /region "r" in a\.ts is empty/,
    );
  });

  it('lists regions in order of first appearance', () => {
    expect(listRegions(source)).toEqual(['outer', 'inner']);
  });
});
