'use strict';
// A/B of two runtimes on the compiled workloads, in fresh interleaved
// processes (bench/lib/worker.js, as the harness runs them), with native's
// figure in each repetition for scale.
//   node bench/ab.js OLD_DIST NEW_DIST [--only w1,w2] [--reps N] [--node BIN]
// OLD_DIST, NEW_DIST: two builds of dist/ (e.g. `git worktree add` + `tsc`,
// or `cp -r dist /tmp/old` before a change). The workloads are the ones in
// bench/.build, made by any run of bench/run.js; their compiled code is the
// same for both, only the runtime they load differs. --node runs the
// workers under another Node binary (test/engines has 22, 24 and 26).
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : def; };
const only = opt('--only', 'running_average,range,tokenizer,sequential_await,fan_out,memory_generator,memory_task').split(',');
const reps = Number(opt('--reps', '5'));
const node = opt('--node', process.execPath);
const [oldDist, newDist] = args.map((d) => path.resolve(d));
if (!oldDist || !newDist) { console.error('usage: node bench/ab.js OLD_DIST NEW_DIST [--only w1,w2] [--reps N] [--node BIN]'); process.exit(2); }

const { WORKLOADS, figureOf, workerRun, median } = require('./lib/workloads');
const byId = new Map(WORKLOADS.map((w) => [w.id, w]));
for (const w of only) if (!byId.has(w)) { console.error(`unknown workload ${w}`); process.exit(2); }

const BUILD = path.join(__dirname, '.build');
const RUNTIME = path.join(__dirname, '..', 'dist', 'runtime', 'index.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coframe-ab-'));
const files = {};
for (const w of only) {
  const compiled = fs.readFileSync(path.join(BUILD, `${w}.coframe.js`), 'utf8');
  if (!compiled.includes(JSON.stringify(RUNTIME))) throw new Error(`${w}: bench/.build/${w}.coframe.js does not load ${RUNTIME}`);
  files[w] = {};
  for (const [label, dist] of [['old', oldDist], ['new', newDist]]) {
    files[w][label] = path.join(tmp, `${w}.${label}.js`);
    fs.writeFileSync(files[w][label], compiled.split(JSON.stringify(RUNTIME)).join(JSON.stringify(path.join(dist, 'runtime', 'index.js'))));
  }
  files[w].native = path.join(BUILD, `${w}.native.js`);
}
const results = {};
// the harness's full-run sizes, warm-ups and flags; CPU time
for (let r = 0; r < reps; r++) {
  for (const id of only) {
    const w = byId.get(id);
    for (const label of ['old', 'new', 'native']) {
      const { spec, flags } = workerRun(w, files[id][label]);
      const p = spawnSync(node, [...flags, path.join(__dirname, 'lib', 'worker.js'), JSON.stringify(spec)], { encoding: 'utf8', cwd: __dirname });
      const line = (p.stdout || '').split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) { console.error(`${id} ${label} failed:\n${(p.stdout || '').slice(-500)}${(p.stderr || '').slice(-1000)}`); process.exit(1); }
      const d = JSON.parse(line.slice(7));
      (results[`${id} ${label}`] = results[`${id} ${label}`] || []).push(figureOf(w, d, d.cpuNs));
    }
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`Node ${version}, ${reps} repetitions, CPU medians (all values in brackets)`);
for (const w of only) {
  const m = (label) => median(results[`${w} ${label}`]);
  const all = (label) => results[`${w} ${label}`].map((x) => x.toFixed(1)).join(' ');
  console.log(`${w} (${byId.get(w).metric}): old ${m('old').toFixed(1)} [${all('old')}]  new ${m('new').toFixed(1)} [${all('new')}]  native ${m('native').toFixed(1)} [${all('native')}]`);
}
