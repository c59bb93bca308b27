#!/usr/bin/env node
'use strict';
// coframe's benchmark harness (issue 6): the same workloads, written once in
// co_ syntax (bench/workloads/*.co.js), compiled by every system and run side
// by side.
//
//   npm run bench                full run (median of 5 repetitions)
//   npm run bench:quick          --quick: smaller sizes, 3 repetitions, under 90 s (a smoke
//                                check of the harness and the systems, not for the record)
//   node bench/run.js [--quick] [--reps N] [--only a,b] [--clock cpu|wall] [--no-build] [--no-compile]
//
// Each (workload x system) runs in a fresh Node process; in each repetition
// the systems are run one after the other (their order rotating from one
// repetition to the next); the figure is the median over the repetitions,
// with min-max. Times are CPU time of the benchmark process by default
// (--clock wall for wall-clock; both are kept in the JSON). Every run's result is compared with native's: a system whose
// result differs is reported as a failure and its times are not used.
// Prints the tables, writes bench/results/latest.json (and latest.md); a
// --quick run writes quick.json, a run with --only or --no-compile partial.json.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const BENCH = __dirname;
const ROOT = path.resolve(BENCH, '..');
const BUILD = path.join(BENCH, '.build');
const RESULTS = path.join(BENCH, 'results');

// ------------------------------------------------------------------ options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const QUICK = flag('--quick');
const REPS = Number(option('--reps') || (QUICK ? 3 : 5));
const ONLY = option('--only') ? option('--only').split(',') : null;
// cpu: CPU time of the benchmark process (user + system, all its threads), which
// a busy machine disturbs far less than wall-clock time; wall: hrtime.
const CLOCK = option('--clock') || 'cpu';
if (CLOCK !== 'cpu' && CLOCK !== 'wall') throw new Error('--clock must be cpu or wall');
const started = Date.now();

// ------------------------------------------------------------ dependencies

function sh(cmd, args, cwd, optional = false) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0 && optional) {
    console.error(`bench: \`${cmd} ${args.join(' ')}\` failed; going on with the dist/ that is there`);
  } else if (r.status !== 0) {
    console.error(`bench: \`${cmd} ${args.join(' ')}\` failed in ${cwd}`);
    process.exit(1);
  }
}

function ensureDependencies() {
  // the comparison systems live in bench/package.json, apart from the project's own
  const pkg = JSON.parse(fs.readFileSync(path.join(BENCH, 'package.json'), 'utf8'));
  const missing = Object.entries(pkg.dependencies).filter(([name, version]) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(BENCH, 'node_modules', name, 'package.json'), 'utf8')).version !== version;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    console.error(`bench: installing the comparison systems (${missing.map(([n]) => n).join(', ')}) with npm ci in bench/ ...`);
    sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], BENCH);
  }
  if (!fs.existsSync(path.join(ROOT, 'node_modules', 'typescript'))) {
    console.error('bench: installing the project (npm ci) ...');
    sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], ROOT);
  }
  if (!flag('--no-build') && distIsStale()) {
    // measure the current sources
    console.error('bench: building dist/ (tsc -p tsconfig.json) ...');
    sh(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], ROOT, fs.existsSync(path.join(ROOT, 'dist', 'api', 'index.js')));
  }
}

/** dist/ is missing, or some file of src/ is newer than the oldest file of dist/ */
function distIsStale() {
  const times = (dir, ext) => {
    const out = [];
    const walk = (d) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(ext)) out.push(fs.statSync(p).mtimeMs);
      }
    };
    if (fs.existsSync(dir)) walk(dir);
    return out;
  };
  const dist = times(path.join(ROOT, 'dist'), '.js');
  if (!dist.length || !fs.existsSync(path.join(ROOT, 'dist', 'api', 'index.js'))) return true;
  return Math.max(...times(path.join(ROOT, 'src'), '.ts')) > Math.min(...dist);
}

ensureDependencies();

