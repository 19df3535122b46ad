/**
 * Docusaurus's DocSidebar (the desktop sidebar until the screen is known, then the one that
 * fits it), except that a phone keeps the server's desktop sidebar unhydrated until then (see
 * src/components/ServerHtmlOnPhone). Not a wrapper: the original starts from "ssr" again each
 * time it mounts, and would render the whole desktop sidebar once more.
 */
import React, { type ReactNode } from 'react';
import { useWindowSize } from '@docusaurus/theme-common';
import DocSidebarDesktop from '@theme/DocSidebar/Desktop';
import DocSidebarMobile from '@theme/DocSidebar/Mobile';
import type { Props } from '@theme/DocSidebar';
import ServerHtmlOnPhone, { isUnsizedPhone } from '@site/src/components/ServerHtmlOnPhone';

export default function DocSidebar(props: Props): ReactNode {
  const windowSize = useWindowSize();
  if (isUnsizedPhone(windowSize)) return <ServerHtmlOnPhone />;
  return (
    <>
      {(windowSize === 'desktop' || windowSize === 'ssr') && <DocSidebarDesktop {...props} />}
      {windowSize === 'mobile' && <DocSidebarMobile {...props} />}
    </>
  );
}
