/**
 * The complete program behind a snippet, line by line, the way Rust's documentation hides
 * lines: the page shows the excerpt (the regions the reference names), the "whole program"
 * toggle shows every line, and the copy button copies the whole program, which compiles on its
 * own with nothing but `aerospike` and Node's types.
 *
 * The whole program is the excerpt and the statements it needs to compile (needed-statements.ts):
 * its own file's in place, those of other modules of the examples package it imports appended,
 * so a relative import becomes code the reader has. Repeated import lines are kept once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog, localizedLines, SOURCE_LOCALE } from './comment-catalog';
import { regionLines, SnippetError } from './extract-region';
import { neededStatements, parseModule } from './needed-statements';

const MARKUP = /^\s*\/\/\s*#(region|endregion|remove-start|remove-end)\b|\/\/\s*#hide\s*$/;
const REMOVE_START = /^\s*\/\/\s*#remove-start\s*$/;
const REMOVE_END = /^\s*\/\/\s*#remove-end\s*$/;

/** One line of a snippet block. */
export interface ProgramLine {
  /** The line as the whole program has it (comments in the page's language). */
  text: string;
  /** Part of the excerpt the page shows. */
  inExcerpt: boolean;
  /** Part of the whole program (what the copy button copies). */
  inWhole: boolean;
  /** Leading columns the excerpt drops (its segment is dedented). */
  cut: number;
  /** Where the line comes from, for type information: example file and 0-based line. */
  origin?: { file: string; line: number };
}

export interface SnippetProgram {
  lines: ProgramLine[];
  /** What the page shows. */
  excerpt: string;
  /** What the copy button copies. */
  whole: string;
}

const headings: Record<string, (file: string) => string> = {
  en: (file) => `// From ${file}, which the code above imports:`,
  ko: (file) => `// 위 코드가 import하는 ${file}의 내용:`,
};

interface ModuleText {
  /** Path relative to the examples package, e.g. `src/retry.ts`. */
  file: string;
  source: string;
  /** What each source line shows in the page's locale (several lines for a rewrapped comment). */
  shown: string[][];
}

function readModule(file: string, examplesDir: string, locale: string): ModuleText {
  const source = fs.readFileSync(path.join(examplesDir, file), 'utf8');
  const shown =
    locale === SOURCE_LOCALE
      ? source.split(/\r?\n/).map((line) => [line])
      : localizedLines(source, file, loadCatalog(examplesDir, locale));
  return { file, source, shown };
}

/** Source lines that are snippet markup or inside a `#remove` block: in neither view. */
function markupLines(source: string): Set<number> {
  const out = new Set<number>();
  let removing = false;
  source.split(/\r?\n/).forEach((line, index) => {
    if (REMOVE_START.test(line)) removing = true;
    if (removing || MARKUP.test(line)) out.add(index);
    if (REMOVE_END.test(line)) removing = false;
  });
  return out;
}

const indentOf = (line: string) => line.match(/^[ \t]*/)![0].length;

/**
 * Marks blank lines so that each view has no blank line at either end and never two in a row,
 * as the excerpt extractor tidies its output.
 */
function tidyBlanks(lines: ProgramLine[], view: 'inExcerpt' | 'inWhole'): void {
  let previousBlank = true;
  for (const line of lines) {
    if (!line[view]) continue;
    const blank = line.text.trim() === '';
    if (blank && previousBlank) line[view] = false;
    previousBlank = blank;
  }
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    if (!line[view]) continue;
    if (line.text.trim() !== '') break;
    line[view] = false;
  }
}

/** The source lines of `module` that the needed statements span (relative imports left out). */
function keptLines(needed: Map<string, Set<number>>, module: string, examplesDir: string): Set<number> {
  const keep = new Set<number>();
  const { statements } = parseModule(module, examplesDir);
  for (const index of needed.get(module) ?? []) {
    const statement = statements[index]!;
    if (statement.relativeTarget) continue;
    for (let line = statement.startLine; line <= statement.endLine; line += 1) keep.add(line);
  }
  return keep;
}

/**
 * The 0-based source lines, per example file, that a snippet's whole program is made of (the
 * regions' lines included): what a reader of the page can see once the program is shown whole.
 */
export function programSourceLines(
  file: string,
  regions: string[],
  examplesDir: string,
): Map<string, Set<number>> {
  const source = fs.readFileSync(path.join(examplesDir, file), 'utf8');
  const label = path.posix.join('examples', file);
  const regionSet = new Set(regions.flatMap((region) => regionLines(source, region, label).flat()));
  const needed = neededStatements(file, regionSet, examplesDir);
  const out = new Map([...needed.keys()].map((module) => [module, keptLines(needed, module, examplesDir)]));
  regionSet.forEach((line) => out.get(file)!.add(line));
  return out;
}

