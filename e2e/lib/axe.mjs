// Accessibility audit with axe-core (npm, pinned in package.json), injected from node_modules into
// the page under test (no CDN). One line per view or state:
//
//   await expectNoViolations(page, 'evolution paused');
//
// Rules: WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices. A rule may be switched off
// only for a given state, with `disable: { 'rule-id': 'why it does not apply' }`: the reason is
// required and is printed with the result.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ARTIFACTS } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
export const AXE_VERSION = require('axe-core/package.json').version;
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// Runs axe on the page as it is now. Returns axe's violations (each with its nodes).
export async function audit(page, { disable = {} } = {}) {
  for (const [id, why] of Object.entries(disable)) {
    if (typeof why !== 'string' || why.trim().length < 10) {
      throw new Error(`axe rule ${id} disabled without a reason that says why it does not apply`);
    }
  }
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const rules = Object.fromEntries(Object.keys(disable).map((id) => [id, { enabled: false }]));
  return page.evaluate(async ({ tags, rules }) => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      rules,
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.flat(Infinity).join(' '), summary: n.failureSummary })),
    }));
  }, { tags: TAGS, rules });
}

// One line per violated rule: id, impact, help text, then each failing element's selector.
export function formatViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => `    ${n.target}\n      ${(n.summary ?? '').replace(/\n\s*/g, ' / ')}`);
    return `  ${v.id} (${v.impact}): ${v.help} [${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}]\n`
      + `    ${v.helpUrl}\n${nodes.join('\n')}`;
  }).join('\n');
}

// Audits the page and throws, listing every violation, if there is any. Each state's result is
// also written to e2e/artifacts/axe/<name>.json.
export async function expectNoViolations(page, name, options = {}) {
  const violations = await audit(page, options);
  const dir = path.join(ARTIFACTS, 'axe');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify({
    state: name, url: page.url(), axe: AXE_VERSION, tags: TAGS,
    disabled: options.disable ?? {}, violations,
  }, null, 2));
  if (violations.length > 0) {
    const count = violations.reduce((s, v) => s + v.nodes.length, 0);
    throw new Error(`axe-core ${AXE_VERSION}: ${violations.length} rule${violations.length === 1 ? '' : 's'} violated `
      + `(${count} element${count === 1 ? '' : 's'}) in "${name}" (${page.url()}):\n${formatViolations(violations)}`);
  }
}
