/**
 * Remark plugin: writes the result-code handbook into the page at build time, as plain
 * Markdown nodes (headings, lists, code fences), so the page is static HTML with no data for the
 * browser to render. It runs before code-from-examples, which fills the snippet fences it adds.
 *
 * - In the reference page, the element `<ResultCodeEntries />` becomes one group per
 *   category and one entry per code, `### 14 ERR_RECORD_BUSY {#code-14}`.
 * - In a guide page, the heading `{#result-codes}` is followed by the list of the codes whose
 *   entry names that page as their guide, each linking to its entry.
 *
 * Everything comes from the classification in examples/src/result-codes/ (its Korean from
 * examples/i18n/handbook.ko.json), the client's `Aerospike.status`, the producer sources and
 * their recorded output.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as Aerospike from 'aerospike';
import type { Code, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import {
  allCodes,
  CLASSIFICATION,
  namesOf,
  type Classification,
  type ResultCode,
} from '../../../examples/src/result-codes/classification';
import { type Setup } from '../../../examples/src/result-codes/produce';
import { QUEUE_FULL_CODE } from '../../../examples/src/result-codes/queue-full';
import { docsDir } from '../../guide-pages/list-guide-pages';
import { markStatic } from '../../remark/static-sections';
import { englishProse, koreanProse, type EntryProse } from './handbook-catalog';
import { CATEGORY_ORDER, fill, LABELS, type Labels, type Locale } from './labels';
import { assertedCodes, codeName, PRODUCER_LISTS, testFor } from './live-tests';
import { CODE_PAGES_FOLDER, codePageFile } from './code-pages';
import { UPSTREAM, type SourceRef } from './upstream';

export interface ResultCodeEntriesOptions {
  /** Absolute path of the examples package. */
  examplesDir: string;
  /** Absolute path of the site, to find the guide pages' titles. */
  siteDir: string;
}

/** Where a live code's snippet and recorded output line are, and which test asserts it. */
export interface LiveProof {
  file: string;
  setup: Setup | 'queue';
  outputLine: string;
  /** The live test that asserts the code (`examples/test/…`); see live-tests.ts. */
  test: string;
}

/** A code's live proof as the sources give it; `test` is undefined when no test asserts it. */
export type FoundProof = Omit<LiveProof, 'test'> & { test: string | undefined };

const ENTRIES_MARKER = 'ResultCodeEntries';
const GUIDE_HEADING_ID = '{#result-codes}';

