/**
 * Remark plugin: figures and defaults in prose are read, not typed. Two text directives:
 *
 * - `:fig[node-failure/steady-load#events.0.atMs]{as=s}`: a value of a recorded run
 *   (examples/output/<run>.json, written by the live test that measured it). `as=s` turns
 *   milliseconds into seconds with at most one decimal; `as=pct` with `of=<path>` gives a percentage
 *   of another value of the same run; otherwise the number as is, grouped (`18,112`).
 * - `:default[config.tenderInterval]`: the client's default, from its typings' `@default`
 *   for a `config.` field; `:default[read.maxRetries]` and the like from the live test that
 *   measured the default policies (examples/output/timeouts/client-defaults.json).
 *
 * A name that resolves to nothing fails the build, naming the page and the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { clientTypings } from '../client-facts/typings';

export interface RecordedValuesOptions {
  examplesDir: string;
}

interface TextDirective {
  type: 'textDirective';
  name: string;
  attributes?: Record<string, string | null | undefined>;
  children: { type: string; value?: string }[];
}

/** Where the policy defaults are recorded, relative to examples/output. */
export const POLICY_DEFAULTS_RUN = 'timeouts/client-defaults';

const label = (node: TextDirective) => node.children.map((child) => child.value ?? '').join('');

/** A recorded run's figures, read once per content. */
function readRun(examplesDir: string, run: string): unknown {
  const file = path.join(examplesDir, 'output', `${run}.json`);
  if (!fs.existsSync(file)) throw new Error(`no recorded run ${run}: ${file} does not exist`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
}

/** The value at a dotted path (`events.0.atMs`); a number, or an error naming what is missing. */
function valueAt(figures: unknown, dotted: string, where: string): number {
  let value: unknown = figures;
  for (const step of dotted.split('.')) {
    value =
      value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[step] : undefined;
    if (value === undefined) throw new Error(`${where}: no field ${dotted}`);
  }
  if (typeof value !== 'number')
    throw new Error(`${where}: ${dotted} is not a number (${JSON.stringify(value)})`);
  return value;
}

const grouped = (value: number) => value.toLocaleString('en-US');

/** The text a `:fig` directive stands for. */
export function figureText(node: TextDirective, examplesDir: string, page: string): string {
  const [run, dotted] = label(node).split('#');
  const where = `${page}: :fig[${label(node)}] (examples/output/${run}.json)`;
  if (!run || !dotted) throw new Error(`${where}: write :fig[<run>#<path>]`);
  const figures = readRun(examplesDir, run);
  const value = valueAt(figures, dotted, where);
  const as = node.attributes?.as;
  // One decimal, and none when it is zero: 1.5, 5, 10.
  if (as === 's') return String(Math.round(value / 100) / 10);
  if (as === 'pct') {
    const of = node.attributes?.of;
    if (!of) throw new Error(`${where}: as=pct needs of=<path>`);
    return String(Math.round((100 * value) / valueAt(figures, of, where)));
  }
  if (as) throw new Error(`${where}: unknown as=${as} (s, pct)`);
  return grouped(value);
}

/** The text a `:default` directive stands for. */
export function defaultText(node: TextDirective, examplesDir: string, page: string): string {
  const name = label(node);
  const where = `${page}: :default[${name}]`;
  if (name.startsWith('config.')) {
    const field = name.slice('config.'.length);
    const value = clientTypings(examplesDir).configDefaults.get(field);
    if (value === undefined)
      throw new Error(`${where}: the client's typings give ConfigOptions.${field} no @default`);
    return /^\d+$/.test(value) ? grouped(Number(value)) : value;
  }
  return grouped(
    valueAt(
      readRun(examplesDir, POLICY_DEFAULTS_RUN),
      name,
      `${where} (examples/output/${POLICY_DEFAULTS_RUN}.json)`,
    ),
  );
}

export default function recordedValues(options: RecordedValuesOptions) {
  return (tree: Root, file: { path?: string }) => {
    const page = file.path ?? 'a page';
    visit(tree, 'textDirective', (node, index, parent) => {
      const directive = node as unknown as TextDirective;
      if (!parent || index === undefined) return;
      const make =
        directive.name === 'fig' ? figureText : directive.name === 'default' ? defaultText : undefined;
      if (!make) return;
      const text: Text = { type: 'text', value: make(directive, options.examplesDir, page) };
      parent.children.splice(index, 1, text);
    });
  };
}
