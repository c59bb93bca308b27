// Shared helpers for the tests: compile a program with both targets, run each
// in its own Node process, compare what they print, and drive the CLI.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { compile } = require('../../dist/api');

const ROOT = path.join(__dirname, '..', '..');
const RUNTIME = path.join(ROOT, 'dist', 'runtime', 'index.js');
const PRELOAD = path.join(__dirname, 'preload.js');
const CLI = path.join(ROOT, 'bin', 'coframe.js');

function listFiles(dir, suffix = '.co.js') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p, suffix));
    else if (entry.name.endsWith(suffix)) out.push(p);
  }
  return out;
}

/**
 * A negative fixture's expected diagnostic, from its first line
 * (`// error: CODE at LINE:COL`, fixtures/errors/README.md), or null.
 */
function errorHeader(source) {
  const m = /^\/\/ error: (CF\d{4}) at (\d+):(\d+)\s*$/.exec(source.split(/\r?\n/, 1)[0]);
  return m ? { code: m[1], line: Number(m[2]), column: Number(m[3]) } : null;
}

let tmpRoot = null;
/** One temp folder per test file (jest gives each test file its own module registry). */
function tmpDir() {
  if (!tmpRoot) tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'coframe-test-'));
  return tmpRoot;
}

/** A fresh, empty temp folder (inside this test file's temp root). */
function freshDir(prefix = 'd') {
  return fs.mkdtempSync(path.join(tmpDir(), `${prefix}-`));
}

/** Remove everything tmpDir()/freshDir() created; call from afterAll. */
function cleanup() {
  if (tmpRoot) {
    fs.rmSync(tmpRoot, { recursive: true, force: true });
    tmpRoot = null;
  }
}

let counter = 0;
/**
 * Compile `source` for `target` and write it to a temp file; returns its path.
 * `name` only makes the temp file recognisable. Throws with the first
 * diagnostic on a compile error.
 */
function compileSource(source, name, target, options = {}) {
  const filename = options.filename || name;
  const result = compile(source, { filename, target, runtimeSpecifier: RUNTIME, ...options });
  if (result.code === null) {
    const d = result.diagnostics[0];
    const err = new Error(`${d.filename}:${d.line}:${d.column}: ${d.code} ${d.message}`);
    err.diagnostics = result.diagnostics;
    throw err;
  }
  const isModule = /^\s*(import|export)\b/m.test(result.code) && !/require\(/.test(result.code.split('\n')[0]);
  const base = String(name).replace(/[\\/:]/g, '__');
  const out = path.join(tmpDir(), `${base}.${counter++}.${target}.${isModule ? 'mjs' : 'cjs'}`);
  fs.writeFileSync(out, result.code);
  return out;
}

/** Compile `file` for `target` into a temp file; returns its path (throws with diagnostics on error). */
function compileTo(file, target, options = {}) {
  const source = fs.readFileSync(file, 'utf8');
  return compileSource(source, path.relative(ROOT, file), target, { filename: file, ...options });
}

/**
 * The environment for programs the tests start: plain text output whatever
 * terminal runs Jest. (Jest's workers get FORCE_COLOR=1 when Jest's own output
 * can be coloured, and Node >= 20 then colours console.log even into a pipe,
 * which would put escape codes into every compared line.)
 */
function plainEnv(env = process.env) {
  const e = { ...env };
  delete e.FORCE_COLOR;
  return e;
}

/**
 * Run a compiled program (with the preload that prints uncaught errors
 * uniformly); resolves to { out, code, stdout, stderr } where out is stdout
 * plus a note on timeout or an unexpected non-zero exit.
 */
function runNode(file, { timeout = 10000, args = [], nodeArgs = [], cwd, env } = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', PRELOAD, ...nodeArgs, file, ...args],
      { timeout, maxBuffer: 16 * 1024 * 1024, cwd, env: plainEnv(env) }, (err, stdout, stderr) => {
        let out = stdout;
        if (err && err.killed) out += `\n[timed out after ${timeout} ms]`;
        else if (err && !/^(Uncaught|Unhandled rejection) /m.test(stdout)) out += `\n[exit ${err.code}] ${stderr.split('\n').slice(0, 3).join('\n')}`;
        resolve({ out, code: err ? (err.killed ? 'timeout' : err.code) : 0, stdout, stderr });
      });
  });
}

/** Run any command; resolves to { status, stdout, stderr } (never rejects). */
function runCommand(cmd, args, { timeout = 60000, cwd, env } = {}) {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout, maxBuffer: 64 * 1024 * 1024, cwd, env: plainEnv(env) }, (err, stdout, stderr) => {
      let status = 0;
      if (err) status = err.killed ? 'timeout' : (typeof err.code === 'number' ? err.code : err.code || 1);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Run the `coframe` CLI (bin/coframe.js) in a child process. */
function runCli(args, options = {}) {
  return runCommand(process.execPath, [CLI, ...args], options);
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

/** Compile with both targets, run both; { native, machine } outputs (and exit codes). */
async function differential(file) {
  const nativeFile = compileTo(file, 'native');
  let machineFile;
  try {
    machineFile = compileTo(file, 'state-machine');
  } catch (e) {
    const n = await runNode(nativeFile);
    return { native: n.out, machine: `[compile error] ${e.message}`, nativeCode: n.code, machineCode: null };
  }
  const [n, m] = await Promise.all([runNode(nativeFile), runNode(machineFile)]);
  return { native: n.out, machine: m.out, nativeCode: n.code, machineCode: m.code };
}

/**
 * The lines a program promises to print: the `// ` comment lines after a
 * `// Prints:` line, up to the first line that is not a `//` comment.
 * Returns null when there is no `// Prints:` line.
 */
function expectedPrints(source) {
  const lines = source.split(/\r?\n/);
  const at = lines.findIndex((l) => /^\/\/\s*Prints:\s*$/.test(l));
  if (at < 0) return null;
  const out = [];
  for (let i = at + 1; i < lines.length && /^\/\//.test(lines[i]); i++) {
    out.push(lines[i].replace(/^\/\/ ?/, ''));
  }
  return out;
}

/** stdout split into lines, without the final empty line. */
function linesOf(stdout) {
  const lines = stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A folder in which `require('coframe/runtime')` / `import 'coframe/runtime'`
 * resolve to this checkout (node_modules/coframe is a symlink to ROOT).
 */
function projectDir(prefix = 'proj') {
  const dir = freshDir(prefix);
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'coframe'), 'dir');
  return dir;
}

module.exports = {
  ROOT, RUNTIME, PRELOAD, CLI,
  listFiles, errorHeader, tmpDir, freshDir, cleanup,
  compileSource, compileTo, runNode, runCommand, runCli, pool, differential, plainEnv,
  expectedPrints, linesOf, projectDir,
};
