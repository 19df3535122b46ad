import path from 'node:path';
import type { Config, LoadContext } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import codeFromExamples from './src/remark/code-from-examples';
import highlightCode from './src/remark/highlight-code';
import staticSections from './src/remark/static-sections';
import staticProse from './src/remark/static-prose';
import standaloneSnippetsPlugin from './src/plugins/standalone-snippets';
import buildTimeHighlightingPlugin from './src/plugins/build-time-highlighting';
import apiReferencePlugin from './src/plugins/api-reference';
import resultCodeEntries from './src/plugins/result-codes/entries';
import markdownExport from './src/plugins/markdown-export';
import { pageTemplate } from './src/static-first/page-template';

const examplesDir = path.resolve(__dirname, 'examples');

// Docusaurus loads this file once per locale and names the locale in this variable (its way to
// translate the site config: https://github.com/facebook/docusaurus/issues/4542). The title
// ends every <title> of the locale.
const locale = process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en';
const siteText = {
  en: {
    title: 'Aerospike Error Handling in TypeScript',
    tagline: 'Patterns for the Node.js client, every snippet run against a real server',
  },
  ko: {
    title: 'TypeScript로 다루는 Aerospike 에러 처리',
    tagline: 'Node.js 클라이언트를 위한 패턴, 모든 스니펫을 실제 서버에서 실행해 검증',
  },
}[locale === 'ko' ? 'ko' : 'en'];

const COLOR_MODE = { respectPrefersColorScheme: true, defaultMode: 'light' } as const;

const config: Config = {
  title: siteText.title,
  tagline: siteText.tagline,
  // A PNG: an SVG favicon is an SVG image, which the browser builds a document for.
  favicon: 'img/favicon.png',
  url: 'https://aerospike-ts-errors.example.org',
  baseUrl: '/',
  trailingSlash: false,

  future: {
    v4: { removeLegacyPostBuildHeadAttribute: true, useCssCascadeLayers: false },
    // Every Faster option but the cross-compiler cache: pages are compiled once for the server
    // and once for the browser, so the browser's copy can leave out the build-time HTML the
    // server already wrote into the page (src/remark/static-sections.ts).
    faster: {
      swcJsLoader: true,
      swcJsMinimizer: true,
      swcHtmlMinimizer: true,
      lightningCssMinimizer: true,
      mdxCrossCompilerCache: false,
      rspackBundler: true,
      rspackPersistentCache: true,
      ssgWorkerThreads: true,
      gitEagerVcs: true,
    },
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    // .md pages are plain CommonMark (braces and angle brackets in prose stay text); .mdx is MDX.
    format: 'detect',
    hooks: { onBrokenMarkdownLinks: 'throw' },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'ko'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en' },
      ko: { label: '한국어', htmlLang: 'ko' },
    },
  },

  // Each page starts its scripts on the reader's first input, not on load; the first press of
  // copy, the whole program, the menu, colour mode or search is answered without them.
  ssrTemplate: pageTemplate({ siteDir: __dirname, locale, colorMode: COLOR_MODE }),

  clientModules: [
    // Replays the buttons pressed before the page had hydrated.
    require.resolve('./src/static-first/early-input.ts'),
  ],

  plugins: [
    // API reference of the examples package: TypeDoc writes it into api/ on every build (not
    // committed), and a docs instance of its own serves it at /api. Building another locale
    // also writes that locale's pages, doc comments translated from the snippets' catalog.
    (context: LoadContext) => apiReferencePlugin(context, { examplesDir, out: './api' }),
    // Every TypeScript block, as its copy button gives it, must compile on its own.
    (context: LoadContext) => standaloneSnippetsPlugin(context, { examplesDir }),
    buildTimeHighlightingPlugin,
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'api',
        path: 'api',
        routeBasePath: 'api',
        sidebarPath: './sidebars-api.ts',
        beforeDefaultRemarkPlugins: [[highlightCode, { examplesDir, siteDir: __dirname }]],
        remarkPlugins: [[staticProse, { defaultLocale: 'en', siteDir: __dirname }]],
      },
    ],
    // Every doc page also as Markdown, snippets resolved, with llms.txt per locale.
    (context: LoadContext) => markdownExport(context, { examplesDir }),
  ],

  themes: [
    [
      // Offline search: the index is built with the site and queried in the browser, per locale.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        language: ['en', 'ko'],
        indexBlog: false,
        docsRouteBasePath: ['/docs', '/api'],
        explicitSearchResultPath: true,
      },
    ],
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // The handbook's entries first: code-from-examples then fills the snippets they hold.
          beforeDefaultRemarkPlugins: [
            [resultCodeEntries, { examplesDir, siteDir: __dirname }],
            [codeFromExamples, { examplesDir }],
            // Last: every block becomes build-time highlighted HTML, with types and its whole program.
            [highlightCode, { examplesDir, siteDir: __dirname }],
            // The handbook's entries become one piece of static HTML per group, before the
            // table of contents is built: their headings are not in it.
            [staticSections, { defaultLocale: 'en', siteDir: __dirname }],
          ],
          // After Docusaurus's own plugins: the rest of the page's plain Markdown, too.
          remarkPlugins: [[staticProse, { defaultLocale: 'en', siteDir: __dirname }]],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: COLOR_MODE,
    navbar: {
      title: 'Aerospike TS Errors',
      // A PNG, not an SVG: Chrome builds a document for each SVG image on the page's main thread.
      logo: { alt: '', src: 'img/favicon.png', width: 32, height: 32 },
      items: [
        { type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide' },
        { type: 'docSidebar', sidebarId: 'api', docsPluginId: 'api', position: 'left', label: 'API' },
        { type: 'localeDropdown', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            { label: 'Quick start', to: '/docs/quickstart' },
            { label: 'Error handling', to: '/docs/error-handling' },
            { label: 'Result codes', to: '/docs/result-codes' },
            { label: 'API reference', to: '/api' },
          ],
        },
      ],
      copyright: 'Examples are compiled and run against a real Aerospike server on every change.',
    },
    // Token colours come from src/css/custom.css, not inline styles: smaller pages, and a palette
    // that meets WCAG AA contrast in both colour modes.
    prism: {
      theme: { plain: {}, styles: [] },
      darkTheme: { plain: {}, styles: [] },
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
