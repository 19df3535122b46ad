/**
 * Desktop-only parts of a docs page (the sidebar, the table of contents) on a phone.
 *
 * Docusaurus renders them on the server for every screen, hydrates them, and removes them once
 * an effect finds a phone-sized screen; meanwhile CSS hides them. On a phone, hydrating them
 * was pure waste: 174 of the 1,078 React fibers of the Korean connection-lifecycle page,
 * hydrated only to be removed. While the theme does not know the screen yet (`useWindowSize()`
 * is still "ssr"), a phone gets the server's HTML kept as it is: one element, not hydrated,
 * which the theme then removes as before. A wider screen hydrates them as usual.
 */
import React, { type ReactNode } from 'react';
import { useWindowSize } from '@docusaurus/theme-common';

/** Infima's and Docusaurus's breakpoint: at most this wide is a phone layout. */
const PHONE_MAX_WIDTH = 996;

/**
 * True while hydrating (or first rendering) on a phone: the theme does not know the screen yet
 * (`useWindowSize()` gives "ssr"), and its CSS hides the desktop parts on this one.
 */
export function isUnsizedPhone(windowSize: ReturnType<typeof useWindowSize>): boolean {
  return windowSize === 'ssr' && typeof window !== 'undefined' && window.innerWidth <= PHONE_MAX_WIDTH;
}

/**
 * Keeps the server-written element in place of the component's own root element, a <div>.
 * React does not hydrate inside an element whose HTML is set, so it keeps its children as they
 * are; on a client-side render, it is an empty hidden <div> until the theme removes it.
 */
export default function ServerHtmlOnPhone(): ReactNode {
  return <div dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
}
