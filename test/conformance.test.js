// The conformance runner (test/conformance/run.js) on a small tree of tests
// written here in the suite's form: what passes natively must pass through
// coframe, a difference not on the known list is reported and fails the run,
// negative tests are skipped. (The suite itself is not vendored: docs/CONFORMANCE.md.)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { convert } = require('./conformance/convert');

const RUN = path.join(__dirname, 'conformance', 'run.js');

function tree(files) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coframe-conf-'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'test', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

function run(root) {
  const out = path.join(root, 'out');
  const r = spawnSync(process.execPath, [RUN, root, '--out', out, '--jobs', '2'], { encoding: 'utf8', timeout: 120000 });
  return { status: r.status, stdout: r.stdout, results: JSON.parse(fs.readFileSync(path.join(out, 'results.json'), 'utf8')) };
}

const header = (flags = []) => `/*---\ndescription: a test\nflags: [${flags.join(', ')}]\n---*/\n`;

const PASSING = {
  'gen/finally-on-return.js': `${header()}
var log = [];
function* g() { try { yield 1; yield 2; } finally { log.push('finally'); } }
var it = g();
assert.sameValue(it.next().value, 1);
var r = it.return(7);
assert.sameValue(r.value, 7);
assert.sameValue(r.done, true);
assert.compareArray(log, ['finally']);
`,
  'gen/no-yield-still-a-generator.js': `${header()}
function* g() { return 5; }
var r = g().next();
assert.sameValue(r.value, 5);
assert.sameValue(r.done, true);
`,
  'async/await-order.js': `${header(['async'])}
var log = [];
async function f(x) { log.push('start'); var v = await x; log.push('got ' + v); return v * 2; }
async function* ag() { yield* [1, 2]; }
var p = f(21);
log.push('after call');
p.then(function (v) {
  assert.sameValue(v, 42);
  assert.compareArray(log, ['start', 'after call', 'got 21']);
  return ag().next();
}).then(function (r) { assert.sameValue(r.value, 1); }).then($DONE, $DONE);
`,
  'async/arrow-without-await.js': `${header(['async'])}
var f = async () => 3;
f().then(function (v) { assert.sameValue(v, 3); }).then($DONE, $DONE);
`,
  'syntax/negative-skipped.js': `/*---\ndescription: a syntax error\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n$DONOTEVALUATE();\nfunction* g() { yield = 1; }\n`,
};

describe('conformance runner', () => {
  test('the rewrite into co_ syntax', () => {
    const out = convert([
      'function* g() { var x = yield 1; return yield* x; }',
      'async function f() { for await (const v of s) {} return await 2; }',
      'var o = { async *m() { yield 1; }, *[Symbol.iterator]() {}, async n() {} };',
      'var a = async (x) => x + 1;',
    ].join('\n'));
    expect(out.split('\n')).toEqual([
      'function g() { var x = co_yield 1; co_return co_yield* x; }',
      ' function f() { for co_await (const v of s) {} co_return co_await 2; }',
      'var o = {  m() { if (0) co_await 0; co_yield 1; }, [Symbol.iterator]() { if (0) co_yield;},  n() { if (0) co_await 0;} };',
      'var a =  (x) => { if (0) co_await 0; co_return (x + 1); };',
    ]);
  });

  test('tests that pass natively pass through coframe; negative tests are skipped', () => {
    const root = tree(PASSING);
    try {
      const r = run(root);
      const status = Object.fromEntries(r.results.map((x) => [x.id || x.rel, x.status]));
      expect(status).toEqual({
        'async/arrow-without-await.js [sloppy]': 'pass',
        'async/arrow-without-await.js [strict]': 'pass',
        'async/await-order.js [sloppy]': 'pass',
        'async/await-order.js [strict]': 'pass',
        'gen/finally-on-return.js [sloppy]': 'pass',
        'gen/finally-on-return.js [strict]': 'pass',
        'gen/no-yield-still-a-generator.js [sloppy]': 'pass',
        'gen/no-yield-still-a-generator.js [strict]': 'pass',
        'syntax/negative-skipped.js': 'skipped',
      });
      expect(r.status).toBe(0);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('a difference that is not on the known list fails the run', () => {
    // the generator object's prototype may differ (LANGUAGE.md §3), but this
    // test is not one the runner knows about
    const root = tree({
      'gen/object-prototype.js': `${header(['onlyStrict'])}
function* g() {}
assert.sameValue(Object.getPrototypeOf(g()), g.prototype);
`,
      'gen/fails-natively.js': `${header(['onlyStrict'])}
assert.sameValue(1, 2);
`,
    });
    try {
      const r = run(root);
      expect(r.results.map((x) => [x.id, x.status])).toEqual([
        ['gen/fails-natively.js [strict]', 'fails natively'],
        ['gen/object-prototype.js [strict]', 'fail, UNEXPECTED'],
      ]);
      expect(r.stdout).toMatch(/fail, UNEXPECTED\tgen\/object-prototype\.js \[strict\]/);
      expect(r.status).toBe(1);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
