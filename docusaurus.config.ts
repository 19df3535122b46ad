import path from 'node:path';
import type { Config, LoadContext } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import codeFromExamples from './src/remark/code-from-examples';
import guidePageList from './src/remark/guide-page-list';
import recordedValues from './src/remark/recorded-values';
import { listGuidePages } from './src/guide-pages/list-guide-pages';
import highlightCode from './src/remark/highlight-code';
import staticSections from './src/remark/static-sections';
import staticProse from './src/remark/static-prose';
import standaloneSnippetsPlugin from './src/plugins/standalone-snippets';
import buildTimeHighlightingPlugin from './src/plugins/build-time-highlighting';
import apiReferencePlugin from './src/plugins/api-reference';
import resultCodeEntries from './src/plugins/result-codes/entries';
import markdownExport from './src/plugins/markdown-export';
import resultCodePages from './src/plugins/result-codes/code-pages';
import { pageTemplate } from './src/static-first/page-template';
import { siteAddress } from './src/config/site-address';
import { editRootUrl } from './src/config/source-links';

const examplesDir = path.resolve(__dirname, 'examples');
// Files the build writes for the browser to fetch (not committed): the lookup box's data.
const generatedStaticDir = path.resolve(__dirname, '.generated', 'static');
// SITE_URL and BASE_URL, e.g. https://my-org.github.io and /aerospike-ts/ (src/config/site-address.ts).
const { url, baseUrl } = siteAddress();
// Where "Edit this page" and a code block's title lead: the repository on GitHub, named by
// GITHUB_SERVER_URL, GITHUB_REPOSITORY and EDIT_BRANCH (src/config/source-links.ts).
const editUrl = editRootUrl();

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

/** The home page's topics: the guide's pages, then the other top-level pages, as the sidebar lists them. */
function homeTopics(): { to: string; label: string }[] {
  const guide = listGuidePages(__dirname, locale, 'error-handling');
  // The quick start has a button of its own on the home page.
  const others = listGuidePages(__dirname, locale, '.').filter((page) => page.id !== 'quickstart');
  return [...guide, ...others].map((page) => ({ to: `/docs/${page.id}`, label: page.label }));
}

const COLOR_MODE = { respectPrefersColorScheme: true, defaultMode: 'light' } as const;

const config: Config = {
  title: siteText.title,
  tagline: siteText.tagline,
  // A PNG: an SVG favicon is an SVG image, which the browser builds a document for.
  favicon: 'img/favicon.png',
  url,
  baseUrl,
  trailingSlash: false,
  // Docusaurus's banner for a wrong baseUrl shows when its app has not run by DOMContentLoaded,
  // which is every load here: a page starts its scripts on the reader's first input
  // (src/static-first/on-load/start-on-input.js). The base URL is checked by `npm run test:base-url` instead.
  baseUrlIssueBanner: false,

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

  staticDirectories: ['static', generatedStaticDir],

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
    // A page per result code (/docs/result-codes/14) and the lookup box's data, written before
    // the docs plugin reads its folder.
    (context: LoadContext) => resultCodePages(context, { generatedStaticDir, editRoot: editUrl }),
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
        remarkPlugins: [[staticProse, { defaultLocale: 'en', siteDir: __dirname, baseUrl }]],
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
          // A Korean page's link edits its file under i18n/ko/, not the English one.
          editUrl,
          editLocalizedFiles: true,
          // From git: the last commit that touched the page's own file (CI checks out in full).
          showLastUpdateTime: true,
          // The handbook's entries first: code-from-examples then fills the snippets they hold.
          beforeDefaultRemarkPlugins: [
            // `::guide-pages`: the pages of the page's folder, as the sidebar lists them.
            [guidePageList, { siteDir: __dirname }],
            // `:fig[…]` and `:default[…]`: figures of recorded runs and the client's defaults.
            [recordedValues, { examplesDir }],
            [resultCodeEntries, { examplesDir, siteDir: __dirname }],
            [codeFromExamples, { examplesDir }],
            // Last: every block becomes build-time highlighted HTML, with types and its whole program.
            [highlightCode, { examplesDir, siteDir: __dirname, editUrl }],
            // The handbook's entries become one piece of static HTML per group, before the
            // table of contents is built: their headings are not in it.
            [staticSections, { defaultLocale: 'en', siteDir: __dirname, baseUrl }],
          ],
          // After Docusaurus's own plugins: the rest of the page's plain Markdown, too.
          remarkPlugins: [[staticProse, { defaultLocale: 'en', siteDir: __dirname, baseUrl }]],
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
  customFields: { homeTopics: homeTopics() },
};

export default config;
