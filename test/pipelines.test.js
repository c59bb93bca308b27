// Real build pipelines with the Babel plugin, each driven as its user would
// run it, with nothing installed beyond the repository's own lockfile:
//   - fixtures/babel-jest-project: a project whose Jest tests are written in
//     co_ syntax (JS and TS) and run through babel-jest;
//   - fixtures/rollup-app, fixtures/vite-app, fixtures/webpack-app: an app
//     using co_ syntax built with Rollup (@rollup/plugin-babel), Vite (the same
//     plugin, minified library build) and webpack (babel-loader,
//     production mode: terser-minified, runtime bundled); each bundle runs and
//     prints what the same app's modules compiled with --target native print.
// Each fixture gets node_modules/coframe -> this checkout, as an install would.
'use strict';
const fs = require('fs');
const path = require('path');
const { compile } = require('../dist/api');
const { ROOT, freshDir, cleanup, runCommand, runNode } = require('./support/fixtures');

afterAll(cleanup);

const JEST_PROJECT = path.join(ROOT, 'fixtures', 'babel-jest-project');
const ROLLUP_APP = path.join(ROOT, 'fixtures', 'rollup-app');
const VITE_APP = path.join(ROOT, 'fixtures', 'vite-app');
const WEBPACK_APP = path.join(ROOT, 'fixtures', 'webpack-app');

/** node_modules/coframe inside a fixture, pointing at this checkout (what `npm install coframe` gives). */
function linkCoframe(dir) {
  const link = path.join(dir, 'node_modules', 'coframe');
  fs.mkdirSync(path.dirname(link), { recursive: true });
  try {
    if (fs.realpathSync(link) === fs.realpathSync(ROOT)) return;
    fs.rmSync(link, { recursive: true, force: true });
  } catch { /* not there yet */ }
  try {
    fs.symlinkSync(path.relative(path.dirname(link), ROOT), link, 'dir');
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
  }
}

test('babel-jest: a project whose own tests are written in co_ syntax passes', async () => {
  linkCoframe(JEST_PROJECT);
  const report = path.join(freshDir('jest'), 'report.json');
  const env = { ...process.env };
  delete env.JEST_WORKER_ID;
  const r = await runCommand(process.execPath, [
    path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--config', path.join(JEST_PROJECT, 'jest.config.js'),
    '--rootDir', JEST_PROJECT,
    // babel-jest's cache key does not cover the plugin's own code: never reuse a stale transform
    '--no-cache', '--ci', '--runInBand',
    '--json', '--outputFile', report,
  ], { cwd: JEST_PROJECT, env, timeout: 60000 });
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  const failures = result.testResults.filter((s) => s.status !== 'passed').map((s) => s.message).join('\n');
  expect(failures).toBe('');
  expect(r.status).toBe(0);
  expect(result.numFailedTests).toBe(0);
  expect(result.numTotalTestSuites).toBe(2);
  expect(result.numPassedTests).toBe(7);
  const files = result.testResults.map((s) => path.relative(JEST_PROJECT, s.name)).sort();
  expect(files).toEqual(['test/channel.test.ts', 'test/retry.test.js']);
});

/**
 * The oracle for an app: every module of its src/ compiled with --target
 * native, run unbundled as ES modules; resolves to what main.js prints.
 */
async function nativeRun(app) {
  const nativeDir = freshDir('native-app');
  fs.writeFileSync(path.join(nativeDir, 'package.json'), '{ "type": "module" }\n');
  for (const name of fs.readdirSync(path.join(app, 'src'))) {
    const file = path.join(app, 'src', name);
    // a TypeScript module, stripped, under the .js name it is imported by
    const r = compile(fs.readFileSync(file, 'utf8'), { filename: file, target: 'native', stripTypes: true });
    expect(r.diagnostics).toEqual([]);
    fs.writeFileSync(path.join(nativeDir, name.replace(/\.ts$/, '.js')), r.code);
  }
  const run = await runNode(path.join(nativeDir, 'main.js'));
  expect(run.stderr).toBe('');
  return run.stdout;
}

/**
 * Run a bundle with Node's source-map support and COFRAME_STACK=1, which
 * makes the app print the first stack frame of an error a coroutine
 * throws; resolves to what it prints without that line, and the frame.
 */
async function runBundle(bundle, cwd) {
  const r = await runNode(bundle, { cwd, nodeArgs: ['--enable-source-maps'], env: { ...process.env, COFRAME_STACK: '1' } });
  expect(r.stderr).toBe('');
  const lines = r.stdout.split('\n');
  const at = lines.findIndex((l) => l.startsWith('at '));
  expect(at).toBeGreaterThan(0);
  const where = lines.splice(at, 1)[0];
  return { stdout: lines.join('\n'), where };
}

