// Accessibility audit: axe-core (WCAG 2.0/2.1 A and AA plus best practices, lib/axe.mjs) on every
// view and state a visitor can reach: the page at desktop and phone sizes, in light and dark
// colour schemes, every model of the manifest, the training evolution paused and playing, the
// loading and switching states, the error states (start, switch, evolution), embed mode, and the
// generated docs pages. Any violation fails the test with rule, element and help text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot } from '../lib/browser.mjs';
import { waitForState, waitForModel } from '../lib/page.mjs';
import { expectNoViolations } from '../lib/axe.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let server, browser, manifest, evoEntry;
before(async () => {
  manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'weights', 'manifest.json'), 'utf8'));
  evoEntry = manifest.bundles.find((b) => b.evolution?.index);
  server = await startServer();
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

// A fresh page (context) of the given size and colour scheme; `fn(page)` brings it to the state.
async function inPage({ viewport = DESKTOP, colorScheme = 'light', isMobile = false } = {}, fn) {
  const context = await browser.newContext({
    viewport, colorScheme, isMobile, hasTouch: isMobile, deviceScaleFactor: isMobile ? 2 : 1,
  });
  const page = await context.newPage();
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

const ready = async (page, query = '') => {
  await page.goto(`${server.url}/${query}`);
  await waitForState(page, 'ready');
};

// The evolution view of `evoEntry` open and settled at `epoch` (its decoder fetched).
async function openEvolution(page, epoch) {
  assert.ok(evoEntry, 'weights/manifest.json lists no model with an `evolution` entry');
  await ready(page, `?model=${encodeURIComponent(evoEntry.id)}&epoch=${epoch}`);
  await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
  await page.waitForFunction((e) => document.getElementById('decoded').dataset.epoch === String(e), epoch);
}

// ---- the page -------------------------------------------------------------------------------

for (const [name, opts] of [
  ['default, 1280×800', { viewport: DESKTOP }],
  ['default, 390×844 (phone)', { viewport: PHONE, isMobile: true }],
  ['default, 1280×800, dark', { viewport: DESKTOP, colorScheme: 'dark' }],
  ['default, 390×844 (phone), dark', { viewport: PHONE, isMobile: true, colorScheme: 'dark' }],
]) {
  test(`axe: ${name}`, () => inPage(opts, async (page) => {
    await ready(page);
    await screenshot(page, `a11y-${name.replace(/\W+/g, '-')}`);
    await expectNoViolations(page, name);
  }));
}

test('axe: every model of the manifest (?model=)', () => inPage({}, async (page) => {
  assert.ok(manifest.bundles.length > 0);
  for (const b of manifest.bundles) {
    await ready(page, `?model=${encodeURIComponent(b.id)}`);
    await waitForModel(page, b.id);
    await expectNoViolations(page, `model ${b.id}`);
  }
}));

test('axe: a model picked with the switchers (other dataset)', () => inPage({}, async (page) => {
  const other = manifest.bundles.find((b) => b.dataset !== manifest.bundles[0].dataset);
  assert.ok(other, 'the manifest lists only one dataset');
  await ready(page);
  await page.selectOption('#dataset-select', other.dataset);
  await waitForModel(page, other.id);
  await expectNoViolations(page, `switched to ${other.id}`);
}));

test('axe: hovering the map (readouts, legend highlight, class label)', () => inPage({}, async (page) => {
  await ready(page);
  const box = await page.locator('#map').boundingBox();
  const before = await page.textContent('#z-readout');
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
  await page.waitForFunction((t) => document.getElementById('z-readout').textContent !== t, before);
  await page.waitForSelector('#legend li.current');
  await expectNoViolations(page, 'map hovered');
}));

test('axe: map focused by keyboard', () => inPage({}, async (page) => {
  await ready(page);
  await page.focus('#map');
  const before = await page.textContent('#z-readout');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((t) => document.getElementById('z-readout').textContent !== t, before);
  await expectNoViolations(page, 'map keyboard');
}));

// ---- training evolution -----------------------------------------------------------------------

for (const [name, opts] of [
  ['evolution paused, 1280×800', { viewport: DESKTOP }],
  ['evolution paused, 390×844 (phone)', { viewport: PHONE, isMobile: true }],
  ['evolution paused, 1280×800, dark', { viewport: DESKTOP, colorScheme: 'dark' }],
]) {
  test(`axe: ${name}`, () => inPage(opts, async (page) => {
    await openEvolution(page, 4);
    await screenshot(page, `a11y-${name.replace(/\W+/g, '-')}`);
    await expectNoViolations(page, name);
    // with the encoded test images drawn over the map
    await page.check('#evo-points');
    await page.waitForFunction(() => !document.getElementById('map-points').hidden);
    await expectNoViolations(page, `${name}, test images shown`);
  }));
}

test('axe: evolution at its first epoch (step back disabled)', () => inPage({}, async (page) => {
  await openEvolution(page, evoEntry?.evolution.epochs[0] ?? 0);
  await expectNoViolations(page, 'evolution first epoch');
}));

for (const colorScheme of ['light', 'dark']) {
  test(`axe: evolution playing (${colorScheme})`, () => inPage({ colorScheme }, async (page) => {
    await openEvolution(page, evoEntry?.evolution.epochs[0] ?? 0);
    await page.click('#evo-play');
    await page.waitForSelector('#evo-play[data-playing="true"]');
    await expectNoViolations(page, `evolution playing, ${colorScheme}`);
  }));
}

// ---- loading and switching ---------------------------------------------------------------------

// Holds requests to `pattern` until the returned release() is called.
async function hold(page, pattern) {
  let release;
  const gate = new Promise((r) => { release = r; });
  let held;
  const seen = new Promise((r) => { held = r; });
  await page.route(pattern, async (route) => { held(); await gate; await route.continue().catch(() => {}); });
  return { seen, release: () => release() };
}

test('axe: loading (the first bundle held back)', () => inPage({}, async (page) => {
  const h = await hold(page, `**/weights/${manifest.bundles[0].view}`);
  await page.goto(`${server.url}/`);
  await h.seen;
  await page.waitForFunction(() => /Loading/.test(document.getElementById('status').textContent)
    && document.body.dataset.state === 'loading');
  await screenshot(page, 'a11y-loading');
  await expectNoViolations(page, 'loading');
  h.release();
  await waitForState(page, 'ready');
}));

test('axe: switching model (the next bundle held back)', () => inPage({}, async (page) => {
  const other = manifest.bundles.find((b) => b.dataset === manifest.bundles[0].dataset && b !== manifest.bundles[0]);
  assert.ok(other, 'the default dataset has only one model');
  const h = await hold(page, `**/weights/${other.view}`);
  await ready(page);
  await page.selectOption('#model-select', other.id);
  await h.seen;
  await page.waitForFunction(() => 'busy' in document.body.dataset);
  await screenshot(page, 'a11y-switching');
  await expectNoViolations(page, 'switching');
  h.release();
  await waitForModel(page, other.id);
}));

test('axe: opening the evolution (index held back)', () => inPage({}, async (page) => {
  assert.ok(evoEntry, 'no evolution entry');
  const h = await hold(page, `**/weights/${evoEntry.evolution.index}`);
  await ready(page, `?model=${encodeURIComponent(evoEntry.id)}`);
  await page.click('#evo-toggle');
  await h.seen;
  await expectNoViolations(page, 'evolution loading');
  h.release();
  await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
}));

// ---- errors -----------------------------------------------------------------------------------

test('axe: start error (404 bundle)', () => inPage({}, async (page) => {
  await page.goto(`${server.url}/?bundle=${encodeURIComponent('/weights/missing.safetensors')}`);
  await waitForState(page, 'error');
  await screenshot(page, 'a11y-error');
  await expectNoViolations(page, 'error 404 bundle');
}));

test('axe: unknown ?model= (falls back with a notice)', () => inPage({}, async (page) => {
  await page.goto(`${server.url}/?model=no-such-model`);
  await waitForState(page, 'ready');
  await page.waitForSelector('#notice:not([hidden])');
  await expectNoViolations(page, 'unknown model notice');
}));

test('axe: stalled download with its retry button', () => inPage({}, async (page) => {
  await page.route('**/weights/mnist/vae.safetensors', () => {}); // never answered
  await page.goto(`${server.url}/`);
  await waitForState(page, 'error', 60_000);
  await page.waitForSelector('#retry:visible');
  await expectNoViolations(page, 'stalled download');
}));

test('axe: start error, phone, dark', () => inPage({ viewport: PHONE, isMobile: true, colorScheme: 'dark' }, async (page) => {
  await page.goto(`${server.url}/?bundle=${encodeURIComponent('/weights/missing.safetensors')}`);
  await waitForState(page, 'error');
  await expectNoViolations(page, 'error 404 bundle, phone, dark');
}));

test('axe: switch error (404 bundle)', () => inPage({}, async (page) => {
  const other = manifest.bundles.find((b) => b !== manifest.bundles[0]);
  await page.route(`**/weights/${other.view}`, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'no' }));
  await ready(page);
  if (other.dataset !== manifest.bundles[0].dataset) await page.selectOption('#dataset-select', other.dataset);
  else await page.selectOption('#model-select', other.id);
  await page.waitForSelector('#switch-error:not([hidden])');
  await expectNoViolations(page, 'switch error');
}));

