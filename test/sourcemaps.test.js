// Source maps end to end: an error thrown inside a coroutine of compiled
// output, run with `node --enable-source-maps`, must name the original file,
// line and column of the throwing statement — before the first suspension,
// after a resumption, and in a `finally` run by return() — whichever way the
// output was made: the API's map, `coframe build --source-maps` (file and
// inline), and the Babel plugin's map through @babel/core (JS and TS).
'use strict';
const fs = require('fs');
const path = require('path');
const babel = require('@babel/core');
const { compile } = require('../dist/api');
const plugin = require('../dist/babel');
const { RUNTIME, freshDir, cleanup, runNode, runCli, linesOf } = require('./support/fixtures');

afterAll(cleanup);

// Each case throws `new Error(label)`; V8 records the position of the `new`.
const PROGRAM = `'use strict';
function report(label, error) {
  const frame = error.stack.split('\\n').find((l) => l.includes('FILENAME:'));
  console.log(label + ' ' + (frame ? frame.slice(frame.indexOf('FILENAME:') + 'FILENAME:'.length).replace(/\\)$/, '') : 'no frame: ' + error.stack));
}

function before(n) {
  const doubled = n * 2;
  if (doubled > 0) throw new Error('before');
  co_yield doubled;
}

function after(n) {
  let total = n;
  total += co_yield total;
  total += co_yield total;
  if (total > 2) throw new Error('after');
  co_yield total;
}

function cleanupOnReturn() {
  try {
    co_yield 1;
    co_yield 2;
  } finally {
    console.log('finally runs');
    throw new Error('finally');
  }
}

function task(x) {
  const y = co_await Promise.resolve(x);
  if (y) throw new Error('task');
  co_return y;
}

try { before(1).next(); } catch (e) { report('before', e); }
const a = after(1); a.next(); a.next(1);
try { a.next(1); } catch (e) { report('after', e); }
const c = cleanupOnReturn(); c.next();
try { c.return(0); } catch (e) { report('finally', e); }
task(1).catch((e) => report('task', e));
`;

/** The expected `line:column` of each `new Error(label)` in `source` (1-based, as V8 prints). */
function expectedPositions(source) {
  const out = [];
  source.split('\n').forEach((line, i) => {
    const m = /new Error\('(\w+)'\)/.exec(line);
    if (m) out.push([m[1], `${i + 1}:${m.index + 1}`]);
  });
  const order = ['before', 'after', 'finally', 'task'];
  return order.map((label) => `${label} ${out.find(([l]) => l === label)[1]}`);
}

function programFor(basename, text = PROGRAM) {
  return text.split('FILENAME').join(basename);
}