/**
 * Build an app as its user would (the bundler's own CLI, in the app's
 * folder, after removing its dist/); resolves to the bundle's code. The build
 * must print nothing on stderr.
 */
async function build(app, cli, args, bundle) {
  linkCoframe(app);
  fs.rmSync(path.dirname(bundle), { recursive: true, force: true });
  const b = await runCommand(process.execPath, [path.join(ROOT, 'node_modules', ...cli), ...args], { cwd: app, timeout: 90000 });
  expect(b.stderr).toBe('');
  expect(b.status).toBe(0);
  const code = fs.readFileSync(bundle, 'utf8');
  expectLowered(code);
  return code;
}

/** The bundle has no co_ form left, and none of the native forms the oracle uses. */
function expectLowered(code) {
  expect(code).not.toMatch(/\bco_(await|yield|return)\b/);
  expect(code).not.toMatch(/\basync function|\bawait |\byield\b|function\s*\*/);
}

test('rollup + @rollup/plugin-babel: the bundle runs and prints what the native build prints', async () => {
  const bundle = path.join(ROLLUP_APP, 'dist', 'app.mjs');
  const code = await build(ROLLUP_APP, ['rollup', 'dist', 'bin', 'rollup'], ['-c', 'rollup.config.mjs', '--silent'], bundle);
  expect(code.match(/from 'coframe\/runtime'/g)).toHaveLength(1);

  const expected = await nativeRun(ROLLUP_APP);
  expect(expected).toBe([
    'the:1 cat:1 and:1 the:2 hat:1 and:2 the:3 bat:1 stop:1 done',
    '[["a:1","b:1","a:2","done"],["done"]]',
    'main finished',
    '',
  ].join('\n'));
  const actual = await runNode(bundle);
  expect(actual.stderr).toBe('');
  expect(actual.stdout).toBe(expected);
});

test('vite build (Vite 8 library build, minified): the bundle runs and prints what the native build prints', async () => {
  const bundle = path.join(VITE_APP, 'dist', 'app.mjs');
  const code = await build(VITE_APP, ['vite', 'bin', 'vite.js'], ['build'], bundle);
  // minified: the resume functions' names and the frames' fields are gone or shortened
  expect(code).not.toMatch(/\bticker\$r\b/);
  expect(code).toMatch(/from\s*["']coframe\/runtime["']/);
  expect(fs.existsSync(`${bundle}.map`)).toBe(true);

  const expected = await nativeRun(VITE_APP);
  expect(expected).toBe([
    '1,4,9,16,25',
    '1,2',
    'A,B a0 b0 a1 b1 b2',
    'RangeError failed after a value',
    'main finished',
    '',
  ].join('\n'));
  const actual = await runBundle(bundle);
  expect(actual.stdout).toBe(expected);
  // through the bundle's source map, the throw's own line in the source
  // (Oxc's minifier maps the column to the callee, RangeError: 13; an
  // unminified build gives 9, the `new`, as the native run does)
  expect(actual.where).toMatch(/src\/stages\.co\.js:42:(9|13)\)?$/);
});

test('webpack + babel-loader (production: terser, runtime bundled): the bundle runs and prints what the native build prints', async () => {
  const bundle = path.join(WEBPACK_APP, 'dist', 'app.js');
  const code = await build(WEBPACK_APP, ['webpack-cli', 'bin', 'cli.js'], ['--config', 'webpack.config.js', '--no-stats'], bundle);
  // the runtime is in the bundle, not required at run time
  expect(code).not.toMatch(/require\(["']coframe/);
  expect(code).toMatch(/Generator is already running/);
  expect(fs.existsSync(`${bundle}.map`)).toBe(true);

  const expected = await nativeRun(WEBPACK_APP);
  expect(expected).toBe([
    '1 2 3 4 5 6 7 8 9',
    '[1,2,3] {"done":true}',
    'take(3) closed after 4',
    'ann 3',
    ' bo 5',
    'total 8',
    'yes 3',
    'gave up: no 2',
    'attempt 1 failed: no 1; attempt 2 failed: no 2; attempt 1 failed: no 1; attempt 2 failed: no 2',
    'TypeError hole after 2',
    'main finished',
    '',
  ].join('\n'));
  // run from elsewhere: nothing but the bundle is needed
  const actual = await runBundle(bundle, freshDir('webpack-run'));
  expect(actual.stdout).toBe(expected);
  // through the bundle's source map (babel-loader, then terser): the `new`
  // of the throw at line 41 of the source, as the native run has it
  expect(actual.where).toMatch(/src\/shapes\.co\.js:41:34\)?$/);
});
