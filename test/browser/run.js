#!/usr/bin/env node
'use strict';
// npm run test:browser — the differential corpus in a browser: every
// fixtures/programs/**/*.co.js that needs nothing of Node is compiled to its
// native form and to the state machine (runtime pasted inline, as a page
// would load a bundle), each runs in a fresh page of headless Chromium
// (Debian's, driven by playwright-core), and what they print must be the
// same. Chromium's V8 is newer than any Node here (it follows ECMAScript
// 2025 where Node 20 does not), and a page has no `process` or `require`:
// this shows the runtime, its engine probe included, where bundles run.
//
//   node test/browser/run.js [--only SUBSTRING] [--jobs N]
// CHROMIUM=/path/to/chromium overrides the browser (default: chromium on PATH).
// Prints one line per mismatch and a closing "N passed, N failed" line; exit
// status 1 on any mismatch or if the browser cannot be started.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const PROGRAMS = path.join(ROOT, 'fixtures', 'programs');
const { compile } = require(path.join(ROOT, 'dist', 'api'));
const { listFiles } = require('../support/fixtures');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const only = opt('--only', null);
const jobs = Number(opt('--jobs', '4'));

/** Programs that use Node's own objects cannot run in a page. */
const NODE_ONLY = /\b(require|process|module\.exports|Buffer|setImmediate|__dirname|global)\b/;
/**
 * Programs that race wall-clock timers are left out too: a headless page
 * fires timers 10-30 ms late and unevenly, so the order such a program
 * prints is not stable there even for its native form (asyncgen/042,
 * 10 ms apart, printed two different orders in six native runs).
 */
const USES_TIMERS = /\bset(Timeout|Interval)\b/;

// Printed the same way for both forms: console.log's arguments (an object as
// JSON where it has one, as the fixtures mostly print strings and numbers),
// and uncaught errors without their stacks (as test/support/preload.js does).
const PRELUDE = `
window.__out = [];
const __describe = (e) => {
  if (e instanceof Error) return e.name + ': ' + e.message;
  try { return typeof e + ' ' + JSON.stringify(e); } catch { return typeof e; }
};
const __fmt = (x) => {
  if (typeof x === 'string') return x;
  if (x instanceof Error) return String(x);
  if (typeof x === 'object' && x !== null) { try { const j = JSON.stringify(x); if (j !== undefined) return j; } catch {} }
  return String(x);
};
const __print = (line) => { window.__out.push(line); };
console.log = (...a) => __print(a.map(__fmt).join(' '));
console.error = console.warn = console.info = console.log;
window.addEventListener('error', (e) => { __print('Uncaught ' + __describe(e.error)); e.preventDefault(); });
window.addEventListener('unhandledrejection', (e) => { __print('Unhandled rejection ' + __describe(e.reason)); e.preventDefault(); });
`;

function chromiumPath() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try { return execFileSync('which', [name], { encoding: 'utf8' }).trim(); } catch { /* next */ }
  }
  return null;
}

/** What the program printed in a fresh page ("[timed out]" after 20 s: a program that never settles must not hang the run). */
async function runInPage(context, code) {
  const page = await context.newPage();
  let timer;
  const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('[timed out after 20 s]'), 20000); });
  try {
    return await Promise.race([printed(page, code), timeout]);
  } finally {
    clearTimeout(timer);
    await page.close();
  }
}

async function printed(page, code) {
  await page.addInitScript(PRELUDE);
  await page.goto('about:blank');
  // a script error (a syntax error of the output) is reported by the error listener
  await page.addScriptTag({ content: code }).catch((e) => page.evaluate((m) => window.__out.push(`[script tag failed] ${m}`), String(e.message)));
  // done when the microtasks have drained: the program starts no timer, so
  // everything it does has run by the second macrotask turn after it
  await page.evaluate(() => new Promise((r) => setTimeout(() => setTimeout(r, 0), 0)));
  return (await page.evaluate(() => window.__out)).join('\n');
}

async function main() {
  const exe = chromiumPath();
  if (!exe) {
    console.error('test:browser: no Chromium found (apt-get install chromium, or set CHROMIUM=/path/to/chrome)');
    process.exit(1);
  }
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox'] });
  const version = browser.version();
  const all = listFiles(PROGRAMS).filter((f) => !only || f.includes(only));
  const nodeOnly = all.filter((f) => NODE_ONLY.test(fs.readFileSync(f, 'utf8')));
  const timed = all.filter((f) => !nodeOnly.includes(f) && USES_TIMERS.test(fs.readFileSync(f, 'utf8')));
  const programs = all.filter((f) => !nodeOnly.includes(f) && !timed.includes(f));
  console.log(`Chromium ${version}: ${programs.length} programs (left out: ${nodeOnly.length} that use Node's own objects, ${timed.length} that race timers)`);
  const context = await browser.newContext();
  let passed = 0;
  let failed = 0;
  const t0 = Date.now();
  const check = async (file) => {
    const name = path.relative(PROGRAMS, file);
    const source = fs.readFileSync(file, 'utf8');
    const nat = compile(source, { filename: name, target: 'native', module: 'cjs' });
    const sm = compile(source, { filename: name, runtime: 'inline', module: 'cjs' });
    if (nat.code == null || sm.code == null) {
      failed++;
      console.log(`FAIL ${name}: does not compile: ${(nat.diagnostics[0] || sm.diagnostics[0]).message}`);
      return;
    }
    const native = await runInPage(context, nat.code);
    const machine = await runInPage(context, sm.code);
    if (native.trim() === '' || /^\[timed out/m.test(native)) {
      failed++;
      console.log(`FAIL ${name}: the native form ${native.trim() === '' ? 'printed nothing' : 'did not finish'}`);
    } else if (machine !== native) {
      failed++;
      const a = native.split('\n');
      const b = machine.split('\n');
      const i = a.findIndex((l, k) => l !== b[k]);
      console.log(`FAIL ${name}: line ${i + 1}\n  native:  ${a[i]}\n  machine: ${b[i]}`);
    } else {
      passed++;
    }
  };
  let next = 0;
  await Promise.all(Array.from({ length: jobs }, async () => {
    while (next < programs.length) await check(programs[next++]);
  }));
  await browser.close();
  console.log(`test:browser: Chromium ${version}, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((e) => { console.error(e); process.exit(1); });
