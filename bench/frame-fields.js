#!/usr/bin/env node
// Frame size with and without slot sharing, over the fixture corpus and the
// examples: `npm run frame-stats` (after `npm run build`).
'use strict';
const fs = require('fs');
const path = require('path');
const { explain } = require('../dist/api');

const root = path.join(__dirname, '..');
const dirs = ['fixtures/examples', 'fixtures/programs'];
const files = [];
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.co.js')) files.push(p);
  }
};
for (const d of dirs) walk(path.join(root, d));

let coroutines = 0, unshared = 0, shared = 0, framesShrunk = 0;
const best = [];
for (const f of files) {
  const r = explain(fs.readFileSync(f, 'utf8'), { filename: f });
  for (const c of r.coroutines) {
    coroutines++;
    unshared += c.frame.fieldsWithoutSharing;
    shared += c.frame.slots.length;
    if (c.frame.slots.length < c.frame.fieldsWithoutSharing) {
      framesShrunk++;
      best.push({ where: `${path.relative(root, f)} ${c.name}`, from: c.frame.fieldsWithoutSharing, to: c.frame.slots.length });
    }
  }
}
best.sort((a, b) => (b.from - b.to) - (a.from - a.to));
console.log(`files: ${files.length}, coroutines: ${coroutines}`);
console.log(`frame variable fields without sharing: ${unshared}`);
console.log(`frame variable fields with sharing:    ${shared} (${((1 - shared / unshared) * 100).toFixed(1)}% fewer)`);
console.log(`frames made smaller: ${framesShrunk}`);
for (const b of best.slice(0, 5)) console.log(`  ${b.where}: ${b.from} -> ${b.to}`);
