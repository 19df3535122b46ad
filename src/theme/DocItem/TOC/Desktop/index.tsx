/** The desktop table of contents; on a phone, not hydrated (see src/components/ServerHtmlOnPhone). */
import React, { type ReactNode } from 'react';
import DocItemTOCDesktop from '@theme-original/DocItem/TOC/Desktop';
import { useWindowSize } from '@docusaurus/theme-common';
import ServerHtmlOnPhone, { isUnsizedPhone } from '@site/src/components/ServerHtmlOnPhone';

export default function DocItemTOCDesktopWrapper(): ReactNode {
  return isUnsizedPhone(useWindowSize()) ? <ServerHtmlOnPhone /> : <DocItemTOCDesktop />;
}
