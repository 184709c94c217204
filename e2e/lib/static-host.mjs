// A folder served the way a static host serves the deployed site (GitHub Pages): files gzip'd on
// the fly for clients that send `Accept-Encoding: gzip` (gzip only, as GitHub Pages: no brotli), `Cache-Control: public,max-age=600`,
// `ETag` and `Last-Modified`, 304 on a matching `If-None-Match`, `.wasm` as `application/wasm`
// (which `WebAssembly.instantiateStreaming` needs). Made of two well-kept npm middlewares (pinned
// in e2e/package-lock.json): sirv (files, types, cache headers, ETag) and compression (the
// expressjs gzip middleware). Used by the e2e server (lib/server.mjs), scripts/serve.sh (through
// e2e/serve.mjs) and the bench's lighthouse section (scripts/bench/lighthouse.mjs).
import sirv from 'sirv';
import compression from 'compression';
import { lookup } from 'mrmime';

/** Seconds a response may be reused from the browser's cache (GitHub Pages' `max-age=600`). */
export const MAX_AGE = 600;

/** compression's own `compressible` list, except for range requests (a gzip'd slice could not be
 *  told apart from a slice of the gzip'd file). Files under 1,024 bytes go out as they are. */
function shouldGzip(req, res) {
  return !req.headers.range && compression.filter(req, res);
}

/**
 * The request handler `(req, res, next)` for the files under `dir`: `next()` (or a 404 when there
 * is none) for a path with no file. `dev: true` looks files up on each request (for folders the
 * caller writes to while serving) and sends `Cache-Control: no-cache` instead of `MAX_AGE`;
 * otherwise the file list is read once, when the handler is made, as a deployed site's is fixed.
 * A file whose type sirv does not know (`.safetensors`, `.ftl`) goes out as
 * `application/octet-stream`, as static hosts send unknown types, and is gzip'd like the others.
 */
export function staticHost(dir, { dev = false } = {}) {
  const files = sirv(dir, {
    dev,
    etag: true,
    maxAge: MAX_AGE,
    dotfiles: false,
    setHeaders(res, pathname) {
      // sirv's own table is mrmime's; a path without an extension is a folder's index.html
      if (/\.[^./]+$/.test(pathname) && !lookup(pathname)) res.setHeader('content-type', 'application/octet-stream');
    },
  });
  const gzip = compression({ filter: shouldGzip });
  return (req, res, next) => {
    // compression would pick brotli where the client offers it (browsers do)
    const accepts = req.headers['accept-encoding'];
    if (accepts !== undefined) req.headers['accept-encoding'] = /\bgzip\b/i.test(accepts) ? 'gzip' : 'identity';
    gzip(req, res, () => files(req, res, next));
  };
}
