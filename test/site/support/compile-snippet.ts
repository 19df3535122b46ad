import path from 'node:path';
import ts from 'typescript';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

/** The examples package's compiler options (strict, its module resolution, Node's types). */
function examplesOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(EXAMPLES, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  return { ...config!.options, noEmit: true };
}

/**
 * Type-checks code as a reader would paste it into a file of the examples package (so
 * `aerospike` resolves as it does there), all snippets in one program. Returns each snippet's
 * diagnostics as `TS<code>: <message>`, without positions: comments may move lines.
 */
export function typeCheckSnippets(snippets: Record<string, string>): Record<string, string[]> {
  const options = examplesOptions();
  const fileOf = (name: string) => path.join(EXAMPLES, 'src', '__pasted__', `${name}.ts`);
  const virtual = new Map(Object.entries(snippets).map(([name, text]) => [fileOf(name), text]));
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) =>
    virtual.has(file)
      ? ts.createSourceFile(file, virtual.get(file)!, language)
      : getSourceFile.call(host, file, language, ...rest);
  const program = ts.createProgram([...virtual.keys()], options, host);
  return Object.fromEntries(
    Object.keys(snippets).map((name) => [
      name,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(fileOf(name)))
        .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`),
    ]),
  );
}

/** The JavaScript a snippet compiles to, comments dropped: equal output, equal program. */
export function emittedWithoutComments(text: string): string {
  return ts.transpileModule(text, {
    compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
}
