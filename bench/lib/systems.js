'use strict';
// The systems under comparison and how each compiles a workload.
//
// Every workload is written once in co_ syntax. coframe compiles it to its
// state machine (runtime imported from dist/runtime); `native` is coframe's
// `--target native` form (function*, async function); the three other systems
// compile that native form as a user of theirs would:
//   regenerator  Babel 8 + @babel/plugin-transform-regenerator (+ transform-for-of,
//                which regenerator needs for a for...of around a yield; helpers inlined)
//   tsc          TypeScript 5 transpileModule, target ES5, downlevelIteration
//   swc          @swc/core transformSync, jsc.target es5
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const RUNTIME = path.join(ROOT, 'dist', 'runtime', 'index.js');
const SYSTEMS = ['coframe', 'native', 'regenerator', 'tsc', 'swc'];

let api, babel, babelParts, regenerator, ts, swc;
const load = {
  coframe() { api = api || require(path.join(ROOT, 'dist', 'api')); return api; },
  babel() {
    babel = babel || require('@babel/core');
    return babel;
  },
  // regenerator cannot explode a for...of that contains a yield: Babel's
  // pipelines (preset-env) run the for-of transform with it, and so do we
  regenerator() {
    if (!regenerator) {
      const def = (m) => m.default || m;
      regenerator = [def(require('@babel/plugin-transform-for-of')), def(require('@babel/plugin-transform-regenerator'))];
    }
    return regenerator;
  },
  babelParts() {
    if (!babelParts) {
      const gen = require('@babel/generator');
      babelParts = { parser: require('@babel/parser'), generator: gen.generate || gen.default || gen };
    }
    return babelParts;
  },
  ts() { ts = ts || require('typescript'); return ts; },
  swc() { swc = swc || require('@swc/core'); return swc; },
};

function check(r, filename) {
  if (r.code == null) {
    const d = r.diagnostics.map((x) => `${x.filename}:${x.line}:${x.column} ${x.code} ${x.message}`).join('\n');
    throw new Error(`coframe could not compile ${filename}:\n${d}`);
  }
  return r.code;
}

const compilers = {
  coframe: (co, filename, opts = {}) => check(load.coframe().compile(co, {
    filename, module: 'cjs', runtime: opts.runtime || 'import', runtimeSpecifier: RUNTIME,
  }), filename),
  native: (co, filename) => check(load.coframe().compile(co, { filename, module: 'cjs', target: 'native' }), filename),
  regenerator: (nat, filename) => load.babel().transformSync(nat, {
    filename, configFile: false, babelrc: false, sourceType: 'script', plugins: load.regenerator(),
  }).code,
  // @babel/core with no plugin: what a Babel pipeline pays before any plugin
  // runs (options, the File, its one traversal, printing)
  'babel-no-plugin': (nat, filename) => load.babel().transformSync(nat, {
    filename, configFile: false, babelrc: false, sourceType: 'script', plugins: [],
  }).code,
  // @babel/parser then @babel/generator, nothing between: the floor under
  // any compiler that reads and prints with Babel (coframe's output is
  // larger than its input, so its own floor is higher: BENCHMARKS.md)
  'babel-parse-generate': (nat, filename) => {
    const { parser, generator } = load.babelParts();
    return generator(parser.parse(nat, { sourceType: 'script', sourceFilename: filename })).code;
  },
  tsc: (nat, filename) => {
    const t = load.ts();
    return t.transpileModule(nat, {
      fileName: filename,
      compilerOptions: { target: t.ScriptTarget.ES5, downlevelIteration: true, module: t.ModuleKind.CommonJS },
    }).outputText;
  },
  swc: (nat, filename) => load.swc().transformSync(nat, {
    filename, swcrc: false, configFile: false, isModule: false,
    jsc: { target: 'es5', parser: { syntax: 'ecmascript' } },
  }).code,
};

/** which source a system compiles: the co_ form (coframe, native) or the native form */
const INPUT = {
  coframe: 'co', native: 'co', regenerator: 'native', 'babel-no-plugin': 'native', 'babel-parse-generate': 'native', tsc: 'native', swc: 'native',
};

/** Compile co_ source `co` for `system` (through the native form where that system needs it). */
function compileFor(system, co, filename, opts) {
  if (INPUT[system] === 'co') return compilers[system](co, filename, opts);
  const nat = compilers.native(co, filename);
  return compilers[system](nat, filename.replace(/\.co\.js$/, '.js'));
}

function versions() {
  const v = (name) => require(`${name}/package.json`).version;
  return {
    node: process.version,
    coframe: require(path.join(ROOT, 'package.json')).version,
    '@babel/core': v('@babel/core'),
    '@babel/plugin-transform-regenerator': v('@babel/plugin-transform-regenerator'),
    typescript: v('typescript'),
    '@swc/core': v('@swc/core'),
  };
}

module.exports = { ROOT, RUNTIME, SYSTEMS, INPUT, compilers, compileFor, load, versions };
