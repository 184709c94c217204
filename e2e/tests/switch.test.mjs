// Dataset and model switchers: the first view fetches only the manifest and the default bundle;
// picking another dataset or model fetches that bundle alone, repaints the map and the legend, shows
// the design's summary and test figures, and keeps the choice in the URL; a failed switch says why
// and leaves the page usable on the old model.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import {
  waitForState, waitForModel, mapSamples, sampleChange, weightRequests, text, readDecoded, meanAbsDiff,
} from '../lib/page.mjs';

// Fashion-MNIST's class names: the legend must show them once a fashion model is picked.
const FASHION_CLASSES = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'];

let server, browser, manifest;
before(async () => {
  manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

const legendText = (page) => page.$$eval('#legend li .name', (els) => els.map((e) => e.textContent.trim()));

// The default entry, a fashion entry (preferring the default's design), and another design on
// the fashion dataset. Required: the committed weights list Fashion-MNIST models.
function pickEntries() {
  const bundles = manifest.bundles;
  const def = bundles[0];
  const fashion = bundles.filter((b) => b.dataset === 'fashion');
  assert.ok(fashion.length > 0,
    `weights/manifest.json lists no Fashion-MNIST model (dataset "fashion"); it lists: ${bundles.map((b) => b.id).join(', ')}`);
  const design = def.id.replace(`${def.dataset}-`, '');
  const target = fashion.find((b) => b.id === `fashion-${design}`) ?? fashion[0];
  const other = fashion.find((b) => b.id !== target.id);
  return { def, target, other };
}

test('first view fetches only the manifest and the default bundle', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  const start = server.log.length;
  try {
    await page.goto(server.url + '/');
    await waitForState(page, 'ready');
    // the first decode has been drawn: everything the first view needs has arrived
    await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
    const got = server.log.slice(start).map((r) => r.url.split('?')[0]).filter((u) => u.startsWith('/weights/'));
    assert.deepEqual(got, ['/weights/manifest.json', `/weights/${manifest.bundles[0].view}`],
      'the first view must fetch the manifest and the default view file only');
    assert.deepEqual(problems.badResponses, []);
  } finally {
    await page.close();
  }
});

test('switching the model within the default dataset repaints the map and the figures', async () => {
  const def = manifest.bundles[0];
  const other = manifest.bundles.find((b) => b.dataset === def.dataset && b.id !== def.id);
  assert.ok(other, `weights/manifest.json lists one model of ${def.dataset} only`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  try {
    await page.goto(`${server.url}/?z=0,0`);
    await waitForState(page, 'ready');
    await waitForModel(page, def.id);
    await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 1);
    const map0 = await mapSamples(page);
    const ink0 = (await readDecoded(page)).ink;
    const title0 = await text(page, '#metrics-title');
    const start = server.log.length;
    await page.selectOption('#model-select', other.id);
    await waitForModel(page, other.id);
    await page.waitForFunction(() => Number(document.getElementById('decoded').dataset.decodes) >= 2);
    const d = sampleChange(map0, await mapSamples(page));
    assert.ok(d > 0.05, `the map barely changed from ${def.id} to ${other.id} (${(d * 100).toFixed(1)} %)`);
    assert.ok(meanAbsDiff(ink0, (await readDecoded(page)).ink) > 0, 'the decoded image did not change with the model');
    assert.notEqual(await text(page, '#metrics-title'), title0);
    if (other.summary) assert.equal(await text(page, '#model-summary'), other.summary.trim());
    assert.match(await text(page, '#metrics-test'), /nats\/image/);
    assert.deepEqual(weightRequests(server, start), [`/weights/${other.view}`]);
    assert.equal(new URL(page.url()).searchParams.get('model'), other.id);
    assert.equal(await page.isVisible('#evo-toggle'), Boolean(other.evolution), '"Training evolution" shown for a model without one, or hidden for one with');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.badResponses, []);
  } finally {
    await page.close();
  }
});

