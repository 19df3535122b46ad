/**
 * Remark plugin: `::guide-pages` on a line of its own becomes the list of the pages of the
 * page's own folder (its index left out), linked and named as the sidebar names them
 * (src/guide-pages/list-guide-pages.ts). The overview's list of patterns is written this way.
 */
import path from 'node:path';
import type { List, Root, RootContent } from 'mdast';
import { docsDir, listGuidePages } from '../guide-pages/list-guide-pages';

export interface GuidePageListOptions {
  siteDir: string;
}

const LOCALES = ['en', 'ko'];

/** The locale and folder (relative to its docs root) of a page file; undefined outside docs. */
function placeOf(file: string, siteDir: string): { locale: string; folder: string } | undefined {
  for (const locale of LOCALES) {
    const relative = path.relative(docsDir(siteDir, locale), file);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
      return { locale, folder: path.dirname(relative).split(path.sep).join('/') };
    }
  }
  return undefined;
}

export default function guidePageList(options: GuidePageListOptions) {
  return (tree: Root, file: { path?: string }) => {
    const index = tree.children.findIndex(
      (node) =>
        (node as { type: string; name?: string }).type === 'leafDirective' &&
        (node as { name?: string }).name === 'guide-pages',
    );
    if (index === -1) return;
    const place = file.path ? placeOf(file.path, options.siteDir) : undefined;
    if (!place) throw new Error(`${file.path}: ::guide-pages is only for doc pages`);
    const pages = listGuidePages(options.siteDir, place.locale, place.folder);
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: pages.map((page) => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'link', url: page.file, children: [{ type: 'text', value: page.label }] }],
          },
        ],
      })),
    };
    tree.children.splice(index, 1, list as RootContent);
  };
}
