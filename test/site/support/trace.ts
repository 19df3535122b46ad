import type { CDPSession, Page } from 'playwright-core';

/** A Chrome trace event, with the fields the site tests read. */
export interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  args?: { url?: string };
}

/**
 * The trace events of `categories` Chrome records while `act` runs in `page`. `act` gets the
 * page's DevTools session, for what must run without Playwright's own scripts.
 */
export async function traceWhile(
  page: Page,
  categories: string,
  act: (cdp: CDPSession) => Promise<void>,
): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await act(cdp);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  return events;
}
