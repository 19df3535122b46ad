/**
 * Names in prose are claims: an inline-code name that looks like a field of the client's
 * configuration or policies (`tenderInterval`, `maxRetries: 2`) must be one the installed
 * client's typings declare, or a name the examples define. `tendInterval` is not: copied into
 * a config object it fails to compile in TypeScript and is silently ignored in JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InlineCode, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { listDocPages } from './doc-pages';
import leven from 'leven';

/** Markdown as the site reads it: front matter and directives are not prose. */
const PARSER = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective);

/** A camelCase name, alone or as `name: value`, or a dotted path of such names. */
const NAME = /^([a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*)(?:\s*:\s*.+)?$/;

/** Every word of the example sources: names they define may appear in prose too. */
export function exampleNames(examplesDir: string): Set<string> {
  const names = new Set<string>();
  const src = path.join(examplesDir, 'src');
  for (const file of fs.readdirSync(src, { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    for (const word of fs.readFileSync(path.join(src, file), 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? [])
      names.add(word);
  }
  return names;
}

export interface NameSources {
  /** Fields of the client's config and policies, to suggest from. */
  optionNames: Set<string>;
  /** Every name that may appear: the typings' members and the examples' words. */
  knownNames: Set<string>;
}

/** Inline-code names in the prose of every page under `dirs` that nothing declares. */
export function checkProseNames(dirs: string[], sources: NameSources): string[] {
  const errors: string[] = [];
  for (const dir of dirs) {
    for (const page of listDocPages(dir)) {
      const file = path.join(dir, page);
      const tree = PARSER.parse(fs.readFileSync(file, 'utf8')) as Root;
      visit(tree, 'inlineCode', (node: InlineCode) => {
        const match = NAME.exec(node.value.trim());
        if (!match) return;
        for (const name of match[1]!.split('.')) {
          // A word with no capital inside (`hosts`, `gen`) is too common to tell a field from prose.
          if (!/[A-Z]/.test(name) || sources.knownNames.has(name)) continue;
          const nearest = [...sources.optionNames]
            .map((option) => ({ option, distance: leven(option, name) }))
            .sort((a, b) => a.distance - b.distance)[0];
          const hint = nearest && nearest.distance <= 3 ? ` (did you mean \`${nearest.option}\`?)` : '';
          errors.push(
            `${file}:${node.position?.start.line}: \`${name}\` is no field of the client's config or policies, ` +
              `nor a name of the examples${hint}`,
          );
        }
      });
    }
  }
  return errors;
}
