/**
 * HTML written at build time (code blocks, the result-code handbook): React hydrates it as one
 * element, however large. The anchors inside are reported to Docusaurus's broken-link check,
 * which only sees what React renders.
 */
import React, { type ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';

export interface StaticHtmlProps {
  html: string;
  /** Ids of the elements inside that links may point at, space-separated. */
  anchors?: string;
}

export default function StaticHtml({ html, anchors }: StaticHtmlProps): ReactNode {
  const brokenLinks = useBrokenLinks();
  anchors?.split(' ').forEach((id) => id && brokenLinks.collectAnchor(id));
  return <div className="static-html" dangerouslySetInnerHTML={{ __html: html }} />;
}
