/**
 * Stands in for prism-react-renderer in the client bundle: code is highlighted at build time
 * (src/remark/highlight-code.ts), and the theme's module that loads Prism's languages on every
 * page would otherwise ship a tokenizer nobody uses.
 */
export const Prism = { languages: {} };
export const themes = {};
export function Highlight(): null {
  return null;
}
