/**
 * Issue 12: "no more JavaScript shipped than today". Bytes of JavaScript (uncompressed,
 * prefetches excluded, as `measurePage` counts them) that each page loaded in the build of
 * fe78245, the last commit before build-time highlighting, measured with measurePage on a
 * production build. A page may ship less, never more; lower a figure when a change earns it.
 */
export const SCRIPT_BYTES_BEFORE_ISSUE_12: Record<string, number> = {
  '/': 540062,
  '/docs/error-handling': 552122,
  '/docs/error-handling/async': 551079,
  '/docs/error-handling/bad-input': 552111,
  '/docs/error-handling/batch': 551931,
  '/docs/error-handling/connection-lifecycle': 555019,
  '/docs/error-handling/create-only': 549916,
  '/docs/error-handling/node-failure': 568519,
  '/docs/error-handling/optimistic-locking': 551094,
  '/docs/error-handling/reconnection': 554047,
  '/docs/error-handling/retry': 554541,
  '/docs/error-handling/specific-first': 557157,
  '/docs/error-handling/timeouts': 551743,
  '/docs/result-codes': 706310,
  '/ko/': 509065,
  '/ko/docs/error-handling': 580379,
  '/ko/docs/error-handling/async': 577802,
  '/ko/docs/error-handling/bad-input': 579420,
  '/ko/docs/error-handling/batch': 579256,
  '/ko/docs/error-handling/connection-lifecycle': 583939,
  '/ko/docs/error-handling/create-only': 576819,
  '/ko/docs/error-handling/node-failure': 603936,
  '/ko/docs/error-handling/optimistic-locking': 578627,
  '/ko/docs/error-handling/reconnection': 584610,
  '/ko/docs/error-handling/retry': 585374,
  '/ko/docs/error-handling/specific-first': 587756,
  '/ko/docs/error-handling/timeouts': 580140,
  '/ko/docs/result-codes': 788327,
};

/** The script budget of a page (its path, `/ko` prefix included); a new page gets the guide's smallest. */
export function scriptBudget(pagePath: string): number {
  const known = SCRIPT_BYTES_BEFORE_ISSUE_12[pagePath];
  if (known !== undefined) return known;
  const locale = pagePath.startsWith('/ko/') ? '/ko' : '';
  return Math.min(
    ...Object.entries(SCRIPT_BYTES_BEFORE_ISSUE_12)
      .filter(([page]) => page.startsWith(`${locale}/docs/error-handling`))
      .map(([, bytes]) => bytes),
  );
}
