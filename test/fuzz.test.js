// CI budget of the differential fuzzer (test/fuzz/): 500 generated programs
// with a fixed seed, every kind, each compiled to the state machine and run
// beside its native form as the generator writes it (not as coframe
// compiles it), plus 200 written without semicolons; the traces must be
// identical. It has to finish in under 60 s on a 2-core machine.
// A long run: npm run fuzz -- --seed S --count 100000 (see docs/MUTATION.md).
'use strict';
const { generate, batchSource, standaloneSource, programText, print, KINDS, PRELUDE_FACTORY } = require('./fuzz/generate');
const { candidates, applyEdits } = require('./fuzz/reduce');
const { fuzz } = require('./fuzz/run');
const { firstDiff, CompilerPool, differential } = require('./fuzz/batch');

const SEED = 20240601;
const COUNT = 500;
const ASI_COUNT = 200;
const BUDGET_MS = 60000;

test('the generator is reproducible and makes every kind', () => {
  const a = batchSource(generate(SEED, 7));
  const b = batchSource(generate(SEED, 7));
  expect(a).toBe(b);
  expect(batchSource(generate(SEED, 8))).not.toBe(a);
  const kinds = new Set(Array.from({ length: 30 }, (_, i) => generate(SEED, i).kind));
  expect([...kinds].sort()).toEqual([...KINDS].sort());
  for (const k of ['generator', 'async', 'asyncgen']) {
    expect(standaloneSource(generate(SEED, 1, k))).toMatch(/function main|const main/);
  }
});

test('the native form is plain JavaScript that spells each coroutine kind', () => {
  const heads = new Set();
  for (let i = 0; i < 40; i++) {
    const prog = generate(SEED, i);
    const co = programText(prog);
    const native = programText(prog, 'native');
    expect(co).not.toMatch(/\u00a7|\byield\b|function\*/);
    expect(native).not.toMatch(/[\u00a7\u00b6]/);
    // every co_ word left in the native form is one the generator wrote as text (a string, a name, ...)
    const count = (t, re) => (t.match(re) || []).length;
    expect(count(native, /\bco_/g)).toBe(count(print(prog.root, -1), /\bco\u00b6_/g));
    for (const m of native.matchAll(/async function\*|async function|function\*|async \*?m\(|\*m\(|async \(/g)) heads.add(m[0]);
    // the same program: only the kinds and the keywords differ
    const bare = (text) => text.replace(/async |\*|\b(co_)?(yield|await|return)\b/g, '');
    expect(bare(native)).toBe(bare(co));
  }
  expect([...heads].sort()).toEqual(['*m(', 'async (', 'async *m(', 'async function', 'async function*', 'async m(', 'function*']);
  // without semicolons, a line that would continue the one before it starts with one
  const asi = programText(generate(SEED, 3, undefined, { asi: true }));
  expect(asi).not.toMatch(/;\n/);
  expect(asi).toMatch(/\n\s*;\(/);
});

test('the native side runs the native form given, not a compile of the co_ form', async () => {
  const pool = new CompilerPool();
  try {
    const [r] = await differential([{ id: 'x', source: `async function __main(print) { print('co'); }`, nativeSource: `async function __main(print) { print('native'); }` }], pool, { preamble: PRELUDE_FACTORY });
    expect([r.native, r.machine, r.same]).toEqual(['native', 'co', false]);
  } finally {
    pool.close();
  }
});

test('the reducer edits a copy and keeps programs printable', () => {
  const prog = generate(SEED, 3);
  const before = batchSource(prog);
  const cands = candidates(prog.root);
  expect(cands.length).toBeGreaterThan(10);
  const smaller = batchSource({ ...prog, root: applyEdits(prog.root, [cands[cands.length - 1]]) });
  expect(batchSource(prog)).toBe(before);
  expect(smaller).not.toBe(before);
});

test('one program in a batch cannot corrupt the next', async () => {
  const pool = new CompilerPool();
  const prog = (body) => `async function __main(print) {\n${body}\n}`;
  const bodies = [
    `print('loop'); for (;;) {}`,
    `print('never'); await new Promise(() => {});`,
    `queueMicrotask(() => { throw new Error('boom'); }); await null; print('after');`,
    `leaked = 5; print('leak ' + typeof leaked);`,
    `print('sees leak? ' + typeof leaked);`,
    `Promise.reject(new Error('nope')); print('rejected');`,
    `print('exit'); process.exit(3);`,
    `print('fine');`,
  ];
  try {
    const res = await differential(bodies.map((b, i) => ({ id: String(i), source: prog(b) })), pool, { preamble: PRELUDE_FACTORY, stallMs: 1500 });
    expect(res.map((r) => r.native)).toEqual([
      'loop\n[hang: no progress for 1500 ms]',
      'never\n[never settled]',
      'Uncaught Error: boom\nafter',
      'leak number',
      'sees leak? undefined',
      'rejected\nUnhandled rejection Error: nope',
      'exit\n[process died: exit 3] ',
      'fine',
    ]);
    expect(res.every((r) => r.same)).toBe(true);
  } finally {
    pool.close();
  }
});

test(`${COUNT} fuzz programs (seed ${SEED}): state-machine and native traces are identical`, async () => {
  const t0 = Date.now();
  const res = await fuzz({ seed: SEED, count: COUNT });
  const ms = Date.now() - t0;
  // A documented difference (fixtures/known-differences, e.g. 005: V8 words
  // an error by the source text) is classified by the fuzzer and not a failure.
  const report = res.mismatches.filter((r) => !r.signature.startsWith('known:')).slice(0, 10).map((r) => {
    // (at most 10 listed; res.mismatches.length is the total)
    const d = r.machineError ? { line: '-', native: '(compiles)', machine: r.machineError } : firstDiff(r.native, r.machine);
    return `seed ${SEED} program ${r.program.index} (${r.program.kind}) [${r.signature}] line ${d.line}\n  native:  ${d.native}\n  machine: ${d.machine}`;
  });
  const invalid = res.invalid.map((r) => `program ${r.program.index}: ${r.nativeError}`);
  expect(invalid).toEqual([]);
  expect(res.count).toBe(COUNT);
  // reproduce one with: node test/fuzz/reduce.js --seed SEED --index I
  expect(report.join('\n')).toBe('');
  expect(ms).toBeLessThan(BUDGET_MS);
}, BUDGET_MS + 30000);

test(`${ASI_COUNT} fuzz programs without semicolons (seed ${SEED}): the traces are identical`, async () => {
  const res = await fuzz({ seed: SEED, start: COUNT, count: ASI_COUNT, asi: true });
  const report = res.mismatches.filter((r) => !r.signature.startsWith('known:')).slice(0, 10).map((r) => `program ${r.program.index} [${r.signature}]`);
  expect(res.invalid.map((r) => `program ${r.program.index}: ${r.nativeError}`)).toEqual([]);
  expect(res.count).toBe(ASI_COUNT);
  // reproduce one with: node test/fuzz/reduce.js --seed SEED --index I --asi
  expect(report.join('\n')).toBe('');
}, BUDGET_MS);
