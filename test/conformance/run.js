#!/usr/bin/env node
'use strict';
// Run ECMAScript conformance tests (a test262 checkout) for generators and
// async functions through coframe, with the native engine as the oracle:
//
//   node test/conformance/run.js TEST262_DIR [--filter TEXT] [--out DIR] [--jobs N]
//
// For each test under TEST262_DIR/test (or the files whose path contains
// TEXT): it runs natively first (in sloppy and strict mode, as its flags
// say); a test that fails natively on this Node says nothing about coframe
// and is only counted. The passing ones are rewritten into coframe's syntax
// (convert.js), compiled with dist/, and run again. A failure, or a compile
// error, is either a known difference (KNOWN below, each with its reason) or
// unexpected; the exit status is 1 if anything is unexpected.
//
// Negative (syntax) tests and module or raw tests are skipped. The harness is
// harness.js, a small stand-in for the suite's own (assert, $DONE,
// asyncTest, compareArray, verifyProperty, ...); a test that needs more
// fails natively and is counted as such. Not part of `npm test`: the suite
// is not vendored (see docs/CONFORMANCE.md).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { convert } = require('./convert.js');

const DIST = path.resolve(__dirname, '../../dist');
const { compile } = require(path.join(DIST, 'api'));

// What coframe is allowed to do differently (LANGUAGE.md §3, README "Known
// limitations"): [test id pattern, test source pattern or null, reason].
const KNOWN = [
  [/default-proto\.js \[/, null, 'the generator object\'s prototype (LANGUAGE.md §3 allows Object.getPrototypeOf of it to differ)'],
  [/./, /Object\.getPrototypeOf\(\(?(g\)|(async )?function\b)/, 'reaches %GeneratorFunction.prototype% and the like through a function the rewrite made a coroutine (§3: Object.getPrototypeOf and instanceof may differ)'],
  [/built-ins\/(AsyncFunction|GeneratorFunction|AsyncGeneratorFunction)\//, null, 'a coroutine function is not an instance of the native AsyncFunction / GeneratorFunction (§3)'],
  [/forbidden-ext.*-prop-(arguments|caller)\.js \[sloppy\]$/, null, 'a sloppy-mode coroutine function has own `arguments` and `caller` (README, Known limitations: Objects)'],
  [/(unscopables-with|from-with)\.js \[sloppy\]$/, null, '`with` around a suspension or a frame variable is CF1090 (README, Known limitations)'],
  [/eval-var-scope.*\.js \[sloppy\]$/, null, 'direct eval in a coroutine is CF1090 (README, Known limitations)'],
];

function parseArgs(argv) {
  const o = { root: null, filter: '', out: path.join(os.tmpdir(), 'coframe-conformance'), jobs: Math.max(1, os.cpus().length) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--filter') o.filter = argv[++i];
    else if (a === '--out') o.out = path.resolve(argv[++i]);
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (!a.startsWith('--') && !o.root) o.root = path.resolve(a);
    else { console.error(`unknown argument ${a}`); process.exit(2); }
  }
  if (!o.root || !fs.existsSync(path.join(o.root, 'test'))) {
    console.error('usage: node test/conformance/run.js TEST262_DIR [--filter TEXT] [--out DIR] [--jobs N]\n(TEST262_DIR holds test/, e.g. a checkout of github.com/tc39/test262)');
    process.exit(2);
  }
  return o;
}

function frontmatter(src) {
  const m = /\/\*---([\s\S]*?)---\*\//.exec(src);
  const yaml = m ? m[1] : '';
  const list = (key) => ((new RegExp(`${key}:\\s*\\[([^\\]]*)\\]`).exec(yaml) || [])[1] || '').split(',').map((s) => s.trim()).filter(Boolean);
  return { negative: /^\s*negative:/m.test(yaml), flags: list('flags') };
}

function runFile(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'driver.js'), file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, out, err }); });
  });
}

