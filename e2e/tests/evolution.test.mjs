// The training-evolution view: opening it fetches the evolution index (only then); the epoch slider
// repaints the map with that epoch's class map and axes, changes the test loss beside it, and — once
// that epoch's decoder has been fetched — the image decoded at a fixed z; playback steps through the
// epochs with the index alone; closing returns to the final model; a missing or corrupt index is
// shown on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import {
  waitForState, waitForModel, mapSamples, sampleChange, weightRequests, text, readDecoded, meanAbsDiff,
} from '../lib/page.mjs';

let server, browser, entry;
before(async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
  entry = manifest.bundles.find((b) => b.evolution?.index);
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

function requireEntry() {
  assert.ok(entry, 'weights/manifest.json lists no model with an `evolution` entry (train one with snapshots)');
  assert.ok(entry.evolution.epochs.length >= 3, `the evolution of ${entry.id} has fewer than 3 snapshots`);
  return entry;
}

const panel = (page) => page.$eval('#evo-panel', (p) => ({
  hidden: p.hidden, epoch: p.dataset.epoch, frame: Number(p.dataset.frame),
}));

// Waits until the decoded image was drawn by epoch `epoch`'s decoder (`#decoded[data-epoch]`).
async function waitForDecoder(page, epoch) {
  await page.waitForFunction((e) => document.getElementById('decoded').dataset.epoch === String(e), epoch, { timeout: 60_000 })
    .catch(async () => {
      const got = await page.evaluate(() => ({
        epoch: document.getElementById('decoded').dataset.epoch,
        note: document.getElementById('decoder-note')?.textContent,
        error: document.getElementById('evo-error')?.textContent,
      }));
      throw new Error(`no decode with epoch ${epoch}'s decoder: ${JSON.stringify(got)}`);
    });
}

const axisText = (page) => page.$eval('#axis-z1 .ticks', (e) => e.textContent);

test('evolution: the slider changes the map, the axes, the loss and the decode at a fixed z', async () => {
  const e = requireEntry();
  const epochs = e.evolution.epochs;
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems = watch(page);
  const start = server.log.length;
  try {
    await page.goto(`${server.url}/?model=${encodeURIComponent(e.id)}&z=0,0`);
    await waitForState(page, 'ready');
    await waitForModel(page, e.id);
    await waitForDecoder(page, 'final');
    assert.ok(await page.isVisible('#evo-toggle'), 'no visible "Training evolution" control');
    assert.ok(!weightRequests(server, start).some((u) => u.includes('evolution')),
      'the evolution index was fetched before the view was opened');
    const zFinal = await page.$eval('#decoded', (c) => c.dataset.z);

    await page.click('#evo-toggle');
    await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
    assert.equal(await page.getAttribute('#evo-toggle', 'aria-expanded'), 'true');
    assert.ok(weightRequests(server, start).includes(`/weights/${e.evolution.index}`), 'the index was not fetched');
    const p0 = await panel(page);
    assert.equal(p0.frame, 0);
    assert.equal(p0.epoch, String(epochs[0]));
    await waitForDecoder(page, epochs[0]);
    await screenshot(page, 'evolution-1-first');
    const map0 = await mapSamples(page);
    const ink0 = (await readDecoded(page)).ink;
    const loss0 = await text(page, '#evo-loss');
    const axes0 = await axisText(page);
    assert.match(loss0, /nats\/image/, `#evo-loss has no unit: ${loss0}`);
    assert.match(await text(page, '#evo-panel'), /[Aa]xes rescale each epoch/);
    assert.equal(await page.$eval('#decoded', (c) => c.dataset.z), zFinal, 'z moved when the view opened');
    assert.equal(new URL(page.url()).searchParams.get('epoch'), String(epochs[0]));

    // the slider, by keyboard: End → the last snapshot
    await page.focus('#evo-slider');
    await page.keyboard.press('End');
    const last = epochs.length - 1;
    await page.waitForFunction((n) => document.getElementById('evo-panel').dataset.frame === String(n), last);
    await waitForDecoder(page, epochs[last]);
    await screenshot(page, 'evolution-2-last');
    const mapChange = sampleChange(map0, await mapSamples(page));
    assert.ok(mapChange > 0.05, `the map barely changed from epoch ${epochs[0]} to ${epochs[last]} (${(mapChange * 100).toFixed(1)} %)`);
    const d = meanAbsDiff(ink0, (await readDecoded(page)).ink);
    assert.ok(d > 1, `the decode at fixed z barely changed between epochs (mean |Δ| ${d.toFixed(2)})`);
    assert.equal(await page.$eval('#decoded', (c) => c.dataset.z), zFinal, 'z is not fixed across epochs');
    assert.notEqual(await text(page, '#evo-loss'), loss0, 'the loss text did not change');
    assert.notEqual(await axisText(page), axes0, 'the axes were not redrawn for the epoch\'s bounds');
    assert.equal(await page.getAttribute('#evo-slider', 'aria-valuetext'), `Epoch ${epochs[last]} of ${epochs[last]}`);

    // step back with the button
    await page.click('#evo-back');
    await page.waitForFunction((n) => document.getElementById('evo-panel').dataset.frame === String(n), last - 1);
    await waitForDecoder(page, epochs[last - 1]);

    // encoded test points over the map
    await page.check('#evo-points');
    await page.waitForFunction(() => !document.getElementById('map-points').hidden);
    const painted = await page.evaluate(() => {
      const c = document.getElementById('map-points');
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    assert.ok(painted > 100, `the encoded test points are not drawn (${painted} painted pixels)`);
    await screenshot(page, 'evolution-3-points');

    // frame files were fetched only for the epochs decoded at
    const frames = weightRequests(server, start).filter((u) => u.endsWith('.safetensors') && u !== `/weights/${e.view}`
      && u !== `/weights/${e.evolution.index}` && !u.endsWith('.lesson.safetensors'));
    assert.equal(frames.length, 3, `frame files fetched (expected one for each of the 3 epochs decoded at): ${frames.join(', ')}`);

    // closing returns to the final model, at the same z
    await page.click('#evo-toggle');
    await waitForDecoder(page, 'final');
    assert.ok((await panel(page)).hidden, 'the panel is still open');
    assert.equal(await page.getAttribute('#evo-toggle', 'aria-expanded'), 'false');
    assert.equal(new URL(page.url()).searchParams.get('epoch'), null, 'the URL still names an epoch');
    assert.ok(await page.$eval('#map-points', (c) => c.hidden), 'the points stay drawn over the final map');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.badResponses, []);
  } finally {
    await page.close();
  }
});

// The chart under the scrubber: each snapshot's map accuracy and 10-NN agreement as
// `docs/measurements.md`'s "Training evolution" table has them, the epoch shown and the first
// coherent one (10-NN agreement within 2 points of the last snapshot's).
test('evolution: the chart under the scrubber shows the docs\' per-epoch figures and the coherent epoch', async () => {
  const e = requireEntry();
  const docs = fs.readFileSync(new URL('../../docs/measurements.md', import.meta.url), 'utf8');
  const dataset = e.dataset === 'mnist' ? 'MNIST digits' : 'Fashion-MNIST';
  const table = docs.split(`### ${dataset} · ${e.label}\n`)[1].split('\n###')[0].split('\n')
    .filter((l) => /^\| \d/.test(l)).map((l) => l.split('|').map((c) => c.trim()));
  assert.equal(table.length, e.evolution.epochs.length, 'the docs table has one row per snapshot');
  const knn = table.map((r) => Number(r[4].replace(/ ?%/, '')));
  const coherent = table[knn.findIndex((k) => k >= knn[knn.length - 1] - 2 - 1e-9)][1];
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(page);
  try {
    await page.goto(`${server.url}/?model=${encodeURIComponent(e.id)}&epoch=${e.evolution.epochs[1]}`);
    await waitForState(page, 'ready');
    await page.waitForFunction(() => !document.getElementById('evo-figures').hidden);
    for (const frame of [1, 0, table.length - 1]) {
      if (frame !== 1) {
        await page.focus('#evo-slider');
        await page.keyboard.press(frame === 0 ? 'Home' : 'End');
      }
      await page.waitForFunction((n) => document.getElementById('evo-plot').dataset.epoch === n, table[frame][1]);
      const [, epoch, , acc, k] = table[frame];
      assert.equal(await text(page, '#evo-figures-now'),
        `Epoch ${epoch}: map accuracy ${acc.replace(/ ?%/, '')} %, 10-NN agreement ${k.replace(/ ?%/, '')} %.`);
    }
    assert.equal(await page.$eval('#evo-plot', (c) => c.dataset.coherent), coherent);
    const last = table[table.length - 1];
    assert.equal(await text(page, '#evo-coherent'),
      `From epoch ${coherent} on (red line) the 10-NN agreement (${table.find((r) => r[1] === coherent)[4].replace(/ ?%/, '')} %) `
      + `is within 2 points of its value at epoch ${last[1]} (${last[4].replace(/ ?%/, '')} %): the latent space is coherent.`);
    // the chart is drawn: its two lines' colours and the coherent epoch's red mark
    const colours = await page.$eval('#evo-plot', (c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const has = (r, g, b) => { for (let i = 0; i < d.length; i += 4) if (d[i] === r && d[i + 1] === g && d[i + 2] === b) return true; return false; };
      return { accuracy: has(0x33, 0x22, 0x8b), knn: has(0x11, 0x11, 0x11), coherent: has(0xc0, 0x39, 0x2b) };
    });
    assert.deepEqual(colours, { accuracy: true, knn: true, coherent: true });
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await page.close();
  }
});

test('evolution: playback runs through the epochs on the index alone and stops at the end', async () => {
  const e = requireEntry();
  const epochs = e.evolution.epochs;
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const problems = watch(page);
  try {
    await page.goto(`${server.url}/?model=${encodeURIComponent(e.id)}&epoch=${epochs[0]}`);
    await waitForState(page, 'ready');
    await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
    await waitForDecoder(page, epochs[0]);
    const before = server.log.length;
    const seen = new Set();
    await page.exposeFunction('__frameSeen', (f) => seen.add(f));
    await page.evaluate(() => {
      new MutationObserver(() => window.__frameSeen(document.getElementById('evo-panel').dataset.frame))
        .observe(document.getElementById('evo-panel'), { attributes: true, attributeFilter: ['data-frame'] });
    });
    await page.click('#evo-play');
    // the button is redrawn in the next animation frame
    await page.waitForFunction(() => document.getElementById('evo-play').dataset.playing === 'true');
    assert.equal((await text(page, '#evo-play')), 'Pause');
    const last = epochs.length - 1;
    await page.waitForFunction((n) => document.getElementById('evo-panel').dataset.frame === String(n)
      && document.getElementById('evo-play').dataset.playing === 'false', last, { timeout: 120_000 });
    await waitForDecoder(page, epochs[last]);
    for (let f = 1; f <= last; f++) assert.ok(seen.has(String(f)), `playback skipped snapshot ${f}`);
    // only the paused-at epoch's decoder was fetched, none of those played through
    // (a slow machine may fetch the first epoch's file again as playback starts; none of the
    // epochs played through may be fetched)
    const fetched = weightRequests(server, before);
    const epochOf = (u) => Number((u.match(/epoch-0*(\d+)\.safetensors$/) || [])[1]);
    const middle = fetched.filter((u) => epochOf(u) !== epochs[0] && epochOf(u) !== epochs[last]);
    assert.deepEqual(middle, [], `frame files of epochs played through were fetched: ${fetched.join(', ')}`);
    assert.ok(fetched.some((u) => epochOf(u) === epochs[last]), `the paused-at epoch's file was not fetched: ${fetched.join(', ')}`);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await page.close();
  }
});

for (const [name, respond, reason] of [
  ['missing', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'no' }), /404/],
  ['corrupt', (r) => r.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.alloc(4096, 7) }), /not a valid safetensors/],
]) {
  test(`evolution: a ${name} index is reported on the page and the final model stays usable`, async () => {
    const e = requireEntry();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watch(page);
    try {
      await page.route(`**/weights/${e.evolution.index}`, respond);
      await page.goto(`${server.url}/?model=${encodeURIComponent(e.id)}`);
      await waitForState(page, 'ready');
      const map0 = await mapSamples(page);
      await page.click('#evo-toggle');
      await page.waitForSelector('#evo-error:not([hidden])');
      const msg = await text(page, '#evo-error');
      assert.ok(msg.includes(path.basename(e.evolution.index)), `#evo-error does not name the file: ${msg}`);
      assert.match(msg, reason, `#evo-error does not say why: ${msg}`);
      assert.equal(await page.getAttribute('#evo-error', 'role'), 'alert');
      assert.ok((await panel(page)).hidden, 'the panel opened without an index');
      assert.equal(await page.$eval('body', (b) => b.dataset.state), 'ready');
      assert.equal(sampleChange(map0, await mapSamples(page)), 0);
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await page.close();
    }
  });
}

test('evolution: playback pauses when the tab is hidden', async () => {
  const e = requireEntry();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${server.url}/?model=${encodeURIComponent(e.id)}&epoch=${e.evolution.epochs[0]}`);
    await waitForState(page, 'ready');
    await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
    await page.click('#evo-play');
    await page.waitForFunction(() => document.getElementById('evo-play').dataset.playing === 'true');
    // the browser hides the tab (another tab, a minimised window)
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction(() => document.getElementById('evo-play').dataset.playing === 'false');
    const frame = await page.$eval('#evo-panel', (p) => p.dataset.frame);
    assert.ok(Number(frame) < e.evolution.epochs.length - 1, 'playback ran to the end instead of pausing');
    assert.match(await text(page, '#announce'), /^Paused\./);
  } finally {
    await page.close();
  }
});
