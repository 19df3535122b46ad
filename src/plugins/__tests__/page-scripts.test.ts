import { describe, expect, it } from 'vitest';
import { registryChunks, withModuleOrigins } from '../page-scripts';

// Two lines as Docusaurus generates them in .docusaurus/registry.js.
const registry = `export default {
  "0058b4c6": [() => import(/* webpackChunkName: "0058b4c6" */ "@generated/docusaurus-plugin-content-docs/default/p/docs-175.json"), "@generated/docusaurus-plugin-content-docs/default/p/docs-175.json", require.resolveWeak("@generated/docusaurus-plugin-content-docs/default/p/docs-175.json")],
  "5e9f5e1a": [() => import(/* webpackChunkName: "5e9f5e1a" */ "@generated/docusaurus.config"), "@generated/docusaurus.config", require.resolveWeak("@generated/docusaurus.config")],
};`;

describe('page scripts', () => {
  it('reads which chunk each module path of the registry is in', () => {
    expect([...registryChunks(registry)]).toEqual([
      ['@generated/docusaurus-plugin-content-docs/default/p/docs-175.json', '0058b4c6'],
      ['@generated/docusaurus.config', '5e9f5e1a'],
    ]);
  });

  it('makes each module path an origin of its chunk group; modules bundled into main.js add nothing', () => {
    const manifest = { entrypoints: ['main'], origins: { '0058b4c6': ['401', '0058b4c6'] }, assets: {} };
    expect(withModuleOrigins(manifest, registryChunks(registry)).origins).toEqual({
      '0058b4c6': ['401', '0058b4c6'],
      '@generated/docusaurus-plugin-content-docs/default/p/docs-175.json': ['401', '0058b4c6'],
    });
  });

  it('fails when no registry chunk is in the manifest (a changed manifest format)', () => {
    const manifest = { entrypoints: ['main'], origins: { main: ['main'] }, assets: {} };
    expect(() => withModuleOrigins(manifest, registryChunks(registry))).toThrow(
      'page-scripts: none of 2 registry chunks is in the client manifest',
    );
  });
});
