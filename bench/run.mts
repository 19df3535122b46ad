/**
 * `npm run bench`: how heavy the guide is to open, how it scores in Lighthouse, and what the
 * build and the live suite cost on this machine. Prints Markdown tables.
 *
 *   --with-npm-test        also times the whole `npm test`
 *   --baseline <ref>       also builds <ref> in a temporary worktree and measures both builds
 *                          in the same run, page by page, before/after side by side;
 *                          several refs (a,b,c: a chain of changes, oldest first) are each
 *                          built and measured in the same run, every cell reading a → b → c → here
 *   --pages a,b            only these pages (English paths; each is measured in both locales),
 *                          and no all-categories Lighthouse table of the guide overview
 *   --sections a,b         only these of weight, lighthouse, first-tap, start, live (default:
 *                          all)
 *   --desktop              Lighthouse's desktop preset too, for every page
 *   --runs <n>             Lighthouse and first-tap runs of each page and build (default 1);
 *                          every cell is then the median of the n runs
 *   --no-build             reuse build/ as it is (while iterating on the bench itself)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from '../test/site/support/browser';
import { guidePages } from '../test/site/support/page-snippets';
import { measureBlockingTime, median } from '../test/site/support/blocking-time';
import { measurePage, overBudget } from '../test/site/support/page-weight';
import {
  CONTROLS,
  FIRST_TAP_PAGES,
  FIRST_TAP_TARGET_MS,
  measureFirstTap,
} from '../test/site/support/first-tap';
import { measureStart } from '../test/site/support/start-time';
import { serveBuild } from '../scripts/serve-build';
import { checkoutBaseline, type Baseline } from './baseline-build.mjs';
import { runLighthouse, type FormFactor, type LighthouseResult } from './lighthouse.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, 'build');
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const SECTIONS = ['weight', 'lighthouse', 'first-tap', 'start', 'live'] as const;

const { values: args } = parseArgs({
  options: {
    'with-npm-test': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    pages: { type: 'string' },
    sections: { type: 'string', default: SECTIONS.join(',') },
    desktop: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});

/** Issue 12's pages: every guide page, the result-code page and the home page (English paths). */
function benchPages(): string[] {
  const all = [...guidePages().map(({ url }) => url), '/docs/result-codes', '/'];
  if (!args.pages) return all;
  const wanted = args.pages.split(',').map((page) => page.trim().replace(/^\/ko(?=\/|$)/, '') || '/');
  const unknown = wanted.filter((page) => !all.includes(page));
  if (unknown.length) throw new Error(`--pages: unknown ${unknown.join(', ')}; known: ${all.join(', ')}`);
  return wanted;
}

const bothLocales = (pages: string[]) =>
  ['', '/ko'].flatMap((prefix) =>
    pages.map((page) => (prefix && page === '/' ? '/ko/' : `${prefix}${page}`)),
  );

