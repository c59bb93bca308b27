'use strict';
// What a compile of the compile benchmark's module allocates, per pass: the
// sampling heap profiler with the objects the collector has already freed
// counted too (what the scavenger has to deal with), on the second compile
// in one process (the first one warms up).
//   node bench/compile-alloc.js [DIST] [--top N]
// DIST: a build of dist/ inside this checkout (default: dist). Sampled every
// 4 KB, so a figure moves by a few percent from run to run.
const inspector = require('inspector');
const path = require('path');

const args = process.argv.slice(2);
const at = args.indexOf('--top');
const top = at >= 0 ? Number(args.splice(at, 2)[1]) : 15;
const dist = path.resolve(args[0] || path.join(__dirname, '..', 'dist'));
// the function that starts each pass (the innermost one on a sample's stack names its pass)
const PASS_FUNCTIONS = Object.values(require('./lib/passes').PASSES).map(([, fn]) => fn);

const session = new inspector.Session();
session.connect();
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));

async function main() {
  const { compile } = require(path.join(dist, 'api'));
  const source = require('./lib/genmodule').generateModule(2000);
  const once = () => {
    const r = compile(source, { filename: 'module.co.js', module: 'cjs' });
    if (r.code === null) throw new Error(JSON.stringify(r.diagnostics));
  };
  once();
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  once();
  const { profile } = await post('HeapProfiler.stopSampling');
  const byPass = new Map();
  const byFunction = new Map();
  let total = 0;
  // (a builtin, such as an iterator's next or a Map constructor, is shown with the JS function that called it)
  const walk = (node, pass, caller) => {
    const frame = node.callFrame;
    if (PASS_FUNCTIONS.includes(frame.functionName)) pass = frame.functionName;
    const builtin = frame.url === '';
    const here = builtin ? caller : `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*node_modules\//, '').replace(/.*\/dist[^/]*\//, '')}:${frame.lineNumber + 1}`;
    const where = builtin ? `${frame.functionName || '(builtin)'} <- ${caller}` : here;
    byPass.set(pass, (byPass.get(pass) || 0) + node.selfSize);
    byFunction.set(where, (byFunction.get(where) || 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child, pass, here);
  };
  walk(profile.head, '(other)', '(root)');
  const mb = (b) => (b / 1e6).toFixed(1).padStart(7);
  console.log(`Node ${process.version}, ${path.relative(process.cwd(), dist) || '.'}: ${mb(total).trim()} MB allocated by a warm compile of the module`);
  console.log('by pass (MB):');
  for (const [name, bytes] of [...byPass].sort((a, b) => b[1] - a[1])) console.log(`${mb(bytes)}  ${name}`);
  console.log(`top ${top} functions by bytes allocated (MB):`);
  for (const [name, bytes] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${mb(bytes)}  ${name}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
