import type { ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import type { Cell, Matrix } from '@site/examples/matrix/matrix-file';
// Written by `npm run test:matrix`; CI reruns the matrix and fails when it differs.
import results from '@site/examples/matrix/results.json';
import styles from './styles.module.css';

const matrix = results as Matrix;
const clients = Object.keys(matrix.clients);

function status(cell: Cell | undefined): 'pass' | 'skip' | 'fail' | 'absent' {
  if (cell === undefined) return 'absent';
  return typeof cell === 'string' ? cell : cell.status;
}

function label(state: ReturnType<typeof status>): string {
  switch (state) {
    case 'pass':
      return translate({ id: 'compat.cell.pass', message: 'pass' });
    case 'skip':
      return translate({ id: 'compat.cell.skip', message: 'skip' });
    case 'fail':
      return translate({ id: 'compat.cell.fail', message: 'fail' });
    default:
      return translate({ id: 'compat.cell.absent', message: 'not run' });
  }
}

/** Per client: its type check, the native binary it loaded, and its totals on each server. */
export function ClientSummary(): ReactNode {
  const totals = (client: string, server: string) => {
    const counts = { pass: 0, skip: 0, fail: 0, absent: 0 };
    for (const row of Object.values(matrix.tests)) counts[status(row[client]?.[server])] += 1;
    return counts;
  };
  return (
    // Focusable, like every table of the site (src/remark/static-sections.ts): on a phone it is
    // wider than the screen, and a keyboard scrolls only what it can focus.
    <table className={styles.table} tabIndex={0}>
      <thead>
        <tr>
          <th>{translate({ id: 'compat.head.client', message: 'client' })}</th>
          <th>{translate({ id: 'compat.head.typecheck', message: 'examples type-check' })}</th>
          <th>{translate({ id: 'compat.head.binary', message: 'version built into the loaded binary' })}</th>
          {matrix.servers.map((server) => (
            <th key={server}>
              {translate({ id: 'compat.head.server', message: 'server {server}' }, { server })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => {
          const info = matrix.clients[client]!;
          return (
            <tr key={client}>
              <th scope="row">
                <code>{client}</code>
              </th>
              <td className={styles[info.typecheck.status]}>
                {info.typecheck.status === 'pass'
                  ? label('pass')
                  : translate(
                      { id: 'compat.typecheck.errors', message: 'fail ({count} errors)' },
                      { count: info.typecheck.errors.length },
                    )}
              </td>
              <td>
                {info.binary === null
                  ? translate({ id: 'compat.binary.none', message: 'did not load' })
                  : (info.binary.embeddedVersion ??
                    translate({ id: 'compat.binary.noVersion', message: 'none built in' }))}
              </td>
              {matrix.servers.map((server) => {
                const { pass, skip, fail } = totals(client, server);
                return (
                  <td key={server} className={fail ? styles.fail : skip ? styles.skip : styles.pass}>
                    {translate(
                      { id: 'compat.totals', message: '{pass} pass, {fail} fail, {skip} skip' },
                      { pass, fail, skip },
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The type errors each client's typings give the examples, as the compiler printed them. */
export function TypeErrors(): ReactNode {
  const failing = clients.filter((client) => matrix.clients[client]!.typecheck.status === 'fail');
  return (
    <ul>
      {failing.map((client) => {
        const check = matrix.clients[client]!.typecheck;
        return (
          <li key={client}>
            <code>{client}</code>
            <pre className={styles.errors}>{check.status === 'fail' ? check.errors.join('\n') : ''}</pre>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One client's outcomes on every server: a single line when every server gave the same
 * outcome (the usual case: differences come from the client), else one line per server.
 */
function ClientCell({ cells }: { cells: Array<Cell | undefined> }): ReactNode {
  const first = cells[0];
  if (cells.every((cell) => JSON.stringify(cell) === JSON.stringify(first))) {
    const state = status(first);
    return (
      <span className={styles[state]}>
        {translate(
          { id: 'compat.cell.everyServer', message: '{outcome} on every server' },
          { outcome: label(state) },
        )}
        {typeof first === 'object' ? <code className={styles.reason}>{first.reason}</code> : null}
      </span>
    );
  }
  return (
    <ul className={styles.cells}>
      {cells.map((cell, index) => {
        const state = status(cell);
        const server = matrix.servers[index]!;
        return (
          <li key={server} className={styles[state]}>
            <span className={styles.server}>{server}</span> {label(state)}
            {typeof cell === 'object' ? <code className={styles.reason}>{cell.reason}</code> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Every live test that is not a pass in every cell, with each cell's outcome and reason. */
export function Differences(): ReactNode {
  const rows = Object.entries(matrix.tests).filter(([, row]) =>
    clients.some((client) => matrix.servers.some((server) => status(row[client]?.[server]) !== 'pass')),
  );
  const passing = Object.keys(matrix.tests).length - rows.length;
  return (
    <>
      <p>
        {translate(
          {
            id: 'compat.differences.summary',
            message:
              '{passing} of {total} live tests pass with every client on every server. The {count} below do not:',
          },
          { passing, total: Object.keys(matrix.tests).length, count: rows.length },
        )}
      </p>
      <div className={styles.scroll}>
        <table className={styles.table} tabIndex={0}>
          <thead>
            <tr>
              <th>{translate({ id: 'compat.head.test', message: 'live test' })}</th>
              {clients.map((client) => (
                <th key={client}>
                  <code>{client}</code>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, row]) => (
              <tr key={id}>
                <th scope="row" className={styles.test}>
                  {/* Test names and failure messages are the test suite's own words: code. */}
                  <code>{id}</code>
                </th>
                {clients.map((client) => (
                  <td key={client}>
                    <ClientCell cells={matrix.servers.map((server) => row[client]?.[server])} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
