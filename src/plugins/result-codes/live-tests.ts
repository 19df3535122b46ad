/**
 * Which result codes the live tests assert and the recorded outputs show, read from their
 * sources. The handbook names, for each code it marks produced, a test that asserts it
 * (entries.ts); a gate (test/gates/check-live-codes.ts) holds the handbook and these two to each
 * other.
 *
 * A test file (examples/test/**\/*.test.ts, cluster tests included) asserts a code where it writes
 *
 * 1. `rejectsWithCode(promise, Aerospike.status.NAME)`: the code argument;
 * 2. `expect(…).MATCHER(…)`, MATCHER one of `toBe`, `toEqual`, `toStrictEqual`, `toMatchObject`,
 *    `toContain`, `toContainEqual`, also after `.rejects` or `.resolves` (never after `.not`):
 *    every `Aerospike.status.NAME` anywhere in the matcher's arguments, as in
 *    `toBe(Aerospike.status.ERR_TIMEOUT)` or `toEqual([{ key, code: status.ERR_PARAM }])`;
 * 3. `expected(LIST)` in such a matcher's arguments, LIST a producer list (PRODUCER_LISTS) or a
 *    constant of the file assigned from one (`const producers = PRODUCERS.filter(…)`): every
 *    code of the list, since the file runs the list's producers.
 *
 * `status.NAME` counts as `Aerospike.status.NAME` (after `const { status } = Aerospike`).
 * Not recognised: a code written as a number (`toBe(-8)`), which does not say which code is
 * meant, and a constant in expect()'s own argument (`expect(isTransient(make(status.X)))`),
 * which is an input, not what the server or client was seen to do.
 *
 * A recorded output (examples/output/**\/*.txt, what the pages show; the cluster runs' `.json`
 * figures are checked to format to their `.txt` by the tests) shows a code where a number is
 * followed by that code's constant name: `-6 ERR_ASYNC_CONNECTION ×810`,
 * `fails with -8 ERR_INVALID_NODE`, the handbook tables' `  11  ERR_CLUSTER`. A number followed
 * by another code's name is reported as an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import ts from 'typescript';
import { CLUSTER_PRODUCERS } from '../../../examples/src/result-codes/cluster-faults';
import { PRODUCERS, type Producer } from '../../../examples/src/result-codes/produce';
import { SPECIAL_NODE_PRODUCERS } from '../../../examples/src/result-codes/special-node';

/** The producer lists a test can run, by the name the producer sources export them under. */
export const PRODUCER_LISTS: Record<string, readonly Producer[]> = {
  PRODUCERS,
  SPECIAL_NODE_PRODUCERS,
  CLUSTER_PRODUCERS,
};

/** One place a test asserts a code, or a recorded output shows it. */
export interface Sighting {
  code: number;
  /** From the site's root, `/`-separated: `examples/test/…` or `examples/output/…`. */
  file: string;
  /** 1-based. */
  line: number;
  /** What was recognised: `rejectsWithCode`, `toBe`, `expected(PRODUCERS)`, `output`. */
  how: string;
}

export interface Sightings {
  found: Sighting[];
  /** Unreadable input, each naming its file and line. */
  errors: string[];
}

const MATCHERS = new Set([
  'toBe',
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toContain',
  'toContainEqual',
]);

/** `ERR_TIMEOUT` → 9, for every numeric constant of the installed client's Aerospike.status. */
const STATUS_BY_NAME = new Map(
  Object.entries(Aerospike.status).flatMap(([name, value]) =>
    typeof value === 'number' ? [[name, value] as const] : [],
  ),
);

/** The first constant name of a code, for messages: `ERR_TIMEOUT`. */
export function codeName(code: number): string {
  const names = [...STATUS_BY_NAME].filter(
    ([name, value]) => value === code && !name.startsWith('AEROSPIKE_'),
  );
  return names[0]?.[0] ?? `(no name in Aerospike.status)`;
}

/** Every file under `dir` whose name ends with `suffix`, sorted. */
function filesUnder(dir: string, suffix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith(suffix) && fs.statSync(path.join(dir, file)).isFile())
    .map((file) => path.join(dir, file))
    .sort();
}

/** `examples/test/…` for a file of the examples package at `examplesDir`. */
const siteRelative = (examplesDir: string, file: string) =>
  ['examples', ...path.relative(examplesDir, file).split(path.sep)].join('/');

/** `Aerospike.status` or `status`. */
function isStatusObject(node: ts.Expression): boolean {
  if (ts.isIdentifier(node)) return node.text === 'status';
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'status' &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'Aerospike'
  );
}

/** The name an expression starts from: `PRODUCERS` for `PRODUCERS.filter((p) => …)`. */
function rootName(node: ts.Expression): string | undefined {
  let current: ts.Expression = node;
  for (;;) {
    if (ts.isIdentifier(current)) return current.text;
    if (ts.isPropertyAccessExpression(current) || ts.isCallExpression(current)) current = current.expression;
    else if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current))
      current = current.expression;
    else return undefined;
  }
}