const { SYSTEMS, compileFor, compilers, versions } = require('./lib/systems');
const { generateModule } = require('./lib/genmodule');
const { measureSizes } = require('./lib/sizes');
const { WORKLOADS, figureOf, workerRun, median } = require('./lib/workloads');

// ------------------------------------------------------------------ workloads

const COMPILE = {
  id: 'compile',
  coroutines: QUICK ? 100 : 2000,
  warm: QUICK ? 0 : 2,
  systems: ['coframe', 'native', 'regenerator', 'babel-no-plugin', 'babel-parse-generate', 'tsc', 'swc'],
};
const COMPILE_LABEL = {
  coframe: 'coframe', native: 'coframe --target native', regenerator: 'Babel + regenerator',
  'babel-no-plugin': 'Babel, no plugin', 'babel-parse-generate': 'Babel parser + generator', tsc: 'tsc ES5', swc: 'swc ES5',
};

const selected = (id) => !ONLY || ONLY.includes(id);
const workloads = WORKLOADS.filter((w) => selected(w.id));
const doCompile = !flag('--no-compile') && selected('compile');

// ------------------------------------------------------------------ build

function buildAll() {
  fs.mkdirSync(BUILD, { recursive: true });
  for (const w of workloads) {
    const src = fs.readFileSync(path.join(BENCH, 'workloads', `${w.id}.co.js`), 'utf8');
    w.files = {};
    for (const sys of SYSTEMS) {
      const file = path.join(BUILD, `${w.id}.${sys}.js`);
      fs.writeFileSync(file, compileFor(sys, src, `${w.id}.co.js`));
      w.files[sys] = file;
    }
  }
  if (doCompile) {
    const co = generateModule(COMPILE.coroutines);
    COMPILE.coFile = path.join(BUILD, 'module.co.js');
    COMPILE.nativeFile = path.join(BUILD, 'module.native.js');
    fs.writeFileSync(COMPILE.coFile, co);
    fs.writeFileSync(COMPILE.nativeFile, compilers.native(co, 'module.co.js'));
    COMPILE.lines = co.split('\n').length - 1;
  }
}

// ------------------------------------------------------------------ running

const elapsed = {};
function runProcess(script, spec, nodeFlags, timeoutMs) {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [...nodeFlags, script, JSON.stringify(spec)], {
    cwd: BENCH, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024,
  });
  const key = spec.system ? 'compile' : path.basename(spec.file).split('.')[0];
  elapsed[key] = (elapsed[key] || 0) + (Date.now() - t0) / 1000;
  const line = (r.stdout || '').split('\n').find((l) => l.startsWith('RESULT ') || l.startsWith('ERROR '));
  if (line && line.startsWith('RESULT ')) return { ok: true, data: JSON.parse(line.slice(7)) };
  let error = line ? JSON.parse(line.slice(6)) : (r.error ? String(r.error) : `exit ${r.status} ${r.signal || ''}`);
  if (r.stderr && !line) error += `\n${r.stderr.slice(-2000)}`;
  return { ok: false, error: error.split('\n').slice(0, 6).join('\n') };
}

const sizeOf = (w) => (QUICK ? w.quick : w.size);

function runWorkload(w, sys) {
  const { spec, flags } = workerRun(w, w.files[sys], QUICK);
  const r = runProcess(path.join(BENCH, 'lib', 'worker.js'), spec, flags, QUICK ? 60000 : 300000);
  if (!r.ok) return r;
  const d = r.data;
  if (w.per === 'memory') return { ok: true, value: figureOf(w, d), result: d.result };
  const wall = figureOf(w, d, d.ns);
  const cpuFigure = figureOf(w, d, d.cpuNs);
  return { ok: true, value: CLOCK === 'cpu' ? cpuFigure : wall, wall, cpu: cpuFigure, result: d.result };
}

