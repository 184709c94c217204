// A static server for the built site, on 127.0.0.1 with a free port, serving it as the static
// host does (lib/static-host.mjs: gzip on the fly, Cache-Control: public,max-age=600, ETag).
//   /            -> the site (dist/, or $E2E_DIST; its file list read at start)
//   /__e2e__/... -> a folder of test fixtures (e.g. corrupt bundles) the tests write, looked up
//                   on each request
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staticHost } from './static-host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(process.env.E2E_DIST ?? path.join(here, '..', '..', 'dist'));

export async function startServer({ fixturesDir } = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${DIST}/index.html not found: build the site first (scripts/build-site.sh)`);
  }
  const site = staticHost(DIST);
  const fixtures = fixturesDir ? staticHost(fixturesDir, { dev: true }) : null;
  const log = [];
  const notFound = (req, res) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain');
    res.end(`404 Not Found: ${req.url}`);
  };
  const server = http.createServer((req, res) => {
    res.on('finish', () => log.push({ url: req.url, status: res.statusCode }));
    if (fixtures && req.url.startsWith('/__e2e__/')) {
      req.url = req.url.slice('/__e2e__'.length);
      return fixtures(req, res, () => notFound(req, res));
    }
    site(req, res, () => notFound(req, res));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
