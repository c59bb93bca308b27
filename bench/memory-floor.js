'use strict';
// Floors under issue 6's two memory targets: what a design must keep per
// coroutine before its own fields, measured on this engine (exact, like the
// memory workloads: heap delta after full GCs, 10^6 of each alive).
//   node bench/memory-floor.js
//
// - pending task: a promise with its resolving functions (what a task made
//   by JS code keeps to settle its promise later) and one `then` on a pending
//   promise (the reaction and its derived promise: what awaiting through
//   `then` keeps). No frame, no closures of its own, shared handlers.
// - suspended generator in two objects: a frame with the state and the two
//   live slots, and an object holding the frame and the resume function in
//   two private fields. No flags, no delegate fields.
// docs/BENCHMARKS.md ("Memory") compares them with the targets.
const { spawnSync } = require('child_process');

const N = 1e6;

function measure(what) {
  // (one array per kept value, allocated before the baseline: only the values are counted)
  const keep = Array.from({ length: what === 'task' ? 4 : 1 }, () => Array.from({ length: N }, () => null));
  const pending = new Promise(() => {});
  const ok = () => {};
  const fail = () => {};
  const body = () => {};
  class TwoFields { #f; #b; constructor(f, b) { this.#f = f; this.#b = b; } }
  global.gc();
  const h0 = process.memoryUsage().heapUsed;
  for (let i = 0; i < N; i++) {
    if (what === 'task') {
      let resolve;
      let reject;
      keep[0][i] = new Promise((a, b) => { resolve = a; reject = b; });
      keep[1][i] = resolve;
      keep[2][i] = reject;
      keep[3][i] = pending.then(ok, fail);
    } else {
      keep[0][i] = new TwoFields({ $s: 1, a: i, b: undefined }, body);
    }
  }
  global.gc();
  const h1 = process.memoryUsage().heapUsed;
  // (`kept` reads `keep` after the second measurement, so nothing kept is collected before it)
  return { bytes: (h1 - h0) / N, kept: keep.length };
}

if (process.argv[2] === '--child') {
  process.stdout.write(`${JSON.stringify(measure(process.argv[3]))}\n`);
} else {
  const run = (what) => {
    const out = spawnSync(process.execPath, ['--expose-gc', __filename, '--child', what], { encoding: 'utf8' });
    if (out.status !== 0) { process.stderr.write(out.stderr); process.exit(1); }
    return JSON.parse(out.stdout).bytes.toFixed(0);
  };
  console.log(`Node ${process.version}, bytes per coroutine, 10^6 alive:`);
  console.log(`  pending task, least a then-based task keeps (promise, its resolving functions, one then): ${run('task')} B`);
  console.log(`  suspended generator, least two objects keep (frame { $s, 2 slots }, { #frame, #resume }): ${run('generator')} B`);
}
