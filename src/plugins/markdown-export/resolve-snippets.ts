/**
 * Remark plugin: fills each `file=… region=…` fence with the text the HTML page shows in the
 * page's locale (loadSnippet, the same function the site's pipeline uses), and names the file
 * in the fence's title. Only the fence's text is wanted here, not the site's rendering of it.
 */
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { loadSnippet, localeOfPage, parseSnippetMeta } from '../../remark/code-from-examples';
import { SnippetError } from '../../remark/extract-region';

export default function resolveSnippets(options: { examplesDir: string }) {
  return (tree: Root, file: { path?: string }) => {
    const page = file.path ? path.relative(process.cwd(), file.path) : 'a page';
    visit(tree, 'code', (node: Code) => {
      const parsed = parseSnippetMeta(node.meta);
      if (!parsed) return;
      if (!parsed.ref.file) throw new SnippetError(`${page}: code fence has an empty file=`);
      node.value = loadSnippet(parsed.ref, options.examplesDir, page, localeOfPage(file.path));
      const title = /\btitle=/.test(parsed.rest) ? '' : ` title="examples/${parsed.ref.file}"`;
      node.meta = `${parsed.rest}${title}`.trim() || null;
    });
  };
}
