'use strict';
// One measurement in a fresh Node process:
//   node [--expose-gc] worker.js JSON
// JSON: { file, mode: 'time'|'memory', size, warmSize, warmups }
// Prints one line `RESULT <json>` with { result, units, ns, cpuNs } (time:
// wall-clock ns, and CPU ns of the process: user + system, all threads) or
// { result, units, bytes } (memory).
const v8 = require('v8');

const spec = JSON.parse(process.argv[2]);
const gc = typeof global.gc === 'function' ? () => { global.gc(); global.gc(); } : () => {};
const now = () => process.hrtime.bigint();
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) * 1000; };
const isThenable = (x) => x !== null && typeof x === 'object' && typeof x.then === 'function';

async function timeOnce(mod, size) {
  const ctx = mod.prepare(size);
  gc();
  const c0 = cpu();
  const t0 = now();
  let r = mod.run(ctx);
  if (isThenable(r)) r = await r;
  const t1 = now();
  const c1 = cpu();
  return { result: r.result, units: r.units, ns: Number(t1 - t0), cpuNs: c1 - c0 };
}

async function main() {
  const mod = require(spec.file);
  if (spec.mode === 'time') {
    for (let i = 0; i < spec.warmups; i++) await timeOnce(mod, spec.warmSize);
    return timeOnce(mod, spec.size);
  }
  // memory: heap delta over n live coroutines, after full GCs
  if (spec.warmups > 0) {
    const w = mod.prepare(spec.warmSize);
    mod.run(w);
    await mod.finish(w);
  }
  const ctx = mod.prepare(spec.size);
  gc();
  const h0 = v8.getHeapStatistics().used_heap_size;
  const r = mod.run(ctx);
  gc();
  const h1 = v8.getHeapStatistics().used_heap_size;
  let result = mod.finish(ctx);
  if (isThenable(result)) result = await result;
  return { result, units: r.units, bytes: h1 - h0 };
}

main().then(
  (out) => { process.stdout.write(`RESULT ${JSON.stringify(out)}\n`); },
  (err) => { process.stdout.write(`ERROR ${JSON.stringify(String(err && err.stack || err))}\n`); process.exitCode = 1; },
);
