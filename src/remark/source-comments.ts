/**
 * Finds the prose comments of a TypeScript source with the compiler's own scanner (so `//`
 * inside a string or a template is never mistaken for one) and renders them in another
 * language, touching nothing else.
 *
 * A comment "unit" is what a translator translates as one piece: a doc or block comment, a run
 * of `//` lines that stand alone on consecutive lines at the same column, or a comment that
 * trails code on its line. Snippet markup (`// #region` …) is not prose and is left alone.
 */
import ts from 'typescript';
import stringWidth from 'string-width';

export const MAX_COLUMNS = 80;

const MARKUP = /^\/\/\s*#(region|endregion|remove-start|remove-end|hide)\b/;

export interface CommentUnit {
  /** 0-based index of the first and the last line the unit occupies. */
  startLine: number;
  endLine: number;
  /** Offsets of the unit in the source (from the first comment's start to the last one's end). */
  pos: number;
  end: number;
  /** `//` comments, a `/** … *\/` doc comment, or a plain `/* … *\/` block. */
  kind: 'line' | 'doc' | 'block';
  /** Nothing but whitespace shares its lines: it may be rewrapped over as many lines as needed. */
  ownLines: boolean;
  /** Whitespace before the unit on its first line. */
  indent: string;
  /** Its prose: paragraphs apart by a blank line, each paragraph's lines joined by a space. */
  text: string;
}

interface Range {
  pos: number;
  end: number;
  kind: ts.CommentKind;
}

function parse(fileName: string, source: string): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
}

function commentRanges(file: ts.SourceFile): Range[] {
  const source = file.text;
  const seen = new Map<number, Range>();
  const add = (ranges: ts.CommentRange[] | undefined) =>
    ranges?.forEach((r) => seen.set(r.pos, { pos: r.pos, end: r.end, kind: r.kind }));
  // Every comment is leading or trailing trivia of some token: visit every token.
  const visit = (node: ts.Node) => {
    add(ts.getLeadingCommentRanges(source, node.pos));
    add(ts.getTrailingCommentRanges(source, node.end));
    for (const child of node.getChildren(file)) {
      if (child.kind >= ts.SyntaxKind.FirstJSDocNode && child.kind <= ts.SyntaxKind.LastJSDocNode) continue;
      visit(child);
    }
  };
  visit(file);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

/** The prose of one comment's text, one entry per source line, markers stripped. */
function proseLines(comment: string, kind: CommentUnit['kind']): string[] {
  if (kind === 'line') return [comment.replace(/^\/\/ ?/, '')];
  const body = comment.replace(kind === 'doc' ? /^\/\*\*/ : /^\/\*/, '').replace(/\*\/$/, '');
  const lines = body.split('\n').map((line) => line.replace(/^\s*\* ?/, '').trimEnd());
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.map((line) => line.trim());
}

/** Joins wrapped lines into paragraphs; a blank line or a `@tag` starts a new one. */
export function toParagraphs(lines: string[]): string {
  const paragraphs: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (!line.trim()) {
      current = undefined;
      continue;
    }
    if (!current || line.startsWith('@')) paragraphs.push((current = []));
    current.push(line.trim());
  }
  // A word hyphenated across lines (`re-` / `sending`) is joined back whole.
  return paragraphs.map((p) => p.join(' ').replace(/(\p{L})- (?=\p{L})/gu, '$1-')).join('\n\n');
}

/** Whether a comment says anything to translate (`// 7` or `// -10` does not). */
export function hasProse(unit: CommentUnit): boolean {
  return /\p{L}/u.test(unit.text);
}

