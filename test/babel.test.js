// The Babel plugin `coframe/babel` through @babel/core's own entry points
// (transformSync / transformAsync): JavaScript, TypeScript (.co.ts) and TSX
// inputs run and print what the native oracle prints; the user's parser
// plugins keep working; files with no co_ form come out byte-for-byte as
// Babel alone makes them; errors are Babel errors with coframe's code, the
// original position and a code frame.
'use strict';
const fs = require('fs');
const path = require('path');
const babel = require('@babel/core');
const { compile } = require('../dist/api');
const plugin = require('../dist/babel');
const { ROOT, RUNTIME, freshDir, cleanup, runNode, projectDir } = require('./support/fixtures');

afterAll(cleanup);

const BASE = { babelrc: false, configFile: false };

/** Write `code` to a temp file (.mjs for ES modules) and run it; resolves to stdout. */
async function run(code, name) {
  const isModule = /^\s*(import|export)\b/m.test(code);
  const file = path.join(freshDir('run'), `${name}.${isModule ? 'mjs' : 'cjs'}`);
  fs.writeFileSync(file, code);
  const r = await runNode(file);
  expect(r.stderr).toBe('');
  return r.out;
}

/** The keywords of a program written twice (jsxBothWays): its co_ form's, or its native form's. */
const keywords = (co) => (co ? { y: 'co_yield', a: 'co_await', r: 'co_return' } : { y: 'yield', a: 'await', r: 'return' });

/** A .co.tsx source through @babel/preset-typescript, the plugin and the JSX transform (pragma `h`). */
function tsxThroughPlugin(source, filename) {
  return babel.transformSync(source, {
    ...BASE, filename,
    presets: ['@babel/preset-typescript'],
    plugins: [[plugin, { runtimeSpecifier: RUNTIME }], ['@babel/plugin-transform-react-jsx', { pragma: 'h' }]],
  });
}

/**
 * `program(co)` twice: in co_ syntax through the plugin, and written natively
 * (not through coframe); each then through the JSX transform, and run.
 */
async function jsxBothWays(program, name, jsxOptions = { pragma: 'h' }) {
  const jsx = ['@babel/plugin-transform-react-jsx', jsxOptions];
  const r = babel.transformSync(program(true), { ...BASE, filename: `${name}.co.jsx`, plugins: [[plugin, { runtimeSpecifier: RUNTIME }], jsx] });
  const n = babel.transformSync(program(false), { ...BASE, filename: `${name}.jsx`, plugins: [jsx] });
  return { code: r.code, out: await run(r.code, name), native: await run(n.code, `${name}-native`) };
}

/** What the native oracle of `source` prints (compile --target native, then run). */
async function oracle(source, filename) {
  const r = compile(source, { filename, target: 'native' });
  expect(r.diagnostics).toEqual([]);
  return run(r.code, 'oracle');
}

const PROGRAM = `
function averager() {
  let sum = 0;
  let n = 0;
  let value = co_yield null;
  for (;;) {
    sum += value;
    n++;
    value = co_yield sum / n;
  }
}
const delay = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
function fetchAll(ids) {
  const out = [];
  for (const id of ids) out.push(co_await delay(1, id * 2));
  co_return out;
}
function ticker(n) {
  for (let i = 0; i < n; i++) {
    co_await delay(1);
    co_yield i;
  }
}
class Tree {
  constructor(v, kids = []) { this.v = v; this.kids = kids; }
  *[Symbol.iterator]() { yield* this.walk(); }
  walk() {
    co_yield this.v;
    for (const k of this.kids) co_yield* k.walk();
  }
}
const main = () => {
  const avg = averager();
  avg.next();
  console.log([10, 20, 60].map((v) => avg.next(v).value).join(' '));
  console.log([...new Tree(1, [new Tree(2), new Tree(3, [new Tree(4)])])].join(' '));
  console.log((co_await fetchAll([1, 2, 3])).join(' '));
  const seen = [];
  for co_await (const t of ticker(3)) seen.push(t);
  console.log(seen.join(' '));
};
main().then(() => console.log('done'));
`;

