#!/usr/bin/env node
'use strict';
// npm run test:engines — the whole test suite again, under each other Node
// version of test/engines/package.json (Node 22, 24 and 26: the release
// lines after the machines' Node 20 that are supported today).
//
// Why: the native form is the oracle, and the native form's behaviour moves
// with V8. Node 24's V8 follows an ECMAScript 2025 change to async-from-sync
// iterators that Node 20's does not, and the runtime has to follow whichever
// engine it runs on (fromSync in src/runtime/index.ts); only a run on that
// engine can show that it does. Babel 8 also asks for Node 22.18 or later.
//
// Installs the binaries on first use (`npm ci` here: the npm registry), then
// runs jest from the root under each, with that Node first on PATH. Exits
// non-zero if an engine is missing or any suite fails.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const HERE = __dirname;
const ROOT = path.resolve(HERE, '..', '..');
const ENGINES = Object.keys(require('./package.json').optionalDependencies);
const binary = (name) => path.join(HERE, 'node_modules', name, 'bin', 'node');

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status;
}

if (!ENGINES.every((e) => fs.existsSync(binary(e)))) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (run(npm, ['ci', '--no-audit', '--no-fund'], { cwd: HERE }) !== 0) process.exit(1);
}
const missing = ENGINES.filter((e) => !fs.existsSync(binary(e)));
if (missing.length) {
  console.error(`test:engines: no ${missing.join(', ')} binary for ${process.platform}-${process.arch} (the packages are Linux x64 only)`);
  process.exit(1);
}

// the suites run the compiled compiler: build it once, with this Node
if (run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ROOT]) !== 0) process.exit(1);

const results = [];
for (const e of ENGINES) {
  const bin = binary(e);
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n=== ${e}: Node ${version} ===\n`);
  const env = { ...process.env, PATH: `${path.dirname(bin)}${path.delimiter}${process.env.PATH}` };
  const status = run(bin, [path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)], { cwd: ROOT, env });
  results.push({ e, version, status });
}
console.log('');
for (const r of results) console.log(`test:engines: Node ${r.version}: ${r.status === 0 ? 'passed' : 'FAILED'}`);
process.exit(results.every((r) => r.status === 0) ? 0 : 1);
