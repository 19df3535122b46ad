// #region imports
import * as Aerospike from 'aerospike';
import { mapLimit } from './map-limit';
// #endregion imports

// #region read-users
/**
 * Reads many users, at most `limit` reads in flight: fewer than the
 * connections the client may open to a node (maxConnsPerNode), so that no
 * read fails for want of one (-7).
 */
export async function readUsers(
  client: Aerospike.Client,
  ids: readonly string[],
  limit = 50,
) {
  return mapLimit(ids, limit, (id) =>
    client.get(new Aerospike.Key('test', 'users', id)),
  );
}
// #endregion read-users
