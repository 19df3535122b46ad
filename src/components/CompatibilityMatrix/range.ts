import type { Matrix } from '../../../examples/matrix/matrix-file';

/** `5.13.2–6.7.1` for clients, `7.2–8.1` (major.minor) for servers: what the matrix covers. */
export function verifiedRange(matrix: Matrix): { clients: string; servers: string } {
  const clients = Object.keys(matrix.clients);
  const servers = matrix.servers.map((version) => version.split('.').slice(0, 2).join('.'));
  const span = (list: string[]) =>
    list.length === 0 ? '' : list[0] === list.at(-1) ? list[0]! : `${list[0]}–${list.at(-1)}`;
  return { clients: span(clients), servers: span(servers) };
}
