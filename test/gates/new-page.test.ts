import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copiedBlocks } from '../../src/plugins/standalone-snippets';
import { compileCopiedBlocks } from '../../src/remark/standalone-compile';
import { scaffold } from '../../scripts/new-page/scaffold';
import { findServer } from '../../examples/test/support/find-server';
import { checkPlaceholders, placeholderDirs } from './check-placeholders';

const ROOT = path.resolve(__dirname, '..', '..');
const SLUG = 'scratch-errors';

/** A copy of the site's tracked files, sharing its node_modules, in a folder that goes after. */
function scratchCopy(): string {
  const dir = fs.mkdtempSync(path.join(ROOT, '.scratch-new-page-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!fs.existsSync(path.join(ROOT, file))) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** Replaces text in a scratch file, failing when the text is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text)))
    throw new Error(`${file}: no ${from}`);
  fs.writeFileSync(full, text.replace(from, to));
}

/** What an author writes into the scaffold's places: the four places a new page touches. */
function fillIn(dir: string): void {
  const comment =
    'Reads a record; a record that does not exist is null, not an error: a missing key is an answer, ' +
    'not a failure.';
  edit(
    dir,
    `examples/src/${SLUG}/${SLUG}.ts`,
    /\/\*\*\n \* \[write:[\s\S]*?\*\/\n/,
    '/**\n * Reads a record; a record that does not exist is null, not an error: a\n * missing key is an answer, not a failure.\n */\n',
  );
  fs.writeFileSync(
    path.join(dir, `examples/test/${SLUG}/${SLUG}.test.ts`),
    [
      "import { expect, it } from 'vitest';",
      `import { scratchErrors } from '../../src/${SLUG}/${SLUG}';`,
      "import { describeLive, freshKey, storedKey, withClient } from '../support/live';",
      '',
      "describeLive('scratch errors', () => {",
      "  it('a missing record is null, a stored one its bins', async () => {",
      "    const key = await storedKey('scratch', { v: 1 });",
      '    await withClient(async (client) => {',
      '      expect(await scratchErrors(client, key)).toEqual({ v: 1 });',
      '      expect(await scratchErrors(client, freshKey())).toBeNull();',
      '    });',
      '  });',
      '});',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, `examples/i18n/ko/${SLUG}.json`),
    `${JSON.stringify({ [`src/${SLUG}/${SLUG}.ts`]: { [comment]: '레코드를 읽는다. 없는 레코드는 에러가 아니라 null이다. 없는 키는 실패가 아니라 하나의 답이다.' } }, null, 2)}\n`,
  );
  const en = `docs/error-handling/${SLUG}.md`;
  edit(dir, en, /title: .*/, 'title: Scratch errors');
  edit(dir, en, /description: .*/, 'description: A record that is not there is an answer, not an error.');
  edit(
    dir,
    en,
    /\[write: the call[^\]]*\]/,
    'A read of a key nobody wrote fails with a code, not with an empty result.',
  );
  edit(
    dir,
    en,
    /\[write: what the live test[^\]]*\]/,
    'The live test reads a stored record and a missing one.',
  );
  const ko = `i18n/ko/docusaurus-plugin-content-docs/current/error-handling/${SLUG}.md`;
  edit(dir, ko, /title: .*/, 'title: 연습용 에러');
  edit(dir, ko, /description: .*/, 'description: 없는 레코드는 에러가 아니라 하나의 답입니다.');
  edit(
    dir,
    ko,
    /\[작성: 독자가[^\]]*\]/,
    '아무도 쓰지 않은 키를 읽으면 빈 결과가 아니라 코드와 함께 실패합니다.',
  );
  edit(dir, ko, /\[작성: 라이브 테스트[^\]]*\]/, '라이브 테스트는 저장된 레코드와 없는 레코드를 읽습니다.');
}

/** Runs a vitest project of the scratch copy; returns its exit code and output. */
function vitest(dir: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ...env, SCAFFOLD_SCRATCH: '1' },
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

// The scaffold's own scratch copy runs this project's gates: not this test again.
describe.skipIf(process.env.SCAFFOLD_SCRATCH === '1')('npm run new:page', () => {
  let dir: string | undefined;
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a slug that is not kebab-case, or a page that exists', () => {
    expect(() => scaffold(ROOT, { slug: 'Scan_Errors' })).toThrow('"Scan_Errors" is not a kebab-case slug');
    expect(() => scaffold(ROOT, { slug: 'retry' })).toThrow('new:page: retry exists already: ');
  });

  it('writes a page that every gate refuses until written, and accepts, builds and runs live once it is', () => {
    dir = scratchCopy();
    const written = scaffold(dir, { slug: SLUG });
    expect(written).toEqual([
      `examples/src/${SLUG}/${SLUG}.ts`,
      `examples/test/${SLUG}/${SLUG}.test.ts`,
      `docs/error-handling/${SLUG}.md`,
      `i18n/ko/docusaurus-plugin-content-docs/current/error-handling/${SLUG}.md`,
      `examples/i18n/ko/${SLUG}.json`,
    ]);
    expect(checkPlaceholders(placeholderDirs(dir)).length).toBeGreaterThan(0);

    fillIn(dir);
    expect(checkPlaceholders(placeholderDirs(dir))).toEqual([]);
    // Every gate (test/gates), on the copy with the new page.
    const gates = vitest(dir, ['--project', 'unit', 'test/gates']);
    expect(gates.status, gates.output).toBe(0);
    // The build's own check of the page's blocks: each compiles as its copy button gives it.
    for (const locale of ['en', 'ko']) {
      const blocks = copiedBlocks(dir, path.join(dir, 'examples'), locale).filter((b) =>
        b.file.includes(SLUG),
      );
      expect(blocks.length).toBe(1);
      expect(compileCopiedBlocks(blocks, path.join(dir, 'examples'))).toEqual([]);
    }
    // Its live test, against a server of its own.
    const server = findServer();
    if (server.kind === 'none') return;
    const env = server.kind === 'env' ? { AEROSPIKE_HOSTS: server.hosts } : { AEROSPIKE_ASD: server.asdPath };
    const live = vitest(dir, ['--project', 'examples', `examples/test/${SLUG}`], env);
    expect(live.status, live.output).toBe(0);
    expect(live.output).toMatch(/1 passed/);
  }, 240_000);
});
