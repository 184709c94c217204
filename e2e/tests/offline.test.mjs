// The offline single file (scripts/export-offline.sh): opened from file:// with every network
// request blocked, it starts, switches between its models, and decodes at three points exactly
// what the site decodes there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer, DIST } from '../lib/server.mjs';
import { launch, screenshot, watch } from '../lib/browser.mjs';
import { waitForState, waitForModel, mapBox } from '../lib/page.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let server, browser, dir, file, fileHandsOn;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'latent-offline-'));
  file = path.join(dir, 'latent-mnist.html');
  execFileSync('python3', [path.join(ROOT, 'scripts', 'export_offline.py'), '--dist', DIST,
    '--dataset', 'mnist', '--model', 'vae', '--model', 'plain', '--out', file], { stdio: 'pipe' });
  fileHandsOn = path.join(dir, 'latent-mnist-hands-on.html');
  execFileSync('python3', [path.join(ROOT, 'scripts', 'export_offline.py'), '--dist', DIST,
    '--dataset', 'mnist', '--model', 'vae', '--hands-on', '--lang', 'de', '--lang', 'ar', '--out', fileHandsOn], { stdio: 'pipe' });
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const pixels = (page) => page.evaluate(() => [...document.getElementById('decoded').getContext('2d').getImageData(0, 0, 28, 28).data]);

async function decodeAt(page, u, v) {
  const box = await mapBox(page);
  const before = await page.$eval('#decoded', (c) => c.dataset.z ?? '');
  await page.mouse.move(box.x + u * box.width, box.y + v * box.height);
  await page.waitForFunction((z) => document.getElementById('decoded').dataset.z !== z, before);
  return { z: await page.$eval('#decoded', (c) => c.dataset.z), px: await pixels(page) };
}

// A page whose every request but file:// is aborted and recorded.
async function offlinePage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const blocked = [];
  await page.route('**/*', (r) => {
    if (r.request().url().startsWith('file:')) return r.continue();
    blocked.push(r.request().url());
    return r.abort();
  });
  return { page, blocked };
}

test('offline file: from file:// with no network it decodes like the site', async () => {
  const { page: off, blocked } = await offlinePage();
  const site = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watch(off);
  try {
    await off.goto(pathToFileURL(file).href);
    await waitForState(off, 'ready');
    await waitForModel(off, 'mnist-vae');
    await screenshot(off, 'offline-file', { fullPage: false });
    await site.goto(`${server.url}/?model=mnist-vae`);
    await waitForState(site, 'ready');
    for (const [u, v] of [[0.2, 0.3], [0.5, 0.5], [0.8, 0.75]]) {
      const a = await decodeAt(off, u, v);
      const b = await decodeAt(site, u, v);
      assert.equal(a.z, b.z, 'the two pages map the pointer to different z');
      assert.deepEqual(a.px, b.px, `the offline decode at z = ${a.z} differs from the site's`);
    }
    // the switcher offers the included models only, and switching works offline
    const models = await off.$$eval('#model-select option', (os) => os.map((o) => o.value));
    assert.deepEqual(models, ['mnist-vae', 'mnist-plain']);
    assert.ok(await off.isHidden('#dataset-picker'), 'the dataset switcher offers datasets that are not included');
    await off.selectOption('#model-select', 'mnist-plain');
    await waitForModel(off, 'mnist-plain');
    assert.ok(await off.isHidden('#hands-on'), 'the hands-on views are offered without their files');
    assert.equal(await off.$$eval('a[href^="docs/"]', (as) => as.length), 0, 'links to docs pages that are not in the file');
    assert.deepEqual(blocked, [], 'the offline file asked the network');
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await off.close();
    await site.close();
  }
});

test('offline file with --hands-on: a test image is encoded with no network', async () => {
  const { page: off, blocked } = await offlinePage();
  try {
    await off.goto(pathToFileURL(fileHandsOn).href);
    await waitForState(off, 'ready');
    await off.click('#tool-encode');
    await off.click('#pick-test');
    await off.waitForFunction(() => /z = \(/.test(document.getElementById('enc-z')?.textContent ?? ''), null, { timeout: 30_000 });
    assert.deepEqual(blocked, [], 'the offline file asked the network');
  } finally {
    await off.close();
  }
});

test('offline file with --lang ar: right to left from the first paint (the head script stays, with the languages the file carries)', async () => {
  const { page: off, blocked } = await offlinePage();
  try {
    await off.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          window.__parsedDir = document.documentElement.dir || 'ltr';
          window.__parsedHeading = document.querySelector('h1').textContent;
        }
      });
    });
    await off.goto(`${pathToFileURL(fileHandsOn).href}?lang=ar`);
    await waitForState(off, 'ready');
    await off.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.deepEqual(await off.evaluate(() => [window.__parsedDir, document.documentElement.dir]), ['rtl', 'rtl']);
    // and its heading in Arabic, as the app writes it; the table carries the file's languages only
    const [parsed, final, html] = await off.evaluate(() => [window.__parsedHeading, document.querySelector('h1').textContent, document.documentElement.outerHTML]);
    assert.equal(parsed, final);
    assert.notEqual(final, 'Latent space explorer');
    const texts = JSON.parse(html.match(/var texts = (\{.*\});\n/)[1]);
    assert.deepEqual(Object.keys(texts).sort(), ['ar', 'de']);
    assert.deepEqual(blocked, [], 'the offline file asked the network');
  } finally {
    await off.close();
  }
});

test('offline file with --lang de: lang=de speaks German from file:// with no network', async () => {
  const { page: off, blocked } = await offlinePage();
  try {
    await off.goto(`${pathToFileURL(fileHandsOn).href}?lang=de`);
    await waitForState(off, 'ready');
    await off.waitForFunction(() => document.documentElement.lang === 'de');
    const box = await mapBox(off);
    await off.mouse.move(box.x + 0.6 * box.width, box.y + 0.4 * box.height);
    await off.waitForFunction(() => /\d,\d{3}/.test(document.getElementById('z-readout').textContent));
    assert.equal(await off.$eval('#notice', (n) => n.hidden || !/Deutsch/.test(n.textContent)), true, 'a notice that German could not be loaded');
    assert.deepEqual(blocked, [], 'the offline file asked the network');
  } finally {
    await off.close();
  }
});