describe('@babel/core with the plugin', () => {
  test('transformSync: a JavaScript program runs and prints what the native oracle prints', async () => {
    const r = babel.transformSync(PROGRAM, { ...BASE, filename: 'program.co.js', plugins: [[plugin, { runtimeSpecifier: RUNTIME }]] });
    expect(r.code).not.toMatch(/co_(await|yield|return)/);
    expect(r.code).toMatch(/require\(".*runtime.*"\)/);
    const expected = await oracle(PROGRAM, 'program.co.js');
    expect(expected).toBe('10 15 30\n1 2 3 4\n2 4 6\n0 1 2\ndone\n');
    expect(await run(r.code, 'program')).toBe(expected);
  });

  test('transformAsync: same output, same code as transformSync', async () => {
    const opts = { ...BASE, filename: 'program.co.js', plugins: [[plugin, { runtimeSpecifier: RUNTIME }]] };
    const a = await babel.transformAsync(PROGRAM, opts);
    expect(a.code).toBe(babel.transformSync(PROGRAM, opts).code);
  });

  test('the lowered code is the same core output as the API (same state machines)', () => {
    const viaApi = compile(PROGRAM, { filename: 'program.co.js', runtimeSpecifier: RUNTIME }).code;
    const viaBabel = babel.transformSync(PROGRAM, { ...BASE, filename: 'program.co.js', plugins: [[plugin, { runtimeSpecifier: RUNTIME }]] }).code;
    const states = (code) => (code.match(/case \d+:/g) || []).length;
    expect(states(viaBabel)).toBe(states(viaApi));
    expect(states(viaBabel)).toBeGreaterThan(10);
  });

  test('a .co.ts input through @babel/preset-typescript runs', async () => {
    const source = [
      "import type { Unused } from './nowhere';",
      'interface Point { x: number; y: number }',
      'enum Color { Red = 1, Green = 2 }',
      'const delay = <T,>(v: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(v), 1));',
      'export class Walker<T> {',
      '  constructor(private readonly items: T[]) {}',
      '  each(): Iterable<T> {',
      '    for (const item of this.items) co_yield item as T;',
      '  }',
      '}',
      'export function total(points: Point[]): Promise<number> {',
      '  let sum: number = 0;',
      '  for (const p of new Walker<Point>(points).each()) {',
      '    const v = co_await delay<number>(p.x);',
      '    sum += v! + p.y;',
      '  }',
      '  co_return sum * Color.Green;',
      '}',
      'total([{ x: 1, y: 2 }, { x: 3, y: 4 }]).then((n: number) => console.log(`total ${n}`));',
      '',
    ].join('\n');
    const r = await babel.transformAsync(source, {
      ...BASE, filename: path.join(ROOT, 'virtual', 'typed.co.ts'),
      presets: ['@babel/preset-typescript'],
      plugins: [[plugin, { runtimeSpecifier: RUNTIME }]],
    });
    expect(r.code).not.toMatch(/interface|: number|nowhere/);
    expect(r.code).toMatch(/^import \* as \$co from/m);
    expect(await run(r.code, 'typed')).toBe('total 20\n');
  });

  test('a .co.tsx input: TypeScript and JSX parser plugins both keep working', async () => {
    const source = [
      'function h(tag: string, props: Record<string, unknown> | null, ...kids: unknown[]) {',
      '  return `<${tag}>${kids.join("")}</${tag}>`;',
      '}',
      'function items(names: string[]) {',
      '  for (const name of names) co_yield <li>{name.toUpperCase()}</li>;',
      '}',
      'console.log(h("ul", null, ...items(["a", "b"])));',
      '',
    ].join('\n');
    const r = tsxThroughPlugin(source, 'view.co.tsx');
    expect(await run(r.code, 'view')).toBe('<ul><li>A</li><li>B</li></ul>\n');
  });

  test('JSX text and attribute strings are not code: quotes, backticks, // and co_ words in them', async () => {
    // the same program twice: in co_ syntax through the plugin, and written
    // natively (not through coframe), each then through the JSX transform
    const program = (co) => [
      'function h(tag, props, ...kids) { return `<${tag}${props ? " " + JSON.stringify(props) : ""}>${kids.join("")}</${tag}>`; }',
      'function text() { return "co_await it"; }',
      `function${co ? '' : '*'} items(names) {`,
      `  ${co ? 'co_yield' : 'yield'} <p title="don't co_yield" data-q='say "co_await"'>it's co_yield time, don't co_await \`here\` http://x/ {text()}</p>;`,
      `  for (const name of names) ${co ? 'co_yield' : 'yield'} <li>{name}'s {\`\${name}!\`} co_return /x/</li>;`,
      `  const last = ${co ? 'co_yield' : 'yield'} <><b>a's</b>{/* co_return */}{'co_yield'}</>;`,
      `  ${co ? 'co_return' : 'return'} <i>{last} done, it's</i>;`,
      '}',
      'const it = items(["a", "b"]);',
      'for (let r = it.next(); ; r = it.next("sent")) { console.log(r.value); if (r.done) break; }',
      '',
    ].join('\n');
    const { code, out, native } = await jsxBothWays(program, 'jsxtext', { pragma: 'h', pragmaFrag: '"frag"' });
    expect(code).not.toMatch(/function\*|\byield\b/);
    expect(out).toContain(`it's co_yield time, don't co_await \`here\` http://x/ co_await it`);
    expect(out).toBe(native);
  });

  test('a JSX name is a read of its variable: <Widget /> across a suspension, in a closure, renamed', async () => {
    const program = (co) => {
      const { y, a, r } = keywords(co);
      return [
        'function h(tag, props, ...kids) { return (typeof tag === "function" ? tag(props || {}) : `<${tag}>`) + kids.join(""); }',
        `function${co ? '' : '*'} gen(n) {`,
        '  const Widget = (p) => `W${p.k}`;',
        '  const ns = { Bar: () => "bar" };',
        `  ${y} 0;`,
        `  ${y} <Widget k={n} />;`,
        `  ${y} <ns.Bar></ns.Bar>;`,
        '  const fns = [];',
        '  for (const Item of [() => "i1", () => "i2"]) {',
        `    ${y} 1;`,
        '    fns.push(() => <Item />);',
        '  }',
        '  { const Widget = () => "inner"; fns.push(() => <Widget />); }',
        `  ${y} fns.map((f) => f()).join(",");`,
        '}',
        `${co ? '' : 'async '}function page(load) {`,
        '  const Layout = (p) => `[${p.t}]`;',
        `  const t = ${a} load();`,
        `  ${r} <Layout t={t}><p>x</p></Layout>;`,
        '}',
        'console.log([...gen(5)].join(" "));',
        'page(async () => "T").then(console.log);',
        '',
      ].join('\n');
    };
    const { out, native } = await jsxBothWays(program, 'jsxnames');
    expect(out).toBe('0 W5 bar 1 1 i1,i2,inner\n[T]<p>x\n');
    expect(out).toBe(native);
  });

  test('JSX with a suspension inside: the tag, attributes and children evaluated in order around it', async () => {
    const program = (co) => {
      const { y, a, r } = keywords(co);
      return [
        'const log = [];',
        'function h(tag, props, ...kids) {',
        '  const name = typeof tag === "function" ? tag.name : tag;',
        '  log.push("h " + name);',
        '  return `<${name}${props ? " " + JSON.stringify(props) : ""}>${kids.join("|")}</${name}>`;',
        '}',
        'const t = (x) => (log.push(String(x)), x);',
        'let swap;',
        `function${co ? '' : '*'} gen(n) {`,
        '  let Widget = function Widget() {};',
        '  swap = () => { Widget = function Other() {}; };',
        '  const ns = { Item: function Item() {} };',
        `  const el = <div a={t(n)} {...(${y} 'spread')} b={${y} 'b'}>`,
        '    {t("c1")}',
        `    <Widget k={${y} 'k'}>{${y} 'child'}</Widget>`,
        '    <i>{t("nested")}</i>',
        `    <ns.Item x={t("x")}>{${y} 'last'}</ns.Item>`,
        '    text',
        '  </div>;',
        `  ${y} el;`,
        `  ${y} <>{t("f")}{${y} 'in fragment'}</>;`,
        '}',
        `${co ? '' : 'async '}function task(p) {`,
        `  ${r} <section title={t("title")}>{${a} p}{t("after")}</section>;`,
        '}',
        'const it = gen(1);',
        'for (let r = it.next(), k = 0; !r.done; r = it.next({ k: ++k })) { if (r.value === "k") swap(); log.push("-> " + JSON.stringify(r.value)); }',
        'task(Promise.resolve("P")).then((v) => { log.push(v); console.log(log.join("\\n")); });',
        '',
      ].join('\n');
    };
    const { out, native } = await jsxBothWays(program, 'jsxsusp', { pragma: 'h', pragmaFrag: '"frag"' });
    // (the Widget read before the suspension in which swap() replaces it)
    expect(out).toMatch(/h Widget/);
    expect(out).not.toMatch(/h Other/);
    expect(out).toBe(native);
  });

  test('a .co.tsx arrow with type parameters (<T,>) is not JSX', async () => {
    const source = [
      'function h(tag: string, props: unknown, ...kids: unknown[]) { return `<${tag}>${kids.join("")}</${tag}>`; }',
      'function gen() {',
      '  const id = <T,>(x: T): T => x;',
      "  co_yield id(<p>don't</p>);",
      '  const same = <T extends unknown>(x: T) => x;',
      '  co_yield same(1);',
      '}',
      'console.log([...gen()].join(" "));',
      '',
    ].join('\n');
    const r = tsxThroughPlugin(source, 'generic.co.tsx');
    expect(await run(r.code, 'generic')).toBe("<p>don't</p> 1\n");
  });

  test('other parser plugins (decorators) are honoured and printed back', () => {
    const source = 'function log(c) { return c; }\n@log\nclass A {\n  m() { co_yield 1; }\n}\nexport default A;\n';
    const r = babel.transformSync(source, {
      ...BASE, filename: 'dec.co.js',
      parserOpts: { plugins: [['decorators', { decoratorsBeforeExport: true }]] },
      plugins: [plugin],
    });
    expect(r.code).toMatch(/^@log$/m);
    expect(r.code).toMatch(/\$co\.gen\(/);
  });

  test('plugins: ["coframe/babel"] resolves by package name from a project', async () => {
    const dir = projectDir('byname');
    const r = babel.transformSync('function g() { co_yield 1; co_yield 2; }\nconsole.log([...g()].join(","));\n', {
      ...BASE, cwd: dir, filename: path.join(dir, 'byname.co.js'), plugins: ['coframe/babel'],
    });
    fs.writeFileSync(path.join(dir, 'byname.cjs'), r.code);
    expect(r.code).toContain('require("coframe/runtime")');
    expect((await runNode(path.join(dir, 'byname.cjs'))).out).toBe('1,2\n');
  });
});

describe('files with no co_ form are left to Babel', () => {
  const inputs = {
    'plain.js': 'function* g() { yield 1; }\nasync function f() { await g(); }\nexport const x = 1;\n',
    'mentions.js': "// co_await in a comment\nconst s = 'co_yield';\nconst t = `co_return ${s}`;\nobj.co_await(1);\nconst o = { co_yield: 1 };\n",
    'typed.ts': 'interface A { a: number }\nexport function f(a: A): number { return a.a; }\nconst g = async () => { await 1; };\n',
    'view.jsx': 'export const V = () => <div className="x">{[1, 2].map((i) => <b key={i}>{i}</b>)}</div>;\n',
  };
  for (const [name, source] of Object.entries(inputs)) {
    test(`${name}: byte-identical code and map with and without the plugin`, () => {
      const opts = {
        ...BASE, filename: name, sourceMaps: true,
        presets: name.endsWith('.ts') ? ['@babel/preset-typescript'] : [],
        plugins: name.endsWith('.jsx') ? ['@babel/plugin-transform-react-jsx'] : [],
      };
      const without = babel.transformSync(source, opts);
      const withPlugin = babel.transformSync(source, { ...opts, plugins: [plugin, ...opts.plugins] });
      expect(withPlugin.code).toBe(without.code);
      expect(withPlugin.map).toEqual(without.map);
    });
  }
});

describe('options', () => {
  const GEN = 'function g() { co_yield 1; co_yield 2; }\nconsole.log([...g()].join(" "));\n';

  test('runtime import: ESM files import it, others require it, `module` overrides', () => {
    const esm = babel.transformSync('export ' + GEN, { ...BASE, filename: 'm.co.js', plugins: [plugin] }).code;
    expect(esm).toMatch(/^import \* as \$co from "coframe\/runtime";$/m);
    const cjs = babel.transformSync(GEN, { ...BASE, filename: 'c.co.js', plugins: [plugin] }).code;
    expect(cjs).toMatch(/^const \$co = require\("coframe\/runtime"\);$/m);
    const forced = babel.transformSync(GEN, { ...BASE, filename: 'c.co.js', plugins: [[plugin, { module: 'esm' }]] }).code;
    expect(forced).toMatch(/^import \* as \$co from "coframe\/runtime";$/m);
    const spec = babel.transformSync(GEN, { ...BASE, filename: 'c.co.js', plugins: [[plugin, { runtimeSpecifier: './rt.js' }]] }).code;
    expect(spec).toMatch(/require\("\.\/rt\.js"\)/);
  });

  test('the runtime import is seen by later plugins (CommonJS modules transform)', async () => {
    const r = babel.transformSync('export ' + GEN, {
      ...BASE, filename: 'm.co.js',
      plugins: [[plugin, { runtimeSpecifier: RUNTIME }], '@babel/plugin-transform-modules-commonjs'],
    });
    expect(r.code).not.toMatch(/^import /m);
    expect(await run(r.code, 'tocjs')).toBe('1 2\n');
  });

  test('the place of coframe/babel in the plugin list does not matter (it lowers in `pre`)', () => {
    const source = "import fs from 'fs';\nexport function g() { co_yield fs.existsSync('/'); }\n";
    const out = (plugins) => babel.transformSync(source, { ...BASE, filename: 'order.co.js', plugins }).code;
    const first = out([plugin, '@babel/plugin-transform-modules-commonjs']);
    expect(first).toMatch(/require\("coframe\/runtime"\)/);
    expect(out(['@babel/plugin-transform-modules-commonjs', plugin])).toBe(first);
  });

  test('runtime: "inline" needs no import', async () => {
    const r = babel.transformSync('export ' + GEN, { ...BASE, filename: 'i.co.js', plugins: [[plugin, { runtime: 'inline' }]] });
    expect(r.code).not.toMatch(/coframe\/runtime|require\(/);
    expect(await run(r.code, 'inline')).toBe('1 2\n');
  });

  test('target: "native" emits function* / async and no runtime', async () => {
    const r = babel.transformSync(GEN + 'function t() { co_await 1; }\n', { ...BASE, filename: 'n.co.js', plugins: [[plugin, { target: 'native' }]] });
    expect(r.code).toMatch(/function\* g\(\)/);
    expect(r.code).toMatch(/async function t\(\)/);
    expect(r.code).not.toMatch(/coframe\/runtime/);
    expect(await run(r.code, 'native')).toBe('1 2\n');
  });

  test('unknown options and bad values are rejected', () => {
    expect(() => babel.transformSync(GEN, { ...BASE, filename: 'x.co.js', plugins: [[plugin, { runtim: 'inline' }]] })).toThrow(/unknown option 'runtim'/);
    expect(() => babel.transformSync(GEN, { ...BASE, filename: 'x.co.js', plugins: [[plugin, { target: 'es5' }]] })).toThrow(/option 'target' must be one of/);
  });
});

describe('errors are Babel errors with the coframe code, position and code frame', () => {
  const transform = (source, filename = '/src/bad.co.js', extra = {}) => {
    try {
      babel.transformSync(source, { ...BASE, filename, plugins: [plugin], ...extra });
    } catch (e) {
      // Babel colours the code frame when the terminal supports colour
      // (its highlightCode option; FORCE_COLOR in CI): compare the text.
      e.message = e.message.replace(/\x1b\[[0-9;]*m/g, '');
      return e;
    }
    throw new Error('expected an error');
  };

  test('a syntax error (CF1000) at its original position', () => {
    const e = transform('function f() {\n  co_yield 1 +;\n}\n');
    expect(e.code).toBe('BABEL_PARSE_ERROR');
    expect(e.message).toMatch(/^\/src\/bad\.co\.js: CF1000: Unexpected token \(2:14\)/);
    expect(e.message).toContain('> 2 |   co_yield 1 +;');
    expect(e.loc).toEqual({ line: 2, column: 14 });
  });

  test('a plain return in a coroutine (CF1001)', () => {
    const e = transform('function f() {\n  co_yield 1;\n  return 2;\n}\n');
    expect(e.message).toMatch(/^\/src\/bad\.co\.js: CF1001: .* \(3:2\)/);
    expect(e.message).toMatch(/> 3 \|   return 2;\n\s+\|   \^/);
    expect(e.coframeCode).toBe('CF1001');
    expect(e.loc).toEqual({ line: 3, column: 2 });
  });

  test('co_yield in an arrow function (CF1020)', () => {
    const e = transform('const f = () => {\n  co_yield 1;\n};\n');
    expect(e.message).toMatch(/CF1020/);
    expect(e.message).toContain('> 2 |   co_yield 1;');
  });

  test('a co_ word used as a name (CF1030)', () => {
    const e = transform('function f() {\n  let co_await = 1;\n  co_yield co_await;\n}\n');
    expect(e.message).toMatch(/CF1030: 'co_await' is a reserved word/);
    expect(e.message).toContain('> 2 |   let co_await = 1;');
  });

  test('JSX without the JSX parser plugin: Babel\'s own missing-plugin message', () => {
    const e = transform('function f() {\n  co_yield <div />;\n}\n');
    expect(e.code).toBe('BABEL_PARSE_ERROR');
    expect(e.message).toMatch(/Support for the experimental syntax 'jsx' isn't currently enabled \(2:12\)/);
  });

  test('TypeScript positions are the .co.ts source\'s', () => {
    const e = transform('function f(x: number): Promise<number> {\n  const y: number = co_await x;\n  return y;\n}\n', '/src/bad.co.ts', { presets: ['@babel/preset-typescript'] });
    expect(e.message).toMatch(/CF1001: .* \(3:2\)/);
    expect(e.message).toContain('> 3 |   return y;');
  });
});
