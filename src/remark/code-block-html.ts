/**
 * The HTML of a whole code block: title, the highlighted lines, and its buttons. It is written
 * once at build time and never rendered by React; src/static-first/on-load/code-blocks.js gives
 * the buttons their behaviour with one listener for the whole page, from its first paint.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BlockLabels {
  copy: string;
  copied: string;
  copyAria: string;
  showWhole: string;
  showExcerpt: string;
  /** The tooltip of a title that links to the block's example file. */
  editSource: string;
}

const ENGLISH: BlockLabels = {
  copy: 'Copy',
  copied: 'Copied',
  copyAria: 'Copy code to clipboard',
  showWhole: 'Show the whole program',
  showExcerpt: 'Show the excerpt',
  editSource: 'Edit this example on GitHub',
};

const IDS: Record<keyof BlockLabels, string> = {
  copy: 'theme.CodeBlock.copy',
  copied: 'theme.CodeBlock.copied',
  copyAria: 'theme.CodeBlock.copyButtonAriaLabel',
  showWhole: 'staticCode.showWhole',
  showExcerpt: 'staticCode.showExcerpt',
  editSource: 'staticCode.editSource',
};

/**
 * A UI message of the site in `locale` (i18n/<locale>/code.json, the theme's translations);
 * `english` for the default locale. A missing translation fails the build, naming the id.
 */
export function uiMessage(siteDir: string, locale: string, id: string, english: string): string {
  if (locale === 'en') return english;
  const file = path.join(siteDir, 'i18n', locale, 'code.json');
  const messages = fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message?: string }>)
    : {};
  const message = messages[id]?.message;
  if (!message) throw new Error(`${file}: no translation for "${id}", which the build writes into pages`);
  return message;
}

/** The buttons' words in `locale`. */
export function blockLabels(siteDir: string, locale: string): BlockLabels {
  return Object.fromEntries(
    Object.entries(IDS).map(([key, id]) => [
      key,
      uiMessage(siteDir, locale, id, ENGLISH[key as keyof BlockLabels]),
    ]),
  ) as unknown as BlockLabels;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The icon is drawn by CSS (one copy per site, not per block): src/css/custom.css.
const ICON = '<span class="icon" aria-hidden="true"></span>';

/** The title's text, linked to its source on another site as the theme links one (new tab). */
function titleHtml(title: string, href: string | undefined, labels: BlockLabels): string {
  if (!href) return escape(title);
  return (
    `<a href="${escape(href)}" target="_blank" rel="noopener noreferrer" ` +
    `title="${escape(labels.editSource)}">${escape(title)}</a>`
  );
}

export interface BlockHtmlOptions {
  /** The highlighted lines (the inside of `<code>`). */
  code: string;
  language: string;
  title?: string;
  /** Where the title links: the edit page of the example file the block was cut from. */
  titleHref?: string;
  /** The block is an excerpt of a larger program: offer the toggle. */
  whole: boolean;
  /** Lines the block shows before the toggle: the page reserves their height off-screen. */
  shownLines: number;
  labels: BlockLabels;
}

export function codeBlockHtml({
  code,
  language,
  title,
  titleHref,
  whole,
  shownLines,
  labels,
}: BlockHtmlOptions): string {
  const toggle = whole
    ? `<button type="button" class="clean-btn code-button whole-toggle" aria-pressed="false" ` +
      `data-show-whole="${escape(labels.showWhole)}" data-show-excerpt="${escape(labels.showExcerpt)}">` +
      `${escape(labels.showWhole)}</button>`
    : '';
  const copy =
    `<button type="button" class="clean-btn code-button copy-button" title="${escape(labels.copy)}" ` +
    `aria-label="${escape(labels.copyAria)}" data-label="${escape(labels.copyAria)}" ` +
    `data-copied="${escape(labels.copied)}">${ICON}</button>`;
  const lang = escape(language);
  return (
    `<div class="theme-code-block language-${lang}" data-language="${lang}" style="--lines:${shownLines}">` +
    (title ? `<div class="code-title">${titleHtml(title, titleHref, labels)}</div>` : '') +
    `<div class="code-content"><pre tabindex="0"><code>${code}</code></pre>` +
    `<div class="code-buttons">${toggle}${copy}</div></div></div>`
  );
}
