/**
 * The browser's entry point in production builds (src/plugins/staged-client-entry.ts), in
 * place of Docusaurus's clientEntry.js, which it ends by running. Evaluating main.js used to be
 * one task of ~90 ms at full CPU speed (React DOM's set-up, the theme, the route table, the
 * client modules), which a phone four times slower spends blocked. Here each large part is
 * evaluated in a task of its own, so the browser can paint and answer input between them.
 * Plain `require`: the parts stay in main.js, only their evaluation is spread out.
 */
const stages = [
  () => require('react-dom/client'),
  () => require('react-router-dom'),
  () => require('react-helmet-async'),
  () => require('@generated/client-modules'),
  () => require('@generated/registry'),
  () => require('@generated/routes'),
  () => require('@docusaurus/core/lib/client/App.js'),
  () => require('@docusaurus/core/lib/client/clientEntry.js'),
];

function next() {
  stages.shift()();
  if (stages.length) setTimeout(next, 0);
}

// Not even the first part in main.js's own task, which already parses and registers it all.
setTimeout(next, 0);
