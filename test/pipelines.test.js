// Real build pipelines with the Babel plugin, each driven as its user would
// run it, with nothing installed beyond the repository's own lockfile:
//   - fixtures/babel-jest-project: a project whose Jest tests are written in
//     co_ syntax (JS and TS) and run through babel-jest;
//   - fixtures/rollup-app: a Rollup build (@rollup/plugin-babel) of an app
//     using co_ syntax; the bundle runs and prints what the same app compiled
//     with --target native prints.
// Each fixture gets node_modules/coframe -> this checkout, as an install would.
'use strict';
const fs = require('fs');
const path = require('path');
const { compile } = require('../dist/api');
const { ROOT, freshDir, cleanup, runCommand, runNode } = require('./support/fixtures');

afterAll(cleanup);

const JEST_PROJECT = path.join(ROOT, 'fixtures', 'babel-jest-project');
const ROLLUP_APP = path.join(ROOT, 'fixtures', 'rollup-app');

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

test('rollup + @rollup/plugin-babel: the bundle runs and prints what the native build prints', async () => {
  linkCoframe(ROLLUP_APP);
  const bundle = path.join(ROLLUP_APP, 'dist', 'app.mjs');
  fs.rmSync(bundle, { force: true });
  const b = await runCommand(process.execPath, [path.join(ROOT, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '-c', 'rollup.config.mjs', '--silent'],
    { cwd: ROLLUP_APP, timeout: 60000 });
  expect(b.stderr).toBe('');
  expect(b.status).toBe(0);
  const code = fs.readFileSync(bundle, 'utf8');
  expect(code).not.toMatch(/\bco_(await|yield|return)\b/);
  expect(code).not.toMatch(/\basync function|\bawait |\byield\b|function\*/);
  expect(code.match(/from 'coframe\/runtime'/g)).toHaveLength(1);

  // the oracle: every module compiled with --target native, run unbundled
  const nativeDir = freshDir('native-app');
  fs.writeFileSync(path.join(nativeDir, 'package.json'), '{ "type": "module" }\n');
  for (const name of fs.readdirSync(path.join(ROLLUP_APP, 'src'))) {
    const file = path.join(ROLLUP_APP, 'src', name);
    const r = compile(fs.readFileSync(file, 'utf8'), { filename: file, target: 'native' });
    expect(r.diagnostics).toEqual([]);
    fs.writeFileSync(path.join(nativeDir, name), r.code);
  }
  const expected = await runNode(path.join(nativeDir, 'main.js'));
  expect(expected.stdout).toBe([
    'the:1 cat:1 and:1 the:2 hat:1 and:2 the:3 bat:1 stop:1 done',
    '[["a:1","b:1","a:2","done"],["done"]]',
    'main finished',
    '',
  ].join('\n'));
  const actual = await runNode(bundle);
  expect(actual.stderr).toBe('');
  expect(actual.stdout).toBe(expected.stdout);
});
