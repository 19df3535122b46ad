/**
 * The navbar's search box loads its code on first use (a safe wrap of the search plugin's
 * SearchBar). The plugin's bar brings lunr and its Korean tokenizer (about 70 KB) into every
 * page's main script and sets them up before the reader has asked for anything. Here the navbar
 * shows a box that looks the same, and the plugin's bar replaces it as soon as the reader points
 * at it or focuses it (its shortcut, mod+K, focuses it: src/static-first/on-load/search-shortcut.js);
 * what was typed meanwhile, even before the page's code ran, is handed over.
 */
import React, { useEffect, useRef, useState, type ComponentType } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from './styles.module.css';

type SearchBarProps = Record<string, unknown>;

let searchBar: Promise<ComponentType<SearchBarProps>> | undefined;
const loadSearchBar = () =>
  (searchBar ??= import('@theme-original/SearchBar').then(
    (module) => module.default as ComponentType<SearchBarProps>,
  ));

/** Sets an input's value so that React's onChange sees it, as typing would. */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The keys of the plugin's default shortcut, mod+K, as it shows them. */
function shortcutHints(): string[] {
  const platform =
    (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ??
    navigator.userAgent;
  return [/mac/i.test(platform) ? '⌘' : 'ctrl', 'K'];
}

export default function SearchBar(props: SearchBarProps): React.JSX.Element {
  const [Loaded, setLoaded] = useState<ComponentType<SearchBarProps> | null>(null);
  // What the reader did to the placeholder before the real bar arrived.
  const handOver = useRef({ focus: false, value: '' });
  const placeholder = useRef<HTMLInputElement>(null);
  const isBrowser = useIsBrowser();

  const load = () => void loadSearchBar().then((component) => setLoaded(() => component));

  useEffect(() => {
    // Focused or typed into before the page's code ran, when no handler saw it: the box still
    // holds the text, so hand it over now.
    const input = placeholder.current;
    if (!input || !(input.value || document.activeElement === input)) return;
    handOver.current = { focus: document.activeElement === input, value: input.value };
    load();
  }, []);

  useEffect(() => {
    if (!Loaded) return;
    const input = document.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return;
    const { focus, value } = handOver.current;
    if (value) typeInto(input, value);
    if (focus) input.focus();
  }, [Loaded]);

  if (Loaded) return <Loaded {...props} />;
  return (
    <div className={clsx('navbar__search', styles.container)} dir="ltr">
      <svg aria-hidden="true" className={styles.icon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={placeholder}
        data-search-placeholder=""
        placeholder={translate({ id: 'theme.SearchBar.label', message: 'Search' })}
        aria-label="Search"
        className={`navbar__search-input ${styles.input}`}
        onMouseEnter={load}
        onTouchStart={load}
        onFocus={() => {
          handOver.current.focus = true;
          load();
        }}
        onInput={(event) => {
          handOver.current.value = event.currentTarget.value;
        }}
      />
      {isBrowser && (
        <div className={styles.hints}>
          {shortcutHints().map((hint) => (
            <kbd key={hint} className={styles.hint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}
