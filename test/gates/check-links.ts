import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

/** The HTML file a site-internal URL path is served from, if any (cleanUrls, no trailing slash). */
function resolvePage(buildDir: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath).replace(/\/$/, '');
  const candidates = [`${clean}.html`, `${clean}/index.html`, clean];
  return candidates
    .map((file) => path.join(buildDir, file))
    .find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

/**
 * Checks every link and anchor in a built site: each internal href must reach a file, and
 * each #fragment an element with that id on the target page. Returns one message per break.
 * A site built for a base URL (`/aerospike-ts/`) is served under it alone: a link outside it
 * is broken, even if the build holds a file at that path.
 */
export function checkBuiltLinks(buildDir: string, baseUrl = '/'): string[] {
  const pages = (fs.readdirSync(buildDir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort();
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) {
      const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
      idsOf.set(
        file,
        new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id'))
            .get(),
        ),
      );
    }
    return idsOf.get(file)!;
  };

  const errors: string[] = [];
  for (const page of pages) {
    const file = path.join(buildDir, page);
    const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
    const pageUrl = `${baseUrl}${page
      .split(path.sep)
      .join('/')
      .replace(/(index)?\.html$/, '')}`;
    $('a[href]').each((_, element) => {
      const href = $(element).attr('href')!;
      if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return; // other sites, mailto:
      const url = new URL(href, `http://site${pageUrl}`);
      if (!`${url.pathname}/`.startsWith(baseUrl)) {
        errors.push(`${page}: link outside the base URL ${baseUrl}: ${href}`);
        return;
      }
      const target =
        url.pathname === new URL(`http://site${pageUrl}`).pathname && !href.split('#')[0]
          ? file
          : resolvePage(buildDir, `/${url.pathname.slice(baseUrl.length)}`);
      if (!target) {
        errors.push(`${page}: link to a missing page: ${href}`);
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids(target).has(fragment)) {
        errors.push(`${page}: link to a missing anchor: ${href}`);
      }
    });
  }
  return errors;
}
