import { useState, type FormEvent, type ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';
import Translate, { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { lookUp, type CodeEntry } from './lookup';
import styles from './styles.module.css';

const label = (entry: CodeEntry) => `${entry.code} ${entry.names[0] ?? ''}`;

let loaded: Promise<CodeEntry[]> | undefined;

/** The table of codes, names and messages, fetched once, when the box is first used. */
function entries(url: string): Promise<CodeEntry[]> {
  loaded ??= fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json() as Promise<CodeEntry[]>;
  });
  return loaded;
}

/**
 * The lookup box of the result-code reference and the home page: a number, a constant name of
 * this or another client, or the message from a log line leads to the code's own page; anything
 * else says so and offers the nearest codes.
 */
export default function ResultCodeLookup(): ReactNode {
  const history = useHistory();
  const dataUrl = useBaseUrl('/result-codes/lookup.json');
  const pageUrl = useBaseUrl('/docs/result-codes/');
  const [miss, setMiss] = useState<{ query: string; nearest: CodeEntry[] }>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (!query) return;
    const result = lookUp(query, await entries(dataUrl));
    if ('found' in result) {
      setMiss(undefined);
      history.push(`${pageUrl}${result.found.code}`);
    } else {
      setMiss({ query, nearest: result.nearest });
    }
  }

  return (
    <form role="search" className={styles.lookup} onSubmit={(event) => void onSubmit(event)}>
      <label htmlFor="result-code-lookup">
        <Translate id="resultCodes.lookup.label">Look up a code</Translate>
      </label>
      <input
        id="result-code-lookup"
        name="code"
        type="search"
        autoComplete="off"
        placeholder={translate({
          id: 'resultCodes.lookup.placeholder',
          message: '14, ERR_RECORD_BUSY, KEY_BUSY, Failed to connect',
        })}
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
                <a href={`${pageUrl}${entry.code}`}>{label(entry)}</a>
              </span>
            ))}
          </>
        )}
      </p>
    </form>
  );
}