test('switching dataset and model repaints map and legend and fetches only the chosen bundle', async () => {
  const { def, target, other } = pickEntries();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  try {
    await page.goto(server.url + '/');
    await waitForState(page, 'ready');
    await waitForModel(page, def.id);
    const map0 = await mapSamples(page);
    const legend0 = await legendText(page);
    const title0 = await text(page, '#metrics-title');
    assert.ok(await page.isVisible('#dataset-select'), 'no visible dataset switcher');
    assert.ok(await page.isVisible('#model-select'), 'no visible model switcher');
    // real, labelled controls
    for (const id of ['dataset-select', 'model-select']) {
      const label = (await page.textContent(`label[for="${id}"]`))?.trim();
      assert.ok(label, `#${id} has no <label for>`);
    }
    assert.ok(!legend0.includes('Trouser'), `the default legend already lists Trouser: ${legend0}`);

    const before = server.log.length;
    await page.selectOption('#dataset-select', 'fashion');
    await waitForModel(page, target.id);
    await screenshot(page, 'switch-1-fashion');
    const legend1 = await legendText(page);
    assert.deepEqual(legend1, FASHION_CLASSES, 'the legend does not name the Fashion-MNIST classes');
    const change = sampleChange(map0, await mapSamples(page));
    assert.ok(change > 0.2, `the map barely changed after switching to ${target.id} (${(change * 100).toFixed(1)} % of samples)`);
    assert.notEqual(await text(page, '#metrics-title'), title0, '#metrics-title did not change');
    assert.match(await text(page, '#metrics-title'), new RegExp(target.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(await text(page, '#metrics-test'), /nats\/image|per pixel|%/, 'test figures have no units');
    if (target.summary) assert.equal(await text(page, '#model-summary'), target.summary.trim());
    assert.equal(new URL(page.url()).searchParams.get('model'), target.id, 'the URL does not name the model');
    assert.equal(await page.$eval('#model-select', (s) => s.value), target.id);
    const fetched = weightRequests(server, before);
    assert.deepEqual(fetched, [`/weights/${target.view}`], 'switching must fetch the chosen view file only');
    const names = await page.$$eval('#model-select option', (os) => os.map((o) => o.value));
    assert.deepEqual(names, manifest.bundles.filter((b) => b.dataset === 'fashion').map((b) => b.id),
      'the model switcher lists the dataset\'s models');

    if (other) {
      // keyboard: focus the model switcher and pick the other design with the arrow keys
      const ink1 = (await readDecoded(page)).ink;
      const map1 = await mapSamples(page);
      await page.focus('#model-select');
      const want = names.indexOf(other.id), have = names.indexOf(target.id);
      for (let i = 0; i < Math.abs(want - have); i++) await page.keyboard.press(want > have ? 'ArrowDown' : 'ArrowUp');
      // Chromium applies arrow keys on a closed <select> at once; fall back to selectOption elsewhere
      if (await page.$eval('#model-select', (s) => s.value) !== other.id) await page.selectOption('#model-select', other.id);
      await waitForModel(page, other.id);
      await screenshot(page, 'switch-2-other-design');
      const d = sampleChange(map1, await mapSamples(page));
      assert.ok(d > 0.05, `the map barely changed between ${target.id} and ${other.id} (${(d * 100).toFixed(1)} %)`);
      assert.deepEqual(await legendText(page), FASHION_CLASSES);
      await page.waitForFunction(() => document.getElementById('decoded').dataset.decodes > 1);
      assert.ok(meanAbsDiff(ink1, (await readDecoded(page)).ink) > 0, 'the decoded image did not change with the model');

      // back to the first fashion model: parsed once already, so no new request
      const n = server.log.length;
      await page.selectOption('#model-select', target.id);
      await waitForModel(page, target.id);
      assert.equal(sampleChange(map1, await mapSamples(page)), 0, `${target.id}'s map is not painted as before`);
      assert.deepEqual(weightRequests(server, n), [], 'going back to a model re-fetched its bundle');
    }

    // back to the default model
    await page.selectOption('#dataset-select', def.dataset);
    await page.waitForFunction((ds) => document.body.dataset.dataset === ds && !('busy' in document.body.dataset), def.dataset);
    if (await page.$eval('#model-select', (s) => s.value) !== def.id) await page.selectOption('#model-select', def.id);
    await waitForModel(page, def.id);
    assert.deepEqual(await legendText(page), legend0);
    assert.equal(sampleChange(map0, await mapSamples(page)), 0, 'the default map is not painted as before');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.badResponses, []);
  } finally {
    await page.close();
  }
});

test('?model= and ?dataset= open that model directly', async () => {
  const { target } = pickEntries();
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const start = server.log.length;
  try {
    await page.goto(`${server.url}/?model=${encodeURIComponent(target.id)}`);
    await waitForState(page, 'ready');
    await waitForModel(page, target.id);
    assert.deepEqual(await legendText(page), FASHION_CLASSES);
    assert.equal(await page.$eval('#dataset-select', (s) => s.value), 'fashion');
    const got = server.log.slice(start).map((r) => r.url).filter((u) => u.startsWith('/weights/'));
    assert.deepEqual(got, ['/weights/manifest.json', `/weights/${target.view}`]);
    // ?dataset= alone: that dataset's first model
    await page.goto(`${server.url}/?dataset=fashion`);
    await waitForState(page, 'ready');
    await waitForModel(page, manifest.bundles.find((b) => b.dataset === 'fashion').id);
  } finally {
    await page.close();
  }
});

test('while the next bundle loads, the old map stays on screen with a loading indicator', async () => {
  const { def, target } = pickEntries();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  try {
    // hold the target's view file until the checks below are done
    let release, held;
    const gate = new Promise((r) => { release = r; });
    const requested = new Promise((r) => { held = r; });
    await page.route(`**/weights/${target.view}`, async (route) => { held(); await gate; await route.continue(); });
    await page.goto(server.url + '/');
    await waitForState(page, 'ready');
    await waitForModel(page, def.id);
    const map0 = await mapSamples(page);
    const legend0 = await legendText(page);
    await page.selectOption('#dataset-select', 'fashion');
    await requested;
    await page.waitForFunction(() => 'busy' in document.body.dataset);
    assert.match(await text(page, '#switch-status'), /Loading .+\d+ (kB|MB)/, 'no loading message');
    assert.ok(await page.$eval('#map-box', (b) => b.classList.contains('busy')), 'no loading badge over the map');
    assert.equal(await page.getAttribute('#map-frame', 'aria-busy'), 'true');
    assert.equal(sampleChange(map0, await mapSamples(page)), 0, 'the old map is not on screen while loading');
    assert.deepEqual(await legendText(page), legend0);
    assert.equal(await page.$eval('body', (b) => b.dataset.model), def.id);
    await screenshot(page, 'switch-0-loading');
    release();
    await waitForModel(page, target.id);
    assert.deepEqual(await legendText(page), FASHION_CLASSES);
    assert.equal(await text(page, '#switch-status'), '');
    assert.ok(!(await page.$eval('#map-box', (b) => b.classList.contains('busy'))));
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await page.close();
  }
});

test('a failed switch shows why and keeps the old model usable', async () => {
  const { def, target } = pickEntries();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  try {
    // this page sees the target's view file as missing, and then as garbage
    let mode = '404';
    await page.route(`**/weights/${target.view}`, (route) => (mode === '404'
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not here' })
      : route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.from('<html>oops</html>') })));
    await page.goto(server.url + '/');
    await waitForState(page, 'ready');
    await waitForModel(page, def.id);
    const map0 = await mapSamples(page);
    const legend0 = await legendText(page);
    for (const [m, reason] of [['404', /404/], ['garbage', /the server returned an HTML page, not a bundle/]]) {
      mode = m;
      await page.selectOption('#dataset-select', 'fashion');
      await page.waitForSelector('#switch-error:not([hidden])');
      await page.waitForFunction(() => !('busy' in document.body.dataset));
      await screenshot(page, `switch-error-${m}`);
      const msg = await text(page, '#switch-error');
      assert.ok(msg.includes(path.basename(target.view)), `#switch-error does not name the file: ${msg}`);
      assert.match(msg, reason, `#switch-error does not say why: ${msg}`);
      assert.equal(await page.$eval('body', (b) => b.dataset.state), 'ready', 'a failed switch must not break the page');
      assert.equal(await page.$eval('body', (b) => b.dataset.model), def.id);
      assert.equal(await page.$eval('#dataset-select', (s) => s.value), def.dataset, 'the dataset switcher was not restored');
      assert.equal(await page.$eval('#model-select', (s) => s.value), def.id, 'the model switcher was not restored');
      assert.deepEqual(await legendText(page), legend0);
      assert.equal(sampleChange(map0, await mapSamples(page)), 0, 'the old map is not on screen');
    }
    // still usable: the keyboard moves the cursor and decodes
    const z0 = await text(page, '#z-readout');
    await page.focus('#map');
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction((z0) => document.getElementById('z-readout').textContent.trim() !== z0, z0);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await page.close();
  }
});
