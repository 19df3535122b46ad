/**
 * Cuts a named region out of an example source file, the way the guide shows it.
 *
 * Markup understood in example sources (all are line comments, so the file stays valid TS):
 *   // #region NAME  ...  // #endregion NAME   a region; it may be opened several times
 *                                              (segments are joined) and may nest in others
 *   // #remove-start ... // #remove-end        lines the reader never sees (assertions, test plumbing)
 *   some code;  // #hide                       one line the reader never sees
 * Marker lines of every region are dropped from the output; the result is dedented.
 */

const REGION_OPEN = /^\s*\/\/\s*#region\s+([\w.-]+)\s*$/;
const REGION_CLOSE = /^\s*\/\/\s*#endregion\s+([\w.-]+)\s*$/;
const REMOVE_START = /^\s*\/\/\s*#remove-start\s*$/;
const REMOVE_END = /^\s*\/\/\s*#remove-end\s*$/;
const HIDE_LINE = /\s*\/\/\s*#hide\s*$/;

export class SnippetError extends Error {
  override name = 'SnippetError';
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.match(/^[ \t]*/)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(cut));
}

/** Collapses runs of blank lines (left behind by removed blocks) and trims the ends. */
function tidyBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(blank ? '' : line.trimEnd());
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

/**
 * The source lines `region` shows, as 0-based line indexes, one list per time the region
 * opens. `label` names the file in error messages. Throws SnippetError when the region is
 * missing or unclosed, or the markup is unbalanced.
 */
export function regionLines(source: string, region: string, label: string): number[][] {
  const lines = source.split(/\r?\n/);
  const open = new Set<string>();
  // Each time the region opens it starts a segment; segments are dedented on their own.
  const segments: number[][] = [];
  let found = false;
  let removing = false;

  lines.forEach((line, index) => {
    const where = `${label}:${index + 1}`;
    const opened = line.match(REGION_OPEN);
    if (opened) {
      if (open.has(opened[1]))
        throw new SnippetError(`${where}: region "${opened[1]}" opened twice without #endregion`);
      open.add(opened[1]);
      if (opened[1] === region) {
        segments.push([]);
        found = true;
      }
      return;
    }
    const closed = line.match(REGION_CLOSE);
    if (closed) {
      if (!open.delete(closed[1]))
        throw new SnippetError(`${where}: #endregion "${closed[1]}" has no matching #region`);
      return;
    }
    if (REMOVE_START.test(line)) {
      if (removing) throw new SnippetError(`${where}: nested #remove-start`);
      removing = true;
      return;
    }
    if (REMOVE_END.test(line)) {
      if (!removing) throw new SnippetError(`${where}: #remove-end without #remove-start`);
      removing = false;
      return;
    }
    if (!open.has(region) || removing || HIDE_LINE.test(line)) return;
    segments[segments.length - 1]!.push(index);
  });

  if (!found) throw new SnippetError(`region "${region}" not found in ${label}`);
  if (open.size) throw new SnippetError(`${label}: region(s) never closed: ${[...open].join(', ')}`);
  if (removing) throw new SnippetError(`${label}: #remove-start never closed`);
  return segments;
}

/**
 * Returns the text of `region` in `source`. `label` names the file in error messages.
 * `shown[i]`, when given, is what source line i shows instead of itself (the lines of a
 * translated comment, see source-comments.ts); markup is always read from the source.
 * Throws SnippetError when the region is missing, unclosed, or empty.
 */
export function extractRegion(source: string, region: string, label: string, shown?: string[][]): string {
  const lines = source.split(/\r?\n/);
  const text = tidyBlankLines(
    regionLines(source, region, label)
      .map((indexes) => indexes.flatMap((index) => (shown ? shown[index]! : [lines[index]!])))
      .filter((lines) => lines.some((l) => l.trim()))
      .flatMap((lines, i) => (i ? ['', ...dedent(lines)] : dedent(lines))),
  );
  if (!text.length) throw new SnippetError(`region "${region}" in ${label} is empty`);
  return text.join('\n');
}

/** Every region name declared in `source`, in order of first appearance. */
export function listRegions(source: string): string[] {
  const names = new Set<string>();
  for (const line of source.split(/\r?\n/)) {
    const opened = line.match(REGION_OPEN);
    if (opened) names.add(opened[1]);
  }
  return [...names];
}
