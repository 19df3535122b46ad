/**
 * Puts each page's own code in its HTML. Docusaurus writes a page's <script> tags from the
 * modules the page rendered, looked up by module path in the client manifest. The manifest's
 * writer (react-loadable-ssr-addon) keys its entries by chunk name under webpack 5 and Rspack,
 * so no lookup matched: every page listed main.js alone, and fetched its own chunks only once
 * main.js had run, a network round trip later and with one script element added per chunk
 * inside main.js's own long task. After the client build, this adds each module path to the
 * manifest under the chunk that registry.js (Docusaurus's own map) names for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

interface ClientManifest {
  entrypoints: string[];
  origins: Record<string, string[]>;
  assets: Record<string, unknown>;
}

/** One registry line: `"<chunk name>": [() => import(/* … *\/ "<path>"), "<path>", …]`. */
const REGISTRY_ENTRY = /^\s*"([^"]+)": \[\(\) => import\([^)]*\), ("(?:[^"\\]|\\.)*"),/gm;

/** Module path → chunk name, from the source of Docusaurus's generated registry.js. */
export function registryChunks(registrySource: string): Map<string, string> {
  const chunks = new Map<string, string>();
  for (const [, chunkName, modulePath] of registrySource.matchAll(REGISTRY_ENTRY)) {
    chunks.set(JSON.parse(modulePath!) as string, chunkName!);
  }
  return chunks;
}

/**
 * The manifest with every module path of the registry as an origin of its chunk's group. A
 * module without a chunk of its own was bundled into main.js (the site config, for one).
 */
export function withModuleOrigins(manifest: ClientManifest, chunks: Map<string, string>): ClientManifest {
  const origins = { ...manifest.origins };
  let matched = 0;
  for (const [modulePath, chunkName] of chunks) {
    const group = manifest.origins[chunkName];
    if (!group) continue;
    origins[modulePath] = group;
    matched += 1;
  }
  if (matched === 0) {
    throw new Error(`page-scripts: none of ${chunks.size} registry chunks is in the client manifest`);
  }
  return { ...manifest, origins };
}

export default function pageScriptsPlugin(context: LoadContext): Plugin {
  const manifestPath = path.join(context.generatedFilesDir, 'client-manifest.json');
  const registryPath = path.join(context.generatedFilesDir, 'registry.js');
  return {
    name: 'page-scripts',
    configureWebpack(config, isServer) {
      // Only a production client build writes the manifest (`docusaurus start` writes none).
      const writesManifest = (config.plugins ?? []).some(
        (plugin) => plugin?.constructor?.name === 'ReactLoadableSSRAddon',
      );
      if (isServer || !writesManifest) return {};
      return {
        plugins: [
          {
            // After emit: the manifest is written in the emit phase, SSG reads it afterwards.
            apply(compiler: { hooks: { afterEmit: { tap(name: string, hook: () => void): void } } }) {
              compiler.hooks.afterEmit.tap('page-scripts', () => {
                const chunks = registryChunks(fs.readFileSync(registryPath, 'utf8'));
                if (chunks.size === 0) throw new Error(`page-scripts: no entries read from ${registryPath}`);
                const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as ClientManifest;
                fs.writeFileSync(manifestPath, JSON.stringify(withModuleOrigins(manifest, chunks)));
              });
            },
          } as never,
        ],
      };
    },
  };
}
