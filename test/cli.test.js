// The `coframe` command line (bin/coframe.js), run as a user would.
'use strict';
const fs = require('fs');
const path = require('path');
const {
  ROOT, listFiles, runCli, runNode, runCommand, freshDir, projectDir, cleanup, expectedPrints, linesOf, pool,
} = require('./support/fixtures');

const EXAMPLES = path.join(ROOT, 'fixtures', 'examples');
const examples = listFiles(EXAMPLES);
const exampleNames = examples.map((f) => path.basename(f));
const expectedOf = (name) => expectedPrints(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
const outName = (name) => name.replace(/\.co\.js$/, '.js');

function copyExamples(dir) {
  for (const f of examples) fs.copyFileSync(f, path.join(dir, path.basename(f)));
}

/** every file under dir, relative, sorted */
function tree(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); } else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

afterAll(cleanup);

test('build on a folder writes foo.js next to foo.co.js, and each output runs', async () => {
  const dir = projectDir();
  copyExamples(dir);
  const r = await runCli(['build', dir]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(tree(dir)).toEqual([...exampleNames, ...exampleNames.map(outName)].sort());
  // the default output imports the runtime by package name
  for (const name of exampleNames) {
    expect(fs.readFileSync(path.join(dir, outName(name)), 'utf8')).toContain('coframe/runtime');
  }
  const runs = await pool(exampleNames.map((name) => () => runNode(path.join(dir, outName(name)), { cwd: dir })), 3);
  exampleNames.forEach((name, i) => {
    expect({ name, lines: linesOf(runs[i].stdout), code: runs[i].code }).toEqual({ name, lines: expectedOf(name), code: 0 });
  });
});

test('build -o DIR mirrors the folder structure under DIR and leaves the sources alone', async () => {
  const src = freshDir('src');
  fs.mkdirSync(path.join(src, 'sub', 'deeper'), { recursive: true });
  fs.copyFileSync(path.join(EXAMPLES, 'running_avg.co.js'), path.join(src, 'running_avg.co.js'));
  fs.copyFileSync(path.join(EXAMPLES, 'nested_helper.co.js'), path.join(src, 'sub', 'nested_helper.co.js'));
  fs.copyFileSync(path.join(EXAMPLES, 'tokenizer_parser.co.js'), path.join(src, 'sub', 'deeper', 'tokenizer_parser.co.js'));
  fs.writeFileSync(path.join(src, 'not_a_coroutine_file.js'), 'console.log(1);\n');
  const before = tree(src);
  const out = projectDir('out');
  const r = await runCli(['build', src, '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(tree(src)).toEqual(before);
  expect(tree(out)).toEqual(['running_avg.js', 'sub/deeper/tokenizer_parser.js', 'sub/nested_helper.js'].map((p) => p.split('/').join(path.sep)));
  const run = await runNode(path.join(out, 'sub', 'nested_helper.js'), { cwd: out });
  expect(linesOf(run.stdout)).toEqual(expectedOf('nested_helper.co.js'));

  // a single file given explicitly, with the long option name
  const out2 = freshDir('out2');
  const r2 = await runCli(['build', path.join(src, 'sub', 'nested_helper.co.js'), '--out-dir', out2]);
  expect(r2.status).toBe(0);
  expect(tree(out2)).toEqual(['nested_helper.js']);
});

test('--runtime inline output runs where coframe/runtime cannot be resolved', async () => {
  const src = freshDir('src');
  copyExamples(src);
  // a folder outside the repository, with no node_modules anywhere above it
  // that could hold coframe (os.tmpdir())
  const out = freshDir('inline');
  const r = await runCli(['build', src, '--runtime', 'inline', '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const probe = await runCommand(process.execPath, ['-e', 'require.resolve("coframe/runtime")'], { cwd: out });
  expect(probe.status).not.toBe(0); // the test is meaningful only if the package is not resolvable there
  const env = { ...process.env };
  delete env.NODE_PATH;
  const runs = await pool(exampleNames.map((name) => async () => {
    const file = path.join(out, outName(name));
    const code = fs.readFileSync(file, 'utf8');
    return { code, run: await runNode(file, { cwd: out, env }) };
  }), 3);
  exampleNames.forEach((name, i) => {
    expect(runs[i].code).not.toMatch(/require\(\s*["']coframe|from\s*["']coframe/);
    expect({ name, lines: linesOf(runs[i].run.stdout), stderr: runs[i].run.stderr })
      .toEqual({ name, lines: expectedOf(name), stderr: '' });
  });
});

test('--runtime inline --module esm output runs as an ES module without the package', async () => {
  const src = freshDir('src');
  fs.copyFileSync(path.join(EXAMPLES, 'producer_consumer.co.js'), path.join(src, 'producer_consumer.co.js'));
  const out = freshDir('inline-esm');
  const r = await runCli(['build', src, '--runtime', 'inline', '--module', 'esm', '-o', out]);
  expect(r.status).toBe(0);
  const js = fs.readFileSync(path.join(out, 'producer_consumer.js'), 'utf8');
  expect(js).not.toMatch(/coframe\/runtime/);
  fs.renameSync(path.join(out, 'producer_consumer.js'), path.join(out, 'producer_consumer.mjs'));
  const run = await runNode(path.join(out, 'producer_consumer.mjs'), { cwd: out });
  expect(linesOf(run.stdout)).toEqual(expectedOf('producer_consumer.co.js'));
});

test('--target native emits function* / async functions and no runtime', async () => {
  const src = freshDir('src');
  copyExamples(src);
  const out = projectDir('native');
  const r = await runCli(['build', src, '--target', 'native', '-o', out]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const gen = fs.readFileSync(path.join(out, 'running_avg.js'), 'utf8');
  const task = fs.readFileSync(path.join(out, 'request_handler.js'), 'utf8');
  expect(gen).toMatch(/function\s*\*\s*running_avg\b/);
  expect(gen).toMatch(/\byield\b/);
  expect(task).toMatch(/async\s+function\s+getDataFromApp2\b/);
  expect(task).toMatch(/\bawait\b/);
  for (const name of exampleNames) {
    const code = fs.readFileSync(path.join(out, outName(name)), 'utf8');
    expect(code).not.toMatch(/coframe\/runtime/);
    // co_ keywords are gone from the code (comments may still mention them)
    expect(code.replace(/\/\/.*$/gm, '')).not.toMatch(/\bco_(await|yield|return)\b/);
  }
  const run = await runNode(path.join(out, 'request_handler.js'), { cwd: out });
  expect(linesOf(run.stdout)).toEqual(expectedOf('request_handler.co.js'));
});

test('--module esm output imports the runtime as an ES module, and runs', async () => {
  const dir = projectDir('esm');
  fs.copyFileSync(path.join(EXAMPLES, 'running_avg.co.js'), path.join(dir, 'running_avg.co.js'));
  const r = await runCli(['build', dir, '--module', 'esm']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const code = fs.readFileSync(path.join(dir, 'running_avg.js'), 'utf8');
  expect(code).toContain('import * as $co from "coframe/runtime"');
  expect(code).not.toMatch(/\brequire\(/);
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const run = await runNode(path.join(dir, 'running_avg.js'), { cwd: dir });
  expect(linesOf(run.stdout)).toEqual(expectedOf('running_avg.co.js'));
});

test('build is deterministic: two builds of every fixture program are byte-identical', async () => {
  const programs = path.join(ROOT, 'fixtures', 'programs');
  const a = freshDir('det-a');
  const b = freshDir('det-b');
  const [ra, rb] = await Promise.all([
    runCli(['build', programs, '-o', a, '--source-maps']),
    runCli(['build', programs, '-o', b, '--source-maps']),
  ]);
  expect(ra.status).toBe(0);
  expect(rb.status).toBe(0);
  const files = tree(a);
  expect(files.length).toBe(2 * listFiles(programs).length); // output + map
  expect(tree(b)).toEqual(files);
  const differing = files.filter((f) => !fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
  expect(differing).toEqual([]);
});

test('a folder with one bad file: good files are written, the bad one is not, exit status non-zero', async () => {
  const dir = projectDir('mixed');
  copyExamples(dir);
  fs.copyFileSync(path.join(ROOT, 'fixtures', 'errors', 'return_in_task.co.js'), path.join(dir, 'broken.co.js'));
  const r = await runCli(['build', dir]);
  expect(r.status).not.toBe(0);
  expect(r.status).not.toBe('timeout');
  expect(r.stderr).toContain('broken.co.js:5:3');
  expect(r.stderr).toContain('CF1001');
  expect(fs.existsSync(path.join(dir, 'broken.js'))).toBe(false);
  expect(tree(dir)).toEqual([...exampleNames, ...exampleNames.map(outName), 'broken.co.js'].sort());
  const run = await runNode(path.join(dir, 'running_avg.js'), { cwd: dir });
  expect(linesOf(run.stdout)).toEqual(expectedOf('running_avg.co.js'));
});

test('coframe run prints what the example says', async () => {
  const r = await runCli(['run', path.join('fixtures', 'examples', 'running_avg.co.js')], { cwd: ROOT });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(linesOf(r.stdout)).toEqual(expectedOf('running_avg.co.js'));
});

test('coframe run runs tasks to completion (the event loop keeps going)', async () => {
  const r = await runCli(['run', path.join(EXAMPLES, 'request_handler.co.js')]);
  expect(r.status).toBe(0);
  expect(linesOf(r.stdout)).toEqual(expectedOf('request_handler.co.js'));
});

test('coframe run passes arguments to the program', async () => {
  const dir = freshDir('args');
  const file = path.join(dir, 'args.co.js');
  fs.writeFileSync(file, [
    'function echo(list) { for (const a of list) co_yield a.toUpperCase(); }',
    'console.log([...echo(process.argv.slice(2))].join(" "));',
    '',
  ].join('\n'));
  const r = await runCli(['run', file, 'one', '--two', 'three']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toBe('ONE --TWO THREE\n');
});

test('coframe run on a file with an error prints the diagnostic and exits 1', async () => {
  const rel = path.join('fixtures', 'errors', 'return_in_task.co.js');
  const r = await runCli(['run', rel], { cwd: ROOT });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(`${rel}:5:3`);
  expect(r.stderr).toContain('CF1001');
  expect(r.stderr).toMatch(/^>\s*5\s*\|/m);
});

test('an unknown command exits 2 with usage', async () => {
  const r = await runCli(['frobnicate']);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/unknown command/);
  expect(r.stderr).toMatch(/Usage/);
});

test('an unknown build option exits 2', async () => {
  const r = await runCli(['build', EXAMPLES, '--no-such-option', '-o', freshDir('unused')]);
  expect(r.status).toBe(2);
});
