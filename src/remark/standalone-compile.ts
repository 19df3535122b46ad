/**
 * Compiles every snippet the way a reader gets it from the copy button: the whole program,
 * alone in a file, under `--strict`, with nothing but `aerospike` and Node's types. All blocks
 * go into one TypeScript program (one type-check for the whole site, not one per block).
 */
import path from 'node:path';
import { builtinModules } from 'node:module';
import ts from 'typescript';
import { moduleSpecifierOf } from './needed-statements';

export interface CopiedBlock {
  /** The page that shows the block, relative to the site. */
  page: string;
  file: string;
  region?: string;
  /** What the copy button copies. */
  text: string;
}

/** What a reader's `tsc --strict` sees: Node's types, a current target, Node's module rules. */
export const READER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  noEmit: true,
  skipLibCheck: true,
};

const ALLOWED = (specifier: string) =>
  specifier === 'aerospike' || specifier.startsWith('node:') || builtinModules.includes(specifier);

/**
 * One message per block that does not compile or imports anything but `aerospike` and Node,
 * each naming the page, the example file and the region; empty when all compile.
 * `resolveFrom` is a directory whose node_modules holds `aerospike` and `@types/node`.
 */
export function compileCopiedBlocks(blocks: CopiedBlock[], resolveFrom: string): string[] {
  const names = blocks.map((_, i) => path.join(resolveFrom, `__copied_snippet_${i}.ts`));
  const byName = new Map(names.map((name, i) => [name, blocks[i]!]));
  const host = ts.createCompilerHost(READER_OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => byName.has(name) || fileExists.call(host, name);
  host.readFile = (name) => byName.get(name)?.text ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const block = byName.get(name);
    return block
      ? ts.createSourceFile(name, block.text, language, true)
      : getSourceFile.call(host, name, language, ...rest);
  };
  const program = ts.createProgram(names, READER_OPTIONS, host);

  const messages = new Map<string, string[]>();
  const report = (name: string, text: string) => messages.set(name, [...(messages.get(name) ?? []), text]);
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = diagnostic.file?.fileName;
    if (!name || !byName.has(name)) {
      report(names[0]!, ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
      continue;
    }
    const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    report(name, `line ${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
  }
  for (const name of names) {
    const file = program.getSourceFile(name)!;
    for (const statement of file.statements) {
      const specifier = moduleSpecifierOf(statement);
      if (specifier !== undefined && !ALLOWED(specifier)) {
        const { line } = file.getLineAndCharacterOfPosition(statement.getStart(file));
        report(
          name,
          `line ${line + 1}: imports "${specifier}"; a copied snippet may import only aerospike and Node`,
        );
      }
    }
  }
  return names
    .filter((name) => messages.has(name))
    .map((name) => {
      const block = byName.get(name)!;
      const where = `${block.page}: examples/${block.file}${block.region ? ` region "${block.region}"` : ''}`;
      return `${where}, as copied, does not compile on its own:\n  ${messages.get(name)!.join('\n  ')}`;
    });
}
