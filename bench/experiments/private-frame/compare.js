'use strict';
// The private-frame sketch against coframe's compiled output and native,
// each run in a fresh process through the harness's worker, interleaved.
//   node bench/experiments/private-frame/compare.js [REPS]
// Needs bench/.build (any `node bench/run.js` run) for the memory workload.
const { spawnSync } = require('child_process');
const path = require('path');
require('./make.js');

const bench = path.resolve(__dirname, '..', '..');
const build = path.join(bench, '.build');
const worker = path.join(bench, 'lib', 'worker.js');
const reps = Number(process.argv[2] || 5);
const cases = [
  ['memory (8 locals, 2 live)', 'memory', 1e6, 1e3, {
    sketch: path.join(build, 'private-frame', 'memory.sketch.js'),
    'module-class': path.join(build, 'private-frame', 'memory.module-class.js'),
    accessor: path.join(build, 'private-frame', 'memory.accessor.js'),
    coframe: path.join(build, 'memory_generator.coframe.js'),
    native: path.join(build, 'memory_generator.native.js'),
  }],
];
for (const k of [1, 8]) {
  cases.push([`running average, ${k} coroutine${k > 1 ? 's' : ''}`, 'time', 1e7, 1e5, {
    sketch: path.join(build, 'private-frame', `avg${k}.sketch.js`),
    'own-next': path.join(build, 'private-frame', `avg${k}.own-next.js`),
    'module-class': path.join(build, 'private-frame', `avg${k}.module-class.js`),
    accessor: path.join(build, 'private-frame', `avg${k}.accessor.js`),
    coframe: path.join(build, 'private-frame', `avg${k}.coframe.js`),
    native: path.join(build, 'private-frame', `avg${k}.native.js`),
  }]);
}
cases.push(['running average, 8, slot counts 2–9', 'time', 1e7, 1e5, {
  accessor: path.join(build, 'private-frame', 'mixed.accessor.js'),
  'per-count': path.join(build, 'private-frame', 'mixed.per-count.js'),
  coframe: path.join(build, 'private-frame', 'mixed.coframe.js'),
  native: path.join(build, 'private-frame', 'mixed.native.js'),
}]);
cases.push(['8 tasks, slot counts 1–8', 'time', 1e6, 1e4, {
  coframe: path.join(build, 'private-frame', 'tasks.coframe.js'),
  native: path.join(build, 'private-frame', 'tasks.native.js'),
}, 'ns/await (CPU)']);
if (process.argv[3]) cases.splice(0, cases.length, ...cases.filter(([id]) => id.includes(process.argv[3])));
const figures = {};
for (let rep = 0; rep < reps; rep++) {
  for (const [id, mode, size, warmSize, files] of cases) {
    const order = Object.keys(files);
    for (let j = 0; j < order.length; j++) {
      const label = order[(j + rep) % order.length];
      const spec = { file: files[label], mode, size, warmSize, warmups: mode === 'memory' ? 1 : 2 };
      const r = spawnSync(process.execPath, ['--expose-gc', worker, JSON.stringify(spec)], { encoding: 'utf8' });
      const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) { console.log(id, label, 'failed', r.stdout, r.stderr); continue; }
      const d = JSON.parse(line.slice(7));
      const fig = mode === 'memory' ? d.bytes / d.units : d.cpuNs / d.units;
      ((figures[id] = figures[id] || {})[label] = figures[id][label] || []).push({ fig, result: JSON.stringify(d.result) });
    }
  }
}
const { median } = require('../../lib/workloads');
// (a case's sixth element, if any, is its unit)
for (const [id, mode, , , , unitOf] of cases) {
  const unit = unitOf || (mode === 'memory' ? 'B/generator' : 'ns/resume (CPU)');
  const nat = median(figures[id].native.map((x) => x.fig));
  for (const [label, xs] of Object.entries(figures[id])) {
    const m = median(xs.map((x) => x.fig));
    const results = new Set(xs.map((x) => x.result).concat(figures[id].native.map((x) => x.result)));
    console.log(`${id.padEnd(30)} ${label.padEnd(12)} ${m.toFixed(1).padStart(7)} ${unit}  ${(m / nat).toFixed(2)}× native  min–max ${Math.min(...xs.map((x) => x.fig)).toFixed(1)}–${Math.max(...xs.map((x) => x.fig)).toFixed(1)}${results.size > 1 ? '  RESULTS DIFFER' : ''}`);
  }
}
