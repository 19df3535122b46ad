/**
 * The HTML around every built page: Docusaurus's own template (@docusaurus/core's
 * ssgTemplate.html.js), except that the page's scripts are not <script defer> tags but the list
 * handed to src/entry/start-on-input.js, which starts them on the reader's first input.
 */
import fs from 'node:fs';
import path from 'node:path';

export const START_ON_INPUT = path.resolve(__dirname, '../entry/start-on-input.js');

export function pageTemplate(startOnInput = fs.readFileSync(START_ON_INPUT, 'utf8')): string {
  // A parenthesised function expression, called here with the page's list (Prettier ends it with `;`).
  const loader = startOnInput.trim().replace(/;$/, '');
  if (!loader.startsWith('/**') || !loader.endsWith('})')) {
    throw new Error(`${START_ON_INPUT}: expected a doc comment, then one function expression`);
  }
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
    <script>${loader}(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>)</script>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
}
