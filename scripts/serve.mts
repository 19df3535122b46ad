// `npm run serve`: the production build, served the way a static host serves it
// (scripts/serve-build.ts). `docusaurus serve` drops a folder's closing slash under this
// site's `trailingSlash: false`, and the Korean home, loaded as `/ko`, then never hydrates.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtAddress } from './built-address';
import { serveBuild } from './serve-build';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3300' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'build' },
  },
});
const port = Number(values.port);
const dir = path.resolve(values.dir);

function fail(message: string): never {
  console.error(`serve: ${message}`);
  process.exit(2);
}

if (!Number.isInteger(port) || port < 1 || port > 65_535) fail(`--port ${values.port} is not a port number`);
if (!fs.existsSync(path.join(dir, 'index.html')))
  fail(`no production build in ${dir}: run \`npm run build\` first`);

// A build made with BASE_URL is served under that path, as its host will serve it.
const { baseUrl } = builtAddress(dir);
const server = await serveBuild(dir, { port, host: values.host, baseUrl }).catch(
  (error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${port} on ${values.host} is in use: pass another with --port`
        : `cannot listen on ${values.host}:${port}: ${error.message}`,
    ),
);
const site = `${server.url}${baseUrl}`;
console.log(`Serving ${dir} at ${site} (Korean at ${site}ko/). Ctrl-C stops it.`);
process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
