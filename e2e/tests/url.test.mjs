// The address is the page's state: every bad address lands on a working page with a notice that
// says what was ignored or replaced (quoting at most 80 characters of it); an off-origin
// ?bundle= is never fetched; a resting pointer writes z back, and the written address reopens
// the same view; a stalled download ends in a message with a retry button that works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, watch } from '../lib/browser.mjs';
import { waitForState, waitForModel, mapBox, text } from '../lib/page.mjs';

let server, browser, manifest;
before(async () => {
  manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function withPage(fn) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  try {
    return await fn(page, problems);
  } finally {
    await page.close();
  }
}

const notice = (page) => page.$eval('#notice', (n) => (n.hidden ? null : n.textContent.trim()));
const switchersVisible = (page) => page.$eval('#toolbar', (t) => !t.hidden && t.getBoundingClientRect().height > 0);
const param = (page, k) => new URL(page.url()).searchParams.get(k);

const fashion = () => manifest.bundles.find((b) => b.dataset === 'fashion');

for (const [name, query, model, says] of [
  ['dataset in capitals', '?dataset=FASHION', () => fashion().id, null],
  ['model in capitals', '?model=MNIST-PLAIN', () => 'mnist-plain', null],
  ['unknown model', '?model=nope', () => manifest.bundles[0].id, /“nope”.*mnist-vae/],
  ['unknown dataset', '?dataset=cifar', () => manifest.bundles[0].id, /“cifar”/],
  ['5,000-character model', `?model=${'x'.repeat(5000)}`, () => manifest.bundles[0].id, /x{79}…/],
  ['non-finite z', '?z=NaN,Infinity', () => manifest.bundles[0].id, /z=“NaN,Infinity”/],
  ['z far off the map', '?z=1000,-1000', () => manifest.bundles[0].id, /lies off this map/],
  ['epoch that is no snapshot', '?model=mnist-vae&epoch=5', () => 'mnist-vae', /no snapshot at epoch 5/],
  ['epoch of a model without evolution', '?model=mnist-beta4&epoch=2', () => 'mnist-beta4', /no training evolution/],
]) {
  test(`address: ${name} lands on a working page`, () => withPage(async (page, problems) => {
    await page.goto(server.url + '/' + query);
    await waitForState(page, 'ready');
    await waitForModel(page, model());
    await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
    assert.ok(await switchersVisible(page), 'the switchers are hidden');
    if (says) {
      // (a notice about the epoch needs the evolution's index, which comes after the model)
      await page.waitForFunction((src) => {
        const n = document.getElementById('notice');
        return !n.hidden && new RegExp(src).test(n.textContent);
      }, says.source, { timeout: 30_000 }).catch(() => {});
    }
    const n = await notice(page);
    if (says) {
      assert.ok(n, 'no notice on the page');
      assert.match(n, says);
      assert.ok(n.length < 400, `the notice is ${n.length} characters long`);
    } else {
      assert.equal(n, null, `unexpected notice: ${n}`);
    }
    // the shown z is on the map: the readout names a class
    assert.notEqual(await text(page, '#map-class'), 'off the map');
    assert.equal(param(page, 'model'), model(), 'the address does not name the shown model');
    assert.deepEqual(problems.pageErrors, []);
  }));
}

test('address: an off-origin ?bundle= is never fetched', () => withPage(async (page) => {
  for (const bad of ['https://other.example/x.safetensors', '//other.example/x.safetensors']) {
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/?bundle=${encodeURIComponent(bad)}`);
    await waitForState(page, 'ready');
    await waitForModel(page, manifest.bundles[0].id);
    assert.match(await notice(page), /only files on this site/);
    const off = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'));
    assert.deepEqual(off, [], 'requests left the origin');
    page.removeAllListeners('request');
  }
}));

test('address: a broken ?bundle= keeps the switchers to recover with', () => withPage(async (page) => {
  await page.goto(`${server.url}/?bundle=${encodeURIComponent('/weights/missing.safetensors')}`);
  await waitForState(page, 'error');
  await page.waitForFunction(() => !document.getElementById('toolbar').hidden);
  await page.selectOption('#model-select', 'mnist-plain');
  await waitForModel(page, 'mnist-plain');
  await waitForState(page, 'ready');
  assert.equal(param(page, 'bundle'), null, 'the address still names the broken file');
  assert.equal(param(page, 'model'), 'mnist-plain');
  assert.ok(!(await page.isVisible('#error')), 'the error stays after recovering');
}));

test('address: a resting pointer writes z, and the address reopens the same view', () => withPage(async (page) => {
  await page.goto(`${server.url}/?model=mnist-plain`);
  await waitForState(page, 'ready');
  await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
  const box = await mapBox(page);
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6, { steps: 5 });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('z') !== '0,0'
    && new URL(location.href).searchParams.has('z'));
  const written = page.url();
  const z = param(page, 'z').split(',').map(Number);
  const shown = (await page.$eval('#decoded', (c) => c.dataset.z)).split(',').map(Number);
  assert.ok(Math.abs(z[0] - shown[0]) < 6e-4 && Math.abs(z[1] - shown[1]) < 6e-4, `address z ${z} vs decoded z ${shown}`);
  const readout = await text(page, '#z-readout');
  await page.goto(written);
  await waitForState(page, 'ready');
  await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
  assert.equal(await text(page, '#z-readout'), readout, 'the reopened address shows another z');
  assert.equal(page.url(), written, 'the reopened address was rewritten');
}));

test('address: a stalled download says so after ~20 s and its retry button loads the model', () => withPage(async (page) => {
  let stall = true;
  await page.route('**/weights/mnist/vae.safetensors', (r) => (stall ? undefined : r.continue()));
  await page.goto(`${server.url}/`);
  await waitForState(page, 'error', 60_000);
  const msg = await text(page, '#error');
  assert.match(msg, /stalled/);
  assert.match(msg, /mnist\/vae\.safetensors/);
  assert.ok(await page.isVisible('#retry'), 'no retry button');
  assert.ok(await switchersVisible(page), 'the switchers are hidden');
  stall = false;
  await page.click('#retry');
  await waitForState(page, 'ready');
  await waitForModel(page, 'mnist-vae');
  assert.ok(!(await page.isVisible('#retry')), 'the retry button stays');
}));
