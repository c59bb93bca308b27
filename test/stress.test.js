// Stress: long-running and deeply nested coroutines must neither leak stack
// nor slow down to a crawl. Each program is compiled here and run in its own
// Node process; where a native equivalent exists its output is the oracle.
'use strict';
const { compileSource, runNode, cleanup } = require('./support/fixtures');

afterAll(cleanup);

async function runBoth(name, source, timeout = 60000) {
  const machine = compileSource(source, `${name}.co.js`, 'state-machine');
  const native = compileSource(source, `${name}.co.js`, 'native');
  const [m, n] = await Promise.all([runNode(machine, { timeout }), runNode(native, { timeout })]);
  return { machine: m, native: n };
}

test('a generator resumed 1,000,000 times runs to completion with the right sum', async () => {
  const N = 1000000;
  const source = `
function counter(n) {
  let i = 0;
  let acc = 0;
  while (i < n) {
    const sent = co_yield i;
    if (sent !== i * 2) throw new Error('bad sent value ' + sent + ' at ' + i);
    acc += sent;
    i++;
  }
  co_return acc;
}
let sum = 0;
let steps = 0;
const g = counter(${N});
let r = g.next();
while (!r.done) {
  sum += r.value;
  steps++;
  r = g.next(r.value * 2);
}
console.log(steps, sum, r.value, JSON.stringify(g.next()));
`;
  const { machine, native } = await runBoth('million', source);
  const sum = (N * (N - 1)) / 2;
  const expected = `${N} ${sum} ${2 * sum} {"done":true}\n`;
  expect(native.out).toBe(expected);
  expect(machine.out).toBe(expected);
  expect(machine.code).toBe(0);
});

test('1,000-deep recursive co_yield* runs to completion (brief\'s deep())', async () => {
  const source = `
function deep(n) {
  if (n === 0) { co_yield 'bottom'; co_return 0; }
  const r = co_yield* deep(n - 1);
  co_return r + 1;
}
const it = deep(1000);
const values = [];
let r = it.next();
while (!r.done) { values.push(r.value); r = it.next(); }
console.log(JSON.stringify(values), r.value, JSON.stringify(it.next()));
`;
  const { machine, native } = await runBoth('deep', source);
  expect(native.out).toBe('["bottom"] 1000 {"done":true}\n');
  expect(machine.out).toBe(native.out);
});

test('1,000-deep co_yield* forwards next(v), throw() and return() through every level', async () => {
  const source = `
const log = [];
function deep(n) {
  try {
    if (n === 0) {
      const got = co_yield 'bottom';
      try {
        co_yield 'again:' + got;
      } catch (e) {
        log.push('caught at bottom: ' + e);
        co_yield 'recovered';
      }
      co_return 0;
    }
    if (n % 250 === 0) co_yield 'level ' + n;
    const r = co_yield* deep(n - 1);
    co_return r + 1;
  } finally {
    if (n % 500 === 0) log.push('finally ' + n);
  }
}

// next(v) all the way down, throw() caught at the bottom, then run out
let it = deep(1000);
const seen = [];
let r = it.next();
while (!r.done) {
  seen.push(r.value);
  if (r.value === 'bottom') r = it.next('sent');
  else if (String(r.value).startsWith('again:')) r = it.throw('boom');
  else r = it.next();
}
console.log(JSON.stringify(seen), 'returned', r.value);

// return() from the bottom runs every pending finally, innermost first
it = deep(1000);
do { r = it.next(); } while (r.value !== 'bottom');
console.log(JSON.stringify(it.return('early')), JSON.stringify(it.next()));

// throw() that nobody catches unwinds all 1,000 levels
it = deep(1000);
do { r = it.next(); } while (r.value !== 'bottom');
r = it.next('x');
try { it.throw(new Error('uncaught')); it.throw(new Error('uncaught 2')); } catch (e) { console.log('escaped:', e.message); }
console.log(JSON.stringify(it.next()));
console.log(log.join('; '));
`;
  const { machine, native } = await runBoth('deep_protocol', source);
  expect(native.out).toMatch(/returned 1000/);
  expect(native.out).toMatch(/escaped:/);
  expect(machine.out).toBe(native.out);
  expect(machine.code).toBe(0);
});

test('a task chain awaiting 100,000 times sequentially finishes', async () => {
  const N = 100000;
  const source = `
function step(i) {
  const v = co_await i;
  co_return v * 2;
}
function chain(n) {
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += co_await step(i);
  }
  co_return total;
}
let settled = false;
chain(${N}).then((t) => { settled = true; console.log('total', t); });
process.on('exit', () => { if (!settled) console.log('never settled'); });
`;
  const { machine, native } = await runBoth('await_chain', source);
  const expected = `total ${N * (N - 1)}\n`;
  expect(native.out).toBe(expected);
  expect(machine.out).toBe(expected);
  expect(machine.code).toBe(0);
});

test('an async generator driven 100,000 times by for co_await finishes', async () => {
  const N = 100000;
  const source = `
function numbers(n) {
  for (let i = 0; i < n; i++) {
    co_yield co_await Promise.resolve(i);
  }
}
function consume(n) {
  let sum = 0;
  let count = 0;
  for co_await (const x of numbers(n)) { sum += x; count++; }
  co_return [count, sum];
}
consume(${N}).then(([count, sum]) => console.log(count, sum));
`;
  const { machine, native } = await runBoth('asyncgen_loop', source);
  const expected = `${N} ${(N * (N - 1)) / 2}\n`;
  expect(native.out).toBe(expected);
  expect(machine.out).toBe(expected);
});

// Recursion deeper than the stack may overflow (the native target does too,
// at some depth), but it must fail with a RangeError, not hang. The native
// target completes 2,000 levels and throws RangeError at 20,000.
describe('co_yield* deeper than comfortable', () => {
  const DEPTHS = [2000, 20000];
  const runs = new Map();
  const source = (depth) => `
function deep(n) {
  if (n === 0) { co_yield 'bottom'; co_return 0; }
  const r = co_yield* deep(n - 1);
  co_return r + 1;
}
try {
  const it = deep(${depth});
  let r = it.next();
  let count = 0;
  while (!r.done) { count++; r = it.next(); }
  console.log('completed', count, r.value);
} catch (e) {
  console.log('threw', e && e.name);
}
`;
  beforeAll(async () => {
    const all = await Promise.all(DEPTHS.map((d) => runBoth(`overflow_${d}`, source(d), 15000)));
    DEPTHS.forEach((d, i) => runs.set(d, all[i]));
  });

  test.each(DEPTHS)('%i deep either completes or throws RangeError, never hangs', (depth) => {
    const { machine, native } = runs.get(depth);
    const ok = new RegExp(`^(completed 1 ${depth}|threw RangeError)\\n$`);
    expect(native.out).toMatch(ok);
    expect(machine.out).toMatch(ok);
  });

  // A chain between coframe generators is walked by the runtime, not
  // recursed: going down and back up is linear in the depth and uses no
  // stack. (A walk from the root per level made this quadratic: 40,000
  // levels took 55 s; 100,000 would not finish within the timeout.)
  test('100,000 deep completes (the state machine does not use the stack for co_yield* chains)', async () => {
    const { machine } = await runBoth('overflow_100000', source(100000), 30000);
    expect(machine.out).toBe('completed 1 100000\n');
  });
});
