// The built site is served as the static host (GitHub Pages) serves it, by both local servers:
// the e2e server (lib/server.mjs) and scripts/serve.sh's (e2e/serve.mjs), both on
// lib/static-host.mjs. For the wasm, its glue, the default view file, index.html, the manifest
// and a locale file, a request with `Accept-Encoding: gzip` gets `Content-Encoding: gzip` and a
// body that gunzips to the file's bytes in dist/; each has its content type (the wasm
// `application/wasm`), `Cache-Control: public,max-age=600`, an ETag that answers 304, and
// `Last-Modified`; without `Accept-Encoding` the file goes out as it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, DIST } from '../lib/server.mjs';

const SERVE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'serve.mjs');
const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
const pkg = fs.readdirSync(path.join(DIST, 'pkg'));
const only = (re) => {
  const found = pkg.filter((f) => re.test(f));
  assert.equal(found.length, 1, `dist/pkg/ has ${found.length} files matching ${re}: ${found.join(', ')}`);
  return `pkg/${found[0]}`;
};
const FILES = [
  // [path under dist/, content type]
  [only(/^latent_web_bg-[0-9a-f]{12}\.wasm$/), 'application/wasm'],
  [only(/^latent_web-[0-9a-f]{12}\.js$/), 'text/javascript'],
  // the build with the hands-on views, started when a view opens
  [`tools/${fs.readdirSync(path.join(DIST, 'tools')).find((f) => /^latent_web_tools_bg-[0-9a-f]{12}\.wasm$/.test(f))}`, 'application/wasm'],
  [`weights/${manifest.bundles[0].view}`, 'application/octet-stream'],
  ['index.html', 'text/html;charset=utf-8'],
  ['weights/manifest.json', 'application/json'],
  ['locales/de/page.ftl', 'application/octet-stream'],
];

// one GET with node:http (fetch would gunzip the body itself): status, headers and the raw body
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

let e2eServer, cli;
before(async () => {
  e2eServer = await startServer();
  // scripts/serve.sh's server on a free port: it prints its address when it listens
  const child = spawn(process.execPath, [SERVE, DIST, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`e2e/serve.mjs exited (${code}) before listening: ${err}`)));
  });
  cli = { url, close: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }) };
});
after(async () => {
  await e2eServer?.close();
  await cli?.close();
});

for (const [name, server] of [['the e2e server', () => e2eServer], ['scripts/serve.sh (e2e/serve.mjs)', () => cli]]) {
  test(`${name}: gzip on the fly, the file's bytes, its type and a static host's cache headers`, async () => {
    for (const [file, type] of FILES) {
      const bytes = fs.readFileSync(path.join(DIST, file));
      const mtime = fs.statSync(path.join(DIST, file)).mtime;
      const url = `${server().url}/${file === 'index.html' ? '' : file}`;

      const gz = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(gz.status, 200, `${file}: status ${gz.status}`);
      assert.equal(gz.headers['content-encoding'], 'gzip', `${file} is not gzip'd`);
      assert.match(gz.headers.vary ?? '', /accept-encoding/i, `${file}: no Vary: Accept-Encoding`);
      assert.ok(zlib.gunzipSync(gz.body).equals(bytes), `${file}: the gzip'd body does not gunzip to dist/${file}`);
      assert.ok(gz.body.length < bytes.length, `${file}: gzip'd ${gz.body.length} bytes, not fewer than its ${bytes.length}`);
      assert.equal(gz.headers['content-type'], type, `${file}: content type`);
      assert.equal(gz.headers['cache-control'], 'public,max-age=600', `${file}: cache header`);
      assert.equal(gz.headers['last-modified'], mtime.toUTCString(), `${file}: Last-Modified`);
      const etag = gz.headers.etag;
      assert.match(etag ?? '', /^(W\/)?"[^"]+"$/, `${file}: ETag '${etag}'`);

      const again = await get(url, { 'accept-encoding': 'gzip', 'if-none-match': etag });
      assert.equal(again.status, 304, `${file}: If-None-Match with its ETag got ${again.status}, not 304`);
      assert.equal(again.body.length, 0);

      const plain = await get(url);
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['content-encoding'], undefined, `${file}: encoded for a client that accepts none`);
      assert.equal(Number(plain.headers['content-length']), bytes.length, `${file}: Content-Length`);
      assert.ok(plain.body.equals(bytes), `${file}: the body is not dist/${file}`);
    }
  });
}

test('a file that is not there is a 404, and the e2e server logs every request', async () => {
  const start = e2eServer.log.length;
  const r = await get(`${e2eServer.url}/weights/no-such-file.safetensors`, { 'accept-encoding': 'gzip' });
  assert.equal(r.status, 404);
  assert.deepEqual(e2eServer.log.slice(start), [{ url: '/weights/no-such-file.safetensors', status: 404 }]);
  const c = await get(`${cli.url}/pkg/no-such-file.wasm`);
  assert.equal(c.status, 404);
});
