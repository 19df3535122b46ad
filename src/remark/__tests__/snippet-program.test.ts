import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snippetProgram } from '../snippet-program';
import { compileCopiedBlocks } from '../standalone-compile';

// Inside the examples package, so that `aerospike` and Node's types resolve as they do there.
const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');
const dir = fs.mkdtempSync(path.join(EXAMPLES, '.snippet-program-'));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

write(
  'src/helpers.ts',
  [
    "import * as Aerospike from 'aerospike';",
    "import { setTimeout as sleep } from 'node:timers/promises';",
    '',
    '/** Waits a little. */',
    'export const pause = () => sleep(10);',
    '',
    '/** Not needed by the excerpt. */',
    'export const unused = 42;',
    '',
    'export function isTimeout(error: unknown): boolean {',
    '  return error instanceof Aerospike.AerospikeError && error.code === 9;',
    '}',
  ].join('\n'),
);
write(
  'src/main.ts',
  [
    '// #region imports',
    "import * as Aerospike from 'aerospike';",
    "import { isTimeout, pause } from './helpers';",
    '// #endregion imports',
    '',
    'const NAMESPACE = "test";',
    '',
    'export async function read(client: Aerospike.Client) {',
    '  const key = new Aerospike.Key(NAMESPACE, "demo", 1);',
    '  // #region read',
    '  try {',
    '    return await client.get(key);',
    '  } catch (error) {',
    '    if (isTimeout(error)) await pause();',
    '    throw error;',
    '  }',
    '  // #endregion read',
    '}',
  ].join('\n'),
);

describe('snippetProgram', () => {
  const program = snippetProgram('src/main.ts', ['imports', 'read'], dir);

  it('the excerpt is the regions, each dedented, a blank line between them', () => {
    expect(program.excerpt).toBe(
      [
        "import * as Aerospike from 'aerospike';",
        "import { isTimeout, pause } from './helpers';",
        '',
        'try {',
        '  return await client.get(key);',
        '} catch (error) {',
        '  if (isTimeout(error)) await pause();',
        '  throw error;',
        '}',
      ].join('\n'),
    );
  });

  it('the whole program has what the excerpt needs: its own file in place, imported code appended', () => {
    expect(program.whole).toBe(
      [
        "import * as Aerospike from 'aerospike';",
        '',
        'const NAMESPACE = "test";',
        '',
        'export async function read(client: Aerospike.Client) {',
        '  const key = new Aerospike.Key(NAMESPACE, "demo", 1);',
        '  try {',
        '    return await client.get(key);',
        '  } catch (error) {',
        '    if (isTimeout(error)) await pause();',
        '    throw error;',
        '  }',
        '}',
        '',
        '// From src/helpers.ts, which the code above imports:',
        "import { setTimeout as sleep } from 'node:timers/promises';",
        '',
        '/** Waits a little. */',
        'export const pause = () => sleep(10);',
        '',
        'export function isTimeout(error: unknown): boolean {',
        '  return error instanceof Aerospike.AerospikeError && error.code === 9;',
        '}',
      ].join('\n'),
    );
  });

  it('compiles on its own, where the excerpt alone does not', () => {
    const blocks = [
      { page: 'docs/p.md', file: 'src/main.ts', region: 'imports,read', text: program.whole },
      { page: 'docs/p.md', file: 'src/main.ts', region: 'imports,read', text: program.excerpt },
    ];
    const [excerptFailure, ...rest] = compileCopiedBlocks(blocks, dir);
    expect(rest).toEqual([]);
    expect(excerptFailure).toMatch(/^docs\/p\.md: examples\/src\/main\.ts region "imports,read", as copied/);
    expect(excerptFailure).toContain(
      'imports "./helpers"; a copied snippet may import only aerospike and Node',
    );
  }, 60_000);

  it('refuses regions listed out of file order', () => {
    expect(() => snippetProgram('src/main.ts', ['read', 'imports'], dir)).toThrow(
      'examples/src/main.ts: regions "read,imports" must be listed in the order they appear in the file',
    );
  });
});

describe('compileCopiedBlocks', () => {
  it('names page, file and region of a snippet that lacks an import', () => {
    const text = ['export function key() {', "  return new Aerospike.Key('test', 'demo', 1);", '}'].join(
      '\n',
    );
    expect(compileCopiedBlocks([{ page: 'docs/x.md', file: 'src/x.ts', region: 'key', text }], dir)).toEqual([
      'docs/x.md: examples/src/x.ts region "key", as copied, does not compile on its own:\n  line 2: Cannot find name \'Aerospike\'.',
    ]);
  }, 60_000);
});
