// Batch differential runner shared by the fuzzer, the reducer and the
// mutation check.
//
// Programs are given in "batch form" (generate.js batchSource: one
// `async function __main(print)` per program). They are compiled in worker
// threads (in-process, both targets), each target's programs are written into
// one file where every program is wrapped in its own function scope, and the
// file is run by one Node process. The runner inside that file awaits the
// programs one after another; each gets its own `print`, its own uncaught
// error / unhandled rejection attribution, a check that it settles (a program
// that leaves nothing to do is reported as "[never settled]" instead of ending
// the process), and globals it created are deleted before the next one. A
// program that hangs or crashes the process is reported as such and the
// process is restarted after it, so one program cannot corrupt the next.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { spawn } = require('child_process');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const ROOT = path.join(__dirname, '..', '..');
const DEFAULT_DIST = path.join(ROOT, 'dist');
// programs print plain text even when FORCE_COLOR is set (Node >= 20 colours console.log into pipes then)
const PLAIN_ENV = { ...process.env, FORCE_COLOR: undefined };

// ------------------------------------------------------------------ compiling

function compileOne(api, source, target, runtimeSpecifier) {
  try {
    const filename = typeof source === 'string' ? 'fuzz.co.js' : source.filename;
    if (typeof source !== 'string') source = source.source;
    const r = api.compile(source, { filename, target, runtimeSpecifier });
    if (r.code == null) {
      const d = r.diagnostics[0] || { code: '?', message: 'no code' };
      return { error: `${d.code} ${d.message} (${d.line}:${d.column})` };
    }
    return checkSyntax(r.code, target);
  } catch (e) {
    return { error: `exception ${e && e.stack ? e.stack.split('\n').slice(0, 3).join(' / ') : e}` };
  }
}

/** { code } when `code` parses as a function body, else { error }. */
function checkSyntax(code, target) {
  try {
    new vm.Script(`(function () {\n${code}\n})`, { filename: `fuzz.${target}.js` });
  } catch (e) {
    return { error: `invalid output: ${e && e.name}: ${e && e.message}` };
  }
  return { code };
}

if (!isMainThread && workerData && workerData.coframeFuzzWorker) {
  const api = require(path.join(workerData.dist, 'api'));
  const runtime = path.join(workerData.dist, 'runtime', 'index.js');
  const skipped = { error: 'not compiled' };
  parentPort.on('message', ({ job, sources, targets = ['native', 'machine'] }) => {
    const out = sources.map((s) => ({
      native: targets.includes('native') ? compileOne(api, s, 'native', runtime) : skipped,
      machine: targets.includes('machine') ? compileOne(api, s, 'state-machine', runtime) : skipped,
    }));
    parentPort.postMessage({ job, out });
  });
}

/** A pool of compiler worker threads for one dist folder. */
class CompilerPool {
  constructor(dist = DEFAULT_DIST, size = Math.max(1, os.cpus().length)) {
    this.dist = dist;
    this.size = size;
    this.workers = [];
    this.idle = [];
    this.waiting = [];
    this.jobs = 0;
  }

  spawnWorker() {
    const w = new Worker(__filename, { workerData: { coframeFuzzWorker: true, dist: this.dist } });
    w.unref();
    this.workers.push(w);
    return w;
  }

  async acquire() {
    if (this.idle.length) return this.idle.pop();
    if (this.workers.length < this.size) return this.spawnWorker();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(w) {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  /** Compile each source for both targets: [{ native: {code|error}, machine: {code|error} }]. */
  async compile(sources, timeoutMs = 120000, targets = ['native', 'machine']) {
    const w = await this.acquire();
    const job = ++this.jobs;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        // a compile that does not finish: report it and replace the worker
        w.removeListener('message', onMessage);
        w.terminate();
        this.workers = this.workers.filter((x) => x !== w);
        this.release(this.spawnWorker());
        const error = { error: `compile timeout (${timeoutMs} ms for ${sources.length} programs)` };
        resolve(sources.map(() => ({ native: error, machine: error })));
      }, timeoutMs);
      const onMessage = (m) => {
        if (m.job !== job) return;
        clearTimeout(timer);
        w.removeListener('message', onMessage);
        this.release(w);
        resolve(m.out);
      };
      w.on('message', onMessage);
      w.postMessage({ job, sources, targets });
    });
  }

  close() {
    for (const w of this.workers) w.terminate();
    this.workers = [];
    this.idle = [];
  }
}

