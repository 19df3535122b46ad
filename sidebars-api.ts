import fs from 'node:fs';
import path from 'node:path';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

type SidebarItems = Extract<SidebarsConfig[string], unknown[]>;

// docusaurus-plugin-typedoc writes the API pages and this sidebar when the site loads,
// before the sidebars are read; it is absent only when this file is type-checked alone.
const generated = path.join(__dirname, 'api', 'typedoc-sidebar.cjs');
const items: SidebarItems = fs.existsSync(generated) ? (require(generated) as SidebarItems) : [];

const sidebars: SidebarsConfig = {
  api: [{ type: 'doc', id: 'index', label: 'API reference' }, ...items],
};

export default sidebars;