const passed = (r, isAsync) => r.code === 0 && (!isAsync || (r.out.includes('Test262:AsyncTestComplete') && !r.out.includes('Test262:AsyncTestFailure')));
const reason = (r) => (r.out.match(/Test262:AsyncTestFailure.*/) || [])[0] || (r.err.match(/^[A-Z]\w*(Error|Exception)\b.*$/m) || [])[0] || `exit ${r.code}`;

async function main() {
  const o = parseArgs(process.argv.slice(2));
  fs.mkdirSync(o.out, { recursive: true });
  const testDir = path.join(o.root, 'test');
  const files = [];
  (function collect(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) collect(p);
      else if (p.endsWith('.js') && !p.includes('_FIXTURE') && path.relative(testDir, p).includes(o.filter)) files.push(p);
    }
  })(testDir);
  files.sort();

  const results = [];
  const jobs = [];
  const sources = new Map();
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    const meta = frontmatter(src);
    const rel = path.relative(testDir, file);
    sources.set(rel, src);
    if (meta.negative || meta.flags.includes('module') || meta.flags.includes('raw')) { results.push({ rel, status: 'skipped' }); continue; }
    const modes = meta.flags.includes('onlyStrict') ? ['strict'] : meta.flags.includes('noStrict') ? ['sloppy'] : ['sloppy', 'strict'];
    for (const mode of modes) jobs.push({ rel, src, mode, isAsync: meta.flags.includes('async') });
  }

  let next = 0;
  async function worker() {
    while (next < jobs.length) {
      const j = jobs[next++];
      const id = `${j.rel} [${j.mode}]`;
      const text = (j.mode === 'strict' ? '"use strict";\n' : '') + j.src;
      const base = path.join(o.out, `${j.rel.replace(/\//g, '__')}.${j.mode}`);
      fs.writeFileSync(`${base}.native.js`, text);
      const native = await runFile(`${base}.native.js`);
      if (!passed(native, j.isAsync)) { results.push({ id, status: 'fails natively', why: reason(native) }); continue; }
      let co;
      try { co = convert(text); } catch (e) { results.push({ id, status: 'not converted', why: e.message }); continue; }
      fs.writeFileSync(`${base}.co.js`, co);
      const r = compile(co, { filename: `${base}.co.js`, runtime: 'import', runtimeSpecifier: path.join(DIST, 'runtime', 'index.js') });
      if (r.diagnostics.length) {
        results.push({ id, status: 'compile error', why: r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`).join('; ') });
        continue;
      }
      fs.writeFileSync(`${base}.out.js`, r.code);
      const machine = await runFile(`${base}.out.js`);
      results.push(passed(machine, j.isAsync) ? { id, status: 'pass' } : { id, status: 'fail', why: reason(machine) });
    }
  }
  await Promise.all(Array.from({ length: o.jobs }, worker));

  results.sort((a, b) => (a.id || a.rel).localeCompare(b.id || b.rel));
  const counts = {};
  let unexpected = 0;
  for (const r of results) {
    if (r.status === 'fail' || r.status === 'compile error' || r.status === 'not converted') {
      const known = KNOWN.find(([id, src]) => id.test(r.id) && (!src || src.test(sources.get(r.id.replace(/ \[\w+\]$/, '')))));
      if (known) { r.status = `${r.status}, known`; r.known = known[2]; } else { r.status = `${r.status}, UNEXPECTED`; unexpected++; }
    }
    counts[r.status] = (counts[r.status] || 0) + 1;
  }
  for (const r of results) if (r.status.endsWith('UNEXPECTED')) console.log(`${r.status}\t${r.id}\t${r.why.slice(0, 300)}`);
  const byReason = new Map();
  for (const r of results) if (r.known) byReason.set(r.known, (byReason.get(r.known) || 0) + 1);
  for (const [why, n] of byReason) console.log(`known difference, ${n}: ${why}`);
  console.log(`${files.length} files, ${jobs.length} runs: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  fs.writeFileSync(path.join(o.out, 'results.json'), JSON.stringify(results, null, 1));
  process.exitCode = unexpected ? 1 : 0;
}

main();
