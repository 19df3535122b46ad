import fs from 'node:fs';
import path from 'node:path';

/**
 * Families of generated pages, many alike, built from one template each: the TypeDoc API pages
 * (45 a locale) and the result-code pages (`/docs/result-codes/<code>`, about 100 a locale).
 * A page of a family shares its markup with the rest, so a check of every page (axe, the
 * base-URL check) takes a sample of each family; every other page, the hand-written ones
 * (docs/, the home page, the search page, the API's index), is checked in full.
 */
const FAMILIES = [/^(\/ko)?\/api\/.+/, /^(\/ko)?\/docs\/result-codes\/.+/];

/** Every page of a built site, as URL paths without the base: `/`, `/docs/quickstart`, `/ko/api`. */
export function builtPages(buildDir: string): string[] {
  return (fs.readdirSync(buildDir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && file !== '404.html' && file !== 'ko/404.html')
    .map((file) => `/${file.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1')}`)
    .sort();
}

/**
 * A deterministic sample of a family: the first page of each folder (`functions/`,
 * `interfaces/`, … for the API: one of each kind of page), the middle page and the last.
 */
export function sampleFamily(pages: string[]): string[] {
  const sorted = [...pages].sort();
  const firstOfFolder = sorted.filter(
    (page, i) => i === 0 || path.posix.dirname(page) !== path.posix.dirname(sorted[i - 1]!),
  );
  const picked = new Set([...firstOfFolder, sorted[Math.floor(sorted.length / 2)]!, sorted.at(-1)!]);
  return sorted.filter((page) => picked.has(page));
}

/** The pages to check: every page outside the families, and a sample of each family. */
export function pagesToCheck(buildDir: string): string[] {
  const all = builtPages(buildDir);
  const family = (page: string) => FAMILIES.findIndex((pattern) => pattern.test(page));
  const sampled = FAMILIES.flatMap((_, i) => {
    // Each locale's family on its own, so both locales get the same sample.
    const members = all.filter((page) => family(page) === i);
    return [
      ...sampleFamily(members.filter((page) => !page.startsWith('/ko/'))),
      ...sampleFamily(members.filter((page) => page.startsWith('/ko/'))),
    ];
  });
  return [...all.filter((page) => family(page) === -1), ...sampled].sort();
}