test('axe: evolution error (404 index)', () => inPage({}, async (page) => {
  assert.ok(evoEntry, 'no evolution entry');
  await page.route(`**/weights/${evoEntry.evolution.index}`, (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'no' }));
  await ready(page, `?model=${encodeURIComponent(evoEntry.id)}`);
  await page.click('#evo-toggle');
  await page.waitForSelector('#evo-error:not([hidden])');
  await expectNoViolations(page, 'evolution error');
}));

// ---- embed mode ---------------------------------------------------------------------------------

for (const [name, opts] of [
  ['embed, 1280×800', { viewport: DESKTOP }],
  ['embed, 390×844 (phone)', { viewport: PHONE, isMobile: true }],
]) {
  test(`axe: ${name}`, () => inPage(opts, async (page) => {
    await ready(page, '?embed=1');
    await page.waitForFunction(() => 'embed' in document.body.dataset);
    await screenshot(page, `a11y-${name.replace(/\W+/g, '-')}`);
    await expectNoViolations(page, name);
  }));
}

test('axe: embed with the evolution open', () => inPage({}, async (page) => {
  assert.ok(evoEntry, 'no evolution entry');
  await ready(page, `?embed=1&model=${encodeURIComponent(evoEntry.id)}&epoch=${evoEntry.evolution.epochs[1]}`);
  await page.waitForFunction(() => !document.getElementById('evo-panel').hidden);
  await expectNoViolations(page, 'embed evolution');
}));

// ---- the generated docs pages ---------------------------------------------------------------------

for (const doc of ['latent-space', 'measurements', 'embedding']) {
  for (const [size, viewport] of [['1280×800', DESKTOP], ['390×844', PHONE]]) {
    test(`axe: docs/${doc}.html, ${size}`, () => inPage({ viewport }, async (page) => {
      assert.ok(fs.existsSync(path.join(DIST, 'docs', `${doc}.html`)), `dist/docs/${doc}.html is not deployed`);
      const res = await page.goto(`${server.url}/docs/${doc}.html`);
      assert.equal(res.status(), 200);
      await page.waitForLoadState('load');
      await expectNoViolations(page, `docs ${doc} ${size}`);
    }));
  }
}
