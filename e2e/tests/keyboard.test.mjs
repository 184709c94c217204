// What axe cannot check: every control is reached by Tab, in reading order, and shows a focus
// ring when it is; every state change is announced once in the live region (#announce), and
// moving the pointer within one class does not keep re-announcing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot } from '../lib/browser.mjs';
import { waitForState, waitForModel, text } from '../lib/page.mjs';
import {
  tabStops, focusRingProblem, readingOrderProblem, recordAnnouncements, announcements, waitForAnnouncement,
} from '../lib/a11y.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let server, browser, manifest, def, evoEntry, plainEntry;
before(async () => {
  manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
  def = manifest.bundles[0];
  evoEntry = manifest.bundles.find((b) => b.evolution?.index);
  plainEntry = manifest.bundles.find((b) => !b.evolution);
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

async function inPage({ viewport = DESKTOP, isMobile = false } = {}, fn) {
  const context = await browser.newContext({ viewport, isMobile, hasTouch: isMobile });
  const page = await context.newPage();
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

const DOCS_LINK = 'a[href="docs/latent-space.html"]';
const CANDLE_LINK = 'a[href="https://github.com/huggingface/candle"]';
const EVO_CONTROLS = ['#evo-back', '#evo-play', '#evo-fwd', '#evo-slider', '#evo-points'];
// the hands-on views' buttons (issue 10), closed, then the training view's button (issue 13), closed
const HANDS_ON = ['#tool-encode', '#tool-interp', '#tool-classify', '#tool-tiles', '#copy-link', '#save-png', '#train-open'];

function checkStops(stops, expected, what) {
  assert.deepEqual(stops.map((s) => s.key), expected, `Tab order (${what})`);
  const rings = stops.map(focusRingProblem).filter(Boolean);
  assert.deepEqual(rings, [], `focus rings (${what})`);
  assert.equal(readingOrderProblem(stops), null, `reading order (${what})`);
}

// ---- Tab order and focus rings ------------------------------------------------------------------

for (const [name, opts] of [['1280×800', { viewport: DESKTOP }], ['390×844 (phone)', { viewport: PHONE, isMobile: true }]]) {
  test(`keyboard: Tab reaches every control in reading order, each with a focus ring (${name})`, () => inPage(opts, async (page) => {
    assert.ok(evoEntry, 'the manifest lists no model with an evolution');
    // a model with an evolution: the "Training evolution" button is there
    await page.goto(`${server.url}/?model=${encodeURIComponent(evoEntry.id)}`);
    await waitForState(page, 'ready');
    checkStops(await tabStops(page), ['#lang-select', '#dataset-select', '#model-select', '#compare-select', '#embed-open', '#map', '#zoom-in', '#lesson-start', '#evo-toggle', ...HANDS_ON, DOCS_LINK, CANDLE_LINK],
      `${evoEntry.id}, ${name}`);

    // the evolution open: its controls follow the button
    await page.goto(`${server.url}/?model=${encodeURIComponent(evoEntry.id)}&epoch=${evoEntry.evolution.epochs[1]}`);
    await waitForState(page, 'ready');
    await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
    checkStops(await tabStops(page),
      ['#lang-select', '#dataset-select', '#model-select', '#compare-select', '#embed-open', '#map', '#lesson-start', '#evo-toggle', ...EVO_CONTROLS, ...HANDS_ON, DOCS_LINK, CANDLE_LINK],
      `evolution open, ${name}`);
    await screenshot(page, `keyboard-evolution-${name.replace(/\W+/g, '-')}`, { fullPage: false });
  }));
}

test('keyboard: a model without an evolution, and embed mode', () => inPage({}, async (page) => {
  if (plainEntry) {
    await page.goto(`${server.url}/?model=${encodeURIComponent(plainEntry.id)}`);
    await waitForState(page, 'ready');
    checkStops(await tabStops(page), ['#lang-select', '#dataset-select', '#model-select', '#compare-select', '#embed-open', '#map', '#zoom-in', '#lesson-start', ...HANDS_ON, DOCS_LINK, CANDLE_LINK], plainEntry.id);
  }
  await page.goto(`${server.url}/?embed=1&model=${encodeURIComponent(evoEntry.id)}`);
  await waitForState(page, 'ready');
  // an embed shows the switchers and the map; the evolution controls only with evolution=1
  checkStops(await tabStops(page), ['#dataset-select', '#model-select', '#compare-select', '#map'], 'embed');
}));

test('keyboard: the evolution view opens, steps and plays from the keyboard', () => inPage({}, async (page) => {
  await recordAnnouncements(page);
  await page.goto(`${server.url}/?model=${encodeURIComponent(evoEntry.id)}`);
  await waitForState(page, 'ready');
  await page.focus('#evo-toggle');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
  assert.equal(await page.getAttribute('#evo-toggle', 'aria-expanded'), 'true');
  await page.keyboard.press('Tab'); // back (disabled at the first epoch, but focusable)
  await page.keyboard.press('Tab'); // play
  await page.keyboard.press('Tab'); // forward
  assert.equal(await page.evaluate(() => document.activeElement.id), 'evo-fwd');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('evo-panel').dataset.frame === '1');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.getElementById('evo-panel').dataset.frame === '2');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'evo-fwd', 'the focus left the step button');
}));

