import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

/**
 * Names and terms a Korean engineer writes in Latin letters too: products, standards, and the
 * English terms of art the Korean pages use on purpose. Compared lower-case.
 */
export const ALLOWED_WORDS = new Set(
  [
    // Products, projects, formats
    'aerospike',
    // Aerospike's product editions: "Community Edition", "Enterprise Edition"
    'community',
    'enterprise',
    'edition',
    'typescript',
    'javascript',
    'node',
    'node.js',
    'npm',
    'docusaurus',
    'typedoc',
    'github',
    'docker',
    'vitest',
    'chromium',
    'json',
    'url',
    'lighthouse',
    'prettier',
    // Terms of art kept in English in the Korean text (see the Korean pages)
    'upsert',
    'create-only',
    'check-and-set',
    'in',
    'doubt',
    'full',
    'jitter',
    'bin',
    'bins',
    'namespace',
    'set',
    'key',
    'user',
    'generation',
    'writer',
    'batch',
    'callback',
    'promise',
    'await',
    'async',
    'safe',
    'integer',
    'true',
    'false',
    'null',
    'undefined',
    'strict',
  ].map((word) => word.toLowerCase()),
);

/**
 * English that stays, each with its reason, as `where: text`. Keep this list short.
 */
export const ALLOWED_LABELS = new Map([
  [
    'aria-label: Search',
    'the search plugin (@easyops-cn/docusaurus-search-local) hard-codes the search box label; ' +
      'its placeholder, which readers see, is translated',
  ],
  [
    'placeholder: 14, ERR_RECORD_BUSY, KEY_BUSY, Failed to connect',
    "the lookup box's examples of what it takes: a number, names, and a client's message as a log shows it",
  ],
]);

/** In the API reference, a heading that is one bare name (`client`, `options?`, `T`) is code. */
const API_MEMBER_HEADING = /^[A-Za-z_$][\w$]*\??\u200b?$/;

export interface StrayEnglish {
  /** The page, relative to the build (`ko/docs/quickstart.html`). */
  page: string;
  /** Where on the page: `<title>`, `meta description`, `text`, `aria-label`, … */
  where: string;
  /** The English words, as they stand. */
  text: string;
}

const HANGUL = /\p{Script=Hangul}/u;
const SIGNATURE = /^[\w$]+(<[^>]*>)?\([^()]*\)(: .+)?$/;
const WORD = /[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]/g;

/** Identifiers and codes are not prose: camelCase, snake_case, dotted names, ALL CAPS. */
function isIdentifierLike(word: string): boolean {
  return (
    /[a-z][A-Z]/.test(word) || // camelCase
    /^[A-Z0-9_]{2,}$/.test(word) || // ERR_TIMEOUT, TCP, API
    /\w\.\w/.test(word.replace(/\.$/, '')) // client.get, Node.js
  );
}

/**
 * Runs of two or more English words in `text` that are neither allowed terms nor identifiers;
 * one such run is English prose a Korean reader should not meet.
 */
export function englishRuns(text: string): string[] {
  // A signature (`withRetry(operation, options): Promise<T>`, an API page's description) is code.
  if (SIGNATURE.test(text.trim())) return [];
  const runs: string[] = [];
  let run: { start: number; end: number; words: number } | undefined;
  const close = () => {
    if (run && run.words >= 2) runs.push(text.slice(run.start, run.end));
    run = undefined;
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/[.'’]+$/, '');
    const start = match.index;
    const between = run ? text.slice(run.end, start) : '';
    const english = !ALLOWED_WORDS.has(word.toLowerCase()) && !isIdentifierLike(word);
    if (!english || (run && !/^[\s,:;!?()'"“”‘’—–-]*$/.test(between))) close();
    if (!english) continue;
    if (run) {
      run.end = start + match[0].length;
      run.words += 1;
    } else run = { start, end: start + match[0].length, words: 1 };
  }
  close();
  return runs;
}

/** English words of `text` that are neither allowed terms nor identifiers. */
function englishWords(text: string): string[] {
  if (SIGNATURE.test(text.trim())) return [];
  return [...text.matchAll(WORD)]
    .map((match) => match[0].replace(/[.'’]+$/, ''))
    .filter((word) => !ALLOWED_WORDS.has(word.toLowerCase()) && !isIdentifierLike(word));
}

/** Labels, headings and titles: short texts where even one English word is one too many. */
const LABELS =
  'th, h1, h2, h3, h4, h5, h6, button, label, summary, legend, option, [class*="admonitionHeading"]';

/**
 * English prose in the built pages of a locale: the text a reader sees outside code, and what
 * the browser and search engines show (title, description, labels, alt text, placeholders).
 * `exempt` lists pages (relative to buildDir) left out, each for a reason given where it is set.
 */
export function findStrayEnglish(buildDir: string, localeDir: string, exempt: string[] = []): StrayEnglish[] {
  const root = path.join(buildDir, localeDir);
  const pages = (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => path.join(localeDir, file).split(path.sep).join('/'))
    .filter((page) => !exempt.includes(page))
    .sort();
  const found: StrayEnglish[] = [];
  for (const page of pages) {
    const $ = cheerio.load(fs.readFileSync(path.join(buildDir, page), 'utf8'));
    const report = (where: string, text: string | undefined) => {
      for (const run of englishRuns(text ?? '')) found.push({ page, where, text: run });
    };
    // A label with no Hangul and an English word in it is English, be it one word.
    const isApi = /(^|\/)api(\/|\.html$)/.test(page);
    const reportLabel = (where: string, text: string | undefined) => {
      const label = text?.trim() ?? '';
      if (ALLOWED_LABELS.has(`${where}: ${label}`)) return;
      if (isApi && /^<h[3-6]>$/.test(where) && API_MEMBER_HEADING.test(label)) return;
      if (label && !HANGUL.test(label) && englishWords(label).length)
        found.push({ page, where, text: label });
      else report(where, text);
    };
    reportLabel('<title>', $('title').text());
    $('meta[name="description"], meta[property="og:title"], meta[property="og:description"]').each((_, el) =>
      report(`meta ${$(el).attr('name') ?? $(el).attr('property')}`, $(el).attr('content')),
    );
    $('pre, code, script, style, noscript, svg, kbd').remove();
    for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
      $(`body [${attribute}]`).each((_, el) => reportLabel(attribute, $(el).attr(attribute)));
    }
    $(LABELS).each((_, el) => {
      reportLabel(`<${(el as { tagName: string }).tagName}>`, $(el).text());
      $(el).remove();
    });
    // Each element's own text, so a run never spans two blocks.
    $('body *').each((_, el) => {
      const own = $(el)
        .contents()
        .filter((_, node) => node.type === 'text')
        .text();
      if (own.trim()) report(`<${(el as { tagName: string }).tagName}>`, own);
    });
  }
  return found;
}
