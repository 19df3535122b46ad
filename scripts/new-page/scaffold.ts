/**
 * Writes the four places a new pattern page needs, from the templates beside this file: the
 * example (`examples/src/<slug>/`), its live test (`examples/test/<slug>/`, failing until it is
 * written), the page in both locales, and the page's Korean comment catalog. Nothing else: the
 * sidebar, the overview's list and the home page's topics pick the page up by themselves, and
 * a handbook entry names the page when a result code is assigned to it.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface NewPage {
  /** kebab-case, e.g. `scan-errors`: the page's URL and its folders' name. */
  slug: string;
  /** The page's title in English and Korean; both default to a placeholder to write. */
  title?: string;
  titleKo?: string;
}

const TEMPLATES = path.join(__dirname, 'templates');

/** Every file the scaffold writes, relative to the site: template → target. */
function targets(slug: string): Record<string, string> {
  return {
    'example.ts.tmpl': `examples/src/${slug}/${slug}.ts`,
    'example.test.ts.tmpl': `examples/test/${slug}/${slug}.test.ts`,
    'page.en.md.tmpl': `docs/error-handling/${slug}.md`,
    'page.ko.md.tmpl': `i18n/ko/docusaurus-plugin-content-docs/current/error-handling/${slug}.md`,
    'catalog.ko.json.tmpl': `examples/i18n/ko/${slug}.json`,
  };
}

/** The next free `sidebar_position` of the guide: after every page there now. */
function nextPosition(siteDir: string): number {
  const dir = path.join(siteDir, 'docs', 'error-handling');
  const positions = fs
    .readdirSync(dir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) =>
      Number(/^sidebar_position:\s*(\d+)/m.exec(fs.readFileSync(path.join(dir, file), 'utf8'))?.[1] ?? 0),
    );
  return Math.max(0, ...positions) + 1;
}

/** Writes the new page's files; returns their paths. Refuses a bad slug or an existing page. */
export function scaffold(siteDir: string, page: NewPage): string[] {
  const { slug } = page;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(`new:page: "${slug}" is not a kebab-case slug (like scan-errors)`);
  }
  const files = targets(slug);
  const existing = [
    ...Object.values(files),
    `docs/error-handling/${slug}.mdx`,
    `examples/src/${slug}`,
  ].filter((file) => fs.existsSync(path.join(siteDir, file)));
  if (existing.length) throw new Error(`new:page: ${slug} exists already: ${existing.join(', ')}`);
  const values: Record<string, string> = {
    slug,
    camel: slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
    position: String(nextPosition(siteDir)),
  };
  const written: string[] = [];
  for (const [template, target] of Object.entries(files)) {
    const title = target.startsWith('i18n/')
      ? (page.titleKo ?? `[작성: 제목] ${slug}`)
      : (page.title ?? `[write: title] ${slug}`);
    const text = fs
      .readFileSync(path.join(TEMPLATES, template), 'utf8')
      .replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name === 'title' ? title : values[name]!));
    fs.mkdirSync(path.dirname(path.join(siteDir, target)), { recursive: true });
    fs.writeFileSync(path.join(siteDir, target), text);
    written.push(target);
  }
  return written;
}
