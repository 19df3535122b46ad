/**
 * Starts every browser script with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`
 * (https://v8.dev/blog/explicit-compile-hints, Chrome 136 and later). V8 otherwise compiles a
 * function lazily, on the main thread, the first time it runs. Hydrating a page runs most of
 * React DOM, the theme and the page's own chunks, so a load compiled ~1,100 functions that way,
 * inside the tasks that block input. With the hint, V8 compiles them eagerly while the script
 * streams in, on a background thread. Scripts that load later (search, another page's code)
 * are also used as soon as they arrive, so every script gets it.
 *
 * The hint goes on after minification, which strips comments, and before the real content
 * hashes are computed, so file names still follow content.
 */
import type { Plugin } from '@docusaurus/types';
// Docusaurus types its bundler as webpack; Rspack, which runs here, has the same API.
import type { Compiler } from 'webpack';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

class CompileHintsWebpackPlugin {
  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHints', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CompileHints', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          for (const asset of compilation.getAssets()) {
            if (!asset.name.endsWith('.js')) continue;
            compilation.updateAsset(asset.name, (source) => new sources.ConcatSource(COMPILE_HINT, source));
          }
        },
      );
    });
  }
}

export default function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    configureWebpack(_config, isServer) {
      if (isServer || process.env.NODE_ENV !== 'production') return {};
      return { plugins: [new CompileHintsWebpackPlugin()] };
    },
  };
}
