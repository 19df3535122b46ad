/**
 * What the installed client's own typings (`aerospike/lib/aerospike.d.ts`) say about its
 * configuration: the names of every config and policy field, and the defaults its doc comments
 * give (`@default 1000`). Prose that names an option or states a default is checked against, or
 * filled from, this rather than typed by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ClientTypings {
  /** The typings file read. */
  file: string;
  /** Fields of `ConfigOptions` and of every policy (`…Policy`, `…PolicyOptions`, `ConfigPolicies`). */
  optionNames: Set<string>;
  /** Every member name the typings declare anywhere (methods, properties, enum members). */
  memberNames: Set<string>;
  /** `ConfigOptions` field → the first word of its `@default` tag (`1000`, `100`). */
  configDefaults: Map<string, string>;
}

const cache = new Map<string, ClientTypings>();

/** Whether a declaration describes client configuration: the config or a policy. */
const isOptionsType = (name: string) =>
  /^(ConfigOptions|ConfigPolicies|\w+Policy|\w+PolicyOptions)$/.test(name);

/** Reads the typings of the `aerospike` package the examples package resolves. */
export function clientTypings(examplesDir: string): ClientTypings {
  const pkg = require.resolve('aerospike/package.json', { paths: [examplesDir] });
  const file = path.join(path.dirname(pkg), 'lib', 'aerospike.d.ts');
  const cached = cache.get(file);
  if (cached) return cached;
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const typings: ClientTypings = {
    file,
    optionNames: new Set(),
    memberNames: new Set(),
    configDefaults: new Map(),
  };
  const visit = (node: ts.Node, owner: string | undefined) => {
    const name = (node as { name?: ts.Node }).name;
    const text = name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
    if (ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) {
      node.members.forEach((member) => visit(member, text));
      return;
    }
    if (
      text &&
      (ts.isPropertySignature(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isMethodSignature(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isEnumMember(node) ||
        ts.isGetAccessor(node))
    ) {
      typings.memberNames.add(text);
      if (owner && isOptionsType(owner) && (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node))) {
        typings.optionNames.add(text);
        if (owner === 'ConfigOptions') {
          const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'default');
          const comment =
            typeof tag?.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag?.comment);
          const value = comment?.trim().split(/\s+/)[0];
          if (value) typings.configDefaults.set(text, value);
        }
      }
    }
    if (text && (ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node)))
      typings.memberNames.add(text);
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  visit(source, undefined);
  cache.set(file, typings);
  return typings;
}
