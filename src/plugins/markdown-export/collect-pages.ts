/**
 * The pages to export, in sidebar order and grouped in sections, read from what the docs
 * plugins loaded for the locale being built: their titles, descriptions, URLs and sources are
 * the ones the HTML pages have.
 */
import path from 'node:path';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import type { LoadedPlugin } from '@docusaurus/types';

export interface ExportPage {
  title: string;
  /** The front matter's description, if it has one. */
  description?: string;
  /** The HTML page's path, e.g. `/ko/docs/error-handling/retry`. */
  permalink: string;
  /** Absolute path of its source. */
  sourcePath: string;
}

export interface ExportSection {
  title: string;
  pages: ExportPage[];
}

type Doc = LoadedContent['loadedVersions'][number]['docs'][number];
type SidebarItem = {
  type: string;
  id?: string;
  label?: string;
  items?: SidebarItem[];
  link?: { id?: string };
};

function toPage(doc: Doc, siteDir: string): ExportPage {
  // Not doc.description: without front matter Docusaurus takes it from the first line of the
  // body, which on a TypeDoc page is the heading's `{#id}`.
  const { description } = doc.frontMatter;
  return {
    title: doc.title,
    description: typeof description === 'string' ? description : undefined,
    permalink: doc.permalink,
    sourcePath: path.resolve(siteDir, doc.source.replace(/^@site\//, '')),
  };
}

/** Doc ids in sidebar order: top-level docs in one group, each category in a group of its own. */
function sidebarGroups(items: SidebarItem[]): { label?: string; ids: string[] }[] {
  const ids = (item: SidebarItem): string[] => [
    ...(item.type === 'doc' || item.type === 'ref' ? [item.id!] : []),
    ...(item.link?.id ? [item.link.id] : []),
    ...(item.items ?? []).flatMap(ids),
  ];
  const top = { ids: items.filter((item) => item.type !== 'category').flatMap(ids) };
  const categories = items
    .filter((item) => item.type === 'category')
    .map((item) => ({ label: item.label, ids: ids(item) }));
  return [top, ...categories].filter((group) => group.ids.length > 0);
}

export interface DocsInstance {
  title: string;
  /** One section per top-level sidebar category, rather than one for the whole instance. */
  byCategory: boolean;
}

/**
 * The pages of the docs instances named in `instances` (keyed by plugin id), one section per
 * instance or per top-level sidebar category; docs in no sidebar join their instance's first
 * section.
 */
export function collectSections(
  plugins: LoadedPlugin[],
  siteDir: string,
  instances: Record<string, DocsInstance>,
): ExportSection[] {
  const sections: ExportSection[] = [];
  for (const plugin of plugins) {
    if (plugin.name !== 'docusaurus-plugin-content-docs') continue;
    const id = (plugin.options as { id?: string }).id ?? 'default';
    const instance = instances[id];
    if (instance === undefined) continue;
    for (const version of (plugin.content as LoadedContent).loadedVersions) {
      const docs = new Map(version.docs.map((doc) => [doc.id, doc]));
      const placed = new Set<string>();
      const own: ExportSection[] = [];
      for (const sidebar of Object.values(version.sidebars)) {
        const items = sidebar as SidebarItem[];
        const groups = instance.byCategory
          ? sidebarGroups(items)
          : [{ ids: sidebarGroups(items).flatMap((g) => g.ids) }];
        for (const group of groups) {
          const pages = group.ids
            .filter((docId) => docs.has(docId) && !placed.has(docId) && placed.add(docId))
            .map((docId) => toPage(docs.get(docId)!, siteDir));
          if (pages.length > 0) own.push({ title: group.label ?? instance.title, pages });
        }
      }
      const rest = version.docs.filter((doc) => !placed.has(doc.id)).map((doc) => toPage(doc, siteDir));
      if (rest.length > 0) {
        if (own.length === 0) own.push({ title: instance.title, pages: [] });
        own[0]!.pages.push(...rest);
      }
      sections.push(...own);
    }
  }
  return sections;
}
