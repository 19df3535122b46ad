/**
 * Which top-level statements of the examples package an excerpt needs in order to compile:
 * the statements it overlaps, then, to a fixed point, every statement declaring a name those
 * use, across relative imports. Name-based (not the type checker), so it may keep a statement
 * too many, never one too few; the standalone compile check proves the result.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { SnippetError } from './extract-region';

export interface TopStatement {
  /** 0-based lines it spans, its leading comments included. */
  startLine: number;
  endLine: number;
  /** Names it declares (bindings of an import included). */
  declares: string[];
  /** Every identifier it mentions. */
  uses: Set<string>;
  /** For an import from another module of the package: that module (`src/x.ts`). */
  relativeTarget?: string;
  /** For an import: the module specifier. */
  importFrom?: string;
}

export interface ParsedModule {
  file: string;
  statements: TopStatement[];
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(element.name),
  );
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (!clause) return [];
    const names = clause.name ? [clause.name.text] : [];
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.map((e) => e.name.text));
    return names;
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  }
  if (ts.isExportDeclaration(statement)) {
    const clause = statement.exportClause;
    return clause && ts.isNamedExports(clause) ? clause.elements.map((e) => e.name.text) : [];
  }
  const name = (statement as ts.DeclarationStatement).name;
  return name && ts.isIdentifier(name) ? [name.text] : [];
}

function identifiersIn(node: ts.Node, into: Set<string>): Set<string> {
  if (ts.isIdentifier(node)) into.add(node.text);
  node.forEachChild((child) => void identifiersIn(child, into));
  return into;
}

/** The module an import or re-export names (`'aerospike'`, `'./retry'`); undefined for others. */
export function moduleSpecifierOf(statement: ts.Statement): string | undefined {
  return (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
    statement.moduleSpecifier &&
    ts.isStringLiteral(statement.moduleSpecifier)
    ? statement.moduleSpecifier.text
    : undefined;
}

const cache = new Map<string, { mtime: number; module: ParsedModule }>();

/** The top-level statements of `file` (relative to the examples package). */
export function parseModule(file: string, examplesDir: string): ParsedModule {
  const absolute = path.join(examplesDir, file);
  const mtime = fs.statSync(absolute).mtimeMs;
  const hit = cache.get(absolute);
  if (hit?.mtime === mtime) return hit.module;
  const source = fs.readFileSync(absolute, 'utf8');
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number) => parsed.getLineAndCharacterOfPosition(pos).line;
  const statements = parsed.statements.map((statement): TopStatement => {
    // Leading comments belong to the statement (its doc comment), snippet markup excepted.
    const comments = (ts.getLeadingCommentRanges(source, statement.pos) ?? []).filter(
      (range) => !/^\/\/\s*#/.test(source.slice(range.pos, range.end)),
    );
    const start = comments.length ? comments[0]!.pos : statement.getStart(parsed);
    const specifier = moduleSpecifierOf(statement);
    const relativeTarget = specifier?.startsWith('.')
      ? path.posix.normalize(path.posix.join(path.posix.dirname(file), `${specifier}.ts`))
      : undefined;
    if (relativeTarget && !fs.existsSync(path.join(examplesDir, relativeTarget))) {
      throw new SnippetError(`examples/${file} imports examples/${relativeTarget}, which does not exist`);
    }
    const declares = declaredNames(statement);
    const uses = ts.isImportDeclaration(statement) ? new Set<string>() : identifiersIn(statement, new Set());
    // A re-export uses the names it passes on.
    if (ts.isExportDeclaration(statement)) declares.forEach((name) => uses.add(name));
    return {
      startLine: lineOf(start),
      endLine: lineOf(statement.end),
      declares,
      uses,
      relativeTarget,
      importFrom: specifier,
    };
  });
  const module = { file, statements };
  cache.set(absolute, { mtime, module });
  return module;
}

/**
 * The statements needed by the lines `excerptLines` of `file`, per module, as sets of
 * statement indexes; the file's own module first, then the others in the order reached.
 */
export function neededStatements(
  file: string,
  excerptLines: Set<number>,
  examplesDir: string,
): Map<string, Set<number>> {
  const needed = new Map<string, Set<number>>();
  const queue: [string, number][] = [];
  const need = (module: string, index: number) => {
    const set = needed.get(module) ?? new Set<number>();
    needed.set(module, set);
    if (set.has(index)) return;
    set.add(index);
    queue.push([module, index]);
  };
  /** Finds the statement of `module` (or of a module it re-exports from) declaring `name`. */
  const provide = (module: string, name: string, seen = new Set<string>()): boolean => {
    if (seen.has(module)) return false;
    seen.add(module);
    const { statements } = parseModule(module, examplesDir);
    const index = statements.findIndex((s) => s.declares.includes(name));
    if (index < 0) return false;
    const statement = statements[index]!;
    if (statement.relativeTarget) return provide(statement.relativeTarget, name, seen);
    need(module, index);
    return true;
  };

  needed.set(file, new Set());
  parseModule(file, examplesDir).statements.forEach((statement, index) => {
    for (let line = statement.startLine; line <= statement.endLine; line += 1) {
      if (excerptLines.has(line)) return need(file, index);
    }
  });
  while (queue.length) {
    const [module, index] = queue.shift()!;
    const statement = parseModule(module, examplesDir).statements[index]!;
    for (const name of statement.uses) {
      if (statement.declares.includes(name) && !statement.importFrom) continue;
      const { statements } = parseModule(module, examplesDir);
      const local = statements.findIndex((s) => s !== statement && s.declares.includes(name));
      if (local < 0) continue;
      const declaring = statements[local]!;
      if (declaring.relativeTarget) {
        if (!provide(declaring.relativeTarget, name)) {
          throw new SnippetError(
            `examples/${module}: "${name}" not found in examples/${declaring.relativeTarget}`,
          );
        }
      } else need(module, local);
    }
  }
  return needed;
}
