#!/usr/bin/env node
'use strict';
const { main } = require('../dist/cli');

main(process.argv.slice(2)).then(
  (code) => { if (code !== 0) process.exitCode = code; },
  (err) => {
    // errors thrown by the user's program under `coframe run` propagate as in node
    throw err;
  },
);
