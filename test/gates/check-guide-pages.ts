import fs from 'node:fs';
import path from 'node:path';

/**
 * The guide pages the result-code handbook names must be pages of the site: for each pair
 * (`code`, `guide`, e.g. `error-handling/retry`), a file `<guide>.md` or `.mdx` in every
 * locale's docs folder. One message per missing page, naming the code and the folder.
 */
export function checkGuidePages(
  guides: readonly (readonly [string | number, string])[],
  docsDirs: string[],
): string[] {
  const errors: string[] = [];
  for (const [code, guide] of guides) {
    for (const dir of docsDirs) {
      const found = ['.md', '.mdx'].some((ext) => fs.existsSync(path.join(dir, `${guide}${ext}`)));
      if (!found) errors.push(`result code ${code}: its guide page ${guide} is not in ${dir}`);
    }
  }
  return errors;
}
