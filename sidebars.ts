import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: ['quickstart', 'error-handling'],
};

export default sidebars;