/** The prose comment units of a source, in order. */
export function findComments(source: string, fileName = 'source.ts'): CommentUnit[] {
  const file = parse(fileName, source);
  const lineStarts = file.getLineStarts();
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line;
  const lineText = (line: number) =>
    source.slice(lineStarts[line], lineStarts[line + 1] ?? source.length).replace(/\r?\n$/, '');

  const units: (CommentUnit & { lines: string[] })[] = [];
  for (const range of commentRanges(file)) {
    const text = source.slice(range.pos, range.end);
    if (MARKUP.test(text)) continue;
    const startLine = lineOf(range.pos);
    const endLine = lineOf(range.end);
    const before = source.slice(lineStarts[startLine], range.pos);
    const after = lineText(endLine).slice(range.end - lineStarts[endLine]!);
    const ownLines = before.trim() === '' && after.trim() === '';
    const kind: CommentUnit['kind'] =
      range.kind === ts.SyntaxKind.SingleLineCommentTrivia
        ? 'line'
        : text.startsWith('/**')
          ? 'doc'
          : 'block';
    const previous = units[units.length - 1];
    // `//` lines alone on consecutive lines at one column are one paragraph-wrapped unit.
    if (
      kind === 'line' &&
      ownLines &&
      previous?.kind === 'line' &&
      previous.ownLines &&
      previous.endLine === startLine - 1 &&
      previous.indent === before
    ) {
      previous.endLine = endLine;
      previous.end = range.end;
      previous.lines.push(...proseLines(text, kind));
      continue;
    }
    units.push({
      startLine,
      endLine,
      pos: range.pos,
      end: range.end,
      kind,
      ownLines,
      indent: ownLines ? before : '',
      text: '',
      lines: proseLines(text, kind),
    });
  }
  return units.map(({ lines, ...unit }) => ({ ...unit, text: toParagraphs(lines) }));
}

/** Columns a line takes in a monospace font: Hangul and other wide characters count two. */
export function columns(line: string): number {
  return stringWidth(line);
}

/** Greedy word wrap of one paragraph to `width` columns (a word longer than that stands alone). */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && columns(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lines of `unit` with `text` (paragraphs apart by a blank line) as its prose, in the
 * unit's own shape (`//` lines, a one-line or a multi-line doc comment) and indentation,
 * wrapped to MAX_COLUMNS. A trailing comment is not wrapped: it stays on its code's line.
 */
export function renderComment(unit: CommentUnit, text: string): string[] {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim().replace(/\s+/g, ' '));
  const { indent } = unit;
  if (!unit.ownLines) {
    return [unit.kind === 'line' ? `// ${paragraphs.join(' ')}` : `/* ${paragraphs.join(' ')} */`];
  }
  if (unit.kind === 'line') {
    const width = MAX_COLUMNS - columns(indent) - 3;
    return paragraphs.flatMap((p, i) => [
      ...(i ? [`${indent}//`] : []),
      ...wrap(p, width).map((line) => `${indent}// ${line}`),
    ]);
  }
  const open = unit.kind === 'doc' ? '/**' : '/*';
  const oneLine = `${indent}${open} ${paragraphs.join(' ')} */`;
  if (unit.startLine === unit.endLine && paragraphs.length === 1 && columns(oneLine) <= MAX_COLUMNS) {
    return [oneLine];
  }
  const width = MAX_COLUMNS - columns(indent) - 3;
  return [
    `${indent}${open}`,
    ...paragraphs.flatMap((p, i) => [
      ...(i ? [`${indent} *`] : []),
      ...wrap(p, width).map((line) => `${indent} * ${line}`),
    ]),
    `${indent} */`,
  ];
}

/**
 * The source's lines, each replaced by what a reader of another language sees there: `translate`
 * gives a unit's prose in that language (undefined keeps the original). Entry i holds what
 * source line i becomes: a rewrapped unit's lines all sit at its first line, the rest are empty.
 */
export function localizeLines(
  source: string,
  translate: (unit: CommentUnit) => string | undefined,
  fileName?: string,
): string[][] {
  const lines = source.split(/\r?\n/);
  const lineStarts = parse(fileName ?? 'source.ts', source).getLineStarts();
  const out = lines.map((line) => [line]);
  // Right to left, so that earlier offsets on a shared line stay valid.
  for (const unit of findComments(source, fileName).reverse()) {
    const text = translate(unit);
    if (text === undefined) continue;
    const rendered = renderComment(unit, text);
    if (unit.ownLines) {
      out[unit.startLine] = rendered;
      for (let line = unit.startLine + 1; line <= unit.endLine; line += 1) out[line] = [];
      continue;
    }
    if (unit.startLine !== unit.endLine) {
      throw new Error(
        `${fileName}:${unit.startLine + 1}: a comment that shares its lines with code spans lines`,
      );
    }
    const line = out[unit.startLine]![0]!;
    const from = unit.pos - lineStarts[unit.startLine]!;
    const to = unit.end - lineStarts[unit.startLine]!;
    out[unit.startLine] = [line.slice(0, from) + rendered[0] + line.slice(to)];
  }
  return out;
}

/** A source with its comments (markup included) removed and the lines left empty dropped. */
export function stripComments(source: string): string {
  const ranges = commentRanges(parse('source.ts', source));
  let text = source;
  for (const range of ranges.reverse()) text = text.slice(0, range.pos) + text.slice(range.end);
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}
