// #region imports
import * as Aerospike from 'aerospike';
import { isTransient } from '../retry/retry';
// #endregion imports

// #region pages
/** Where a paginated scan stands: pass it back to go on from there. */
export type ScanState = number[];

interface Page {
  records: Aerospike.AerospikeRecord[];
  /** Where the next page starts; none after the last page. */
  state?: ScanState;
}

/** Runs one page of a paginated scan. */
function nextPage(
  scan: Aerospike.Scan,
  policy: Aerospike.ScanPolicy,
): Promise<Page> {
  return new Promise((resolve, reject) => {
    const records: Aerospike.AerospikeRecord[] = [];
    const stream = scan.foreach(policy);
    stream.on('data', (record) => records.push(record));
    // On the next turn of the event loop, as in eachRecord().
    stream.on('error', (error) => setImmediate(reject, error));
    stream.on('end', (state?: ScanState) =>
      setImmediate(resolve, { records, state }),
    );
  });
}

/** How scanInPages() pages and retries; every field is optional. */
export interface PageOptions {
  /** Records per page. */
  pageSize?: number;
  /** A state onPage() was given: the scan goes on after that page. */
  from?: ScanState;
  /** The rest of each page's policy: time limits, retries, throttling. */
  policy?: Aerospike.ScanPolicyOptions;
  /** How many times a page that failed is run again. */
  pageRetries?: number;
  /** Called with each failure before its page is run again. */
  onRetry?: (error: Aerospike.AerospikeError) => void;
}

/**
 * Scans a set page by page and hands each whole page to `onPage`, with the
 * state to resume after it. A page that fails is run again from the state it
 * started from, so every record reaches `onPage` exactly once.
 */
export async function scanInPages(
  client: Aerospike.Client,
  namespace: string,
  set: string,
  onPage: (records: Aerospike.AerospikeRecord[], next?: ScanState) => unknown,
  options: PageOptions = {},
): Promise<void> {
  const { pageSize = 1_000, pageRetries = 5, onRetry } = options;
  const scan = client.scan(namespace, set, {
    paginate: true,
    concurrent: true, // every node at once
  });
  // A paginated scan needs a policy of its own: without one, the client
  // crashes the process.
  const policy = new Aerospike.ScanPolicy({
    ...options.policy,
    maxRecords: pageSize,
  });
  let state = options.from;
  const runPage = async (): Promise<Page> => {
    for (let retry = 1; ; retry += 1) {
      // Every attempt starts where the page started.
      if (state) scan.nextPage(state);
      try {
        return await nextPage(scan, policy);
      } catch (error) {
        if (!isTransient(error) || retry > pageRetries) throw error;
        onRetry?.(error);
        // Time for the cluster to settle: one second, then two, three...
        await new Promise((resolve) => setTimeout(resolve, 1_000 * retry));
      }
    }
  };
  do {
    const page = await runPage();
    await onPage(page.records, page.state);
    state = page.state;
  } while (state);
}
// #endregion pages
