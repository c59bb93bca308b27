// TypeScript sources through the CLI (types stripped by default, kept with
// --keep-types), and the declaration file that lets `co_await(x)`-style
// calls type-check in an editor.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { compile } = require('../dist/api');
const { RUNTIME, freshDir, cleanup, runCli, runNode, projectDir } = require('./support/fixtures');

afterAll(cleanup);

const TYPED = `import type { Nothing } from './nowhere';
interface Job { id: number; cost: number }
enum Level { Low = 1, High = 10 }
class Queue<T> {
  constructor(private readonly items: T[]) {}
  drain(): Iterable<T> {
    while (this.items.length > 0) co_yield this.items.shift() as T;
  }
}
function work(job: Job): Promise<number> {
  const paid: number = co_await Promise.resolve(job.cost * Level.High);
  co_return paid!;
}
function runAll(jobs: Job[]): Promise<number[]> {
  const out: number[] = [];
  for (const job of new Queue<Job>(jobs).drain()) out.push(co_await work(job));
  co_return out;
}
runAll([{ id: 1, cost: 2 }, { id: 2, cost: 3 }]).then((r: number[]) => console.log(r.join(' ')));
`;

describe('coframe build on .co.ts / .co.tsx', () => {
  test('types are stripped: foo.co.ts -> foo.js, which runs', async () => {
    const dir = projectDir('ts');
    fs.writeFileSync(path.join(dir, 'jobs.co.ts'), TYPED);
    const r = await runCli(['build', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = fs.readFileSync(path.join(dir, 'jobs.js'), 'utf8');
    expect(out).not.toMatch(/interface|: number|<Job>|nowhere|private readonly/);
    expect(out).toMatch(/var Level = /);
    expect(fs.existsSync(path.join(dir, 'jobs.ts'))).toBe(false);
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    expect((await runNode(path.join(dir, 'jobs.js'))).out).toBe('20 30\n');
  });

  test('.co.tsx -> .jsx: the types go, the JSX stays for the next tool', async () => {
    const dir = freshDir('tsx');
    fs.writeFileSync(path.join(dir, 'view.co.tsx'), 'export function rows(names: string[]) {\n  for (const n of names) co_yield <li key={n}>{n as string}</li>;\n}\n');
    const r = await runCli(['build', dir]);
    expect(r.stderr).toBe('');
    const out = fs.readFileSync(path.join(dir, 'view.jsx'), 'utf8');
    expect(out).toContain('<li key={n}>{n}</li>');
    expect(out).not.toMatch(/: string|as string/);
  });

  test('--keep-types prints the types back: foo.co.ts -> foo.ts', async () => {
    const dir = freshDir('keep');
    fs.writeFileSync(path.join(dir, 'jobs.co.ts'), TYPED);
    const r = await runCli(['build', dir, '--keep-types']);
    expect(r.stderr).toBe('');
    const out = fs.readFileSync(path.join(dir, 'jobs.ts'), 'utf8');
    expect(out).toMatch(/interface Job/);
    expect(out).toMatch(/enum Level/);
    expect(fs.existsSync(path.join(dir, 'jobs.js'))).toBe(false);
  });

  test('coframe run strips the types too', async () => {
    const dir = projectDir('run');
    fs.writeFileSync(path.join(dir, 'jobs.co.ts'), TYPED.replace("import type { Nothing } from './nowhere';\n", ''));
    const r = await runCli(['run', path.join(dir, 'jobs.co.ts')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('20 30\n');
  });

  test('API: stripTypes is opt-in; errors keep .co.ts positions', () => {
    const kept = compile(TYPED, { filename: 'jobs.co.ts', runtimeSpecifier: RUNTIME });
    expect(kept.code).toMatch(/interface Job/);
    const stripped = compile(TYPED, { filename: 'jobs.co.ts', runtimeSpecifier: RUNTIME, stripTypes: true });
    expect(stripped.code).not.toMatch(/interface Job/);
    const bad = compile('enum E { A }\nfunction f(x: number): Promise<number> {\n  co_await x;\n  return x;\n}\n', { filename: 'bad.co.ts', stripTypes: true });
    expect(bad.code).toBeNull();
    expect(bad.diagnostics[0]).toMatchObject({ code: 'CF1001', line: 4, column: 3 });
    // stripping applies to TypeScript files only
    expect(compile('function g() { co_yield 1; }\n', { filename: 'g.co.js', stripTypes: true }).diagnostics).toEqual([]);
  });

  test('an enum or namespace with values in a block that suspends: CF1090 with the types kept, runs when stripped', async () => {
    // With the types kept, \`enum Color\` would stay in the resume function's
    // first case, and the TypeScript compiler's variable for it would not
    // exist when a later case (a later call) reads Color.Green: before this
    // check the kept output threw "Cannot access 'Color' before initialization".
    const src = 'function g(): any {\n  enum Color { Red, Green }\n  co_yield Color.Red;\n  co_yield Color.Green;\n}\n' +
      'namespace Top { export const v = 1; }\nfunction h(): any {\n  if (Top.v) {\n    namespace N { export const k = 2; }\n    co_yield N.k;\n  }\n}\n' +
      'console.log([...g()].join(" "));\n';
    const kept = compile(src, { filename: 'colors.co.ts', runtimeSpecifier: RUNTIME });
    expect(kept.code).toBeNull();
    expect(kept.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CF1090', 2, 3]]);
    const ns = compile(src.replace(/enum Color \{ Red, Green \}/, 'const Color = { Red: 0, Green: 1 };'), { filename: 'colors.co.ts', runtimeSpecifier: RUNTIME });
    expect(ns.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CF1090', 9, 5]]);
    // the same in a case of a switch that suspends (its cases are exploded like blocks)
    const inCase = compile('function g(k: number): any {\n  switch (k) {\n    case 1:\n      enum Color { Red, Green }\n      co_yield Color.Red;\n      co_yield Color.Green;\n  }\n}\n', { filename: 'c.co.ts', runtimeSpecifier: RUNTIME });
    expect(inCase.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CF1090', 4, 7]]);
    // types only, declare, const enum: nothing for the TypeScript compiler to make a variable of
    const typesOnly = compile('function g(): any {\n  namespace T { export type X = number; }\n  declare enum D { A }\n  const enum C { A }\n  co_yield C.A;\n}\n', { filename: 't.co.ts', runtimeSpecifier: RUNTIME });
    expect(typesOnly.diagnostics).toEqual([]);
    const stripped = compile(src, { filename: 'colors.co.ts', runtimeSpecifier: RUNTIME, stripTypes: true });
    expect(stripped.diagnostics).toEqual([]);
    const dir = freshDir('ts-enum');
    fs.writeFileSync(path.join(dir, 'colors.js'), stripped.code);
    expect((await runNode(path.join(dir, 'colors.js'))).out).toBe('0 1\n');
  });
});

describe('types/index.d.ts: co_await(x)-style calls type-check', () => {
  const CALL_STYLE = `/// <reference types="coframe/types" />
function delay(v: number): Promise<number> { return Promise.resolve(v); }
export function total(xs: number[]): Promise<number> {
  let sum = 0;
  for (const x of xs) {
    const v = co_await(delay(x));
    sum += v;
  }
  co_return(sum);
}
export function* plain(): Generator<number> { yield 1; }
export function counter(n: number): Iterable<number> {
  for (let i = 0; i < n; i++) co_yield(i);
  co_return(undefined);
}
`;

  const BAD = '/// <reference types="coframe/types" />\nexport function f(p: Promise<number>): Promise<string> {\n  const s: string = co_await(p);\n  co_return(s);\n}\n';
  const LIMIT = '/// <reference types="coframe/types" />\nexport function f(p: Promise<number>) {\n  const n = co_await p;\n  return n;\n}\n';

  // one TypeScript program for all the files (creating one costs seconds)
  let dir;
  let diagnostics;
  beforeAll(() => {
    dir = projectDir('dts');
    const files = { 'calls.co.ts': CALL_STYLE, 'bad.co.ts': BAD, 'limit.co.ts': LIMIT };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const program = ts.createProgram(Object.keys(files).map((f) => path.join(dir, f)), {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, types: [],
    });
    diagnostics = {};
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const name = d.file ? path.basename(d.file.fileName) : '(global)';
      const pos = d.file ? d.file.getLineAndCharacterOfPosition(d.start) : { line: -1, character: -1 };
      (diagnostics[name] = diagnostics[name] || []).push(`${pos.line + 1}:${pos.character + 1} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  });
  const typeCheck = (name) => diagnostics[name] || [];

  test('a call-style .co.ts file type-checks with no error, and compiles and runs', async () => {
    expect(diagnostics['(global)']).toBeUndefined();
    expect(typeCheck('calls.co.ts')).toEqual([]);
    const r = compile(CALL_STYLE + 'total([1, 2, 3]).then((n) => console.log(n, [...counter(3)].join(",")));\n',
      { filename: 'calls.co.ts', stripTypes: true, runtimeSpecifier: RUNTIME });
    expect(r.diagnostics).toEqual([]);
    const out = path.join(dir, 'calls.mjs');
    fs.writeFileSync(out, r.code);
    expect((await runNode(out)).out).toBe('6 0,1,2\n');
  });

  test('the declarations catch type errors: co_await(x) has the awaited type', () => {
    const diags = typeCheck('bad.co.ts');
    expect(diags).toEqual([expect.stringMatching(/^3:9 TS2322 Type 'number' is not assignable to type 'string'/)]);
  });

  test('documented limit: the keyword forms without parentheses are TypeScript syntax errors', () => {
    const diags = typeCheck('limit.co.ts');
    expect(diags.length).toBeGreaterThan(0);
    expect(diags).toContainEqual(expect.stringMatching(/^3:22 TS1005 ',' expected/));
  });
});
