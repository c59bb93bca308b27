'use strict';
// The floor under coframe's compile of the benchmark module, on the parser
// and printer it uses (the root's @babel/parser and @babel/generator):
// parse the module, and print an AST the size of coframe's output.
//   node bench/floor.js [processes]
// Needs bench/.build/module.native.js and module.out.coframe.js, which any run
// of `node bench/run.js` with the compile benchmark writes. Each process
// times, in CPU, a first parse of the input (cold, as in a compile), then
// parses coframe's output untimed and times a first generate of it.
const { spawnSync } = require('child_process');
const path = require('path');

const BUILD = path.join(__dirname, '.build');
if (process.argv[2] === '--child') {
  const fs = require('fs');
  const parser = require('@babel/parser');
  const generate = require('@babel/generator').default;
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  // (the native form: the same program with native keywords, which Babel's
  // parser reads without coframe's scanner; 2% more bytes than the co_ form)
  const input = fs.readFileSync(path.join(BUILD, 'module.native.js'), 'utf8');
  const output = fs.readFileSync(path.join(BUILD, 'module.out.coframe.js'), 'utf8');
  let c0 = cpu();
  parser.parse(input, { sourceType: 'script' });
  const parse = cpu() - c0;
  const ast = parser.parse(output, { sourceType: 'script' });
  c0 = cpu();
  const code = generate(ast, { retainFunctionParens: true, comments: true }).code;
  const print = cpu() - c0;
  console.log(JSON.stringify({ parse, print, bytes: code.length }));
} else {
  const n = Number(process.argv[2] || 5);
  const runs = [];
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, [__filename, '--child'], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
    if (r.status !== 0) { process.stderr.write(r.stderr); process.exit(1); }
    runs.push(JSON.parse(r.stdout));
  }
  const { median } = require('./lib/workloads');
  const row = (k) => `${median(runs.map((r) => r[k])).toFixed(0)} ms (${Math.min(...runs.map((r) => r[k])).toFixed(0)}–${Math.max(...runs.map((r) => r[k])).toFixed(0)})`;
  console.log(`input parse, first:        ${row('parse')}`);
  console.log(`output print, first:       ${row('print')}  (${runs[0].bytes} bytes)`);
  console.log(`floor (sum, median of ${n}): ${median(runs.map((r) => r.parse + r.print)).toFixed(0)} ms CPU`);
}
