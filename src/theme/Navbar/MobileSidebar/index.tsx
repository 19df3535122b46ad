/**
 * The phone menu, rendered when a reader first reaches for it rather than on every load.
 *
 * Docusaurus renders the whole menu (navbar items and the docs sidebar, about 380 React
 * elements here) as soon as it finds a phone-sized screen: right after hydration, hidden, on
 * every page. That was the largest single piece of work after first paint on a phone. Here it
 * waits for the first pointer, touch or focus on the menu button; the click that follows finds
 * it in place, so the menu still slides in. Anything else that opens it renders it too.
 */
import React, { useEffect, useState, type ReactNode } from 'react';
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';
import NavbarMobileSidebar from '@theme-original/Navbar/MobileSidebar';

/** Events that come before a click or key press on the menu button. */
const INTENT_EVENTS = ['pointerdown', 'touchstart', 'mouseover', 'focusin'] as const;
const MENU_BUTTON = '.navbar__toggle';

export default function MobileSidebarOnDemand(): ReactNode {
  const { shown } = useNavbarMobileSidebar();
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return undefined;
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(MENU_BUTTON)) setWanted(true);
    };
    for (const type of INTENT_EVENTS)
      document.addEventListener(type, onIntent, { capture: true, passive: true });
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, { capture: true });
    };
  }, [wanted]);
  return wanted || shown ? <NavbarMobileSidebar /> : null;
}