/** The `co_yield`/`co_await` text made native without moving any column: the oracle of what V8 reports. */
function nativeEquivalent(source) {
  return source
    .replace(/function (before|after|cleanupOnReturn)\(/g, 'function*$1(')
    .replace(/co_yield/g, '   yield')
    .replace(/function task\(/, 'async function task(').replace(/co_await/g, '   await').replace(/co_return/g, '   return');
}

test('the expected positions are what V8 reports for the same program written natively', async () => {
  const dir = freshDir('native');
  const source = programFor('oracle.js');
  const native = nativeEquivalent(source);
  // only the task line gained characters (`async `), and that is above every throw but the task's own
  fs.writeFileSync(path.join(dir, 'oracle.js'), native);
  const r = await runNode(path.join(dir, 'oracle.js'));
  const expected = expectedPositions(source);
  expect(linesOf(r.stdout).filter((l) => l !== 'finally runs')).toEqual(expected);
});

describe('stack traces map to the original source', () => {
  const expected = expectedPositions(programFor('x'));
  const check = (stdout) => expect(linesOf(stdout).filter((l) => l !== 'finally runs')).toEqual(expected);

  test('API: compile(..., { sourceMaps: "inline" })', async () => {
    const dir = freshDir('api');
    const source = programFor('api.co.js');
    const r = compile(source, { filename: 'api.co.js', sourceMaps: 'inline', runtimeSpecifier: RUNTIME });
    expect(r.diagnostics).toEqual([]);
    const out = path.join(dir, 'api.cjs');
    fs.writeFileSync(out, r.code);
    // without source maps, the positions are the compiled file's
    const raw = await runNode(out);
    expect(raw.stdout).not.toContain('api.co.js:');
    check((await runNode(out, { nodeArgs: ['--enable-source-maps'] })).stdout);
  });

  test('API: the returned map object, written beside the output', async () => {
    const dir = freshDir('apimap');
    const source = programFor('apimap.co.js');
    const r = compile(source, { filename: path.join(dir, 'apimap.co.js'), sourceMaps: true, runtimeSpecifier: RUNTIME });
    fs.writeFileSync(path.join(dir, 'apimap.co.js'), source);
    fs.writeFileSync(path.join(dir, 'apimap.cjs'), r.code + '\n//# sourceMappingURL=apimap.cjs.map\n');
    fs.writeFileSync(path.join(dir, 'apimap.cjs.map'), JSON.stringify(r.map));
    check((await runNode(path.join(dir, 'apimap.cjs'), { nodeArgs: ['--enable-source-maps'] })).stdout);
  });

  for (const variant of ['file', 'inline']) {
    test(`CLI: coframe build --source-maps${variant === 'inline' ? '=inline' : ''} -o DIR`, async () => {
      const dir = freshDir(`cli-${variant}`);
      const src = path.join(dir, 'src');
      fs.mkdirSync(src);
      const input = path.join(src, 'app.co.js');
      fs.writeFileSync(input, programFor('app.co.js'));
      const outDir = path.join(dir, 'out', 'deeper');
      const flag = variant === 'inline' ? '--source-maps=inline' : '--source-maps';
      const b = await runCli(['build', input, '-o', outDir, flag, '--runtime', 'inline']);
      expect(b.stderr).toBe('');
      expect(b.status).toBe(0);
      const out = path.join(outDir, 'app.js');
      expect(fs.existsSync(out + '.map')).toBe(variant === 'file');
      const r = await runNode(out, { nodeArgs: ['--enable-source-maps'] });
      check(r.stdout);
      // the trace names the input where it really is (the map's sources are relative to the output)
      expect(r.stdout).not.toMatch(/no frame/);
      const map = variant === 'file'
        ? JSON.parse(fs.readFileSync(out + '.map', 'utf8'))
        : JSON.parse(Buffer.from(/base64,([A-Za-z0-9+/=]+)/.exec(fs.readFileSync(out, 'utf8'))[1], 'base64').toString('utf8'));
      expect(path.resolve(outDir, map.sources[0])).toBe(input);
      expect(map.file).toBe('app.js');
    });
  }

  test('CLI: the stack frame names the original file path', async () => {
    const dir = freshDir('cli-path');
    const input = path.join(dir, 'where.co.js');
    const source = "function g() {\n  co_yield 1;\n  throw new Error('x');\n}\nconst it = g(); it.next();\ntry { it.next(); } catch (e) { console.log(e.stack.split('\\n')[1].trim()); }\n";
    fs.writeFileSync(input, source);
    const outDir = path.join(dir, 'build');
    expect((await runCli(['build', input, '-o', outDir, '--source-maps', '--runtime', 'inline'])).status).toBe(0);
    const r = await runNode(path.join(outDir, 'where.js'), { nodeArgs: ['--enable-source-maps'] });
    expect(r.stdout.trim()).toMatch(/^at \S+ \((.*)\)$/);
    expect(/\((.*)\)$/.exec(r.stdout.trim())[1]).toBe(`${input}:3:9`);
  });

  test('CLI: a TypeScript source (types stripped) maps to the .co.ts lines and columns', async () => {
    const dir = freshDir('cli-ts');
    const input = path.join(dir, 'typed.co.ts');
    const ts = programFor('typed.co.ts')
      .replace('function report(label, error) {', 'function report(label: string, error: Error): void {')
      .replace('function before(n) {', 'function before(n: number): Iterable<number> {')
      .replace('  let total = n;', '  let total: number = n;')
      .replace('function task(x) {', 'function task(x: number): Promise<number> {');
    fs.writeFileSync(input, ts);
    const b = await runCli(['build', input, '--source-maps', '--runtime', 'inline']);
    expect(b.stderr).toBe('');
    const r = await runNode(path.join(dir, 'typed.js'), { nodeArgs: ['--enable-source-maps'] });
    expect(linesOf(r.stdout).filter((l) => l !== 'finally runs')).toEqual(expectedPositions(ts));
  });

  test('Babel plugin: transformSync with sourceMaps "inline"', async () => {
    const dir = freshDir('babel');
    const filename = path.join(dir, 'viababel.co.js');
    const source = programFor('viababel.co.js');
    fs.writeFileSync(filename, source);
    const r = babel.transformSync(source, {
      filename, babelrc: false, configFile: false, sourceMaps: 'inline',
      plugins: [[plugin, { runtimeSpecifier: RUNTIME }]],
    });
    fs.writeFileSync(path.join(dir, 'viababel.cjs'), r.code);
    const out = await runNode(path.join(dir, 'viababel.cjs'), { nodeArgs: ['--enable-source-maps'] });
    check(out.stdout);
  });

  test('Babel plugin with @babel/preset-typescript: the map points into the .co.ts source', async () => {
    const dir = freshDir('babel-ts');
    const filename = path.join(dir, 'viats.co.ts');
    const ts = programFor('viats.co.ts')
      .replace('function after(n) {', 'function after(n: number): Iterator<number> {')
      .replace('const c = cleanupOnReturn();', 'const c: Iterator<number> = cleanupOnReturn() as any;');
    const r = await babel.transformAsync(ts, {
      filename, babelrc: false, configFile: false, sourceMaps: true,
      presets: ['@babel/preset-typescript'],
      plugins: [[plugin, { runtimeSpecifier: RUNTIME }]],
    });
    fs.writeFileSync(path.join(dir, 'viats.cjs'), r.code + '\n//# sourceMappingURL=viats.cjs.map\n');
    fs.writeFileSync(path.join(dir, 'viats.cjs.map'), JSON.stringify(r.map));
    const out = await runNode(path.join(dir, 'viats.cjs'), { nodeArgs: ['--enable-source-maps'] });
    expect(linesOf(out.stdout).filter((l) => l !== 'finally runs')).toEqual(expectedPositions(ts));
  });
});