// ------------------------------------------------------------------ batch files

const RUNNER = `
;(function () {
  const start = Number(process.argv[2] || 0);
  const w = (s) => process.stdout.write(s); // synchronous for pipes and files on Linux
  const describe = (e) => {
    try { return e instanceof Error ? e.name + ': ' + e.message : typeof e + ' ' + JSON.stringify(e); } catch (x) { return typeof e; }
  };
  let cur = null;
  process.on('uncaughtException', (e) => { if (cur) cur('Uncaught ' + describe(e)); });
  process.on('unhandledRejection', (e) => { if (cur) cur('Unhandled rejection ' + describe(e)); });
  let onIdle = null;
  process.on('beforeExit', () => { if (onIdle) { const f = onIdle; onIdle = null; f(); } });
  const globals0 = new Set(Object.getOwnPropertyNames(globalThis));
  (async () => {
    for (let i = start; i < __progs.length; i++) {
      const id = __progs[i][0], mk = __progs[i][1];
      let open = true;
      // every line is written at once (so a program that hangs or kills the
      // process keeps what it printed), tagged with the program it belongs to
      const print = (s) => w((open ? '\\u0001P ' : '\\u0001L ') + id + ' ' + JSON.stringify(String(s)) + '\\n');
      cur = print;
      w('\\u0001B ' + id + '\\n');
      const STUCK = {};
      const stuck = new Promise((res) => { onIdle = () => res(STUCK); });
      try {
        const main = mk();
        const r = await Promise.race([main(print), stuck]);
        if (r === STUCK) print('[never settled]');
      } catch (e) { print('[harness] ' + describe(e)); }
      onIdle = null;
      await new Promise((r) => setImmediate(r));
      open = false;
      for (const k of Object.getOwnPropertyNames(globalThis)) {
        if (!globals0.has(k)) { try { delete globalThis[k]; } catch (e) {} }
      }
      w('\\u0001E ' + id + '\\n');
    }
    cur = null;
  })();
})();
`;

/** Text of one target's batch file: entries [{ id, code | error }]. */
function batchFile(entries, preamble = '') {
  const parts = [preamble, 'const __progs = [];'];
  for (const e of entries) {
    if (e.code != null) {
      parts.push(`__progs.push([${JSON.stringify(e.id)}, function () {\n${e.code}\nreturn __main;\n}]);`);
    } else {
      parts.push(`__progs.push([${JSON.stringify(e.id)}, function () { return async (print) => print(${JSON.stringify('[compile error] ' + e.error)}); }]);`);
    }
  }
  parts.push(RUNNER);
  return parts.join('\n');
}

/** Parse a batch process's stdout: Map id -> lines (and late lines). */
function parseOutput(stdout, into = new Map(), late = new Map(), partial = new Map()) {
  let lastBegun = null;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('\u0001B ')) {
      lastBegun = line.slice(3);
      partial.set(lastBegun, []);
    } else if (line.startsWith('\u0001P ')) {
      const rest = line.slice(3);
      const sp = rest.indexOf(' ');
      const id = rest.slice(0, sp);
      if (!partial.has(id)) partial.set(id, []);
      partial.get(id).push(JSON.parse(rest.slice(sp + 1)));
    } else if (line.startsWith('\u0001E ')) {
      const id = line.slice(3);
      into.set(id, partial.get(id) || []);
      if (lastBegun === id) lastBegun = null;
    } else if (line.startsWith('\u0001L ')) {
      const rest = line.slice(3);
      const sp = rest.indexOf(' ');
      const id = rest.slice(0, sp);
      if (!late.has(id)) late.set(id, []);
      late.get(id).push(JSON.parse(rest.slice(sp + 1)));
    }
  }
  return { results: into, late, lastBegun };
}

/**
 * Run a batch file, restarting after a program that hangs (no progress for
 * `stallMs`) or crashes the process. Resolves to Map id -> output text.
 */
