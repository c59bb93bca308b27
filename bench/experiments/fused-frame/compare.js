'use strict';
// Compares the fused-frame sketch with coframe's compiled output and native,
// interleaved, each run in a fresh process through the harness's worker.
// Needs bench/.build (any `node bench/run.js` run).
const { spawnSync } = require('child_process');
const path = require('path');

const bench = path.resolve(__dirname, '..', '..');
const worker = path.join(bench, 'lib', 'worker.js');
const cases = [
  ['memory_generator', 'memory', 1e6, 1e3],
  ['running_average', 'time', 1e7, 1e5],
];
for (let rep = 0; rep < 3; rep++) {
  for (const [id, mode, size, warmSize] of cases) {
    for (const [label, file] of [
      ['fused sketch', path.join(__dirname, `${id}.js`)],
      ['coframe', path.join(bench, '.build', `${id}.coframe.js`)],
      ['native', path.join(bench, '.build', `${id}.native.js`)],
    ]) {
      const spec = { file, mode, size, warmSize, warmups: mode === 'memory' ? 1 : 2 };
      const r = spawnSync(process.execPath, ['--expose-gc', worker, JSON.stringify(spec)], { encoding: 'utf8' });
      const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
      if (!line) { console.log(id, label, 'failed', r.stdout, r.stderr); continue; }
      const d = JSON.parse(line.slice(7));
      const fig = mode === 'memory' ? `${(d.bytes / d.units).toFixed(1)} B/generator` : `${(d.cpuNs / d.units).toFixed(1)} ns/resume (CPU)`;
      console.log(`${id.padEnd(18)} ${label.padEnd(13)} ${fig.padEnd(26)} result ${JSON.stringify(d.result)}`);
    }
  }
}
