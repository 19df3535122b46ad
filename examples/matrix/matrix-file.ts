/** One live test in one client × server cell. */
export type Cell = 'pass' | { status: 'skip' | 'fail'; reason: string };

/** What the matrix records of a client, apart from its test results. */
export interface ClientInfo {
  /** The examples type-checked against this client's own typings. */
  typecheck: { status: 'pass' } | { status: 'fail'; errors: string[] };
  /** The native binary the test process loaded (null when it never loaded). */
  binary: { path: string; sha256: string; embeddedVersion: string | null } | null;
}

/** The committed file, examples/matrix/results.json. */
export interface Matrix {
  /** Server versions, oldest first. */
  servers: string[];
  /** Client versions, oldest first, in key order. */
  clients: Record<string, ClientInfo>;
  /** test id → client → server → outcome. */
  tests: Record<string, Record<string, Record<string, Cell>>>;
}

const show = (cell: Cell | undefined): string =>
  cell === undefined ? 'absent' : typeof cell === 'string' ? cell : `${cell.status} (${cell.reason})`;

/**
 * Lists every difference between the committed matrix and a fresh run, one line each. A
 * partial run compares only the client × server cells it ran.
 */
export function compareMatrix(committed: Matrix, fresh: Matrix, partial = false): string[] {
  const lines: string[] = [];
  const clients = Object.keys(fresh.clients);
  if (!partial) {
    if (committed.servers.join() !== fresh.servers.join()) {
      lines.push(`servers: committed ${committed.servers.join(', ')}, now ${fresh.servers.join(', ')}`);
    }
    if (Object.keys(committed.clients).join() !== clients.join()) {
      lines.push(
        `clients: committed ${Object.keys(committed.clients).join(', ')}, now ${clients.join(', ')}`,
      );
    }
  }
  for (const client of clients) {
    const before = JSON.stringify(committed.clients[client] ?? null);
    const after = JSON.stringify(fresh.clients[client]);
    if (before !== after) lines.push(`client ${client}: committed ${before}, now ${after}`);
  }
  const ids = new Set([...Object.keys(committed.tests), ...Object.keys(fresh.tests)]);
  const ran = (client: string, server: string) =>
    Object.values(fresh.tests).some((row) => row[client]?.[server] !== undefined);
  for (const id of [...ids].sort()) {
    for (const client of clients) {
      for (const server of fresh.servers) {
        if (partial && !ran(client, server)) continue;
        const before = committed.tests[id]?.[client]?.[server];
        const after = fresh.tests[id]?.[client]?.[server];
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          lines.push(
            `${id} × client ${client} × server ${server}: committed ${show(before)}, now ${show(after)}`,
          );
        }
      }
    }
  }
  return lines;
}
