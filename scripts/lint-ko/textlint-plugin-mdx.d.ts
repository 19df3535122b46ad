// textlint-plugin-mdx ships no types: a textlint plugin module, `{ Processor }`.
declare module 'textlint-plugin-mdx' {
  const plugin: unknown;
  export default plugin;
}
