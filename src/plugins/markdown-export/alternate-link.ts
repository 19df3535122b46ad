/**
 * Makes a built HTML page advertise its Markdown:
 * `<link rel="alternate" type="text/markdown" href="….md">` in its head.
 */
import fs from 'node:fs';

export function addAlternateLink(htmlFile: string, markdownHref: string): void {
  const html = fs.readFileSync(htmlFile, 'utf8');
  const tag = `<link rel="alternate" type="text/markdown" href="${markdownHref}">`;
  if (html.includes(tag)) return;
  if (!html.includes('</head>')) throw new Error(`${htmlFile}: no </head> to add the Markdown link to`);
  // Other plugins read the pages in their own postBuild at the same time: a rename replaces the
  // file at once, so none of them reads it half written.
  const temporary = `${htmlFile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, html.replace('</head>', `${tag}</head>`));
  fs.renameSync(temporary, htmlFile);
}
