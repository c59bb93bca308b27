'use strict';
// Size of each system's runtime / helpers, gzip -9, as shipped and minified
// (swc's minifier, the same settings for everyone).
//
// coframe: dist/runtime/index.js as shipped, and minified: the whole runtime,
// and the part that generators plus tasks need (the runtime's ES module form,
// compiled from src/runtime/index.ts, exporting only gen, task and the helpers
// their compiled code calls; the minifier drops the rest).
// Others: the helpers they paste into a probe module with a generator (with a
// loop and a yield*) and a task (an await in a try/catch).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { ROOT, compileFor, load } = require('./systems');

const gzip = (s) => zlib.gzipSync(s, { level: 9 }).length;

const PROBE = `
function g(n) {
  for (let i = 0; i < n; i++) co_yield i;
  co_yield* [n];
}
function t(x) {
  try {
    co_await x;
  } catch (e) {
    co_return 0;
  }
  co_return 1;
}
module.exports = { g, t };
`;
const PROBE_NAMES = new Set(['g', 't']);

// runtime exports that the code of a generator or a task may call
const GEN_TASK_EXPORTS = ['gen', 'task', 'end', 'abrupt', 'rejected', 'iterOf', 'closeIter', 'checkObject', 'call', 'invoke', 'callable', 'NORMAL', 'RETURN', 'THROW', 'JUMP'];

function minify(code, keep) {
  const src = `${code}\nexport { ${keep.join(', ')} };\n`;
  return load.swc().minifySync(src, {
    module: true, compress: { toplevel: true, unused: true, passes: 2 }, mangle: { toplevel: true },
  }).code;
}

/** top-level helper declarations in a compiled probe: functions not from the probe, TypeScript's `var __x = ...` */
function extractHelpers(code) {
  const babel = load.babel();
  const ast = babel.parseSync(code, { configFile: false, babelrc: false, sourceType: 'script' });
  const parts = [];
  const names = [];
  for (const st of ast.program.body) {
    let name = null;
    if (st.type === 'FunctionDeclaration' && !PROBE_NAMES.has(st.id.name)) name = st.id.name;
    if (st.type === 'VariableDeclaration' && st.declarations.length === 1 && /^__/.test(st.declarations[0].id.name)) name = st.declarations[0].id.name;
    if (name) { parts.push(code.slice(st.start, st.end)); names.push(name); }
  }
  return { code: parts.join('\n'), names };
}

function coframeRuntimeEsm() {
  const ts = load.ts();
  const src = fs.readFileSync(path.join(ROOT, 'src', 'runtime', 'index.ts'), 'utf8');
  const js = ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const exported = [];
  const body = js
    .replace(/^export (const|let|var|function|class) ([A-Za-z_$][\w$]*)/gm, (_, kw, name) => { exported.push(name); return `${kw} ${name}`; })
    .replace(/^export \{([^}]*)\};?$/gm, (_, names) => { exported.push(...names.split(',').map((n) => n.trim()).filter(Boolean)); return ''; });
  return { body, exported };
}

function measureSizes() {
  const out = {};
  const shipped = fs.readFileSync(path.join(ROOT, 'dist', 'runtime', 'index.js'), 'utf8');
  const esm = coframeRuntimeEsm();
  const genTask = minify(esm.body, GEN_TASK_EXPORTS.filter((n) => esm.exported.includes(n)));
  out.coframe = {
    what: 'dist/runtime/index.js',
    bytes: Buffer.byteLength(shipped), gzip: gzip(shipped),
    minGzip: gzip(minify(esm.body, esm.exported)),
    genTaskMinGzip: gzip(genTask),
  };
  out.native = { what: 'none', bytes: 0, gzip: 0, minGzip: 0, genTaskMinGzip: 0 };
  for (const sys of ['regenerator', 'tsc', 'swc']) {
    const h = extractHelpers(compileFor(sys, PROBE, 'probe.co.js'));
    const min = gzip(minify(h.code, h.names));
    out[sys] = { what: h.names.join(' '), bytes: Buffer.byteLength(h.code), gzip: gzip(h.code), minGzip: min, genTaskMinGzip: min };
  }
  return out;
}

module.exports = { measureSizes, extractHelpers };

if (require.main === module) console.log(JSON.stringify(measureSizes(), null, 2));
