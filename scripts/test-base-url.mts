// `npm run test:base-url`: builds the site as it is served from a project path (BASE_URL,
// /aerospike-ts/ unless set, the way GitHub Pages serves https://<org>.github.io/<repo>/) into
// build-base/, then runs the link and page checks against that build: every internal link and
// anchor, the Markdown export and llms.txt, every page loaded and started in a browser, search,
// the lookup box, and the home pages' redirects. `npm test` checks the root build; CI runs this
// after it. `--no-build` reuses build-base/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { baseUrlFrom } from '../src/config/site-address';

const OUT_DIR = 'build-base';
/** The site tests that read the base URL from the build, and what they check under it. */
const CHECKS = [
  'test/site/links.test.ts',
  'test/site/markdown-export.test.ts',
  'test/site/base-url.browser.test.ts',
  'test/site/search.browser.test.ts',
  'test/site/result-codes.browser.test.ts',
  'test/site/hydration.browser.test.ts',
];

const { values } = parseArgs({ options: { build: { type: 'boolean', default: true } }, allowNegative: true });
let baseUrl: string;
try {
  baseUrl = baseUrlFrom(process.env.BASE_URL || '/aerospike-ts/');
} catch (error) {
  console.error(`test:base-url: ${(error as Error).message}`);
  process.exit(2);
}
if (baseUrl === '/') {
  console.error(
    'test:base-url: BASE_URL=/ is the root build `npm test` checks; give a project path such as /aerospike-ts/',
  );
  process.exit(2);
}
const env = { ...process.env, BASE_URL: baseUrl, SITE_BUILD_DIR: OUT_DIR };
const root = fileURLToPath(new URL('..', import.meta.url));

function step(name: string, command: string, args: string[]): void {
  const started = performance.now();
  console.log(`\ntest:base-url: ${name} (BASE_URL=${baseUrl})`);
  const { status, signal } = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (status !== 0) {
    console.error(`test:base-url: ${name} failed (${signal ?? `exit ${status}`}) after ${seconds} s`);
    process.exit(status || 1);
  }
  console.log(`test:base-url: ${name} took ${seconds} s`);
}

// Docusaurus alone: `npm run build` also runs the API check, which the root build ran already.
if (values.build) step(`build into ${OUT_DIR}/`, 'npx', ['docusaurus', 'build', '--out-dir', OUT_DIR]);
step('link and page checks', 'npx', ['vitest', 'run', '--project', 'site', ...CHECKS]);
