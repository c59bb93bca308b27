// Shared helpers for the fixture tests: compile a program with both targets,
// run each in its own Node process, and compare what they print.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { compile } = require('../../dist/api');

const ROOT = path.join(__dirname, '..', '..');
const RUNTIME = path.join(ROOT, 'dist', 'runtime', 'index.js');
const PRELOAD = path.join(__dirname, 'preload.js');

function listFiles(dir, suffix = '.co.js') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p, suffix));
    else if (entry.name.endsWith(suffix)) out.push(p);
  }
  return out;
}

let tmpRoot = null;
function tmpDir() {
  if (!tmpRoot) tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'coframe-test-'));
  return tmpRoot;
}

/** Compile `file` for `target` into a temp file; returns its path (throws with diagnostics on error). */
function compileTo(file, target, options = {}) {
  const source = fs.readFileSync(file, 'utf8');
  const result = compile(source, { filename: file, target, runtimeSpecifier: RUNTIME, ...options });
  if (result.code === null) {
    const d = result.diagnostics[0];
    throw new Error(`${d.filename}:${d.line}:${d.column}: ${d.code} ${d.message}`);
  }
  const isModule = /^\s*(import|export)\b/m.test(result.code) && !/require\(/.test(result.code.split('\n')[0]);
  const rel = path.relative(ROOT, file).replace(/[\\/]/g, '__');
  const out = path.join(tmpDir(), `${rel}.${target}.${isModule ? 'mjs' : 'cjs'}`);
  fs.writeFileSync(out, result.code);
  return out;
}

/** Run a compiled program; resolves to { out, code } where out is stdout (+ a timeout note). */
function runNode(file, { timeout = 10000 } = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', PRELOAD, file], { timeout, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      let out = stdout;
      if (err && err.killed) out += `\n[timed out after ${timeout} ms]`;
      else if (err && !/^(Uncaught|Unhandled rejection) /m.test(stdout)) out += `\n[exit ${err.code}] ${stderr.split('\n').slice(0, 3).join('\n')}`;
      resolve({ out, code: err ? err.code : 0 });
    });
  });
}

/** Run `jobs` (functions returning promises) with at most `n` in flight. */
async function pool(jobs, n = 4) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, worker));
  return results;
}

/** Compile with both targets, run both; { native, machine } outputs. */
async function differential(file) {
  const nativeFile = compileTo(file, 'native');
  let machineFile;
  try {
    machineFile = compileTo(file, 'state-machine');
  } catch (e) {
    return { native: (await runNode(nativeFile)).out, machine: `[compile error] ${e.message}` };
  }
  const [n, m] = await Promise.all([runNode(nativeFile), runNode(machineFile)]);
  return { native: n.out, machine: m.out };
}

module.exports = { ROOT, RUNTIME, listFiles, compileTo, runNode, pool, differential };
