'use strict';
// A/B of two builds of the compiler on the compile benchmark's module, in
// fresh interleaved processes: a first compile (cold, as a CLI run pays
// it) and the best of two more (warm), each in CPU time (all threads, as
// the harness counts) and wall time, and the wall time of each pass of the
// first compile.
//   node bench/compile-ab.js OLD_DIST NEW_DIST [--reps N]
// OLD_DIST, NEW_DIST: two builds of dist/ inside this checkout (they load
// its node_modules), e.g. `cp -r dist .old` before a change. Both must
// compile the module to the same bytes: the output is compared.
//
// Why both clocks: a cold compile runs V8's concurrent compiler and garbage
// collector threads on the second core beside the main thread, so its CPU
// time is well above its wall time (swc, one thread, has the two equal).
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const path = require('path');

const { PASSES } = require('./lib/passes');

if (process.argv[2] === '--child') {
  const dist = process.argv[3];
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  // each pass's wall time, through its module's export (the passes call each other through the exports)
  const wall = {};
  let timing = true;
  for (const [name, [file, fn]] of Object.entries(PASSES)) {
    const mod = require(path.join(dist, file));
    const original = mod[fn];
    wall[name] = 0;
    Object.defineProperty(mod, fn, {
      configurable: true, writable: true,
      value(...args) {
        if (!timing) return original.apply(this, args);
        const t0 = performance.now();
        try { return original.apply(this, args); } finally { wall[name] += performance.now() - t0; }
      },
    });
  }
  const { compile } = require(path.join(dist, 'api'));
  const { generateModule } = require('./lib/genmodule');
  const source = generateModule(2000);
  const once = () => {
    const c0 = cpu();
    const t0 = performance.now();
    const r = compile(source, { filename: 'module.co.js', module: 'cjs' });
    if (r.code === null) throw new Error(JSON.stringify(r.diagnostics));
    return { cpu: cpu() - c0, wall: performance.now() - t0, code: r.code };
  };
  const cold = once();
  timing = false;
  const warm = [once(), once()];
  const out = {
    coldCpu: cold.cpu, coldWall: cold.wall,
    warmCpu: Math.min(...warm.map((w) => w.cpu)), warmWall: Math.min(...warm.map((w) => w.wall)),
    passes: wall, hash: crypto.createHash('sha256').update(cold.code).digest('hex'),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} else {
  const args = process.argv.slice(2);
  const at = args.indexOf('--reps');
  const reps = at >= 0 ? Number(args.splice(at, 2)[1]) : 7;
  const dists = args.map((d) => path.resolve(d));
  if (dists.length !== 2) { console.error('usage: node bench/compile-ab.js OLD_DIST NEW_DIST [--reps N]'); process.exit(2); }
  const labels = ['old', 'new'];
  const runs = { old: [], new: [] };
  for (let r = 0; r < reps; r++) {
    // (alternating which goes first)
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const p = spawnSync(process.execPath, [__filename, '--child', dists[i]], { encoding: 'utf8', cwd: __dirname });
      if (p.status !== 0) { console.error(`${labels[i]} failed:\n${p.stderr}`); process.exit(1); }
      runs[labels[i]].push(JSON.parse(p.stdout));
    }
  }
  if (runs.old[0].hash !== runs.new[0].hash) console.log('NOTE: the two builds compile the module to different output');
  const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s[s.length >> 1]; };
  const cell = (label, get) => {
    const xs = runs[label].map(get);
    return `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  };
  console.log(`Node ${process.version}, ${reps} fresh processes each, interleaved; ms, median (min–max)`);
  console.log(`${''.padEnd(18)}${'old'.padEnd(24)}new`);
  const row = (name, get) => console.log(`${name.padEnd(18)}${cell('old', get).padEnd(24)}${cell('new', get)}`);
  row('cold, CPU', (x) => x.coldCpu);
  row('cold, wall', (x) => x.coldWall);
  row('warm, CPU', (x) => x.warmCpu);
  row('warm, wall', (x) => x.warmWall);
  for (const name of Object.keys(PASSES)) row(`  ${name} (wall)`, (x) => x.passes[name]);
}
