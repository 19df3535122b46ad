/** The desktop table of contents; on a phone, not hydrated (see src/components/ServerHtmlOnPhone). */
import React, { type ReactNode } from 'react';
import DocItemTOCDesktop from '@theme-original/DocItem/TOC/Desktop';
import ServerHtmlOnPhone, { useIsUnsizedPhone } from '@site/src/components/ServerHtmlOnPhone';

export default function DocItemTOCDesktopWrapper(): ReactNode {
  return useIsUnsizedPhone() ? <ServerHtmlOnPhone /> : <DocItemTOCDesktop />;
}
