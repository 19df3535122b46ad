/**
 * Publishes the docs for machines, at build time, in every locale: each page as Markdown
 * beside its HTML (`/docs/error-handling/retry.md`, `/ko/docs/error-handling/retry.md`) with
 * its snippets and generated content resolved as that locale's HTML page shows them, an
 * `llms.txt` index and an `llms-full.txt` with every page (`/llms.txt`, `/ko/llms.txt`), and a
 * `<link rel="alternate" type="text/markdown">` on each HTML page pointing at its Markdown.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { addAlternateLink } from './alternate-link';
import { collectSections } from './collect-pages';
import type { ExportLocale } from './component-notes';
import { llmsFullTxt, llmsTxt, type LlmsHead } from './llms-txt';
import { renderPage } from './render-page';
import { linkRewriter, markdownPath } from './rewrite-links';

export interface MarkdownExportOptions {
  /** Absolute path of the examples package. */
  examplesDir: string;
}

const TEXT: Record<ExportLocale, { guide: string; api: string; details: string }> = {
  en: {
    guide: 'Guide',
    api: 'API reference',
    details:
      'Every page is also served as Markdown: add `.md` to its URL. Code blocks are the tested example programs; `llms-full.txt` holds every page in one file.',
  },
  ko: {
    guide: '가이드',
    api: 'API 레퍼런스',
    details:
      '모든 페이지는 URL 끝에 `.md`를 붙이면 Markdown으로도 받을 수 있습니다. 코드 블록은 테스트를 거친 예제 프로그램 그대로이고, `llms-full.txt`에는 모든 페이지가 한 파일에 들어 있습니다.',
  },
};

/** The built HTML file of a page path (no trailing slash: `x.html`, or `x/index.html`). */
function htmlFileOf(outDir: string, relative: string): string {
  const flat = path.join(outDir, `${relative}.html`);
  return fs.existsSync(flat) ? flat : path.join(outDir, relative, 'index.html');
}

export default function markdownExport(context: LoadContext, options: MarkdownExportOptions): Plugin {
  const locale: ExportLocale = context.i18n.currentLocale === 'ko' ? 'ko' : 'en';
  return {
    name: 'markdown-export',
    async postBuild({ plugins, outDir, siteConfig, baseUrl }) {
      const text = TEXT[locale];
      const sections = collectSections(plugins, context.siteDir, {
        default: { title: text.guide, byCategory: true },
        api: { title: text.api, byCategory: false },
      });
      const pages = sections.flatMap((section) => section.pages);
      const targets = {
        bySource: new Map(pages.map((page) => [page.sourcePath, page.permalink])),
        permalinks: new Set(pages.map((page) => page.permalink)),
        baseUrl,
      };
      const markdown = new Map<string, string>();
      for (const page of pages) {
        const { markdown: body, summary } = renderPage({
          sourcePath: page.sourcePath,
          title: page.title,
          locale,
          pagePath: page.permalink,
          rewriteLink: linkRewriter(targets, page.sourcePath),
          examplesDir: options.examplesDir,
          siteDir: context.siteDir,
        });
        markdown.set(page.permalink, body);
        page.description ??= summary;
        const relative = page.permalink.slice(baseUrl.length).replace(/\/$/, '');
        const file = path.join(outDir, `${relative}.md`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, body);
        addAlternateLink(htmlFileOf(outDir, relative), markdownPath(page.permalink));
      }
      const head: LlmsHead = {
        title: siteConfig.title,
        summary: siteConfig.tagline,
        details: text.details,
        origin: siteConfig.url.replace(/\/$/, ''),
      };
      fs.writeFileSync(path.join(outDir, 'llms.txt'), llmsTxt(head, sections));
      fs.writeFileSync(path.join(outDir, 'llms-full.txt'), llmsFullTxt(head, sections, markdown));
    },
  };
}
