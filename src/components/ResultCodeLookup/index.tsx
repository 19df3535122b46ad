import { useState, type FormEvent, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { lookUp, type CodeEntry } from './lookup';
import styles from './styles.module.css';

/** The entries the page holds, read from its headings (`h3#code-14` with the names in `<code>`). */
function entriesOnPage(): CodeEntry[] {
  return [...document.querySelectorAll<HTMLElement>('h3[id^="code-"]')].map((heading) => ({
    code: Number(heading.id.slice('code-'.length)),
    names: [...heading.querySelectorAll('code')].map((name) => name.textContent ?? ''),
  }));
}

const label = (entry: CodeEntry) => `${entry.code} ${entry.names[0] ?? ''}`;

/**
 * The lookup box of the result-code reference: a number or a constant name jumps to its entry;
 * anything else says so and offers the nearest entries. It needs no data of its own: the entries
 * are already on the page, rendered at build time.
 */
export default function ResultCodeLookup(): ReactNode {
  const [miss, setMiss] = useState<{ query: string; nearest: CodeEntry[] }>();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (!query) return;
    const result = lookUp(query, entriesOnPage());
    if ('found' in result) {
      setMiss(undefined);
      window.location.hash = `code-${result.found.code}`;
    } else {
      setMiss({ query, nearest: result.nearest });
    }
  }

  return (
    <form role="search" className={styles.lookup} onSubmit={onSubmit}>
      <label htmlFor="result-code-lookup">
        <Translate id="resultCodes.lookup.label">Look up a code</Translate>
      </label>
      <input
        id="result-code-lookup"
        name="code"
        type="search"
        autoComplete="off"
        placeholder={translate({ id: 'resultCodes.lookup.placeholder', message: '14, -7, ERR_RECORD_BUSY' })}
      />
      <button type="submit" className="button button--primary button--sm">
        <Translate id="resultCodes.lookup.go">Go</Translate>
      </button>
      <p role="status" className={styles.status}>
        {miss && (
          <>
            <Translate id="resultCodes.lookup.none" values={{ query: <code>{miss.query}</code> }}>
              {'No such code: {query}. Nearest:'}
            </Translate>{' '}
            {miss.nearest.map((entry, i) => (
              <span key={entry.code}>
                {i > 0 && ', '}
                <a href={`#code-${entry.code}`}>{label(entry)}</a>
              </span>
            ))}
          </>
        )}
      </p>
    </form>
  );
}