/** The matcher's name when `call` is `expect(…)[.rejects|.resolves].MATCHER(…)`. */
function matcherOf(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !MATCHERS.has(callee.name.text)) return undefined;
  let receiver = callee.expression;
  while (ts.isPropertyAccessExpression(receiver)) {
    if (receiver.name.text !== 'rejects' && receiver.name.text !== 'resolves') return undefined;
    receiver = receiver.expression;
  }
  if (!ts.isCallExpression(receiver)) return undefined;
  const start = receiver.expression;
  const isExpect =
    (ts.isIdentifier(start) && start.text === 'expect') ||
    (ts.isPropertyAccessExpression(start) &&
      ts.isIdentifier(start.expression) &&
      start.expression.text === 'expect' &&
      start.name.text === 'soft');
  return isExpect ? callee.name.text : undefined;
}

/** The codes one test file asserts (patterns 1 to 3 above). */
export function assertedInSource(
  file: string,
  source: string,
  lists: Record<string, readonly Pick<Producer, 'code'>[]> = PRODUCER_LISTS,
): Sightings {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Sighting[] = [];
  const errors: string[] = [];
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

  // `const producers = PRODUCERS.filter(…)`: the constant stands for the list.
  const aliases = new Map<string, string>();
  const findAliases = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const root = rootName(node.initializer);
      if (root !== undefined && lists[root]) aliases.set(node.name.text, root);
    }
    ts.forEachChild(node, findAliases);
  };
  findAliases(sf);

  const collect = (node: ts.Node, how: string): void => {
    if (ts.isPropertyAccessExpression(node) && isStatusObject(node.expression)) {
      const name = node.name.text;
      const code = STATUS_BY_NAME.get(name);
      if (code !== undefined) found.push({ code, file, line: lineOf(node), how });
      else if (name !== 'getMessage') {
        errors.push(`${file}:${lineOf(node)}: Aerospike.status.${name} is not a result code of this client`);
      }
      return;
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'expected' &&
      node.arguments.length === 1
    ) {
      const argument = node.arguments[0]!;
      const name = ts.isIdentifier(argument) ? argument.text : argument.getText(sf);
      const listName = lists[name] ? name : aliases.get(name);
      if (listName === undefined) {
        errors.push(
          `${file}:${lineOf(node)}: expected(${name}): ${name} is not a producer list ` +
            `(${Object.keys(lists).join(', ')}) nor a constant assigned from one`,
        );
      } else {
        for (const { code } of lists[listName]!) {
          found.push({ code, file, line: lineOf(node), how: `expected(${listName})` });
        }
      }
      return;
    }
    ts.forEachChild(node, (child) => collect(child, how));
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      if (ts.isIdentifier(node.expression) && node.expression.text === 'rejectsWithCode') {
        const code = node.arguments[1];
        if (code) collect(code, 'rejectsWithCode');
      } else {
        const matcher = matcherOf(node);
        if (matcher) for (const argument of node.arguments) collect(argument, matcher);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, errors };
}

/** Every code the live tests of the examples package assert. */
export function assertedCodes(
  examplesDir: string,
  lists: Record<string, readonly Pick<Producer, 'code'>[]> = PRODUCER_LISTS,
): Sightings {
  const found: Sighting[] = [];
  const errors: string[] = [];
  for (const file of filesUnder(path.join(examplesDir, 'test'), '.test.ts')) {
    const result = assertedInSource(siteRelative(examplesDir, file), fs.readFileSync(file, 'utf8'), lists);
    found.push(...result.found);
    errors.push(...result.errors);
  }
  return { found, errors };
}

/** A number and a constant name after it, the number not part of a word, a version or a range. */
const CODE_AND_NAME = /(?<![\w.-])(-?\d+) +([A-Z][A-Z0-9_]*)/g;

/** The codes one recorded output shows, each with its constant name. */
export function shownInOutput(file: string, text: string): Sightings {
  const found: Sighting[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((content, i) => {
    for (const [whole, number, name] of content.matchAll(CODE_AND_NAME)) {
      const named = STATUS_BY_NAME.get(name!);
      if (named === undefined) continue; // a number and some other capitalised word
      const code = Number(number);
      if (named === code) found.push({ code, file, line: i + 1, how: 'output' });
      else errors.push(`${file}:${i + 1}: "${whole}" names ${name}, which is code ${named}, not ${code}`);
    }
  });
  return { found, errors };
}

/** Every code the recorded outputs of the examples package show. */
export function recordedCodes(examplesDir: string): Sightings {
  const found: Sighting[] = [];
  const errors: string[] = [];
  for (const file of filesUnder(path.join(examplesDir, 'output'), '.txt')) {
    const result = shownInOutput(siteRelative(examplesDir, file), fs.readFileSync(file, 'utf8'));
    found.push(...result.found);
    errors.push(...result.errors);
  }
  return { found, errors };
}

/**
 * The test the handbook names for a produced code: one that runs a producer list holding it
 * (pattern 3), else the first that asserts it; undefined when none does.
 */
export function testFor(code: number, asserted: Sighting[]): string | undefined {
  const mine = asserted.filter((sighting) => sighting.code === code);
  return (mine.find((sighting) => sighting.how.startsWith('expected(')) ?? mine[0])?.file;
}