async function runBatchFile(file, ids, { stallMs = 8000, nodeArgs = [] } = {}) {
  const results = new Map();
  const late = new Map();
  let start = 0;
  while (start < ids.length) {
    const { stdout, stderr, code, stalled } = await new Promise((resolve) => {
      const child = spawn(process.execPath, [...nodeArgs, file, String(start)], { stdio: ['ignore', 'pipe', 'pipe'], env: PLAIN_ENV });
      let out = '';
      let err = '';
      let stalled = false;
      let timer = null;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => { stalled = true; child.kill('SIGKILL'); }, stallMs);
      };
      arm();
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d) => { out += d; if (d.includes('\u0001E ')) arm(); });
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (d) => { if (err.length < 20000) err += d; });
      child.on('close', (code) => { clearTimeout(timer); resolve({ stdout: out, stderr: err, code, stalled }); });
    });
    const partial = new Map();
    const { lastBegun } = parseOutput(stdout, results, late, partial);
    // find where to continue: after the last program that began
    let next = ids.length;
    for (let i = start; i < ids.length; i++) {
      if (!results.has(ids[i])) { next = i; break; }
    }
    if (next >= ids.length) break;
    const culprit = ids[next];
    const note = stalled ? `[hang: no progress for ${stallMs} ms]`
      : `[process died: exit ${code}] ${stderr.split('\n').filter(Boolean).slice(0, 4).join(' / ')}`;
    results.set(culprit, lastBegun === culprit ? [...(partial.get(culprit) || []), note] : [`${note} (before the program began)`]);
    start = next + 1;
  }
  const text = new Map();
  for (const id of ids) {
    const lines = results.get(id) || ['[no result]'];
    const l = late.get(id);
    text.set(id, lines.join('\n') + (l ? '\n[late]\n' + l.join('\n') : ''));
  }
  return text;
}

let tmpCounter = 0;
function tmpDir() {
  const d = path.join(os.tmpdir(), `coframe-fuzz-${process.pid}`);
  fs.mkdirSync(d, { recursive: true });
  return d;
}

/**
 * Differential run of `programs` ([{ id, source, nativeSource? }] in batch
 * form). The native side runs `nativeSource` as written when a program has
 * one, or else coframe's `--target native` output of `source`. Returns
 * [{ id, source, native, machine, nativeError, machineError, same }].
 * id must not contain spaces.
 */
async function differential(programs, pool, options = {}) {
  const ownNative = programs.every((p) => p.nativeSource != null);
  const compiled = await pool.compile(programs.map((p) => p.source), undefined, ownNative ? ['machine'] : undefined);
  if (ownNative) programs.forEach((p, i) => { compiled[i].native = checkSyntax(p.nativeSource, 'native'); });
  const nativeEntries = [], machineEntries = [];
  programs.forEach((p, i) => {
    const c = compiled[i];
    nativeEntries.push({ id: p.id, code: c.native.code, error: c.native.error });
    machineEntries.push({ id: p.id, code: c.machine.code, error: c.machine.error });
  });
  const dir = tmpDir();
  const n = ++tmpCounter;
  const nFile = path.join(dir, `b${n}.native.cjs`);
  const mFile = path.join(dir, `b${n}.machine.cjs`);
  fs.writeFileSync(nFile, batchFile(nativeEntries, options.preamble));
  fs.writeFileSync(mFile, batchFile(machineEntries, options.preamble));
  const ids = programs.map((p) => p.id);
  const [nOut, mOut] = await Promise.all([runBatchFile(nFile, ids, options), runBatchFile(mFile, ids, options)]);
  if (!options.keep) {
    fs.rmSync(nFile, { force: true });
    fs.rmSync(mFile, { force: true });
  }
  return programs.map((p, i) => {
    const native = nOut.get(p.id);
    const machine = mOut.get(p.id);
    return {
      id: p.id, source: p.source, native, machine,
      nativeError: compiled[i].native.error || null,
      machineError: compiled[i].machine.error || null,
      same: native === machine,
    };
  });
}

function cleanupTmp() {
  fs.rmSync(path.join(os.tmpdir(), `coframe-fuzz-${process.pid}`), { recursive: true, force: true });
}

/** First differing line of two outputs, for reports. */
function firstDiff(a, b) {
  const x = a.split('\n'), y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return { line: i + 1, native: x[i] === undefined ? '<end>' : x[i], machine: y[i] === undefined ? '<end>' : y[i] };
  }
  return null;
}

module.exports = { CompilerPool, differential, batchFile, runBatchFile, parseOutput, firstDiff, cleanupTmp, DEFAULT_DIST, ROOT, PLAIN_ENV };
