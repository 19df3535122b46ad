import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import handler from 'serve-handler';

/**
 * Serves a production build on a free loopback port the way `docusaurus serve` does, and
 * gzip-compressed the way a static host (GitHub Pages, Netlify) sends it: Lighthouse's
 * simulated phone network then downloads what a reader's phone would.
 */
export async function serveBuild(buildDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const compress = compression();
  const server = http.createServer((request, response) =>
    compress(request as never, response as never, () =>
      handler(request, response, { public: buildDir, cleanUrls: true, trailingSlash: false }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