/** The anchor of a code's entry: `code-14`, `code--7`. */
export const entryId = (code: number) => `code-${code}`;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const inlineCode = (value: string): PhrasingContent => ({ type: 'inlineCode', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const item = (...children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [paragraph(...children)],
});
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({
  type: 'link',
  url,
  children,
});

/**
 * Finds, for every code a producer source (examples/src/result-codes/*.ts, the cluster's
 * included) has a region `code-N` for: the source, the producer's setup, its recorded output line
 * (examples/output/result-codes/*.txt) and the test that asserts it. Problems come back as
 * messages naming the code and the file, not thrown: the gate reports them all at once.
 */
export function findLiveProofs(examplesDir: string): { proofs: Map<number, FoundProof>; errors: string[] } {
  const sourceDir = path.join(examplesDir, 'src', 'result-codes');
  const outputDir = path.join(examplesDir, 'output', 'result-codes');
  const lines = new Map<number, string>();
  for (const file of fs.readdirSync(outputDir).filter((name) => name.endsWith('.txt'))) {
    for (const line of fs.readFileSync(path.join(outputDir, file), 'utf8').split('\n')) {
      const code = /^\s*(-?\d+)\s/.exec(line)?.[1];
      if (code !== undefined) lines.set(Number(code), line);
    }
  }
  const setups = new Map<number, Setup | 'queue'>(
    Object.values(PRODUCER_LISTS)
      .flat()
      .map((p) => [p.code, p.setup]),
  );
  setups.set(QUEUE_FULL_CODE, 'queue');
  const asserted = assertedCodes(examplesDir).found;
  const proofs = new Map<number, FoundProof>();
  const errors: string[] = [];
  for (const name of fs.readdirSync(sourceDir).filter((file) => file.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(sourceDir, name), 'utf8');
    for (const match of source.matchAll(/#region code-(-?\d+)$/gm)) {
      const code = Number(match[1]);
      const outputLine = lines.get(code);
      const setup = setups.get(code);
      const where = `result code ${code} ${codeName(code)}: region code-${code} in examples/src/result-codes/${name}`;
      if (outputLine === undefined || setup === undefined) {
        errors.push(
          `${where} has ${outputLine === undefined ? 'no recorded output line in examples/output/result-codes/' : 'no producer'}`,
        );
        continue;
      }
      const test = testFor(code, asserted);
      if (test === undefined) {
        errors.push(
          `${where} marks it produced live, but no test in examples/test/ asserts it (see live-tests.ts)`,
        );
      }
      proofs.set(code, { file: `src/result-codes/${name}`, setup, outputLine, test });
    }
  }
  return { proofs, errors };
}

/** The live proofs the handbook shows; throws, naming every code at fault, when one is incomplete. */
export function readLiveProofs(examplesDir: string): Map<number, LiveProof> {
  const { proofs, errors } = findLiveProofs(examplesDir);
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return proofs as Map<number, LiveProof>;
}

/** The fence meta of a live code's snippet: its producer file and region `code-N`. */
const snippetMeta = (proof: LiveProof, code: number) => `file=${proof.file} region=code-${code}`;

/**
 * The snippets the handbook shows, as fence metas in page order. The comment-translation gate
 * reads them too: the handbook's fences are not in the page's Markdown.
 */
export function handbookSnippetMetas(examplesDir: string): string[] {
  const proofs = readLiveProofs(examplesDir);
  return allCodes().flatMap((code) => {
    const proof = proofs.get(code);
    return proof ? [snippetMeta(proof, code)] : [];
  });
}

/** Whether a page's Markdown places the handbook: the marker element on a line of its own. */
export const showsHandbook = (page: string) => new RegExp(`^<${ENTRIES_MARKER}\\s*/>\\s*$`, 'm').test(page);

/** `.md` or `.mdx`: the extension of a guide page's file in a locale. */
function guideExtension(siteDir: string, locale: Locale, guide: string): string {
  const base = docsDir(siteDir, locale);
  return fs.existsSync(path.join(base, `${guide}.mdx`)) ? '.mdx' : '.md';
}

/** The title of a guide page in a locale, from its front matter. */
function guideTitle(siteDir: string, locale: Locale, guide: string): string {
  const base = docsDir(siteDir, locale);
  const file = ['.md', '.mdx'].map((ext) => path.join(base, `${guide}${ext}`)).find((f) => fs.existsSync(f));
  if (!file) throw new Error(`guide page ${guide} (${locale}) not found under ${base}`);
  const page = fs.readFileSync(file, 'utf8');
  const title = /^title:\s*(.+)$/m.exec(page)?.[1];
  if (!title) throw new Error(`${guide}.md (${locale}) has no title in its front matter`);
  return title.trim();
}

/** The prose of an entry in a locale: the classification's, or the Korean handbook catalog's. */
function prose(code: ResultCode, locale: Locale): EntryProse {
  return locale === 'ko' ? koreanProse(code) : englishProse(code);
}

function retryText(entry: Classification, labels: Labels, onlyIf: string | undefined): string {
  if (entry.retry === 'yes') return labels.yes;
  if (entry.retry === 'no') return labels.no;
  return fill(labels.onlyIf, { condition: onlyIf ?? entry.retry.onlyIf });
}

/** Where a source reference can be read: GitHub at the tag read, or the npm package's file. */
export function sourceUrl(ref: SourceRef): string {
  return ref.repo === 'aerospike (npm)'
    ? `https://unpkg.com/aerospike@${ref.ref}/${ref.path}`
    : `https://github.com/aerospike/${ref.repo}/blob/${ref.ref}/${ref.path}#L${ref.line}`;
}

/** `AEROSPIKE_ERR_RECORD_BUSY`, then Java's and Python's names for the code. */
function otherNames(code: ResultCode, names: string[], labels: Labels): PhrasingContent[] {
  const upstream = UPSTREAM[code];
  // The name without ERR_ too (`RECORD_BUSY`): what readers type, and a word search finds.
  const own = [
    ...names.map((name) => `AEROSPIKE_${name}`),
    ...names.filter((name) => name.startsWith('ERR_')).map((name) => name.slice('ERR_'.length)),
  ];
  const c = own.includes(upstream.cName) ? [] : [`${labels.otherClients.c} `, upstream.cName];
  const parts: (string | [string, string])[] = [
    ...own,
    ...(c.length ? [c as [string, string]] : []),
    ...(upstream.javaName
      ? [[`${labels.otherClients.java} `, `ResultCode.${upstream.javaName}`] as [string, string]]
      : []),
    ...(upstream.pythonName
      ? [[`${labels.otherClients.python} `, `exception.${upstream.pythonName}`] as [string, string]]
      : []),
  ];
  return parts.flatMap((part, i) => [
    text(i ? ', ' : ' '),
    ...(typeof part === 'string' ? [inlineCode(part)] : [text(part[0]), inlineCode(part[1])]),
  ]);
}

/** The upstream places an entry's meaning rests on, each linked. */
function upstreamSources(code: ResultCode): PhrasingContent[] {
  return UPSTREAM[code].source.flatMap((ref, i) => [
    text(`${i ? '; ' : ' '}${ref.repo} ${ref.ref} `),
    link(sourceUrl(ref), inlineCode(`${ref.path}:${ref.line}`)),
  ]);
}

/** Where an entry is shown: the handbook, or the code's own page. */
interface EntryPlace {
  /** A link to a guide page, from where the entry is. */
  guideLink: (guide: string) => PhrasingContent;
  /** A link to another code's entry, from where the entry is. */
  codeLink: (code: number) => string;
  /** A link to the code's own page, shown in the handbook only. */
  ownPage?: (code: number) => string;
}

/** One code's entry: heading, meaning, facts, and the live proof or the reason there is none. */
function entryNodes(
  code: ResultCode,
  locale: Locale,
  proofs: Map<number, LiveProof>,
  place: EntryPlace,
): RootContent[] {
  const { guideLink } = place;
  const labels = LABELS[locale];
  const entry = CLASSIFICATION[code];
  const { meaning, handling, onlyIf } = prose(code, locale);
  const names = namesOf(code);
  const heading: Heading = {
    type: 'heading',
    depth: 3,
    // The number and every constant name are in the heading, so search indexes both.
    children: [
      text(`${code} `),
      ...names.flatMap((name, i) => [...(i ? [text(' ')] : []), inlineCode(name)]),
    ],
    data: { hProperties: { id: entryId(code) } },
  };
  const facts = list([
    item(strong(`${labels.reportedBy}:`), text(` ${labels.origin[entry.origin]}`)),
    item(strong(`${labels.retry}:`), text(` ${retryText(entry, labels, onlyIf)}`)),
    item(strong(`${labels.mayHaveApplied}:`), text(` ${entry.mayHaveApplied ? labels.yes : labels.no}`)),
    item(strong(`${labels.whatToDo}:`), text(` ${handling}`)),
    item(
      strong(`${labels.guide}:`),
      text(' '),
      ...[entry.guide, ...(entry.also ?? [])].flatMap((guide, i) => [
        ...(i ? [text(', ')] : []),
        guideLink(guide),
      ]),
    ),
    item(strong(`${labels.clientMessage}:`), text(` ${Aerospike.status.getMessage(code)}`)),
    item(strong(`${labels.alsoWritten}:`), ...otherNames(code, names, labels)),
    item(strong(`${labels.upstream}:`), ...upstreamSources(code)),
    ...(place.ownPage ? [item(link(place.ownPage(code), text(labels.codePage.link)))] : []),
  ]);
  const nodes: RootContent[] = [heading, paragraph(text(meaning)), facts];
  const proof = proofs.get(code);
  if (proof) {
    const [beforeTest, afterTest = ''] = labels.checkedBy.split('{test}');
    nodes.push(
      paragraph(
        strong(`${labels.producedLive}`),
        text(` (${labels.setups[proof.setup]}${beforeTest}`),
        inlineCode(proof.test),
        text(`${afterTest}):`),
      ),
    );
    const snippet: Code = {
      type: 'code',
      lang: 'ts',
      meta: snippetMeta(proof, code),
      value: '',
    };
    const output: Code = {
      type: 'code',
      lang: 'text',
      meta: `title="${labels.output}"`,
      value: proof.outputLine,
    };
    nodes.push(snippet, output);
  } else if (entry.notLive) {
    const reason = fill(labels.notLive[entry.notLive], { code: entry.seeAlso ?? '' });
    const seeAlso =
      entry.seeAlso === undefined
        ? []
        : [text(' '), link(place.codeLink(entry.seeAlso), text(`→ ${entry.seeAlso}`))];
    nodes.push(paragraph(strong(`${labels.notProduced}:`), text(` ${reason}`), ...seeAlso));
  }
  return nodes;
}

/** A link to a guide page, written from the docs root as static-sections.ts resolves it. */
function guideLinkFrom(siteDir: string, locale: Locale) {
  return (guide: string) =>
    link(`./${guide}${guideExtension(siteDir, locale, guide)}`, text(guideTitle(siteDir, locale, guide)));
}

/** A code's own page (code-pages.ts): its entry without the heading, which the page's title is. */
export function codePageNodes(
  code: ResultCode,
  locale: Locale,
  examplesDir: string,
  siteDir: string,
): RootContent[] {
  // Site paths: static-sections.ts gives them the locale's base URL, and the Markdown export
  // maps them to pages, wherever the page's file sits.
  const place: EntryPlace = {
    guideLink: (guide) => link(`/docs/${guide}`, text(guideTitle(siteDir, locale, guide))),
    codeLink: (other) => `/docs/${CODE_PAGES_FOLDER}/${other}`,
  };
  return entryNodes(code, locale, readLiveProofs(examplesDir), place).slice(1).map(markStatic);
}

/** The whole handbook: a source line, then one group per category with its entries. */
export function handbookNodes(locale: Locale, examplesDir: string, siteDir: string): RootContent[] {
  const proofs = readLiveProofs(examplesDir);
  const labels = LABELS[locale];
  const version = (
    JSON.parse(
      fs.readFileSync(
        path.join(
          path.dirname(require.resolve('aerospike/package.json', { paths: [examplesDir] })),
          'package.json',
        ),
        'utf8',
      ),
    ) as { version: string }
  ).version;
  const codes = allCodes();
  const place: EntryPlace = {
    guideLink: guideLinkFrom(siteDir, locale),
    codeLink: (other) => `#${entryId(other)}`,
    ownPage: (own) => `./${CODE_PAGES_FOLDER}/${codePageFile(own)}`,
  };
  const nodes: RootContent[] = [
    paragraph(text(fill(labels.source, { count: codes.length, version: `aerospike@${version}` }))),
  ];
  for (const category of CATEGORY_ORDER) {
    const members = codes.filter((code) => CLASSIFICATION[code].category === category);
    if (members.length === 0) continue;
    nodes.push({
      type: 'heading',
      depth: 2,
      children: [text(labels.categories[category])],
      data: { hProperties: { id: `codes-${category}` } },
    });
    // The entries are written as static HTML (static-sections.ts): a hundred of them would
    // otherwise be thousands of elements for the browser to hydrate.
    for (const code of members) nodes.push(...entryNodes(code, locale, proofs, place).map(markStatic));
  }
  return nodes;
}

/** The list a guide page gets: every code whose guide it is, linking to its entry. */
export function guideCodeNodes(guide: string, locale: Locale, relativeToReference: string): RootContent[] {
  const codes = allCodes().filter(
    (code) => CLASSIFICATION[code].guide === guide || CLASSIFICATION[code].also?.includes(guide),
  );
  if (codes.length === 0)
    throw new Error(`${guide}: has a {#result-codes} heading but no code names it as its guide`);
  return [
    paragraph(text(LABELS[locale].guideCodes)),
    list(
      codes.map((code) =>
        item(
          link(`${relativeToReference}#${entryId(code)}`, text(`${code} `), inlineCode(namesOf(code)[0]!)),
          text(`: ${prose(code, locale).handling}`),
        ),
      ),
    ),
  ];
}

/** The locale and guide path of a page file, e.g. ko and `error-handling/retry`. */
export function pageOf(file: string, siteDir: string): { locale: Locale; doc: string } | undefined {
  const relative = path.relative(siteDir, file).split(path.sep).join('/');
  const ko = /^i18n\/ko\/docusaurus-plugin-content-docs\/current\/(.+)\.mdx?$/.exec(relative);
  if (ko) return { locale: 'ko', doc: ko[1]! };
  const en = /^docs\/(.+)\.mdx?$/.exec(relative);
  return en ? { locale: 'en', doc: en[1]! } : undefined;
}

const ENTRY_MARKER = 'ResultCodeEntry';

/** The code of a code page's marker, `<ResultCodeEntry code="14" />`; undefined for other nodes. */
function entryMarkerCode(node: RootContent): ResultCode | undefined {
  const element = node as { type: string; name?: unknown; attributes?: { name?: string; value?: unknown }[] };
  if (element.type !== 'mdxJsxFlowElement' || element.name !== ENTRY_MARKER) return undefined;
  const value = element.attributes?.find((attribute) => attribute.name === 'code')?.value;
  const code = Number(value);
  if (typeof value !== 'string' || !allCodes().includes(code as ResultCode)) {
    throw new Error(`<${ENTRY_MARKER} code=${JSON.stringify(value)} />: no such result code`);
  }
  return code as ResultCode;
}

/** The element the reference page marks the handbook's place with; nothing else defines it. */
function isEntriesMarker(node: RootContent): boolean {
  const { type, name } = node as { type: string; name?: unknown };
  return type === 'mdxJsxFlowElement' && name === ENTRIES_MARKER;
}

function isGuideHeading(node: RootContent): boolean {
  if (node.type !== 'heading') return false;
  const last = node.children.at(-1);
  return last?.type === 'text' && last.value.trimEnd().endsWith(GUIDE_HEADING_ID);
}

export default function resultCodeEntries(options: ResultCodeEntriesOptions) {
  return (tree: Root, file: { path?: string }) => {
    const page = file.path ? pageOf(file.path, options.siteDir) : undefined;
    if (!page) return;
    const children: RootContent[] = [];
    for (const node of tree.children) {
      if (isEntriesMarker(node)) {
        children.push(...handbookNodes(page.locale, options.examplesDir, options.siteDir));
        continue;
      }
      const code = entryMarkerCode(node);
      if (code !== undefined) {
        children.push(...codePageNodes(code, page.locale, options.examplesDir, options.siteDir));
        continue;
      }
      children.push(node);
      if (isGuideHeading(node)) {
        const depth = page.doc.split('/').length - 1;
        const reference = `${'../'.repeat(depth) || './'}result-codes.mdx`;
        children.push(...guideCodeNodes(page.doc, page.locale, reference));
      }
    }
    tree.children = children;
  };
}
