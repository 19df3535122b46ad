/**
 * `npm run bench`: how heavy the guide is to open, how it scores in Lighthouse, and what the
 * build and the live suite cost on this machine. Prints Markdown tables.
 * `npm run bench -- --with-npm-test` also times the whole `npm test`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../test/site/support/browser';
import { guidePages } from '../test/site/support/page-snippets';
import { measurePage, overBudget } from '../test/site/support/page-weight';
import { serveBuild } from '../test/site/support/serve-build';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, 'build');
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** Runs a command under GNU time when present; returns wall seconds and peak RSS in MB. */
function timed(command: string[]): { seconds: number; peakMb?: number } {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const started = performance.now();
  const result = spawnSync(
    gnuTime ? '/usr/bin/time' : command[0]!,
    gnuTime ? ['-v', ...command] : command.slice(1),
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const rss = result.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/);
  return { seconds, peakMb: rss ? Number(rss[1]) / 1024 : undefined };
}

async function pageWeights(siteUrl: string) {
  const pages = guidePages().map(({ url }) => url);
  const browser = await launchChromium();
  const rows: (string | number)[][] = [];
  try {
    for (const prefix of ['', '/ko']) {
      for (const page of pages) {
        const w = await measurePage(browser, `${siteUrl}${prefix}${page}`);
        const type = (t: string) => kb(w.byType[t] ?? 0);
        rows.push([
          `${prefix}${page}`,
          w.requests,
          kb(w.bytes),
          kb(w.gzipBytes),
          type('document'),
          type('script'),
          type('stylesheet'),
          type('font'),
          type('image'),
          `${w.prefetch.requests} / ${kb(w.prefetch.bytes)}`,
          w.foreignHosts.length,
          overBudget(w).length ? 'OVER' : 'ok',
        ]);
      }
    }
  } finally {
    await browser.close();
  }
  return table(
    [
      'page',
      'requests',
      'bytes',
      'gzip',
      'html',
      'js',
      'css',
      'fonts',
      'images',
      'prefetch',
      '3rd-party hosts',
      'budget',
    ],
    rows,
  );
}

async function lighthouseScores(siteUrl: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const rows: (string | number)[][] = [];
  try {
    for (const [formFactor, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      for (const page of ['/docs/error-handling', '/ko/docs/error-handling']) {
        const result = await lighthouse(
          `${siteUrl}${page}`,
          {
            port: chrome.port,
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          },
          config,
        );
        const { categories, audits } = result!.lhr;
        const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
        const blockers = Object.values(categories)
          .flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0))
          .map((ref) => audits[ref.id]!)
          .filter((audit) => audit.score !== null && audit.score < 0.9)
          .map((audit) => `${audit.id} ${audit.displayValue ?? ''}`.trim());
        rows.push([
          page,
          formFactor,
          score('performance'),
          score('accessibility'),
          score('best-practices'),
          score('seo'),
          blockers.join('; ') || '—',
        ]);
      }
    }
  } finally {
    chrome.kill();
  }
  return table(['page', 'form factor', 'perf', 'a11y', 'best practices', 'SEO', 'below 0.9'], rows);
}

function liveSuite() {
  const report = path.join(os.tmpdir(), `live-suite-${process.pid}.json`);
  const run = timed([
    'npx',
    'vitest',
    'run',
    '--project',
    'examples',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numTotalTests: number;
    numPassedTests: number;
    numPendingTests: number;
    testResults: { name: string; assertionResults: { fullName: string; duration: number }[] }[];
  };
  fs.rmSync(report, { force: true });
  const slowest = json.testResults
    .flatMap((file) =>
      file.assertionResults.map((test) => ({ file: path.relative(ROOT, file.name), ...test })),
    )
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 5)
    .map((test) => [`${test.file}: ${test.fullName}`, `${(test.duration / 1000).toFixed(2)} s`]);
  const summary = `${json.numPassedTests} passed, ${json.numPendingTests} skipped of ${json.numTotalTests}, ${run.seconds.toFixed(1)} s wall`;
  return `${summary}\n\n${table(['slowest tests', 'time'], slowest)}`;
}

async function main() {
  const sections: string[] = [];
  const build = timed(['npx', 'docusaurus', 'build']);
  const buildRows: (string | number)[][] = [
    [
      'production build, en + ko',
      `${build.seconds.toFixed(1)} s`,
      build.peakMb ? `${build.peakMb.toFixed(0)} MB` : 'n/a',
    ],
  ];
  if (process.argv.includes('--with-npm-test')) {
    const all = timed(['npm', 'test']);
    buildRows.push([
      'npm test (everything)',
      `${all.seconds.toFixed(1)} s`,
      all.peakMb ? `${all.peakMb.toFixed(0)} MB` : 'n/a',
    ]);
  }
  sections.push(
    `## Build (${os.cpus().length} cores)\n\n${table(['what', 'wall', 'peak memory'], buildRows)}`,
  );

  const server = await serveBuild(BUILD);
  try {
    sections.push(`## Cold load of each guide page\n\n${await pageWeights(server.url)}`);
    sections.push(`## Lighthouse, guide overview\n\n${await lighthouseScores(server.url)}`);
  } finally {
    await server.close();
  }
  sections.push(`## Live example suite\n\n${liveSuite()}`);
  console.log(sections.join('\n\n'));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
