// Babel 8 (the `babel8-core` alias of @babel/core 8) transforms, run in a
// plain Node process: Babel 8 is ESM-only, which Node 20 can require() but
// Jest 29's module loader cannot.
//   node test/support/babel8.js < JOBS.json > RESULTS.json
// JOBS: [{ source, filename, options }] where options are @babel/core
// options; `plugins: ["coframe"]` names this checkout's plugin (dist/babel).
// RESULTS: [{ code, version } | { error: { message, code, loc, coframeCode } }],
// in order.
'use strict';
const path = require('path');
const babel = require('babel8-core');
const coframe = require(path.join(__dirname, '..', '..', 'dist', 'babel'));

const plugin = (p) => (p === 'coframe' ? coframe : Array.isArray(p) && p[0] === 'coframe' ? [coframe, p[1]] : p);

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ source, filename, options }) => {
    try {
      const r = babel.transformSync(source, {
        babelrc: false, configFile: false, filename, ...options, plugins: (options.plugins || []).map(plugin),
      });
      return { code: r.code, version: babel.version };
    } catch (e) {
      return { error: { message: e.message, code: e.code, loc: e.loc, coframeCode: e.coframeCode } };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
