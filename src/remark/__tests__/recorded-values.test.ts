import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, expect, it } from 'vitest';
import recordedValues from '../recorded-values';

const examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'recorded-'));
afterAll(() => fs.rmSync(examplesDir, { recursive: true, force: true }));
fs.mkdirSync(path.join(examplesDir, 'output', 'run'), { recursive: true });
fs.mkdirSync(path.join(examplesDir, 'output', 'timeouts'), { recursive: true });
fs.writeFileSync(
  path.join(examplesDir, 'output', 'run', 'load.json'),
  JSON.stringify({ events: [{ atMs: 1504 }], limit: 5000, served: 2437, reads: 3714, failures: 18112 }),
);
fs.writeFileSync(
  path.join(examplesDir, 'output', 'timeouts', 'client-defaults.json'),
  JSON.stringify({ read: { maxRetries: 2 } }),
);
// The client's typings come from the examples package that resolves `aerospike`.
fs.symlinkSync(
  path.resolve(__dirname, '..', '..', '..', 'node_modules'),
  path.join(examplesDir, 'node_modules'),
);

function run(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;
  recordedValues({ examplesDir })(tree, { path: 'docs/page.md' });
  return toString(tree);
}

it('writes a recorded figure, in seconds, as a percentage of another, or grouped', () => {
  expect(run('Stopped :fig[run/load#events.0.atMs]{as=s} s in.')).toBe('Stopped 1.5 s in.');
  expect(run(':fig[run/load#limit]{as=s} s')).toBe('5 s');
  expect(run(':fig[run/load#served]{as=pct of=reads}% served')).toBe('66% served');
  expect(run(':fig[run/load#failures] failures')).toBe('18,112 failures');
});

it("writes the client's defaults: config fields from its typings, policies from the recorded run", () => {
  expect(run('every :default[config.tenderInterval] ms')).toBe('every 1,000 ms');
  expect(run('up to :default[read.maxRetries] retries')).toBe('up to 2 retries');
});

it('fails naming the page, the directive and the file', () => {
  expect(() => run(':fig[run/load#events.0.at]')).toThrow(
    'docs/page.md: :fig[run/load#events.0.at] (examples/output/run/load.json): no field events.0.at',
  );
  expect(() => run(':fig[run/gone#x]')).toThrow('no recorded run run/gone');
  expect(() => run(':default[config.tendInterval]')).toThrow(
    "docs/page.md: :default[config.tendInterval]: the client's typings give ConfigOptions.tendInterval no @default",
  );
});
