// A bad bundle must give a readable message in #error and body[data-state=error], not a blank page:
// truncated, noise, missing, NaN weights, an HTML page and a Git LFS pointer in its place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';

let server, browser, fixtures, viewName;

// A copy of a safetensors file with a few values of its first f16 decoder tensor set to NaN.
function withNaN(bytes) {
  const out = Buffer.from(bytes);
  const n = Number(out.readBigUInt64LE(0));
  const header = JSON.parse(out.subarray(8, 8 + n).toString('utf8'));
  const name = Object.keys(header).sort().find((k) => k.startsWith('decoder.') && header[k].dtype === 'F16');
  assert.ok(name, 'the view file has no f16 decoder tensor');
  const [start] = header[name].data_offsets;
  for (let i = 0; i < 4; i++) out.writeUInt16LE(0x7e00, 8 + n + start + 2 * i);
  return out;
}

before(async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
  const view = manifest.bundles?.[0]?.view;
  assert.ok(view, 'weights/manifest.json has no bundles[0].view');
  const bytes = fs.readFileSync(path.join(DIST, 'weights', view));
  viewName = path.basename(view);
  fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'latent-e2e-'));
  // The first half of the real file: a valid header, then the data stops.
  fs.writeFileSync(path.join(fixtures, `truncated-${viewName}`), bytes.subarray(0, bytes.length >> 1));
  // Deterministic noise of the same kind of size.
  const noise = Buffer.alloc(Math.min(bytes.length, 256 * 1024));
  let s = 0x2545f491;
  for (let i = 0; i < noise.length; i++) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; noise[i] = s & 0xff; }
  fs.writeFileSync(path.join(fixtures, `garbage-${viewName}`), noise);
  // The real file with NaN in a decoder weight (f16 0x7e00), header untouched.
  fs.writeFileSync(path.join(fixtures, `nan-${viewName}`), withNaN(bytes));
  // What a static host serves for a wrong address, and what a clone without `git lfs pull` holds.
  fs.writeFileSync(path.join(fixtures, `html-${viewName}`),
    '<!DOCTYPE html>\n<html lang="en"><head><title>Page not found</title></head><body><h1>404</h1></body></html>\n');
  fs.writeFileSync(path.join(fixtures, `lfs-${viewName}`),
    `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize ${bytes.length}\n`);
  server = await startServer({ fixturesDir: fixtures });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (fixtures) fs.rmSync(fixtures, { recursive: true, force: true });
});

const CASES = [
  { name: 'truncated', file: () => `truncated-${viewName}` },
  { name: 'garbage', file: () => `garbage-${viewName}` },
  { name: 'missing', file: () => `missing-${viewName}`, reason: /404|not found/i },
  { name: 'nan', file: () => `nan-${viewName}`, reason: /tensor `decoder\.[\w.]+` holds 4 of \d+ values that are not finite/ },
  { name: 'html', file: () => `html-${viewName}`, reason: /the server returned an HTML page, not a bundle/ },
  { name: 'lfs', file: () => `lfs-${viewName}`, reason: /this is a Git LFS pointer.*fetch the real file with git lfs pull/ },
];

for (const c of CASES) {
  test(`bundle error (${c.name}): #error names the file and says why`, async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    const problems = watch(page);
    try {
      const file = c.file();
      await page.goto(`${server.url}/?bundle=${encodeURIComponent('/__e2e__/' + file)}`);
      await waitForState(page, 'error');
      await screenshot(page, `error-${c.name}`);
      const err = page.locator('#error');
      assert.ok(await err.isVisible(), '#error is not visible');
      assert.equal(await err.getAttribute('role'), 'alert', '#error lacks role="alert"');
      const msg = (await err.innerText()).trim();
      assert.ok(msg.includes(file), `#error does not name the file ${file}: ${JSON.stringify(msg)}`);
      const reason = msg.replace(file, '').replace(/\s+/g, ' ').trim();
      assert.ok(reason.length >= 15, `#error gives no reason: ${JSON.stringify(msg)}`);
      assert.doesNotMatch(msg, /\[object |undefined|RuntimeError: unreachable/, `#error is not readable: ${JSON.stringify(msg)}`);
      if (c.reason) assert.match(msg, c.reason, `#error does not say why: ${JSON.stringify(msg)}`);
      assert.deepEqual(problems.pageErrors, [], 'uncaught errors in the page (the failure should be handled)');
    } finally {
      await page.close();
    }
  });
}
