// Own data cannot break the page (issue 20, item 3): a bundle whose class names are 40 and 150
// characters long (real folder names) shows every map label inside the map, shortened to fit
// its region with the full name in its title, the legend and the readout, with no horizontal
// scroll at 390 and 1280 px; and a 100 MB file that is not a bundle is refused from its first
// bytes, without growing the page's WebAssembly memory by 1 MB.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';

let server, browser, fixtures;
const VIEW = 'mnist/vae.safetensors';

// The safetensors header of `bytes`, and the same file with another header (padded with
// spaces to a multiple of 8 bytes, so the tensors stay aligned).
function header(bytes) {
  const n = Number(bytes.readBigUInt64LE(0));
  return { n, json: JSON.parse(bytes.subarray(8, 8 + n).toString('utf8')) };
}
function withHeader(bytes, json) {
  const { n } = header(bytes);
  let text = JSON.stringify(json);
  text += ' '.repeat((8 - (Buffer.byteLength(text) % 8)) % 8);
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(Buffer.byteLength(text)));
  return Buffer.concat([len, Buffer.from(text, 'utf8'), bytes.subarray(8 + n)]);
}

// Ten class names of `len` characters, each told apart by its start (as folder names are).
const NAMES = {
  40: Array.from({ length: 10 }, (_, i) => `class ${i} handwritten digit sample folder`.padEnd(40, '_').slice(0, 40)),
  150: Array.from({ length: 10 }, (_, i) => `${`${i} — ${'a very long folder name from a real dataset that somebody exported '.repeat(3)}`.slice(0, 149)}.`),
};

before(async () => {
  fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'latent-names-'));
  const bytes = fs.readFileSync(path.join(DIST, 'weights', VIEW));
  for (const [len, names] of Object.entries(NAMES)) {
    assert.ok(names.every((n) => [...n].length === Number(len)), `names of ${len} characters`);
    const { json } = header(bytes);
    const meta = JSON.parse(json.__metadata__.latent_explorer);
    meta.class_names = names;
    meta.model = `long-names-${len}`;
    json.__metadata__.latent_explorer = JSON.stringify(meta);
    fs.writeFileSync(path.join(fixtures, `names${len}.safetensors`), withHeader(bytes, json));
  }
  // 100 MB of noise that is not a bundle
  const junk = Buffer.alloc(100_000_000);
  let s = 0x9e3779b9;
  for (let i = 0; i < junk.length; i += 4) { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; junk.writeUInt32LE(s >>> 0, i); }
  fs.writeFileSync(path.join(fixtures, 'junk.bin'), junk);
  // 50 MB of the same: under the size limit, refused by its header
  fs.writeFileSync(path.join(fixtures, 'junk50.bin'), junk.subarray(0, 50_000_000));
  server = await startServer({ fixturesDir: fixtures });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (fixtures) fs.rmSync(fixtures, { recursive: true, force: true });
});

for (const len of Object.keys(NAMES)) {
  for (const width of [390, 1280]) {
    test(`class names of ${len} characters at ${width} px: labels inside the map, full names in the legend, no horizontal scroll`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      const problems = watch(page);
      try {
        await page.goto(`${server.url}/?bundle=${encodeURIComponent(`/__e2e__/names${len}.safetensors`)}`);
        await waitForState(page, 'ready');
        await page.waitForFunction(() => document.querySelectorAll('#map-labels .map-label').length > 0);
        await screenshot(page, `names-${len}-${width}`, { fullPage: false });
        const got = await page.evaluate(() => {
          const map = document.getElementById('map-overlay').getBoundingClientRect();
          const labels = [...document.querySelectorAll('#map-labels .map-label')].map((l) => {
            const r = l.getBoundingClientRect();
            return { title: l.title, text: l.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          });
          return {
            map: { left: map.left, right: map.right, top: map.top, bottom: map.bottom },
            labels,
            legend: [...document.querySelectorAll('#legend li .name')].map((e) => e.textContent.trim()),
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          };
        });
        assert.ok(got.scroll <= got.client, `horizontal scroll: ${got.scroll} > ${got.client}`);
        const names = NAMES[len];
        assert.deepEqual(got.legend, names, 'the legend lists every full name');
        for (const l of got.labels) {
          assert.ok(names.includes(l.title), `a label's title is a full class name: ${l.title}`);
          assert.equal(l.text, l.title, 'the label holds the full name (the style shortens it)');
          for (const [a, b, side] of [[l.left, got.map.left, 'left'], [got.map.right, l.right, 'right'], [l.top, got.map.top, 'top'], [got.map.bottom, l.bottom, 'bottom']]) {
            assert.ok(a >= b - 0.5, `label "${l.title.slice(0, 12)}…" sticks out of the map's ${side}: ${JSON.stringify(l)} vs ${JSON.stringify(got.map)}`);
          }
        }
        // no two labels on top of each other by more than a few pixels
        for (let i = 0; i < got.labels.length; i++) {
          for (let j = i + 1; j < got.labels.length; j++) {
            const [a, b] = [got.labels[i], got.labels[j]];
            const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            assert.ok(w <= 4 || h <= 4, `labels ${i} and ${j} overlap by ${w} × ${h} px`);
          }
        }
        // the readout under the pointer names the full class
        const box = await page.locator('#map-overlay').boundingBox();
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForFunction((names) => names.includes(document.getElementById('map-class').textContent.trim()), names);
        // the model menu is not empty and fits the page
        const menu = await page.evaluate(() => {
          const s = document.getElementById('model-select');
          if (!s) return null;
          const r = s.getBoundingClientRect();
          return { options: s.options.length, right: r.right, width: document.documentElement.clientWidth };
        });
        if (menu) assert.ok(menu.right <= menu.width + 0.5, `the model menu overflows: ${JSON.stringify(menu)}`);
        assert.deepEqual(problems.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('a 100 MB file that is not a bundle is refused from its first bytes; the wasm memory does not grow', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/?train=1`);
    await waitForState(page, 'ready');
    await page.waitForSelector('#train-file', { state: 'attached' });
    const before = await page.evaluate(() => window.__latentWasmBytes());
    await page.setInputFiles('#train-file', path.join(fixtures, 'junk.bin'));
    await page.waitForFunction(() => /junk\.bin/.test(document.getElementById('train-file-error')?.textContent ?? ''), null, { timeout: 30_000 });
    const text = await page.textContent('#train-file-error');
    assert.match(text, /Could not open .?junk\.bin.?: the file is 100\.0 MB, larger than the 67\.1 MB a view file may be/, text);
    const grown = (await page.evaluate(() => window.__latentWasmBytes())) - before;
    assert.ok(grown < 1_000_000, `the wasm memory grew by ${grown} bytes`);
    // under the size limit, the header refuses it
    await page.setInputFiles('#train-file', path.join(fixtures, 'junk50.bin'));
    await page.waitForFunction(() => /junk50\.bin/.test(document.getElementById('train-file-error')?.textContent ?? ''), null, { timeout: 30_000 });
    assert.match(await page.textContent('#train-file-error'), /not a valid safetensors file/);
    const grown2 = (await page.evaluate(() => window.__latentWasmBytes())) - before;
    assert.ok(grown2 < 1_000_000, `the wasm memory grew by ${grown2} bytes after the second file`);
    // a good file still opens
    await page.setInputFiles('#train-file', path.join(fixtures, 'names40.safetensors'));
    await page.waitForFunction(() => /Showing/.test(document.getElementById('file-notice')?.textContent ?? ''));
    assert.equal(await page.evaluate(() => document.body.dataset.model), 'long-names-40');
  } finally {
    await context.close();
  }
});
