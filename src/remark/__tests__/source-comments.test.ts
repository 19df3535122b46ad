import { describe, expect, it } from 'vitest';
import { columns, findComments, localizeLines, renderComment, stripComments } from '../source-comments';

const source = [
  '// #region r',
  "import * as Aerospike from 'aerospike';",
  '',
  '/**',
  ' * Reads a record. Returns null',
  ' * when it is missing.',
  ' *',
  ' * @param id - The key.',
  ' */',
  'export function f(id: string) {',
  "  const url = 'http://not-a-comment'; // trailing words",
  '  // Two lines that',
  '  // are one unit.',
  '  const t = `${id} // not a comment either`;',
  '  return t; // #hide',
  '}',
  '// #endregion r',
].join('\n');

describe('findComments', () => {
  it('finds prose comments with the scanner, skipping markup, strings and templates', () => {
    expect(
      findComments(source).map(({ kind, ownLines, startLine, endLine, text }) => ({
        kind,
        ownLines,
        startLine,
        endLine,
        text,
      })),
    ).toEqual([
      {
        kind: 'doc',
        ownLines: true,
        startLine: 3,
        endLine: 8,
        text: 'Reads a record. Returns null when it is missing.\n\n@param id - The key.',
      },
      { kind: 'line', ownLines: false, startLine: 10, endLine: 10, text: 'trailing words' },
      { kind: 'line', ownLines: true, startLine: 11, endLine: 12, text: 'Two lines that are one unit.' },
    ]);
  });
});

describe('renderComment', () => {
  const [doc, trailing, lines] = findComments(source);
  it('wraps Korean at 80 columns, counting a Hangul syllable as two', () => {
    const rendered = renderComment(lines!, '가나다 '.repeat(30));
    expect(rendered.length).toBeGreaterThan(1);
    for (const line of rendered) {
      expect(line).toMatch(/^ {2}\/\/ /);
      expect(columns(line)).toBeLessThanOrEqual(80);
    }
  });
  it('keeps the shape of a multi-line doc comment and its paragraphs', () => {
    expect(renderComment(doc!, '레코드를 읽는다.\n\n@param id - 키.')).toEqual([
      '/**',
      ' * 레코드를 읽는다.',
      ' *',
      ' * @param id - 키.',
      ' */',
    ]);
  });
  it('leaves a trailing comment on its line', () => {
    expect(renderComment(trailing!, '뒤에 붙은 말')).toEqual(['// 뒤에 붙은 말']);
  });
});

describe('localizeLines', () => {
  it('changes only comments: the code with comments stripped is the same', () => {
    const ko = localizeLines(source, (unit) => `번역: ${unit.text.split('\n')[0]}`)
      .flat()
      .join('\n');
    expect(ko).toContain("  const url = 'http://not-a-comment'; // 번역: trailing words");
    expect(ko).toContain('  // 번역: Two lines that are one unit.');
    expect(ko).not.toContain('// are one unit.');
    expect(stripComments(ko)).toBe(stripComments(source));
  });
});
