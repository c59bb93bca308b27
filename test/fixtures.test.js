// Differential test: every fixtures/programs/**/*.co.js is compiled with the
// state-machine target and with the native target (the oracle of LANGUAGE.md
// §3), both are run in their own Node process, and what they print (and their
// exit status) must be identical.
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, listFiles, pool, differential, cleanup } = require('./support/fixtures');

const PROGRAMS = path.join(ROOT, 'fixtures', 'programs');
const files = listFiles(PROGRAMS);
const rel = (f) => path.relative(PROGRAMS, f);

// Programs whose output depends on wall-clock timers can be perturbed by
// machine load (a 10 ms margin between two timers is not much on a busy
// 2-core box). They run after the others, one at a time, and a mismatch is
// re-run once; the assertion itself is unchanged.
const usesTimers = (f) => /\bset(Timeout|Interval|Immediate)\b/.test(fs.readFileSync(f, 'utf8'));
const results = new Map();
const retried = [];

beforeAll(async () => {
  const quiet = files.filter((f) => !usesTimers(f));
  const timed = files.filter(usesTimers);
  // each differential runs its two processes concurrently: 2 jobs = 4 processes
  const first = await pool(quiet.map((f) => () => differential(f)), 2);
  quiet.forEach((f, i) => results.set(f, first[i]));
  for (const f of timed) {
    let r = await differential(f);
    if (r.native !== r.machine) {
      retried.push(rel(f));
      r = await differential(f);
    }
    results.set(f, r);
  }
}, 300000);

afterAll(() => {
  cleanup();
  if (retried.length) console.warn(`timer-dependent programs re-run after a first mismatch: ${retried.join(', ')}`);
});

test('there are fixture programs for every kind', () => {
  for (const kind of ['gen', 'asyncgen', 'task']) {
    expect(files.some((f) => rel(f).startsWith(kind + path.sep))).toBe(true);
  }
});

test.each(files.map((f) => [rel(f), f]))('%s', (name, file) => {
  const r = results.get(file);
  // a program that prints nothing proves nothing
  expect(r.native.trim()).not.toBe('');
  expect(r.native).not.toMatch(/^\[(timed out|exit )/m);
  expect(r.machine).toBe(r.native);
  expect(r.machineCode).toBe(r.nativeCode);
});
