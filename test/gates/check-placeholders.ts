/**
 * `npm run new:page` writes `[write: …]` (English) and `[작성: …]` (Korean) where a person has
 * to write. A page, an example or a translation that still holds one is unfinished.
 */
import fs from 'node:fs';
import path from 'node:path';

const PLACEHOLDER = /\[(write|작성):/;

/** One message per file under `dirs` (recursively) that still holds a placeholder. */
export function checkPlaceholders(dirs: string[]): string[] {
  const errors: string[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
      const file = path.join(dir, name);
      if (!fs.statSync(file).isFile() || !/\.(mdx?|ts|json)$/.test(name)) continue;
      const line = fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((text) => PLACEHOLDER.test(text));
      if (line !== -1) errors.push(`${file}:${line + 1}: still holds a scaffold placeholder to write`);
    }
  }
  return errors;
}

/** The folders a new page's placeholders land in, under the site `root`. */
export const placeholderDirs = (root: string) => [
  path.join(root, 'docs'),
  path.join(root, 'i18n', 'ko', 'docusaurus-plugin-content-docs', 'current'),
  path.join(root, 'examples', 'src'),
  path.join(root, 'examples', 'test'),
  path.join(root, 'examples', 'i18n'),
];
