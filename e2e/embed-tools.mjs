// The embed recipes of docs/embedding.md run in the real tools (issue 23, item 4), against the
// built site served on 127.0.0.1: a reveal.js deck (npm reveal.js), a Marp deck (npm
// @marp-team/marp-cli, `--html`), a Quarto revealjs document (PyPI quarto-cli) and a Jupyter
// notebook executed and rendered to HTML (PyPI nbconvert + ipykernel). Each output is opened in
// headless Chromium; the explorer inside the slide or cell must start, and pointing at two places
// of its map must decode twice (the decoded image's counter and z change).
//
//   scripts/embed-tools.sh        # installs the tools into target/embed-tools/ and runs this
//
// TOOLS (env): where the tools are installed; QUARTO (env): a quarto binary. Prints one line per
// tool (PASS, FAIL, or SKIP when the tool is not installed) and a JSON summary; the exit status is
// the number of tools that failed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from './lib/server.mjs';
import { launch } from './lib/browser.mjs';

const TOOLS = path.resolve(process.env.TOOLS ?? '../target/embed-tools');
const OUT = path.join(TOOLS, 'out');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

const server = await startServer();
const site = `${server.url}/`;
// the snippets of docs/embedding.md, with YOUR-SITE/latent/ pointing at the local site
const docs = fs.readFileSync(path.join(import.meta.dirname, '..', 'docs', 'embedding.md'), 'utf8');
const block = (heading, lang, fence = '```') => {
  const at = docs.indexOf(`## ${heading}`);
  if (at < 0) throw new Error(`docs/embedding.md has no "## ${heading}"`);
  const open = docs.indexOf(`\n${fence}${lang}\n`, at);
  if (open < 0) throw new Error(`docs/embedding.md: no ${fence}${lang} block under "## ${heading}"`);
  const start = open + fence.length + lang.length + 2;
  return docs.slice(start, docs.indexOf(`\n${fence}\n`, start));
};
const local = (s) => s.replaceAll('https://YOUR-SITE/latent/', site);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: OUT, stdio: 'pipe', timeout: 300_000, ...opts });

const builds = {
  'reveal.js': () => {
    const dist = path.join(TOOLS, 'node_modules', 'reveal.js', 'dist');
    const section = local(block('reveal.js', 'html'));
    fs.writeFileSync(path.join(OUT, 'reveal.html'), `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(path.join(dist, 'reveal.css'))}">
<link rel="stylesheet" href="${pathToFileURL(path.join(dist, 'theme', 'white.css'))}"></head>
<body><div class="reveal"><div class="slides">${section}</div></div>
<script src="${pathToFileURL(path.join(dist, 'reveal.js'))}"></script>
<script>Reveal.initialize({ hash: false });</script></body></html>`);
    return path.join(OUT, 'reveal.html');
  },
  Marp: () => {
    // the Quarto recipe's <iframe>, as Marp's section says: "put the <iframe> on a slide as it is"
    const iframe = local(block('Quarto (revealjs or html)', 'markdown', '````')).split('```{=html}\n')[1].split('\n```')[0];
    fs.writeFileSync(path.join(OUT, 'marp.md'), `---\nmarp: true\n---\n\n# A VAE's latent space\n\n${iframe}\n`);
    run(path.join(TOOLS, 'node_modules', '.bin', 'marp'), ['--html', '--no-stdin', 'marp.md', '-o', 'marp.html'],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    return path.join(OUT, 'marp.html');
  },
  Quarto: () => {
    const quarto = [process.env.QUARTO, path.join(TOOLS, 'venv', 'bin', 'quarto')]
      .find((q) => q && fs.existsSync(q))
      ?? (() => { try { return execFileSync('sh', ['-c', 'command -v quarto']).toString().trim() || null; } catch { return null; } })();
    if (!quarto) return null;
    const body = local(block('Quarto (revealjs or html)', 'markdown', '````'));
    fs.writeFileSync(path.join(OUT, 'quarto.qmd'), `---\ntitle: "Latent space"\nformat: revealjs\n---\n\n${body}\n`);
    run(quarto, ['render', 'quarto.qmd', '--to', 'revealjs']);
    return path.join(OUT, 'quarto.html');
  },
  Jupyter: () => {
    const code = local(block('Jupyter', 'python'));
    const nb = { nbformat: 4, nbformat_minor: 5, metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } },
      cells: [{ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: code.split('\n').map((l, i, a) => (i < a.length - 1 ? `${l}\n` : l)) }] };
    fs.writeFileSync(path.join(OUT, 'jupyter.ipynb'), JSON.stringify(nb));
    run(path.join(TOOLS, 'venv', 'bin', 'jupyter'), ['nbconvert', '--to', 'html', '--execute', 'jupyter.ipynb']);
    return path.join(OUT, 'jupyter.html');
  },
};

// Opens `file` and checks the explorer in its iframe: started, and two points of the map decoded.
async function check(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(pathToFileURL(file).href);
    const frameEl = await page.waitForSelector(`iframe[src^="${site}"]`, { timeout: 30_000 });
    const frame = await frameEl.contentFrame();
    await frame.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
    const overlay = frame.locator('#map-overlay');
    const decodes = () => frame.$eval('#decoded', (c) => ({ n: Number(c.dataset.decodes ?? 0), z: c.dataset.z }));
    const seen = [];
    for (const [u, v] of [[0.3, 0.35], [0.7, 0.6]]) {
      const box = await overlay.boundingBox();
      if (!box) throw new Error('the map has no box on the page (hidden or off the slide)');
      const before = await decodes();
      await page.mouse.move(box.x + u * box.width, box.y + v * box.height);
      await frame.waitForFunction((n) => Number(document.getElementById('decoded').dataset.decodes ?? 0) > n, before.n, { timeout: 10_000 });
      seen.push((await decodes()).z);
    }
    if (seen[0] === seen[1]) throw new Error(`both points decoded at z = ${seen[0]}`);
    return `decoded at z = ${seen.join(' and ')}`;
  } finally {
    await page.close();
  }
}

const browser = await launch();
const results = {};
for (const [tool, build] of Object.entries(builds)) {
  try {
    const file = build();
    results[tool] = file
      ? { pass: true, detail: await check(browser, file) }
      : { pass: null, detail: 'not run: the tool is not installed (scripts/embed-tools.sh says why)' };
  } catch (e) {
    results[tool] = { pass: false, detail: String(e.stderr ?? e.message ?? e).slice(0, 400) };
  }
  const word = results[tool].pass === null ? 'SKIP' : results[tool].pass ? 'PASS' : 'FAIL';
  console.log(`${word} ${tool}: ${results[tool].detail}`);
}
await browser.close();
await server.close();
fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
console.log(JSON.stringify(results));
process.exit(Object.values(results).filter((r) => r.pass === false).length);
