/**
 * The HTML around every built page (Docusaurus's `ssrTemplate` option): Docusaurus's own template
 * (@docusaurus/core's ssgTemplate.html.js), except that the page's scripts are not
 * <script defer> tags. One inline script in <head> takes their place: the controls that answer
 * a reader's first press without React (./on-load/), then ./on-load/start-on-input.js, called
 * with the page's scripts, which it starts on the reader's first input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { uiMessage } from '../remark/code-block-html';

export const ON_LOAD = path.resolve(__dirname, 'on-load');

export interface PageTemplateOptions {
  siteDir: string;
  locale: string;
  /** The theme's `colorMode` settings, which the colour-mode button follows. */
  colorMode: { respectPrefersColorScheme: boolean; defaultMode: 'light' | 'dark' };
}

/**
 * One of ./on-load/'s scripts, as written: a doc comment, then one parenthesised function
 * expression (Prettier ends it with `;`), to be called with its arguments.
 */
export function onLoadFunction(
  file: string,
  source = fs.readFileSync(path.join(ON_LOAD, file), 'utf8'),
): string {
  const expression = source.trim().replace(/;$/, '');
  if (!expression.startsWith('/**') || !expression.endsWith('})')) {
    throw new Error(`${path.join(ON_LOAD, file)}: expected a doc comment, then one function expression`);
  }
  return expression;
}

export function pageTemplate({ siteDir, locale, colorMode }: PageTemplateOptions): string {
  const menuText = {
    back: uiMessage(
      siteDir,
      locale,
      'theme.navbar.mobileSidebarSecondaryMenu.backButtonLabel',
      '← Back to main menu',
    ),
    close: uiMessage(
      siteDir,
      locale,
      'theme.docs.sidebar.closeSidebarButtonAriaLabel',
      'Close navigation bar',
    ),
  };
  // The controls first: their listeners answer a press before start-on-input's can hold it.
  const controls = [
    `${onLoadFunction('code-blocks.js')}()`,
    `${onLoadFunction('colour-mode.js')}(${JSON.stringify(colorMode)})`,
    `${onLoadFunction('search-shortcut.js')}()`,
    `${onLoadFunction('menu.js')}(${JSON.stringify(menuText)})`,
  ];
  const start = `${onLoadFunction('start-on-input.js')}(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>)`;
  return `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <script>${[...controls, start].join(';')}</script>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
}
