/**
 * The two index files of the llmstxt.org proposal: `llms.txt` (H1 title, block-quote summary,
 * one section of links per part of the site, each with a one-line description) and
 * `llms-full.txt` (the same head, then every page's Markdown).
 */
import type { ExportSection } from './collect-pages';
import { markdownPath } from './rewrite-links';

export interface LlmsHead {
  title: string;
  summary: string;
  /** A paragraph after the summary. */
  details: string;
  /** The site's origin, e.g. `https://example.org`: links in llms.txt are absolute URLs. */
  origin: string;
}

function head({ title, summary, details }: LlmsHead): string {
  return `# ${title}\n\n> ${summary}\n\n${details}\n`;
}

export function llmsTxt(info: LlmsHead, sections: ExportSection[]): string {
  const parts = sections.map(
    (section) =>
      `## ${section.title}\n\n${section.pages
        .map(
          (page) =>
            `- [${page.title}](${info.origin}${markdownPath(page.permalink)}): ${page.description ?? ''}`,
        )
        .join('\n')}\n`,
  );
  return [head(info), ...parts].join('\n');
}

/** `markdown` holds each page's exported Markdown, keyed by its HTML path. */
export function llmsFullTxt(
  info: LlmsHead,
  sections: ExportSection[],
  markdown: Map<string, string>,
): string {
  const pages = sections.flatMap((section) =>
    section.pages.map((page) => markdown.get(page.permalink)!.trimEnd()),
  );
  return `${[head(info), ...pages].join('\n\n---\n\n')}\n`;
}
