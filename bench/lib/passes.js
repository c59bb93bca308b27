'use strict';
// The compiler's passes as the compile benchmarks see them: each one's
// module in dist/ and the function that runs it (compile-ab.js times these
// functions; compile-alloc.js charges what is allocated under them to them).
const PASSES = {
  parse: ['syntax/parse', 'parseSource'], classify: ['classify', 'classify'], bindings: ['bindings', 'analyzeBindings'],
  cfg: ['cfg/build', 'buildCFG'], liveness: ['liveness', 'analyzeLiveness'], layout: ['frame/layout', 'layoutFrame'],
  emit: ['lower/emit', 'emitCoroutine'], print: ['print', 'printProgram'],
};

module.exports = { PASSES };
