// Code is highlighted at build time (src/remark/highlight-code.ts): no Prism language is loaded.
export default function prismIncludeLanguages(): void {}
