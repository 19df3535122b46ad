import * as Aerospike from 'aerospike';

/** One scan or query job as the server's `query-show` reports it (`trid`, `set`, `status`, …). */
export type Job = Record<string, string>;

/** Every scan and query job the live server remembers, by transaction id (`query-show`). */
export async function serverJobs(client: Aerospike.Client): Promise<Map<string, Job>> {
  const answer = (await client.infoAny('query-show')).replace(/^query-show\t/, '').trim();
  const byId = new Map<string, Job>();
  for (const job of answer.split(';').filter(Boolean)) {
    const fields = Object.fromEntries(job.split(':').map((field) => field.split('=') as [string, string]));
    if (fields.trid) byId.set(fields.trid, fields);
  }
  return byId;
}

/** The jobs on `set` that `now` has and `before` had not. */
export function newJobs(before: Map<string, Job>, now: Map<string, Job>, set: string): Job[] {
  return [...now.entries()].filter(([id, job]) => !before.has(id) && job.set === set).map(([, job]) => job);
}
