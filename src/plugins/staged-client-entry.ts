/**
 * Swaps the browser bundle's entry for src/entry/staged-client-entry.js in production builds:
 * the same modules, evaluated in several tasks instead of one. React DOM, 40% of main.js, goes
 * to a script of its own, which the page names beside main.js: the browser then parses the two
 * in separate tasks too. The dev server keeps Docusaurus's own entry, which hot reloading
 * relies on.
 */
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

export const STAGED_ENTRY = path.resolve(__dirname, '../entry/staged-client-entry.js');

export default function stagedClientEntry(): Plugin {
  return {
    name: 'staged-client-entry',
    configureWebpack(config, isServer) {
      if (isServer || process.env.NODE_ENV !== 'production') return {};
      return {
        mergeStrategy: { entry: 'replace' },
        entry: STAGED_ENTRY,
        optimization: {
          splitChunks: {
            cacheGroups: {
              reactDom: {
                name: 'react-dom',
                test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/,
                chunks: 'initial',
                enforce: true,
                priority: 45,
              },
            },
          },
        },
      };
    },
  };
}
