/**
 * What the TypeScript compiler says about each identifier of an example file: the text an
 * editor shows on hover (`const record: AerospikeRecord`, `(property) AerospikeError.code:
 * StatusCode`), computed at build time over the real examples project, so a page shows the
 * types the tests compiled against.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface IdentifierType {
  /** 0-based column and length on its line. */
  character: number;
  length: number;
  /** The compiler's quick info, e.g. `(parameter) error: unknown`. */
  text: string;
}

/** Quick info longer than this is cut: a hover is a reminder, not a dump of a table's type. */
const MAX_TEXT = 300;

interface Project {
  service: ts.LanguageService;
  /** Per file: its mtime, and the types of each line computed so far. */
  byFile: Map<string, { mtime: number; lines: Map<number, IdentifierType[]> }>;
  fileNames: Set<string>;
}

const projects = new Map<string, Project>();

function project(examplesDir: string): Project {
  const existing = projects.get(examplesDir);
  if (existing) return existing;
  const configFile = path.join(examplesDir, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(`${configFile}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      },
    },
  )!;
  // The project's files, and any other file of the package a page asks about.
  const fileNames = new Set(parsed.fileNames);
  const version = (file: string) => (fs.existsSync(file) ? String(fs.statSync(file).mtimeMs) : '0');
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => parsed.options,
    getScriptFileNames: () => [...fileNames],
    getScriptVersion: version,
    getScriptSnapshot: (file) =>
      fs.existsSync(file) ? ts.ScriptSnapshot.fromString(fs.readFileSync(file, 'utf8')) : undefined,
    getCurrentDirectory: () => examplesDir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const created = { service: ts.createLanguageService(host), byFile: new Map(), fileNames };
  projects.set(examplesDir, created);
  return created;
}

/**
 * Identifiers on `wanted` lines (0-based) of `file` (relative to the examples package) with
 * their types, by line. Lines are computed once per file version.
 */
export function identifierTypes(
  examplesDir: string,
  file: string,
  wanted: Iterable<number>,
): Map<number, IdentifierType[]> {
  const absolute = path.join(examplesDir, file);
  const { service, byFile, fileNames } = project(examplesDir);
  fileNames.add(absolute);
  const mtime = fs.statSync(absolute).mtimeMs;
  let cached = byFile.get(absolute);
  if (cached?.mtime !== mtime) byFile.set(absolute, (cached = { mtime, lines: new Map() }));
  const missing = new Set([...wanted].filter((line) => !cached!.lines.has(line)));
  if (missing.size) {
    const source = service.getProgram()?.getSourceFile(absolute);
    if (!source) throw new Error(`examples/${file} is not part of examples/tsconfig.json`);
    for (const line of missing) cached.lines.set(line, []);
    const visit = (node: ts.Node) => {
      if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      if (![...missing].some((line) => line >= first && line <= last)) return;
      if (ts.isIdentifier(node) && missing.has(first)) {
        const start = node.getStart(source);
        const info = service.getQuickInfoAtPosition(absolute, start);
        // Names of the language's own library (Promise, Number, setTimeout) go without saying.
        const definition = service.getDefinitionAtPosition(absolute, start)?.[0];
        const fromLib = definition !== undefined && /[\\/]typescript[\\/]lib[\\/]/.test(definition.fileName);
        if (info?.displayParts?.length && !fromLib) {
          let text = ts.displayPartsToString(info.displayParts);
          if (text.length > MAX_TEXT) text = `${text.slice(0, MAX_TEXT)}…`;
          const { character } = source.getLineAndCharacterOfPosition(start);
          cached.lines.get(first)!.push({ character, length: node.text.length, text });
        }
      }
      node.forEachChild(visit);
    };
    visit(source);
  }
  return new Map([...wanted].map((line) => [line, cached!.lines.get(line) ?? []]));
}
