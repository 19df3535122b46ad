import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

/**
 * Whether `pathname` names a folder that only its index.html serves, asked for without the
 * closing slash. Static hosts (GitHub Pages, Netlify) redirect that to the slash, and
 * Docusaurus expects it: a locale's home is routed at `/ko/`, and loaded as `/ko` its page
 * hydrates nothing (facebook/docusaurus#9514). A page beside a folder of the same name
 * (`docs/error-handling.html` and `docs/error-handling/`) is the page.
 */
function isBareFolder(buildDir: string, pathname: string): boolean {
  if (pathname.endsWith('/')) return false;
  const local = path.join(buildDir, decodeURIComponent(pathname));
  return fs.existsSync(path.join(local, 'index.html')) && !fs.existsSync(`${local}.html`);
}

/**
 * Serves a production build (on a free loopback port unless told one) the way a static host
 * does, for `npm run serve`, the site tests and the bench: clean URLs
 * (`/docs/retry` is `docs/retry.html`), folders with their slash, and gzip-compressed, so
 * Lighthouse's simulated phone network downloads what a reader's phone would.
 *
 * A build made for a base URL (`BASE_URL=/aerospike-ts/`) is served under that path alone, as
 * GitHub Pages serves a project site: anything outside it is a 404, so a link or script that
 * forgot the base fails in the tests instead of loading from the root by luck.
 */
export async function serveBuild(
  buildDir: string,
  { port = 0, host = '127.0.0.1', baseUrl = '/' } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const compress = compression();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === baseUrl.slice(0, -1)) {
      response.writeHead(301, { Location: `${baseUrl}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(baseUrl)) {
      response
        .writeHead(404, { 'Content-Type': 'text/plain' })
        .end(`${url.pathname} is outside ${baseUrl}\n`);
      return;
    }
    const inBuild = `/${url.pathname.slice(baseUrl.length)}`;
    if (isBareFolder(buildDir, inBuild)) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (baseUrl !== '/') {
      // serve-handler sees the path inside the build, and its redirects name that path: put
      // the base back in front of them.
      request.url = `${inBuild}${url.search}`;
      const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => http.ServerResponse;
      response.writeHead = ((status: number, ...rest: unknown[]) => {
        const headers = rest.at(-1) as Record<string, unknown> | undefined;
        if (typeof headers?.Location === 'string' && headers.Location.startsWith('/')) {
          headers.Location = baseUrl + headers.Location.slice(1);
        }
        return writeHead(status, ...rest);
      }) as typeof response.writeHead;
    }
    compress(request as never, response as never, () =>
      handler(request, response, { public: buildDir, cleanUrls: true }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
