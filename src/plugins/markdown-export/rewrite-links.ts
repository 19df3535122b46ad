/**
 * Link rewriting for the exported Markdown: a link to another page's source (`retry.md`,
 * `../result-codes.mdx#reading`) or to a page's URL (`/docs/quickstart`) points at that
 * page's Markdown (`/docs/error-handling/retry.md`, `/docs/result-codes.md#reading`).
 * Everything else (other sites, assets, anchors on the same page) is left as written.
 */
import path from 'node:path';

export interface LinkTargets {
  /** Absolute source path → HTML path of every exported page. */
  bySource: Map<string, string>;
  /** HTML paths of every exported page. */
  permalinks: Set<string>;
  /** The locale's base URL, e.g. `/ko/`. */
  baseUrl: string;
}

/** Where a page's Markdown is served: beside its HTML path, with `.md` added. */
export const markdownPath = (permalink: string) => `${permalink.replace(/\/$/, '')}.md`;

export function linkRewriter(targets: LinkTargets, sourcePath: string): (url: string) => string {
  return (url) => {
    if (/^[a-z][a-z+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return url;
    const hashAt = url.indexOf('#');
    const target = hashAt === -1 ? url : url.slice(0, hashAt);
    const hash = hashAt === -1 ? '' : url.slice(hashAt);
    if (/\.mdx?$/.test(target) && !target.startsWith('/')) {
      const permalink = targets.bySource.get(path.resolve(path.dirname(sourcePath), decodeURI(target)));
      if (!permalink) throw new Error(`${sourcePath}: link to ${url}, which is no exported page`);
      return markdownPath(permalink) + hash;
    }
    if (target.startsWith('/')) {
      // As on the HTML page, a site path is relative to the locale's base URL.
      const permalink = target.startsWith(targets.baseUrl) ? target : targets.baseUrl + target.slice(1);
      if (targets.permalinks.has(permalink.replace(/\/$/, ''))) return markdownPath(permalink) + hash;
    }
    return url;
  };
}
