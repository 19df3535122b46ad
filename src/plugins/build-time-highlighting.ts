/**
 * Keeps Prism out of the pages: every block is highlighted at build time, so the theme's
 * client-side tokenizer (prism-react-renderer, loaded by a theme client module on every page)
 * is replaced by a stub in the bundle.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

export default function buildTimeHighlightingPlugin(): Plugin {
  return {
    name: 'build-time-highlighting',
    configureWebpack() {
      return {
        resolve: {
          alias: { 'prism-react-renderer$': path.resolve(__dirname, '../theme/prism-stub.ts') },
        },
      };
    },
  };
}