const sections = new Set(
  args.sections.split(',').map((name) => {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      throw new Error(`--sections: unknown ${name}; known: ${SECTIONS.join(', ')}`);
    }
    return name;
  }),
);
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1) {
  throw new Error(`--runs: expected a whole number of at least 1, got "${args.runs}"`);
}
const CPU_SLOWDOWN_LABEL = '4x CPU slowdown, phone screen (colour mode and the search shortcut: desktop)';
const HERE_LABEL = `this checkout (${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim()})`;
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** Runs a command under GNU time when present; returns wall seconds and peak RSS in MB. */
function timed(command: string[], cwd = ROOT): { seconds: number; peakMb?: number } {
  const gnuTime = fs.existsSync('/usr/bin/time');
  const started = performance.now();
  const result = spawnSync(
    gnuTime ? '/usr/bin/time' : command[0]!,
    gnuTime ? ['-v', ...command] : command.slice(1),
    {
      cwd,
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

/** The cold-load weight of each page; with several sites, one row per page and site. */
async function pageWeights(sites: Site[], pages: string[]) {
  const browser = await launchChromium();
  const rows: (string | number)[][] = [];
  try {
    for (const page of pages) {
      for (const site of sites) {
        const w = await measurePage(browser, `${site.url}${page}`);
        const type = (t: string) => kb(w.byType[t] ?? 0);
        rows.push([
          page,
          ...(sites.length > 1 ? [site.label] : []),
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
      ...(sites.length > 1 ? ['build'] : []),
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

interface Site {
  label: string;
  url: string;
}

/** The sites in the order of turn `turn`: each goes first in turn, so load weighs on all alike. */
const rotated = (sites: Site[], turn: number): Site[] =>
  sites.map((_, index) => sites[(index + turn) % sites.length]!);

/**
 * Lighthouse (performance only) on every page of every site, interleaved page by page and
 * alternating which site goes first, so that whatever else the machine is doing weighs on
 * before and after alike. Right after each mobile run, the budget test's own blocking-time
 * measurement of the same page (test/site/support/blocking-time.ts), to keep the two
 * comparable. With several runs, the pages take turns: run 2 of a page comes after run 1 of
 * every page, so a slow spell of the machine lands on different pages each time.
 */
async function lighthousePerPage(sites: Site[], pages: string[], formFactors: FormFactor[], runs: number) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS });
  const browser = await launchChromium();
  const results = new Map<string, LighthouseResult[]>();
  const testTbt = new Map<string, number[]>();
  const push = <T,>(map: Map<string, T[]>, key: string, value: T) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  const loadBefore = loadAverage();
  const started = performance.now();
  try {
    let turn = 0;
    for (let run = 1; run <= runs; run++) {
      for (const formFactor of formFactors) {
        for (const page of pages) {
          const order = rotated(sites, turn++);
          for (const site of order) {
            const result = await runLighthouse(chrome.port, `${site.url}${page}`, formFactor);
            push(results, `${formFactor} ${site.label} ${page}`, result);
            let line = `lighthouse ${run}/${runs} ${formFactor} ${site.label} ${page}: ${result.score}, TBT ${result.tbtMs} ms`;
            if (formFactor === 'mobile') {
              const measured = await measureBlockingTime(browser, `${site.url}${page}`);
              push(testTbt, `${site.label} ${page}`, measured.totalBlockingMs);
              line += `; budget test's TBT ${measured.totalBlockingMs} ms`;
            }
            console.error(line);
          }
        }
      }
    }
  } finally {
    chrome.kill();
    await browser.close();
  }
  const minutes = ((performance.now() - started) / 60000).toFixed(1);
  const count = [...results.values()].reduce((sum, each) => sum + each.length, 0);
  const note =
    (runs > 1 ? `Each cell is the median of ${runs} runs. ` : '') +
    `${count} runs in ${minutes} min; load average (1/5/15 min) ${loadBefore} before, ` +
    `${loadAverage()} after. TBT is simulated from the observed trace, so a busy machine ` +
    'inflates it: compare before and after of the same run, not runs of different days.';
  const cell = (values: string[]) => (new Set(values).size === 1 ? values[0]! : values.join(' → '));
  const tables = formFactors.map((formFactor) => {
    const rows = pages.map((page) => {
      const per = sites.map((site) => results.get(`${formFactor} ${site.label} ${page}`)!);
      // Bytes, requests and hosts are the same in every run; scores and times are not.
      const middle = (pick: (r: LighthouseResult) => number) =>
        per.map((each) => Math.round(median(each.map(pick))));
      const first = per.map((each) => each[0]!);
      return [
        page,
        cell(middle((r) => r.score).map(String)),
        cell(middle((r) => r.tbtMs).map((ms) => `${ms} ms`)),
        ...(formFactor === 'mobile'
          ? [cell(sites.map((site) => `${Math.round(median(testTbt.get(`${site.label} ${page}`)!))} ms`))]
          : []),
        cell(first.map((r) => kb(r.jsBytes))),
        cell(first.map((r) => kb(r.totalBytes))),
        cell(first.map((r) => String(r.requests))),
        cell(first.map((r) => String(r.thirdPartyHosts.length))),
      ];
    });
    const heading = sites.length > 1 ? ` (${sites.map((site) => site.label).join(' → ')})` : '';
    return `### ${formFactor}${heading}\n\n${table(
      [
        'page',
        'perf',
        'TBT',
        ...(formFactor === 'mobile' ? ['TBT (budget test)'] : []),
        'JS',
        'total',
        'requests',
        '3rd-party hosts',
      ],
      rows,
    )}`;
  });
  return `${note}\n\n${tables.join('\n\n')}`;
}

/**
 * The reader's first press on a page that has not started, control by control (`taps`), and
 * what the start itself costs (`start`: support/first-tap.ts, support/start-time.ts), at 4x
 * CPU. Sites take turns as in lighthousePerPage. A cell is the median of the runs, with their
 * range when several.
 */
async function firstTaps(
  sites: Site[],
  pages: string[],
  runs: number,
  { taps: withTaps, start: withStart }: { taps: boolean; start: boolean },
) {
  const browser = await launchChromium();
  const taps = new Map<string, number[]>();
  const starts = new Map<string, { hydratedMs: number; blockingMs: number; longestTaskMs: number }[]>();
  const push = <T,>(map: Map<string, T[]>, key: string, value: T) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  const loadBefore = loadAverage();
  const started = performance.now();
  try {
    let turn = 0;
    for (let run = 1; run <= runs; run++) {
      for (const page of pages) {
        for (const control of [...(withTaps ? CONTROLS : []), ...(withStart ? [undefined] : [])]) {
          const order = rotated(sites, turn++);
          for (const site of order) {
            if (control) {
              const tap = await measureFirstTap(browser, `${site.url}${page}`, control);
              push(taps, `${site.label} ${page} ${control.name}`, tap.ms);
              console.error(`first tap ${run}/${runs} ${site.label} ${page} ${control.name}: ${tap.ms} ms`);
            } else {
              const start = await measureStart(browser, `${site.url}${page}`);
              push(starts, `${site.label} ${page}`, start);
              console.error(
                `start ${run}/${runs} ${site.label} ${page}: hydrated ${start.hydratedMs} ms, ` +
                  `blocking ${start.blockingMs} ms, longest task ${start.longestTaskMs} ms`,
              );
            }
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  const summary = (values: number[]) => {
    const middle = `${Math.round(median(values))} ms`;
    return values.length > 1 ? `${middle} (${Math.min(...values)}–${Math.max(...values)})` : middle;
  };
  const cell = (values: string[]) => values.join(' → ');
  const tapRows = (withTaps ? pages : []).flatMap((page) =>
    CONTROLS.map((control) => [
      page,
      control.name,
      control.screen,
      cell(sites.map((site) => summary(taps.get(`${site.label} ${page} ${control.name}`)!))),
    ]),
  );
  const startRows = (withStart ? pages : []).map((page) => {
    const per = sites.map((site) => starts.get(`${site.label} ${page}`)!);
    const column = (pick: (s: { hydratedMs: number; blockingMs: number; longestTaskMs: number }) => number) =>
      cell(per.map((each) => summary(each.map(pick))));
    return [page, column((s) => s.hydratedMs), column((s) => s.blockingMs), column((s) => s.longestTaskMs)];
  });
  const minutes = ((performance.now() - started) / 60000).toFixed(1);
  const heading = sites.length > 1 ? ` (${sites.map((site) => site.label).join(' → ')})` : '';
  return [
    `${CPU_SLOWDOWN_LABEL}; first tap: from the input to the first frame that shows its effect, ` +
      `page untouched until then, target ${FIRST_TAP_TARGET_MS} ms. ` +
      (runs > 1 ? `Median of ${runs} runs (range). ` : '') +
      `${minutes} min; load average ${loadBefore} before, ${loadAverage()} after.`,
    ...(withTaps
      ? [`### First tap${heading}\n\n${table(['page', 'control', 'screen', 'input → effect'], tapRows)}`]
      : []),
    ...(withStart
      ? [
          `### Start on first input${heading}\n\n` +
            table(['page', 'input → hydrated', 'blocking time', 'longest task'], startRows),
        ]
      : []),
  ].join('\n\n');
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
  const pages = bothLocales(benchPages());
  const sections_: string[] = [];
  const baselines: Baseline[] = [];
  // Interrupted, the run still leaves no worktree behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const baseline of baselines) baseline.remove();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  try {
    const buildRows: (string | number)[][] = [];
    const buildRow = (what: string, run: { seconds: number; peakMb?: number }) =>
      buildRows.push([
        what,
        `${run.seconds.toFixed(1)} s`,
        run.peakMb ? `${run.peakMb.toFixed(0)} MB` : 'n/a',
      ]);
    if (!args['no-build']) buildRow('production build, en + ko', timed(['npx', 'docusaurus', 'build']));
    for (const ref of args.baseline?.split(',') ?? []) {
      const baseline = checkoutBaseline(ROOT, ref, (line) => console.error(line));
      baselines.push(baseline);
      buildRow(
        `production build of ${ref} (${baseline.commit.slice(0, 10)})`,
        timed(['npx', 'docusaurus', 'build'], baseline.dir),
      );
    }
    if (args['with-npm-test']) buildRow('npm test (everything)', timed(['npm', 'test']));
    if (buildRows.length) {
      sections_.push(
        `## Build (${os.cpus().length} cores)\n\n${table(['what', 'wall', 'peak memory'], buildRows)}`,
      );
    }

    const server = await serveBuild(BUILD);
    const before = await Promise.all(baselines.map((each) => serveBuild(path.join(each.dir, 'build'))));
    const sites: Site[] = [
      ...baselines.map((each, index) => ({ label: each.ref, url: before[index]!.url })),
      { label: HERE_LABEL, url: server.url },
    ];
    try {
      if (sections.has('weight')) {
        sections_.push(`## Cold load of each page\n\n${await pageWeights(sites, pages)}`);
      }
      if (sections.has('lighthouse')) {
        const formFactors: FormFactor[] = args.desktop ? ['mobile', 'desktop'] : ['mobile'];
        sections_.push(
          `## Lighthouse, every page\n\n${await lighthousePerPage(sites, pages, formFactors, RUNS)}`,
        );
        // Four more runs: left out when iterating on a few pages.
        if (!args.pages) {
          sections_.push(
            `## Lighthouse, guide overview, all categories\n\n${await lighthouseScores(server.url)}`,
          );
        }
      }
      if (sections.has('first-tap') || sections.has('start')) {
        const tapPages = args.pages ? pages : FIRST_TAP_PAGES;
        const parts = { taps: sections.has('first-tap'), start: sections.has('start') };
        sections_.push(`## First tap and start at 4x\n\n${await firstTaps(sites, tapPages, RUNS, parts)}`);
      }
    } finally {
      await server.close();
      for (const each of before) await each.close();
    }
  } finally {
    for (const baseline of baselines) baseline.remove();
  }
  if (sections.has('live')) sections_.push(`## Live example suite\n\n${liveSuite()}`);
  console.log(sections_.join('\n\n'));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
