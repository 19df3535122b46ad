import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ResultCodeData } from '@site/src/plugins/result-codes';
import { codeNotes } from './notes';
import styles from './styles.module.css';

/** Anchor of a code's row; the guide links to these. */
export const rowId = (code: number) => `code-${code}`;

/** Every result code of the installed client, generated at build time (see src/plugins/result-codes.ts). */
export default function ResultCodeTable(): ReactNode {
  const { codes, clientVersion } = usePluginData('result-codes') as ResultCodeData;
  const notes = codeNotes();
  const brokenLinks = useBrokenLinks();
  return (
    <>
      <p>
        <Translate
          id="resultCodes.source"
          values={{ version: <code>aerospike@{clientVersion}</code>, count: codes.length }}
        >
          {'{count} codes, read from Aerospike.status of {version} when this site was built.'}
        </Translate>
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>
              <Translate id="resultCodes.column.code">Code</Translate>
            </th>
            <th>
              <Translate id="resultCodes.column.constant">Constant</Translate>
            </th>
            <th>
              <Translate id="resultCodes.column.message">Client message</Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map(({ code, names, message }) => {
            const id = rowId(code);
            brokenLinks.collectAnchor(id);
            const note = notes[code];
            return (
              <tr key={code} id={id} className={note ? styles.covered : undefined}>
                <td>
                  <a href={`#${id}`} className={styles.anchor}>
                    {code}
                  </a>
                </td>
                <td>
                  {names.map((name) => (
                    <code key={name} className={styles.name}>
                      {name}
                    </code>
                  ))}
                </td>
                <td>
                  {message}
                  {note && (
                    <p className={styles.note}>
                      {note.text}{' '}
                      <Link to={`/docs/${note.guide}`}>
                        <Translate id="resultCodes.guideLink">In the guide</Translate>
                      </Link>
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
