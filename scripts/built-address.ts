import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { SiteAddress } from '../src/config/site-address';

/**
 * The address a production build was made for (SITE_URL and BASE_URL at build time), read
 * from its home page's canonical link (`<url><baseUrl>`), so whatever serves or tests a build
 * follows it without being told again.
 */
export function builtAddress(buildDir: string): SiteAddress {
  const home = path.join(buildDir, 'index.html');
  if (!fs.existsSync(home))
    throw new Error(`no production build in ${buildDir}: run \`npm run build\` first`);
  const canonical = cheerio.load(fs.readFileSync(home, 'utf8'))('link[rel="canonical"]').attr('href');
  if (!canonical) throw new Error(`${home} has no canonical link to read the site's address from`);
  const { origin, pathname } = new URL(canonical);
  return { url: origin, baseUrl: pathname.endsWith('/') ? pathname : `${pathname}/` };
}