test('keyboard: docs pages: every link and every block that scrolls is reached by Tab, with a focus ring', () => inPage({ viewport: PHONE }, async (page) => {
  for (const doc of ['latent-space', 'measurements', 'embedding']) {
    await page.goto(`${server.url}/docs/${doc}.html`);
    const scrollers = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(el).overflowX))
      .map((el) => ({ tag: el.tagName.toLowerCase(), nth: [...document.querySelectorAll(el.tagName)].indexOf(el) })));
    const links = await page.$$eval('a[href]', (as) => as.length);
    const stops = await tabStops(page, 200);
    assert.deepEqual(stops.map(focusRingProblem).filter(Boolean), [], `focus rings in docs/${doc}.html`);
    assert.equal(readingOrderProblem(stops), null, `reading order in docs/${doc}.html`);
    assert.equal(stops.filter((s) => s.key.startsWith('a[')).length, links, `links reached by Tab in docs/${doc}.html`);
    for (const s of scrollers) {
      assert.ok(stops.some((t) => t.key === s.tag && t.nth === s.nth),
        `a scrolling <${s.tag}> (#${s.nth}) in docs/${doc}.html is not reached by Tab`);
    }
    // the page itself does not scroll sideways at phone width
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1),
      `docs/${doc}.html is wider than the phone screen`);
  }
}));

// ---- the live region ------------------------------------------------------------------------------

// A later announcement made on purpose (a keyboard step on the map announces the class): all that
// the live region said before it is in, so counting it does not depend on timing.
async function fence(page, from) {
  await page.focus('#map');
  await page.keyboard.press('ArrowUp');
  const said = await waitForAnnouncement(page, /^(Class |Off the map)/, from);
  return said.slice(0, -1);
}

const count = (list, re) => list.filter((t) => re.test(t)).length;

test('live region: switching model or dataset is announced once', () => inPage({}, async (page) => {
  await recordAnnouncements(page);
  await page.goto(`${server.url}/`);
  await waitForState(page, 'ready');
  await waitForModel(page, def.id);
  const other = manifest.bundles.find((b) => b.dataset === def.dataset && b !== def);
  let from = (await announcements(page)).length;
  await page.selectOption('#model-select', other.id);
  await waitForModel(page, other.id);
  let said = await fence(page, from);
  assert.equal(count(said, /^Showing /), 1, `switching model: ${JSON.stringify(said)}`);
  assert.match(said.find((t) => /^Showing /.test(t)), new RegExp(other.label.replace(/[().*+?^$|[\]\\]/g, '\\$&')));
  assert.deepEqual(said.filter((t) => !/^Showing /.test(t)), [], `said more than the switch: ${JSON.stringify(said)}`);

  const fashion = manifest.bundles.find((b) => b.dataset !== def.dataset);
  if (fashion) {
    from = (await announcements(page)).length;
    await page.selectOption('#dataset-select', fashion.dataset);
    // the page keeps the design where the other dataset has it: any of its models will do
    const ids = manifest.bundles.filter((b) => b.dataset === fashion.dataset).map((b) => b.id);
    await page.waitForFunction((ids) => ids.includes(document.body.dataset.model) && !('busy' in document.body.dataset), ids);
    said = await fence(page, from);
    assert.equal(count(said, /^Showing /), 1, `switching dataset: ${JSON.stringify(said)}`);
    assert.deepEqual(said.filter((t) => !/^Showing /.test(t)), [], `said more than the switch: ${JSON.stringify(said)}`);
  }
}));

