'use strict';
// Run one test file as a script of its own (top-level `var`s are globals, as
// the suite expects), after the harness; compiled tests `require` the runtime.
require('./harness.js');
globalThis.require = require;
const fs = require('fs');
const vm = require('vm');
const file = process.argv[2];
vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
