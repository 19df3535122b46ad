import fs from 'node:fs';
import path from 'node:path';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

type SidebarItems = Extract<SidebarsConfig[string], unknown[]>;

// docusaurus-plugin-typedoc writes the API pages and this sidebar when the site loads,
// before the sidebars are read; it is absent only when this file is type-checked alone.
const apiSidebarFile = path.join(__dirname, 'docs', 'api', 'typedoc-sidebar.cjs');
const apiItems: SidebarItems = fs.existsSync(apiSidebarFile) ? (require(apiSidebarFile) as SidebarItems) : [];

const sidebars: SidebarsConfig = {
  guide: [
    'quickstart',
    'error-handling',
    'result-codes',
    {
      type: 'category',
      label: 'API reference',
      link: { type: 'doc', id: 'api/index' },
      items: apiItems,
    },
  ],
};

export default sidebars;