function runCompile(sys) {
  const spec = {
    system: sys, coFile: COMPILE.coFile, nativeFile: COMPILE.nativeFile,
    outFile: path.join(BUILD, `module.out.${sys}.js`), warm: COMPILE.warm,
  };
  const r = runProcess(path.join(BENCH, 'lib', 'compile-worker.js'), spec, [], QUICK ? 60000 : 600000);
  if (!r.ok) return r;
  const d = r.data;
  d.cold = CLOCK === 'cpu' ? d.coldCpuMs : d.coldMs;
  d.warm = CLOCK === 'cpu' ? d.warmCpuMs : d.warmMs;
  return { ok: true, value: d.cold, data: d, result: d.result };
}

const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);

// cells[id][sys] = { runs: [...], failures: [...] }
const cells = {};
function record(id, sys, run) {
  cells[id] = cells[id] || {};
  const c = (cells[id][sys] = cells[id][sys] || { runs: [], failures: [] });
  if (run.ok) c.runs.push(run);
  else c.failures.push(run.error);
}

// A run whose result differs from native's (same repetition, else any) is a failure.
function checkResults(id, reference, systems) {
  const c = cells[id];
  const refRuns = (c[reference] && c[reference].runs) || [];
  for (const sys of systems) {
    const cell = c[sys];
    if (!cell) continue;
    const kept = [];
    for (const run of cell.runs) {
      const ref = refRuns.find((r) => r.rep === run.rep) || refRuns[0];
      if (!ref) { kept.push(run); continue; }
      const got = JSON.stringify(run.result);
      const want = JSON.stringify(ref.result);
      if (got === want) kept.push(run);
      else cell.failures.push(`wrong result: ${got.slice(0, 80)} (native: ${want.slice(0, 80)})`);
    }
    cell.runs = kept;
  }
}

