// The QR code of the exact view (issue 23, item 3): in present mode (or with qr=1) a QR code in a
// corner holds the page's current address without the projector's marks — decoded with jsQR it
// equals location.href less present=1 and qr=, and opening it on a phone shows the same model,
// z, view and zoom in the normal page (before, the phone got present mode: large type and a QR
// code over its map); qr=0 and the "Hide" button hide it (the address keeps qr=0); "Save PNG"
// carries the same code; axe-core finds nothing in that state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
import { waitForState } from '../lib/page.mjs';
import { expectNoViolations } from '../lib/axe.mjs';

const require = createRequire(import.meta.url);
const JSQR = path.join(path.dirname(require.resolve('jsqr/package.json')), 'dist', 'jsQR.js');

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function inPage(fn, opts = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, ...opts });
  const page = await ctx.newPage();
  try { return await fn(page); } finally { await ctx.close(); }
}

// The text of the QR code in `canvas` (an element or, with `src`, an image URL drawn on one).
async function readQr(page, { selector, src }) {
  await page.addScriptTag({ path: JSQR });
  return page.evaluate(async ({ selector, src }) => {
    let c = selector && document.querySelector(selector);
    if (src) {
      const img = new Image();
      img.src = src;
      await img.decode();
      c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      c.getContext('2d').drawImage(img, 0, 0);
    }
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    const code = window.jsQR(d.data, d.width, d.height);
    return code ? code.data : null;
  }, { selector, src });
}

const VIEW = '?model=mnist-vae&z=1.5,-0.25&view=encode&zoom=2&present=1';

// the page's address as a phone should open it: without present=1 and qr= (the projector's)
// (by hand: URLSearchParams would write the commas of z= as %2C)
const phoneLink = () => {
  const q = location.search.slice(1).split('&').filter((p) => p && !/^(present|qr)=/.test(p)).join('&');
  return location.origin + location.pathname + (q ? `?${q}` : '');
};

test('present mode: the corner QR code holds the view, and opening it shows the same view on a phone', () => inPage(async (page) => {
  await page.goto(`${server.url}/${VIEW}`);
  await waitForState(page, 'ready');
  await page.waitForSelector('#qr-box:not([hidden])');
  await page.waitForFunction(`document.getElementById('qr').dataset.link === (${phoneLink})()`);
  const href = await page.evaluate(phoneLink);
  assert.match(await page.evaluate(() => location.search), /present=1/);
  const text = await readQr(page, { selector: '#qr' });
  assert.equal(text, href);
  for (const k of ['model=mnist-vae', 'z=1.5,-0.25', 'view=encode', 'zoom=2']) assert.ok(text.includes(k), `${k} in ${text}`);
  assert.ok(!/present=|qr=/.test(text), `the projector's marks in ${text}`);
  await expectNoViolations(page, 'present mode with the QR code');
  // the phone: the scanned address opens the same view
  const same = await page.evaluate(() => ({ z: document.getElementById('z-readout').textContent, model: document.body.dataset.model, window: document.getElementById('map-box').dataset.window, view: document.getElementById('hands-on').dataset.view }));
  const phone = await page.context().newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(text);
  await waitForState(phone, 'ready');
  const got = await phone.evaluate(() => ({ z: document.getElementById('z-readout').textContent, model: document.body.dataset.model, window: document.getElementById('map-box').dataset.window, view: document.getElementById('hands-on').dataset.view }));
  assert.deepEqual(got, same);
  // the normal page: no presenter's type, no QR code over the map
  assert.deepEqual(await phone.evaluate(() => [document.documentElement.hasAttribute('data-present'), document.body.hasAttribute('data-present'), document.getElementById('qr-box').hidden]), [false, false, true]);
  // the address changes (the cursor moves): the code follows
  await page.keyboard.press('Tab');
  await page.focus('#map');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(`location.href !== ${JSON.stringify(href)} && (${phoneLink})() !== ${JSON.stringify(href)}`);
  await page.waitForFunction(`document.getElementById('qr').dataset.link === (${phoneLink})()`, null, { timeout: 10_000 });
  assert.equal(await readQr(page, { selector: '#qr' }), await page.evaluate(phoneLink));
}));

test('qr=0 hides it, qr=1 shows it outside present mode, "Hide" hides it and writes qr=0', () => inPage(async (page) => {
  await page.goto(`${server.url}/?present=1&qr=0`);
  await waitForState(page, 'ready');
  assert.ok(await page.isHidden('#qr-box'));
  await page.goto(`${server.url}/?qr=1`);
  await waitForState(page, 'ready');
  await page.waitForSelector('#qr-box:not([hidden])');
  await page.waitForFunction(`document.getElementById('qr').dataset.link === (${phoneLink})()`);
  await page.click('#qr-hide');
  await page.waitForSelector('#qr-box', { state: 'hidden' });
  await page.waitForFunction(() => /(^|[?&])qr=0(&|$)/.test(location.search));
  assert.match(await page.$eval('#announce', (e) => e.textContent), /QR code hidden/);
}));

test('Save PNG carries the QR code of the view', () => inPage(async (page) => {
  await page.goto(`${server.url}/?model=mnist-vae&z=-1,0.5&view=interp`);
  await waitForState(page, 'ready');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-png')]);
  const file = await download.path();
  const png = fs.readFileSync(file).toString('base64');
  const text = await readQr(page, { src: `data:image/png;base64,${png}` });
  assert.equal(text, await page.evaluate(() => location.href));
}));
