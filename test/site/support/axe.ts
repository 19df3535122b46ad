import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What the check holds pages to: WCAG 2.0/2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The rules whose outcome depends on colour: all that can change when only the colour mode
 * does (the theme switches CSS variables; the DOM stays the same), so the second mode of a
 * page runs these alone.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Impacts that fail the check. Minor and moderate findings are printed, not failed. */
const FAILING = new Set(['serious', 'critical']);

export interface Finding {
  rule: string;
  impact: string;
  /** The elements at fault, as CSS selectors, and axe's one-line reason for the first. */
  targets: string[];
  summary: string;
}

/**
 * Runs axe on the page as it stands; `rules` narrows it to those rules, `exclude` leaves
 * elements out (CSS selectors).
 */
export async function axeFindings(
  page: Page,
  { rules, exclude = [] }: { rules?: string[]; exclude?: string[] } = {},
): Promise<Finding[]> {
  // axe-core's source (0.5 MB) is evaluated in a page once: a page checked several times (both
  // modes, both widths) keeps it. AxeBuilder evaluates the source it is given twice a run in
  // legacy mode, which took 2 to 3 s a run on this machine; a comment stands in once it is there.
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  const builder = new AxeBuilder({
    page,
    axeSource: loaded ? '/* axe-core is already in the page */' : undefined,
  })
    .withTags(AXE_TAGS)
    // Only violations are read: the passes' details (thousands of nodes on a long page) are
    // neither collected nor sent back.
    .options({ resultTypes: ['violations'] })
    // axe.run() in the page itself. The default (runPartial, then finishRun in a blank page it
    // opens for every call) is for pages with cross-origin frames, which this site has none of,
    // and took 1.5 to 2 s more a call on this machine: three times the checks themselves.
    .setLegacyMode(true);
  if (rules) builder.withRules(rules);
  for (const selector of exclude) builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    targets: violation.nodes.map((node) => node.target.join(' ')),
    summary: (violation.nodes[0]?.failureSummary ?? violation.help).replace(/\s+/g, ' ').trim(),
  }));
}

export const failing = (findings: Finding[]) => findings.filter((finding) => FAILING.has(finding.impact));

/** One line per finding, for a test's failure message and the log. */
export const describeFindings = (findings: Finding[]) =>
  findings
    .map(
      (f) =>
        `${f.rule} (${f.impact}) on ${f.targets.length} element(s): ${f.targets.slice(0, 3).join(', ')}` +
        `${f.targets.length > 3 ? ', …' : ''} — ${f.summary}`,
    )
    .join('\n');
