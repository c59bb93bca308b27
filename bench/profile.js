#!/usr/bin/env node
'use strict';
// Profile one workload compiled for one system, in a fresh process, the way
// run.js runs it:
//   node bench/profile.js WORKLOAD [SYSTEM=coframe] [--size JSON] [--deopt] [--heap]
// --cpu-prof (default): prints the functions with the most self time.
// --deopt: prints V8's --trace-opt/--trace-deopt lines about the runtime and
//          the workload's functions.
// --heap:  (memory workloads) writes a heap snapshot with the coroutines alive
//          and prints the heap's object counts and sizes by constructor.
// Run `node bench/run.js --quick --only WORKLOAD` first to build bench/.build.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--size'));
const [workload, system = 'coframe'] = positional;
if (!workload) {
  console.error('usage: node bench/profile.js WORKLOAD [SYSTEM] [--size JSON] [--deopt] [--heap]');
  process.exit(2);
}
const file = path.join(__dirname, '.build', `${workload}.${system}.js`);
if (!fs.existsSync(file)) {
  console.error(`no ${file}: run \`node bench/run.js --quick --only ${workload}\` first`);
  process.exit(2);
}
const DEFAULT_SIZES = {
  running_average: 1e7, range: 1e7, tree_walk: { nodes: 65536, walks: 10 }, delegate_chain: { depth: 32, n: 1e6 },
  tokenizer: { bytes: 1e6, passes: 5 }, sequential_await: 1e6, fan_out: 1e5, memory_generator: 1e5, memory_task: 1e5,
};
const size = opt('--size') ? JSON.parse(opt('--size')) : DEFAULT_SIZES[workload];
const memory = workload.startsWith('memory_');
const spec = { file, mode: memory ? 'memory' : 'time', size, warmSize: size, warmups: memory ? 0 : 1 };
const worker = path.join(__dirname, 'lib', 'worker.js');

if (args.includes('--deopt')) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--trace-opt', '--trace-deopt', worker, JSON.stringify(spec)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = r.stdout.split('\n').filter((l) => /deoptimiz|bailout|completed (optimizing|compiling)|marking/.test(l));
  for (const l of lines.slice(0, 200)) console.log(l.length > 240 ? `${l.slice(0, 240)}…` : l);
  console.log(`(${lines.length} lines)`);
  process.exit(0);
}

if (args.includes('--heap')) {
  const snap = path.join(os.tmpdir(), `coframe-${workload}-${system}.heapsnapshot`);
  const code = `
    const v8 = require('v8');
    const mod = require(${JSON.stringify(file)});
    const ctx = mod.prepare(${JSON.stringify(size)});
    mod.run(ctx);
    global.gc();
    v8.writeHeapSnapshot(${JSON.stringify(snap)});
  `;
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', code], { encoding: 'utf8', stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
  summarizeSnapshot(snap, typeof size === 'number' ? size : 1);
  console.log(`snapshot: ${snap}`);
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coframe-prof-'));
const r = spawnSync(process.execPath, ['--expose-gc', '--cpu-prof', '--cpu-prof-dir', dir, worker, JSON.stringify(spec)], { encoding: 'utf8' });
process.stdout.write(r.stdout);
const prof = JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]), 'utf8'));
const self = new Map();
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const dt = prof.timeDeltas;
const counts = new Map();
prof.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
let totalUs = 0;
for (const [id, us] of counts) {
  const n = byId.get(id);
  const f = n.callFrame;
  const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
  const key = `${f.functionName || '(anonymous)'} ${where}`;
  self.set(key, (self.get(key) || 0) + us);
  totalUs += us;
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log(`self time, ${workload} / ${system} (total ${(totalUs / 1000).toFixed(0)} ms):`);
for (const [k, us] of rows) console.log(`${(100 * us / totalUs).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
console.log(`profile: ${path.join(dir, fs.readdirSync(dir)[0])}`);

function summarizeSnapshot(file, n) {
  const snap = JSON.parse(fs.readFileSync(file, 'utf8'));
  const m = snap.snapshot.meta;
  const F = m.node_fields.length;
  const iType = m.node_fields.indexOf('type');
  const iName = m.node_fields.indexOf('name');
  const iSize = m.node_fields.indexOf('self_size');
  const types = m.node_types[0];
  const agg = new Map();
  for (let i = 0; i < snap.nodes.length; i += F) {
    const type = types[snap.nodes[i + iType]];
    const name = type === 'object' || type === 'closure' ? snap.strings[snap.nodes[i + iName]] : `(${type})`;
    const key = `${type === 'closure' ? 'closure ' : ''}${name}`;
    const a = agg.get(key) || { count: 0, bytes: 0 };
    a.count++;
    a.bytes += snap.nodes[i + iSize];
    agg.set(key, a);
  }
  const rows = [...agg].filter(([, a]) => a.count >= n * 0.9).sort((a, b) => b[1].bytes - a[1].bytes);
  console.log(`objects with ≥ ${Math.round(n * 0.9)} instances (${n} coroutines alive):`);
  let sum = 0;
  for (const [k, a] of rows) {
    sum += a.bytes;
    console.log(`${String(a.count).padStart(9)} × ${(a.bytes / a.count).toFixed(1).padStart(6)} B  = ${(a.bytes / n).toFixed(1).padStart(6)} B/coroutine  ${k}`);
  }
  console.log(`total of these: ${(sum / n).toFixed(1)} B per coroutine`);
}
