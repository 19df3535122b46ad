import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const sidebars: SidebarsConfig = {
  guide: ['quickstart', 'error-handling', 'result-codes'],
};

export default sidebars;
