'use strict';
// The compile benchmark for one system, in a fresh Node process:
//   node compile-worker.js JSON
// JSON: { system, coFile, nativeFile, outFile, warm }
// Times loading the compiler, its first compile of the module (cold: what a
// CLI run pays) and the best of `warm` further compiles (JIT warm), in
// wall-clock and in CPU time of the process (user + system), then runs
// the output's run() for the result check. Prints `RESULT <json>`.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { compilers, INPUT, load } = require('./systems');

const spec = JSON.parse(process.argv[2]);
const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const gzip = (s) => zlib.gzipSync(s, { level: 9 }).length;

async function main() {
  const { system } = spec;
  const input = fs.readFileSync(INPUT[system] === 'co' ? spec.coFile : spec.nativeFile, 'utf8');
  const filename = path.basename(INPUT[system] === 'co' ? spec.coFile : spec.nativeFile);
  const compile = compilers[system];

  let t0 = now();
  if (system === 'coframe' || system === 'native') load.coframe();
  else if (system === 'tsc') load.ts();
  else if (system === 'swc') load.swc();
  else if (system === 'babel-parse-generate') load.babelParts();
  else { load.babel(); if (system === 'regenerator') load.regenerator(); }
  const loadMs = ms(t0, now());

  let c0 = cpu();
  t0 = now();
  const code = compile(input, filename);
  const coldMs = ms(t0, now());
  const coldCpuMs = cpu() - c0;
  let warmMs = Infinity;
  let warmCpuMs = Infinity;
  for (let i = 0; i < spec.warm; i++) {
    c0 = cpu();
    t0 = now();
    compile(input, filename);
    warmMs = Math.min(warmMs, ms(t0, now()));
    warmCpuMs = Math.min(warmCpuMs, cpu() - c0);
  }

  fs.writeFileSync(spec.outFile, code);
  const out = {
    loadMs, coldMs, coldCpuMs, warmMs: spec.warm > 0 ? warmMs : null, warmCpuMs: spec.warm > 0 ? warmCpuMs : null,
    inputBytes: Buffer.byteLength(input), bytes: Buffer.byteLength(code), gzip: gzip(code),
  };
  if (system === 'coframe') {
    // the self-contained form: the runtime pasted in, as the others paste their helpers
    const inline = compile(input, filename, { runtime: 'inline' });
    out.inlineBytes = Buffer.byteLength(inline);
    out.inlineGzip = gzip(inline);
  }
  const mod = require(spec.outFile);
  out.result = await mod.run();
  return out;
}

main().then(
  (out) => { process.stdout.write(`RESULT ${JSON.stringify(out)}\n`); },
  (err) => { process.stdout.write(`ERROR ${JSON.stringify(String(err && err.stack || err))}\n`); process.exitCode = 1; },
);