/**
 * The block of the snippet `file`/`regions` in `locale`: the excerpt's lines and the whole
 * program's, interleaved in file order. Throws SnippetError when the regions are not listed
 * in file order (the excerpt could not be shown as a view of the program).
 */
export function snippetProgram(
  file: string,
  regions: string[],
  examplesDir: string,
  locale = SOURCE_LOCALE,
): SnippetProgram {
  const label = path.posix.join('examples', file);
  const own = readModule(file, examplesDir, locale);
  const sourceLines = own.source.split(/\r?\n/);
  const hiddenMarkup = markupLines(own.source);

  // Each region's segments, in the order listed; each segment is dedented on its own.
  const segmentOf = new Map<number, number>();
  let lastLine = -1;
  const segments = regions.flatMap((region) => regionLines(own.source, region, label));
  segments.forEach((segment, index) => {
    if (segment.length && segment[0]! <= lastLine) {
      throw new SnippetError(
        `${label}: regions "${regions.join(',')}" must be listed in the order they appear in the file`,
      );
    }
    lastLine = segment[segment.length - 1] ?? lastLine;
    segment.forEach((line) => segmentOf.set(line, index));
  });
  const cuts = segments.map((segment) => {
    const shown = segment.flatMap((line) => own.shown[line]!).filter((l) => l.trim() !== '');
    return shown.length ? Math.min(...shown.map(indentOf)) : 0;
  });

  // The whole program keeps the statements the excerpt needs, its own file's in place and
  // those of the modules it imports appended, each under a heading.
  const needed = neededStatements(file, new Set(segmentOf.keys()), examplesDir);
  const wholeLines = (module: string) => keptLines(needed, module, examplesDir);
  const importsSeen = new Set<string>();
  const ownWhole = wholeLines(file);

  const lines: ProgramLine[] = [];
  let previousSegment: number | undefined;
  sourceLines.forEach((line, index) => {
    const segment = segmentOf.get(index);
    if (segment !== undefined && previousSegment !== undefined && segment !== previousSegment) {
      // The excerpt puts a blank line between segments.
      lines.push({ text: '', inExcerpt: true, inWhole: false, cut: 0 });
    }
    if (segment !== undefined) previousSegment = segment;
    if (hiddenMarkup.has(index)) return;
    if (ownWhole.has(index) && /^import\s/.test(line)) importsSeen.add(line.trim());
    const shown = own.shown[index]!;
    const inWhole = ownWhole.has(index) || (line.trim() === '' && index > 0);
    shown.forEach((text) => {
      lines.push({
        text: text.trimEnd(),
        inExcerpt: segment !== undefined,
        inWhole,
        cut: segment === undefined ? 0 : cuts[segment]!,
        // A rewrapped comment has no one source line; code lines keep theirs.
        origin: shown.length === 1 && shown[0] === line ? { file, line: index } : undefined,
      });
    });
  });

  for (const dependency of [...needed.keys()].filter((module) => module !== file)) {
    const module = readModule(dependency, examplesDir, locale);
    const markup = markupLines(module.source);
    const keep = wholeLines(dependency);
    const moduleLines = module.source.split(/\r?\n/);
    lines.push({ text: '', inExcerpt: false, inWhole: true, cut: 0 });
    lines.push({
      text: (headings[locale] ?? headings.en!)(dependency),
      inExcerpt: false,
      inWhole: true,
      cut: 0,
    });
    module.shown.forEach((shown, index) => {
      const source = moduleLines[index]!;
      if (markup.has(index)) return;
      if (!keep.has(index) && source.trim() !== '') return;
      if (/^import\s/.test(source)) {
        if (importsSeen.has(source.trim())) return;
        importsSeen.add(source.trim());
      }
      for (const text of shown) {
        lines.push({ text: text.trimEnd(), inExcerpt: false, inWhole: true, cut: 0 });
      }
    });
  }

  tidyBlanks(lines, 'inExcerpt');
  tidyBlanks(lines, 'inWhole');
  const view = (key: 'inExcerpt' | 'inWhole', dedent: boolean) =>
    lines
      .filter((line) => line[key])
      .map((line) => (dedent ? line.text.slice(line.cut) : line.text))
      .join('\n');
  return { lines, excerpt: view('inExcerpt', true), whole: view('inWhole', false) };
}
