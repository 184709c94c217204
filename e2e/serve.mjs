// Serves a folder as the static host serves the deployed site (lib/static-host.mjs: gzip on the
// fly, Cache-Control: public,max-age=600, ETag/Last-Modified, .wasm as application/wasm).
// scripts/serve.sh runs it on dist/; the bench's lighthouse section uses the same handler.
//
//   node e2e/serve.mjs DIR [PORT [HOST]]      (PORT 8000, HOST 127.0.0.1 by default)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { staticHost } from './lib/static-host.mjs';

const [dirArg, portArg = '8000', host = '127.0.0.1'] = process.argv.slice(2);
const fail = (msg) => { console.error(`[serve] ERROR: ${msg}`); process.exit(2); };
if (!dirArg) fail('usage: node e2e/serve.mjs DIR [PORT [HOST]]');
const dir = path.resolve(dirArg);
if (!fs.existsSync(path.join(dir, 'index.html'))) fail(`${dir}/index.html not found: build the site first (scripts/build-site.sh)`);
const port = Number(portArg);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT '${portArg}' is not a port number (0-65535)`);

const site = staticHost(dir);
const server = http.createServer((req, res) => {
  res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${req.url}${res.getHeader('content-encoding') ? ` (${res.getHeader('content-encoding')})` : ''}`));
  site(req, res, () => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain');
    res.end(`404 Not Found: ${req.url}`);
  });
});
server.once('error', (err) => fail(`cannot listen on ${host}:${port}: ${err.message}`));
server.listen(port, host, () => {
  console.log(`[serve] ${dir} at http://${host}:${server.address().port}/ (gzip, Cache-Control: public,max-age=600, ETag)`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { server.closeAllConnections?.(); server.close(() => process.exit(0)); });
