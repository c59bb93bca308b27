// The Babel plugin under Babel 8 (@babel/core 8, installed as the
// `babel8-core` alias next to the Babel 7 the project builds with). Babel 8
// is ESM-only: Node 20 can require() it, Jest 29's module loader cannot, so
// the transforms run in a plain Node process (test/support/babel8.js).
//   - every fixture program: the same code as under Babel 7;
//   - the examples: they run and print what the native oracle prints;
//   - TypeScript and JSX parser plugins: the same code as under Babel 7;
//   - errors: Babel errors with the coframe code, position and code frame.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const babel7 = require('@babel/core');
const plugin = require('../dist/babel');
const { compile } = require('../dist/api');
const { ROOT, freshDir, cleanup, runNode, listFiles, plainEnv } = require('./support/fixtures');

afterAll(cleanup);

/** Run the jobs through Babel 8 in a child process; resolves to their results, in order. */
function babel8(jobs) {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'support', 'babel8.js')], {
    input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: plainEnv(), timeout: 120000,
  });
  return JSON.parse(out);
}

const sourceType = (src) => (/^\s*(import|export)\b/m.test(src) ? 'module' : 'script');

test('every fixture program: Babel 8 with the plugin prints the same code as Babel 7', () => {
  const files = listFiles(path.join(ROOT, 'fixtures', 'programs'));
  expect(files.length).toBeGreaterThan(300);
  const jobs = files.map((filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    return { source, filename, options: { sourceType: sourceType(source), plugins: [['coframe', { runtime: 'import' }]] } };
  });
  const results = babel8(jobs);
  expect(results[0].version).toMatch(/^8\./);
  const differing = [];
  jobs.forEach((job, i) => {
    const seven = babel7.transformSync(job.source, {
      babelrc: false, configFile: false, filename: job.filename, sourceType: job.options.sourceType, plugins: [[plugin, { runtime: 'import' }]],
    }).code;
    expect(results[i].error).toBeUndefined();
    if (results[i].code !== seven) differing.push(path.relative(ROOT, job.filename));
  });
  expect(differing).toEqual([]);
});

describe('the examples under Babel 8 run and print what the native oracle prints', () => {
  const files = listFiles(path.join(ROOT, 'fixtures', 'examples'));
  let results;
  beforeAll(() => {
    results = babel8(files.map((filename) => {
      const source = fs.readFileSync(filename, 'utf8');
      return { source, filename, options: { sourceType: sourceType(source), plugins: [['coframe', { runtime: 'inline' }]] } };
    }));
  });
  files.forEach((filename, i) => {
    test(path.basename(filename), async () => {
      const source = fs.readFileSync(filename, 'utf8');
      const ext = sourceType(source) === 'module' ? 'mjs' : 'cjs';
      const dir = freshDir('babel8');
      const native = compile(source, { filename, target: 'native' });
      expect(native.diagnostics).toEqual([]);
      fs.writeFileSync(path.join(dir, `native.${ext}`), native.code);
      expect(results[i].error).toBeUndefined();
      // lowered (the examples' comments still say co_yield)
      expect(results[i].code).toMatch(/\$co\.(gen|task|agen)\(/);
      fs.writeFileSync(path.join(dir, `lowered.${ext}`), results[i].code);
      const expected = await runNode(path.join(dir, `native.${ext}`));
      const actual = await runNode(path.join(dir, `lowered.${ext}`));
      expect(expected.stdout.length).toBeGreaterThan(0);
      expect(actual.out).toBe(expected.out);
    });
  });
});

test('TypeScript and JSX parser plugins under Babel 8: the same code as under Babel 7', () => {
  const ts = [
    "import type { Unused } from './nowhere';",
    'interface Point { x: number; y: number }',
    'export class Walker<T> {',
    '  constructor(private readonly items: T[]) {}',
    '  each(): Iterable<T> {',
    '    for (const item of this.items) co_yield item as T;',
    '  }',
    '}',
    'export function total(points: Point[], delay: <T>(v: T) => Promise<T>): Promise<number> {',
    '  let sum: number = 0;',
    '  for (const p of new Walker<Point>(points).each()) sum += (co_await delay<number>(p.x))! + p.y;',
    '  co_return sum satisfies number;',
    '}',
  ].join('\n');
  const tsx = [
    'export function render(items: string[]) {',
    '  for (const item of items) co_yield <li key={item}>{item}</li>;',
    '}',
  ].join('\n');
  const jobs = [
    { source: ts, filename: '/src/typed.co.ts', options: { parserOpts: { plugins: ['typescript'] }, plugins: ['coframe'] } },
    { source: tsx, filename: '/src/view.co.tsx', options: { parserOpts: { plugins: ['typescript', 'jsx'] }, plugins: ['coframe'] } },
  ];
  const results = babel8(jobs);
  jobs.forEach((job, i) => {
    expect(results[i].error).toBeUndefined();
    const seven = babel7.transformSync(job.source, {
      babelrc: false, configFile: false, filename: job.filename, ...job.options, plugins: [plugin],
    }).code;
    expect(results[i].code).toBe(seven);
    expect(results[i].code).toMatch(/\$co\.gen|\$co\.task/);
  });
});

test('errors under Babel 8: the coframe code, the original position and a code frame', () => {
  const [parse, lower] = babel8([
    { source: 'function f() {\n  co_yield 1 +;\n}\n', filename: '/src/bad.co.js', options: { plugins: ['coframe'], highlightCode: false } },
    { source: 'function f() {\n  co_yield 1;\n  return 2;\n}\n', filename: '/src/bad.co.js', options: { plugins: ['coframe'], highlightCode: false } },
  ]);
  expect(parse.error.message).toMatch(/^\/src\/bad\.co\.js: CF1000: Unexpected token \(2:14\)/);
  expect(parse.error.message).toContain('> 2 |   co_yield 1 +;');
  expect(parse.error.loc).toMatchObject({ line: 2, column: 14 });
  expect(lower.error.message).toMatch(/^\/src\/bad\.co\.js: CF1001: .* \(3:2\)/);
  expect(lower.error.message).toMatch(/> 3 \|   return 2;\n\s+\|   \^/);
  expect(lower.error.coframeCode).toBe('CF1001');
});
