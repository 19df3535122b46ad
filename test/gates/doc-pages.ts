import fs from 'node:fs';
import path from 'node:path';

/** Doc pages under `dir`, as paths relative to it, sorted. */
export function listDocPages(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export interface Fence {
  line: number;
  lang: string;
  meta: string;
  /** The lines inside the fence: empty for a block cut from an example. */
  body: string;
}

export interface PageOutline {
  /** `h2#retry`, `h3#in-doubt`, … in document order; `h2` alone when a heading has no {#id}. */
  headings: string[];
  fences: Fence[];
}

/** Headings and code fences of a Markdown page, skipping what is inside fences. */
export function outlinePage(text: string): PageOutline {
  const outline: PageOutline = { headings: [], fences: [] };
  let open: (Omit<Fence, 'body'> & { lines: string[] }) | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const fence = line.match(/^\s*```(\S*)\s*(.*)$/);
    if (fence) {
      if (open) {
        const { lines, ...rest } = open;
        outline.fences.push({ ...rest, body: lines.join('\n') });
        open = undefined;
      } else {
        open = { line: index + 1, lang: fence[1]!, meta: fence[2]!, lines: [] };
      }
      return;
    }
    if (open) {
      open.lines.push(raw);
      return;
    }
    const heading = line.match(/^(#{2,6})\s.*?(?:\{#([\w-]+)\})?$/);
    if (heading) outline.headings.push(`h${heading[1]!.length}${heading[2] ? `#${heading[2]}` : ''}`);
  });
  return outline;
}

/** A fence's snippet reference with the locale-specific title left out. */
export function snippetRef(fence: Fence): string {
  return `${fence.lang} ${fence.meta.replace(/\s*title="[^"]*"/, '')}`.trim();
}