function main() {
  const load0 = os.loadavg();
  buildAll();
  const sizes = doCompile || selected('sizes') ? measureSizes() : null;
  elapsed.setup = (Date.now() - started) / 1000;
  const total = REPS * (workloads.length * SYSTEMS.length + (doCompile ? COMPILE.systems.length : 0));
  let done = 0;
  for (let rep = 0; rep < REPS; rep++) {
    for (const w of workloads) {
      for (const sys of rotate(SYSTEMS, rep)) {
        const r = runWorkload(w, sys);
        r.rep = rep;
        record(w.id, sys, r);
        done++;
        progress(done, total, `${w.id} ${sys}`, r);
      }
    }
    if (doCompile) {
      for (const sys of rotate(COMPILE.systems, rep)) {
        const r = runCompile(sys);
        r.rep = rep;
        record(COMPILE.id, sys, r);
        done++;
        progress(done, total, `compile ${sys}`, r);
      }
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  for (const w of workloads) checkResults(w.id, 'native', SYSTEMS);
  if (doCompile) checkResults(COMPILE.id, 'native', COMPILE.systems);

  const report = summarize(sizes, load0);
  fs.mkdirSync(RESULTS, { recursive: true });
  const md = renderMarkdown(report);
  // only a full run (all workloads) is the record; quick and partial runs go beside it
  const name = QUICK ? 'quick' : ONLY || flag('--no-compile') ? 'partial' : 'latest';
  fs.writeFileSync(path.join(RESULTS, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, `${name}.md`), md);
  process.stdout.write(md);
  process.stdout.write(`\nwritten: bench/results/${name}.json, bench/results/${name}.md (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  const failed = report.failures.length > 0;
  if (failed) process.exitCode = 1;
}

function progress(done, total, what, r) {
  const v = r.ok ? (r.value >= 100 ? r.value.toFixed(0) : r.value.toPrecision(3)) : 'FAILED';
  const tty = process.stderr.isTTY;
  process.stderr.write(`${tty ? '\r' : ''}[${String(done).padStart(3)}/${total}] ${what.padEnd(36)} ${v.padEnd(10)}${tty ? '' : '\n'}`);
  if (!r.ok) process.stderr.write(`\n  ${r.error.split('\n').join('\n  ')}\n`);
}

// ------------------------------------------------------------------ report

function stats(values) {
  if (!values.length) return null;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

function summarize(sizes, load0) {
  const report = {
    date: new Date().toISOString(),
    command: `node bench/run.js ${argv.join(' ')}`.trim(),
    mode: QUICK ? 'quick' : 'full',
    repetitions: REPS,
    machine: {
      cpu: (os.cpus()[0] || {}).model, cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`,
      loadavgBefore: load0.map((x) => +x.toFixed(2)), loadavgAfter: os.loadavg().map((x) => +x.toFixed(2)),
    },
    versions: versions(),
    git: gitInfo(),
    clock: CLOCK === 'cpu' ? 'CPU time of the benchmark process (user + system, all threads)' : 'wall-clock',
    ratio: 'figure of the system ÷ figure of native, as time (for MB/s: native MB/s ÷ system MB/s) or bytes: < 1 is better than native',
    workloads: [],
    compile: null,
    sizes,
    targets: [],
    failures: [],
    secondsPerWorkload: Object.fromEntries(Object.entries(elapsed).map(([k, v]) => [k, +v.toFixed(1)])),
  };
  for (const w of workloads) {
    const entry = { id: w.id, title: w.title, metric: w.metric, size: sizeOf(w), sizeText: w.n(sizeOf(w)), systems: {} };
    const nat = stats(cells[w.id].native.runs.map((r) => r.value));
    for (const sys of SYSTEMS) {
      const cell = cells[w.id][sys];
      const s = stats(cell.runs.map((r) => r.value));
      const e = { ...s, values: cell.runs.map((r) => r.value) };
      if (w.per !== 'memory') {
        e.wall = stats(cell.runs.map((r) => r.wall));
        e.cpu = stats(cell.runs.map((r) => r.cpu));
      }
      if (cell.failures.length) {
        e.failed = true;
        e.errors = [...new Set(cell.failures)];
        report.failures.push({ workload: w.id, system: sys, errors: e.errors });
      }
      if (s && nat && !e.failed) e.ratio = w.per === 'rate' ? nat.median / s.median : s.median / nat.median;
      entry.systems[sys] = e;
    }
    report.workloads.push(entry);
    if (w.target) {
      const c = entry.systems.coframe;
      report.targets.push({
        target: `${w.title}: ${w.target.text}`, workload: w.id, value: c.ratio, limit: w.target.ratio,
        met: c.ratio != null && c.ratio <= w.target.ratio,
      });
    }
  }
  if (doCompile) {
    const entry = { id: 'compile', lines: COMPILE.lines, coroutines: COMPILE.coroutines, warmCompiles: COMPILE.warm, systems: {} };
    for (const sys of COMPILE.systems) {
      const cell = cells.compile[sys];
      const pick = (k) => stats(cell.runs.map((r) => r.data[k]).filter((x) => x != null));
      const last = cell.runs.length ? cell.runs[cell.runs.length - 1].data : {};
      const e = {
        coldMs: pick('cold'), warmMs: pick('warm'), loadMs: pick('loadMs'),
        wall: { coldMs: pick('coldMs'), warmMs: pick('warmMs') }, cpu: { coldMs: pick('coldCpuMs'), warmMs: pick('warmCpuMs') },
        inputBytes: last.inputBytes, bytes: last.bytes, gzip: last.gzip, inlineBytes: last.inlineBytes, inlineGzip: last.inlineGzip,
      };
      if (e.coldMs) e.linesPerSecond = COMPILE.lines / (e.coldMs.median / 1000);
      if (cell.failures.length) {
        e.failed = true;
        e.errors = [...new Set(cell.failures)];
        report.failures.push({ workload: 'compile', system: sys, errors: e.errors });
      }
      entry.systems[sys] = e;
    }
    report.compile = entry;
    const cf = entry.systems.coframe;
    const med = (sys, k = 'coldMs') => (entry.systems[sys][k] ? entry.systems[sys][k].median : null);
    if (cf.coldMs && !cf.failed) {
      const swc = med('swc');
      const bab = med('regenerator');
      report.targets.push({ target: `compile ${COMPILE.lines} lines: faster than swc (cold)`, value: cf.coldMs.median / swc, limit: 1, met: cf.coldMs.median < swc });
      report.targets.push({ target: `compile ${COMPILE.lines} lines: ≥ 5× faster than Babel + regenerator (cold)`, value: cf.coldMs.median / bab, limit: 0.2, met: cf.coldMs.median * 5 <= bab });
      if (cf.warmMs && med('swc', 'warmMs')) {
        report.targets.push({ target: `compile ${COMPILE.lines} lines: faster than swc (warm)`, value: cf.warmMs.median / med('swc', 'warmMs'), limit: 1, met: cf.warmMs.median < med('swc', 'warmMs') });
      }
      const tsc = entry.systems.tsc;
      report.targets.push({ target: 'compiled output gzip ≤ TypeScript\'s (coframe runtime imported, tsc helpers inlined)', value: cf.gzip / tsc.gzip, limit: 1, met: cf.gzip <= tsc.gzip });
    }
  }
  if (sizes) {
    report.targets.push({ target: 'runtime ≤ 700 B gzip for generators plus tasks (minified)', value: sizes.coframe.genTaskMinGzip / 700, bytes: sizes.coframe.genTaskMinGzip, limit: 1, met: sizes.coframe.genTaskMinGzip <= 700 });
  }
  return report;
}

function gitInfo() {
  const git = (...a) => {
    const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : null;
  };
  const dirty = git('status', '--porcelain', '--', 'src');
  return { commit: git('rev-parse', '--short', 'HEAD'), srcModified: dirty == null ? null : dirty.length > 0 };
}

const SYS_LABEL = { coframe: 'coframe', native: 'native', regenerator: 'Babel + regenerator', tsc: 'tsc ES5', swc: 'swc ES5' };

function fmt(x) {
  if (x == null || !Number.isFinite(x)) return '–';
  if (Number.isInteger(x)) return x.toLocaleString('en-US');
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString('en-US');
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

function renderMarkdown(report) {
  const out = [];
  out.push(`## coframe benchmarks (${report.mode}, median of ${report.repetitions}, ${report.date.slice(0, 10)})`);
  out.push('');
  out.push(`Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memoryGiB} GiB; ${report.versions.node}; load average before/after: ${report.machine.loadavgBefore[0]} / ${report.machine.loadavgAfter[0]}.`);
  if (report.git && report.git.commit) out.push(`coframe at ${report.git.commit}${report.git.srcModified ? ' with uncommitted changes in src/' : ''}.`);
  out.push(`Systems: coframe ${report.versions.coframe}, Babel ${report.versions['@babel/core']} + regenerator ${report.versions['@babel/plugin-transform-regenerator']}, TypeScript ${report.versions.typescript}, @swc/core ${report.versions['@swc/core']}.`);
  out.push(`Command: \`${report.command}\`. Times: ${report.clock}. Ratio: × native (time, or bytes; < 1 is better than native).`);
  out.push('');
  if (report.workloads.length) {
    out.push('### Run time and memory (median, ratio to native)');
    out.push('');
    const rows = report.workloads.map((w) => [
      w.title, w.sizeText, w.metric,
      ...SYSTEMS.map((sys) => {
        const e = w.systems[sys];
        if (e.failed) return '**FAIL**';
        if (e.median == null) return '–';
        return sys === 'native' ? fmt(e.median) : `${fmt(e.median)} (${e.ratio.toFixed(2)}×)`;
      }),
    ]);
    out.push(table(['workload', 'size', 'unit', ...SYSTEMS.map((s) => SYS_LABEL[s])], rows));
    out.push('');
    out.push('Spread (min–max over the repetitions):');
    out.push('');
    out.push(table(['workload', ...SYSTEMS.map((s) => SYS_LABEL[s])], report.workloads.map((w) => [
      w.id, ...SYSTEMS.map((sys) => (w.systems[sys].min == null ? '–' : `${fmt(w.systems[sys].min)}–${fmt(w.systems[sys].max)}`)),
    ])));
    out.push('');
  }
  if (report.compile) {
    const c = report.compile;
    const sysList = COMPILE.systems;
    const swc = c.systems.swc.coldMs && c.systems.swc.coldMs.median;
    out.push(`### Compile: generated module of ${c.lines.toLocaleString('en-US')} lines, ${c.coroutines.toLocaleString('en-US')} coroutines`);
    out.push('');
    const cell = (sys, f) => (c.systems[sys].failed ? '**FAIL**' : f(c.systems[sys]));
    const rows = [
      ['first compile in a fresh process (ms)', ...sysList.map((s) => cell(s, (e) => (e.coldMs ? `${fmt(e.coldMs.median)} (${(e.coldMs.median / swc).toFixed(2)}× swc)` : '–')))],
      ['  min–max', ...sysList.map((s) => cell(s, (e) => (e.coldMs ? `${fmt(e.coldMs.min)}–${fmt(e.coldMs.max)}` : '–')))],
      ...(c.warmCompiles ? [[`best of ${c.warmCompiles} more compiles, same process (ms)`, ...sysList.map((s) => cell(s, (e) => (e.warmMs ? fmt(e.warmMs.median) : '–')))]] : []),
      ['lines/s (first compile)', ...sysList.map((s) => cell(s, (e) => fmt(e.linesPerSecond)))],
      ['loading the compiler (ms)', ...sysList.map((s) => cell(s, (e) => (e.loadMs ? fmt(e.loadMs.median) : '–')))],
      ['output bytes', ...sysList.map((s) => cell(s, (e) => fmt(e.bytes)))],
      ['output gzip -9 bytes', ...sysList.map((s) => cell(s, (e) => fmt(e.gzip)))],
      ['output gzip, runtime inlined', ...sysList.map((s) => cell(s, (e) => fmt(e.inlineGzip != null ? e.inlineGzip : e.gzip)))],
    ];
    out.push(table(['', ...sysList.map((s) => COMPILE_LABEL[s])], rows));
    out.push('');
    out.push(`Input: ${fmt(c.systems.coframe.inputBytes)} bytes of co_ source (coframe) / ${fmt(c.systems.regenerator.inputBytes)} bytes of its native form (the others).`);
    out.push('');
  }
  if (report.sizes) {
    const s = report.sizes;
    out.push('### Runtime / helpers (gzip -9 bytes)');
    out.push('');
    out.push(table(['', ...SYSTEMS.map((x) => SYS_LABEL[x])], [
      ['as shipped / pasted', ...SYSTEMS.map((x) => fmt(s[x].gzip))],
      ['minified (swc), all of it', ...SYSTEMS.map((x) => fmt(s[x].minGzip))],
      ['minified, generators + tasks only', ...SYSTEMS.map((x) => fmt(s[x].genTaskMinGzip))],
    ]));
    out.push('');
  }
  if (report.targets.length) {
    out.push('### Targets (issue 6)');
    out.push('');
    out.push(table(['target', 'measured', 'met?'], report.targets.map((t) => [
      t.target, t.bytes != null ? `${t.bytes} B` : `${t.value.toFixed(2)}×`, t.met ? 'met' : '**missed**',
    ])));
    out.push('');
  }
  if (report.failures.length) {
    out.push('### Failures');
    out.push('');
    for (const f of report.failures) out.push(`- ${f.workload} / ${f.system}: ${f.errors.join('; ').replace(/\n/g, ' ')}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

main();
