/**
 * The navbar's search box loads its code on first use. The offline search bar brings lunr and
 * its Korean tokenizer (about 70 KB) into every page's main script, and sets them up before the
 * reader has asked for anything. Here the navbar shows the same box, and the plugin's own
 * search bar replaces it as soon as the reader points at it, focuses it or presses the
 * shortcut; what was typed meanwhile, even before the page's code ran, is handed over.
 */
import React, { useEffect, useRef, useState, type ComponentType } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useIsBrowser from '@docusaurus/useIsBrowser';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import LoadingRing from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/LoadingRing/LoadingRing';
import {
  getKeymapHints,
  matchesKeymap,
  parseKeymap,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import { isMacPlatform } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';

/** The plugin's default shortcut (`searchBarShortcutKeymap`), which its own bar then takes over. */
const SHORTCUT = 'mod+k';

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
    if (Loaded) return undefined;
    const keymap = parseKeymap(SHORTCUT);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      handOver.current.focus = true;
      load();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [Loaded]);

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
    <div className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={placeholder}
        placeholder={translate({ id: 'theme.SearchBar.label', message: 'Search' })}
        aria-label="Search"
        className={`navbar__search-input ${styles.searchInput}`}
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
      <LoadingRing className={styles.searchBarLoadingRing} />
      {isBrowser && (
        <div className={styles.searchHintContainer}>
          {getKeymapHints(SHORTCUT, isMacPlatform()).map((hint, index) => (
            <kbd key={index} className={styles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}