test('live region: the pointer moving within one class is not re-announced; each arrow key is', () => inPage({}, async (page) => {
  await recordAnnouncements(page);
  await page.goto(`${server.url}/?model=${encodeURIComponent(def.id)}`);
  await waitForState(page, 'ready');
  // the centre of a class's name written on the map (#map-labels) lies inside that class's region
  await page.waitForFunction(() => document.getElementById('map-labels').children.length > 0);
  const spot = await page.$eval('#map-labels', (box) => {
    const r = box.firstElementChild.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const from = (await announcements(page)).length;
  const classes = [await text(page, '#map-class')];
  let z = await text(page, '#z-readout');
  let same = 0;
  for (const [dx, dy] of [[0, 0], [3, 0], [6, 0], [6, 3], [3, 3], [0, 3], [-3, 3], [-3, 0], [-3, -3], [0, -3], [3, -3]]) {
    await page.mouse.move(spot.x + dx, spot.y + dy);
    await page.waitForFunction((t) => document.getElementById('z-readout').textContent !== t, z);
    z = await text(page, '#z-readout');
    const c = await text(page, '#map-class');
    if (c === classes[classes.length - 1]) same++;
    classes.push(c);
  }
  assert.ok(same >= 8, `the pointer did not stay within one class: ${classes.join(' → ')}`);
  const changes = classes.slice(1).filter((c, i) => c !== classes[i]).length;
  const said = await fence(page, from);
  assert.equal(said.length, changes,
    `${changes} class change${changes === 1 ? '' : 's'} under the pointer (${classes.join(' → ')}), announced: ${JSON.stringify(said)}`);

  // the keyboard: each step is announced, once. The fence's own arrow key moved the readout,
  // so it is read again: each wait below is then for its own key's frame (two keys in one
  // frame would write only the later sentence)
  z = await text(page, '#z-readout');
  const k0 = (await announcements(page)).length;
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((t) => document.getElementById('z-readout').textContent !== t, z);
    z = await text(page, '#z-readout');
  }
  await page.waitForFunction((n) => window.__announced.length >= n, k0 + 3);
  // a distinct announcement closes the count
  await page.selectOption('#model-select', manifest.bundles.find((b) => b.dataset === def.dataset && b !== def).id);
  const after = await waitForAnnouncement(page, /^Showing /, k0);
  assert.equal(count(after, /^(Class |Off the map)/), 3, `three arrow keys: ${JSON.stringify(after)}`);
}));

test('live region: the evolution view: open, step, play and stop are each announced once', () => inPage({}, async (page) => {
  assert.ok(evoEntry, 'the manifest lists no model with an evolution');
  const epochs = evoEntry.evolution.epochs;
  await recordAnnouncements(page);
  await page.goto(`${server.url}/?model=${encodeURIComponent(evoEntry.id)}`);
  await waitForState(page, 'ready');
  const from = (await announcements(page)).length;
  await page.click('#evo-toggle');
  await waitForAnnouncement(page, /^Training evolution/, from);
  await page.click('#evo-fwd');
  await page.waitForFunction(() => document.getElementById('evo-panel').dataset.frame === '1');
  await page.click('#evo-play');
  await page.waitForFunction((n) => document.getElementById('evo-panel').dataset.frame === String(n)
    && document.getElementById('evo-play').dataset.playing === 'false', epochs.length - 1, { timeout: 120_000 });
  await page.waitForFunction(() => document.getElementById('decoded').dataset.epoch !== undefined);
  const said = await fence(page, from);
  assert.equal(count(said, /^Training evolution/), 1, JSON.stringify(said));
  assert.equal(count(said, /^Playing/), 1, JSON.stringify(said));
  assert.equal(count(said, /^Paused/), 1, JSON.stringify(said));
  // the step forward, then nothing per played frame
  assert.equal(said.length, 4, `expected: opened, one step, playing, paused; said: ${JSON.stringify(said)}`);
  assert.match(said[3], new RegExp(`\\b${epochs[epochs.length - 1]}\\b`), `the pause does not name the last epoch: ${said[3]}`);
}));
