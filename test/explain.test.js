// Golden tests for `coframe explain` (the API `explain`, which returns exactly
// the data of `explain --format json`), plus the text and dot renderers and
// `run --trace`.
//
// The expected live sets, frame variables and shared slots below were worked
// out BY HAND from each source, with the reasoning next to each expectation;
// they were not copied from the tool. The rules used:
//   - a variable is live at a point if some path from there reads it before
//     writing it; "live across a suspension" means its value from before the
//     suspension may be read after the coroutine is re-entered there — by
//     next(v) (the resume state), or by throw()/return()/a rejected await,
//     which the runtime routes into an enclosing catch or finally;
//   - the frame holds the variables live across some suspension (or live on
//     entry to a catch/finally the runtime enters fresh), plus variables a
//     closure shares with code in other states;
//   - two frame variables may share a slot only if neither is ever written
//     while the other's value is still needed.
// Only user variables are compared; compiler temporaries ($t1, $c2, $it3, …)
// are filtered out except where a test reasons about them explicitly.
// Suspension lines are computed from the source text (the line holding a
// given snippet), so an edit to a fixture's header does not break them.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { explain } = require('../dist/api');
const {
  ROOT, listFiles, runCli, differential, expectedPrints, linesOf, pool, cleanup,
} = require('./support/fixtures');

const EXAMPLES = path.join(ROOT, 'fixtures', 'examples');
const FIXTURES = path.join(ROOT, 'fixtures', 'explain');
const exampleFiles = listFiles(EXAMPLES);
const fixtureFiles = listFiles(FIXTURES);

afterAll(cleanup);

const isUser = (name) => !name.startsWith('$');
const sorted = (xs) => [...xs].sort();

/** explain one file; returns { source, result } */
function explainFile(file) {
  const source = fs.readFileSync(file, 'utf8');
  const result = explain(source, { filename: file });
  expect(result.diagnostics).toEqual([]);
  expect(result.version).toBe(1);
  return { source, result };
}

/** 1-based line of the nth (1-based) line of `source` that contains `snippet` */
function lineOf(source, snippet, nth = 1) {
  const lines = source.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(snippet) && ++seen === nth) return i + 1;
  }
  throw new Error(`no line #${nth} containing ${JSON.stringify(snippet)}`);
}

/**
 * Check one coroutine against a hand-made expectation:
 *   suspensions: [keyword, snippet (the line holding it), live user variables, nth occurrence?][]
 *                in source order — the full list, so an extra or missing suspension fails;
 *   frame:       user variables in the frame (as a set);
 *   slots:       (optional) user variables grouped by slot (as a set of sets).
 */
function check(file, fn, expected) {
  const { source, result } = explainFile(file);
  const c = result.coroutines.find((x) => x.name === fn);
  expect(c).toBeDefined();
  const actual = {
    suspensions: c.suspensions.map((s) => [s.keyword, s.line, sorted(s.liveAcross.filter(isUser))]),
    frame: sorted(c.variables.filter((v) => v.inFrame && isUser(v.name)).map((v) => v.name)),
    // the slot listing, as sets of user variables
    slotted: sorted(c.frame.slots.flatMap((s) => s.vars).filter(isUser)),
  };
  const want = {
    suspensions: expected.suspensions.map(([kw, snippet, live, nth]) => [kw, lineOf(source, snippet, nth), sorted(live)]),
    frame: sorted(expected.frame),
    // the frame listing and the slot listing agree
    slotted: sorted(expected.frame),
  };
  if (expected.slots) {
    actual.slots = c.frame.slots.map((s) => sorted(s.vars.filter(isUser))).filter((g) => g.length).map((g) => g.join(',')).sort();
    want.slots = expected.slots.map((g) => sorted(g).join(',')).sort();
  }
  // one comparison, so a failure shows every part that differs
  expect(actual).toEqual(want);
  return c;
}

const ex = (name) => path.join(EXAMPLES, name);
const fx = (name) => path.join(FIXTURES, name);

// ------------------------------------------------------------------ examples

describe('explain --format json: the five examples', () => {
  test('there are five examples', () => {
    expect(exampleFiles.map((f) => path.basename(f)).sort()).toEqual([
      'nested_helper.co.js', 'producer_consumer.co.js', 'request_handler.co.js', 'running_avg.co.js', 'tokenizer_parser.co.js',
    ]);
  });

  test('running_avg', () => {
    const c = check(ex('running_avg.co.js'), 'running_avg', {
      suspensions: [
        // After the resumption: `total += num; count += 1` read total and
        // count; `avg = total / count` writes avg before the loop comes back
        // to `co_yield avg`, which reads it; num is the sent value, written
        // first. So only total and count carry a value across.
        ['co_yield', 'const num = co_yield avg', ['total', 'count']],
      ],
      // exactly the variables live across the one suspension
      frame: ['total', 'count'],
      // both are live across the same co_yield: they interfere
      slots: [['total'], ['count']],
    });
    expect(c.kind).toBe('generator');
    // avg is live on entry to the state that suspends (the co_yield reads
    // it), but every path from the resumption writes it before reading it.
    const avg = c.variables.find((v) => v.name === 'avg');
    expect(avg.inFrame).toBe(false);
    expect(avg.slot).toBeNull();
  });

  test('producer_consumer: consumer', () => {
    const c = check(ex('producer_consumer.co.js'), 'consumer', {
      suspensions: [
        // After the resumption item_id is the sent value (written first);
        // ret is written ('success') before the loop reaches `co_yield ret`
        // again; the co_return and the finally read no user variable.
        ['co_yield', 'const item_id = co_yield ret', []],
      ],
      frame: [],
    });
    // The try's completion record (a temporary) is stored on entry to the
    // finally and read at its end, with no suspension in between, so not
    // even a temporary needs the frame: only $s.
    expect(c.frame.slots).toEqual([]);
    expect(c.frame.runtimeFields).toEqual(['$s']);
  });

  test('nested_helper: walk', () => {
    check(ex('nested_helper.co.js'), 'walk', {
      suspensions: [
        // node is read after it (node.value, node.right); left is produced
        // by this very suspension (written on resumption).
        ['co_yield*', 'const left = co_yield* walk(node.left)', ['node']],
        // node and left are both read in the final co_return.
        ['co_yield', 'co_yield node.value', ['node', 'left']],
        // right is the delegate's result, written on resumption and read
        // at once; node and left are read by the co_return.
        ['co_yield*', 'const right = co_yield* walk(node.right)', ['node', 'left']],
      ],
      frame: ['node', 'left'],
      // both live across the last two suspensions
      slots: [['node'], ['left']],
    });
  });

  test('request_handler: getDataFromApp2', () => {
    check(ex('request_handler.co.js'), 'getDataFromApp2', {
      suspensions: [
        // key is read only before the co_await; reply is the awaited value,
        // returned at once. inFlight / maxInFlight are module globals.
        ['co_await', 'const reply = co_await delay', []],
      ],
      // getDataFromApp2 is a function declaration whose body reads no
      // `this`/`arguments`: its resume function is shared by all calls (no
      // closure per call), so the parameter it reads in the first state,
      // key, comes in the frame.
      frame: ['key'],
    });
  });

  test('request_handler: requestHandler', () => {
    check(ex('request_handler.co.js'), 'requestHandler', {
      suspensions: [
        // `sendBack(prefix + data)` after the co_await reads the parameter
        // sendBack and prefix; key is read only before; data is the result.
        ['co_await', 'const data = co_await getDataFromApp2(key)', ['sendBack', 'prefix']],
      ],
      // key: a parameter read in the first state of a shared resume function
      // (see above); it is still live when prefix is written (it is read
      // again by getDataFromApp2(key)), so the two cannot share a slot
      frame: ['key', 'sendBack', 'prefix'],
      slots: [['key'], ['sendBack'], ['prefix']],
    });
  });

  test('tokenizer_parser: tokens', () => {
    check(ex('tokenizer_parser.co.js'), 'tokens', {
      suspensions: [
        // After the number token: `i = j` (reads j, then overwrites i
        // before the loop head reads it) and the loop head reads text.
        ['co_yield', "co_yield { kind: 'num'", ['text', 'j']],
        // After the operator token: `i++` reads i, the loop head reads text;
        // j is rewritten (`let j = i`) before any read.
        ['co_yield', "co_yield { kind: 'op'", ['text', 'i']],
      ],
      // ch is read only before each co_yield of its iteration
      frame: ['text', 'i', 'j'],
      // i and j cross different suspensions, but `let j = i` writes j while
      // i is still needed (text.slice(i, j)), so they cannot share; text is
      // live everywhere.
      slots: [['text'], ['i'], ['j']],
    });
  });
});

// ------------------------------------------------------------------ fixtures

describe('explain --format json: liveness fixtures', () => {
  test('there are at least ten fixtures', () => {
    expect(fixtureFiles.length).toBeGreaterThanOrEqual(10);
  });

  test('loop_only: a variable live only inside a loop', () => {
    check(fx('loop_only.co.js'), 'g', {
      suspensions: [
        // n is read by the loop test after it; i is initialised (`i = 0`)
        // before its first read.
        ['co_yield', "co_yield 'start'", ['n']],
        // the loop update `i++` and test `i < n` read both
        ['co_yield', 'co_yield i;', ['n', 'i']],
        // done is the operand (read before suspending); nothing follows
        ['co_yield', 'co_yield done', []],
      ],
      frame: ['n', 'i'],
      // both live across `co_yield i`
      slots: [['n'], ['i']],
    });
  });

  // Written when this was a bug (since fixed): the JSON's `liveAcross` for a
  // suspension was liveIn of its resume state only, so it left out what a
  // catch or finally entered from that suspension (by return()/throw())
  // reads. The frame was right. The expectation is the hand-derived one.
  test('finally_only: variables read only in a finally', () => {
    check(fx('finally_only.co.js'), 'g', {
      suspensions: [
        // tag: the normal path reaches the finally, which reads it.
        // phase: the normal path overwrites it (`phase = 'after'`) before the
        // finally, but `early.return()` at this co_yield enters the finally
        // directly and prints the old value 'before' (first output line).
        ['co_yield', 'co_yield 1', ['tag', 'phase']],
        // both are read by the finally on every path from here
        ['co_yield', 'co_yield 2', ['tag', 'phase']],
      ],
      frame: ['tag', 'phase'],
      slots: [['tag'], ['phase']],
    });
  });

  test('closure: a variable captured by a closure', () => {
    const c = check(fx('closure.co.js'), 'g', {
      suspensions: [
        // hits is read after it (hits * 10, console.log) and by the closure;
        // bump is called after it (second `co_yield bump()`).
        ['co_yield', 'co_yield bump()', ['hits', 'bump'], 1],
        // bump is not called again; hits is still read later
        ['co_yield', 'co_yield bump()', ['hits'], 2],
        // console.log reads late and hits
        ['co_yield', 'co_yield late', ['hits', 'late']],
      ],
      frame: ['hits', 'bump', 'late'],
      // hits is used by a closure, so it may be touched at any time and can
      // share with nothing. bump is dead once the second `bump()` has been
      // called, before late is written: they share one slot.
      slots: [['hits'], ['bump', 'late']],
    });
    expect(c.variables.find((v) => v.name === 'hits').captured).toBe(true);
    expect(c.variables.find((v) => v.name === 'bump').captured).toBe(false);
  });

  test('redefined: a variable redefined after each suspension', () => {
    check(fx('redefined.co.js'), 'g', {
      suspensions: [
        // each resumption starts with `v = <sent value>`: the old v is never
        // read after a suspension
        ['co_yield', "v = co_yield 'first'", []],
        ['co_yield', "v = co_yield 'second'", []],
        ['co_yield', "v = co_yield 'third'", []],
      ],
      frame: [],
    });
  });

  test('dead_then_reassigned: dead across one suspension, live across the next', () => {
    check(fx('dead_then_reassigned.co.js'), 'g', {
      suspensions: [
        // `s = 'two'` comes before any read after this point: 'one' is dead
        ['co_yield', 'co_yield 1', []],
        // the final console.log(s) reads 'two'
        ['co_yield', 'co_yield 2', ['s']],
      ],
      frame: ['s'],
    });
  });

  test('param_before: a parameter read only before the first suspension', () => {
    const c = check(fx('param_before.co.js'), 'g', {
      suspensions: [
        // `acc += step` reads acc and step; label was read only before
        ['co_yield', 'co_yield acc', ['step', 'acc'], 1],
        ['co_yield', 'co_yield acc', ['step', 'acc'], 2],
        // nothing follows the last one
        ['co_yield', 'co_yield acc', [], 3],
      ],
      // label is read only before the first co_yield, but a generator starts
      // suspended: the shared resume function (no closure per call) reads it
      // from the frame on the first next(). It is dead once printed, and acc
      // is first written after that, so the two share one slot; step is a
      // parameter too (parameters are all stored at the call: no sharing).
      frame: ['label', 'step', 'acc'],
      slots: [['label', 'acc'], ['step']],
    });
    // the frame slot of a parameter is initialised from it
    expect(c.frame.slots.find((s) => s.vars.includes('step')).param).toBe('step');
    expect(c.frame.slots.find((s) => s.vars.includes('acc')).param).toBe('label');
    const label = c.variables.find((v) => v.name === 'label');
    expect(label.kind).toBe('param');
    expect(label.inFrame).toBe(true);
  });

  // Written when this was a bug (since fixed), as finally_only: a rejected
  // co_await resumes in the catch, which reads `attempt`, and `liveAcross`
  // looked only at the normal resume state.
  test('try_catch: the catch needs a variable', () => {
    const c = check(fx('try_catch.co.js'), 'load', {
      suspensions: [
        // normal resumption: result = awaited value, then `co_return result`
        // — attempt is not read. Rejection (load(true)): the runtime enters
        // the catch, which reads attempt ('fetch failed: boom'). e is the
        // rejection reason, written on entry; result is written (-1) in the
        // catch before the co_return reads it; fail is read only before.
        ['co_await', 'result = co_await', ['attempt']],
      ],
      // fail: a parameter read in the first state of a shared resume function
      frame: ['attempt', 'fail'],
    });
    expect(c.kind).toBe('task');
  });

  test('try_catch: the frame keeps what the catch needs', () => {
    // The frame half of the test above, on its own (it passed while the
    // liveAcross bug was open): the catch is entered by a fresh call of the
    // resume function, so attempt must be in the frame; result and e are not
    // (see above); fail is, as the parameter the first state reads.
    const { result } = explainFile(fx('try_catch.co.js'));
    const c = result.coroutines.find((x) => x.name === 'load');
    expect(sorted(c.variables.filter((v) => v.inFrame && isUser(v.name)).map((v) => v.name))).toEqual(['attempt', 'fail']);
    const catchState = c.states.find((s) => s.entry === 'catch');
    expect(catchState).toBeDefined();
    expect(catchState.liveIn).toContain('attempt');
  });

  test('try_catch: the try table is the last case of the resume function, labelled', () => {
    // One try region: it starts a state of its own (the first after the
    // start), its catch is the state explain calls the catch entry, it has no
    // finally (-1), and it ends at the state after the catch.
    const { result } = explainFile(fx('try_catch.co.js'));
    const c = result.coroutines.find((x) => x.name === 'load');
    const m = c.code.match(/\/\/ the try table, read by the runtime[^\n]*\n\s*case -2:\n\s*return \[\[(\d+), (\d+), -1, (\d+)\]\];\n\s*\}\n\}/);
    expect(m).not.toBeNull();
    const [tryStart, catchState, after] = m.slice(1).map(Number);
    expect(catchState).toBe(c.states.find((s) => s.entry === 'catch').id);
    expect(tryStart).toBe(1);
    expect(after).toBe(catchState + 1);
  });

  test('switch_fallthrough: a case falls through across a suspension', () => {
    check(fx('switch_fallthrough.co.js'), 'g', {
      suspensions: [
        // resuming case 'a' falls into case 'b': `n += 10` reads n, and the
        // final console.log reads label and n; kind was read only by the switch
        ['co_yield', 'co_yield `a ${label}`', ['label', 'n']],
        // break goes to console.log(label, n)
        ['co_yield', 'co_yield `b ${n}`', ['label', 'n']],
        ['co_yield', "co_yield 'other'", ['label', 'n']],
      ],
      // kind is also in the frame: a parameter read in the first state of a
      // shared resume function; it is still live (the switch reads it) when
      // label and n are written, so no sharing
      frame: ['kind', 'label', 'n'],
      slots: [['kind'], ['label'], ['n']],
    });
  });

  test('for_of: the loop variable, the total and the iterator temporaries', () => {
    const c = check(fx('for_of.co.js'), 'g', {
      suspensions: [
        // `total += x` reads both; items was read only to start the loop
        ['co_yield', 'co_yield x', ['total', 'x']],
      ],
      // items: the parameter the first state reads (shared resume function);
      // it is dead once the loop has its iterator, before x is first
      // written, so x takes its slot; total is written while items is live
      frame: ['items', 'total', 'x'],
      slots: [['items', 'x'], ['total']],
    });
    // Temporaries: the loop's iterator is used after the co_yield (next()
    // for the following step, or return() to close it when it.return() is
    // called at the co_yield — 'closed' in the output), so at least one
    // compiler temporary is live across the suspension and is in the frame.
    // (The loop's "nothing to close" flag is read only by the loop's hidden
    // finally, on that return() path: it is in the frame, but, like `phase`
    // in finally_only, missing from liveAcross. Temporaries are not asserted
    // on beyond this.)
    const temps = c.suspensions[0].liveAcross.filter((n) => !isUser(n));
    expect(temps.length).toBeGreaterThan(0);
    for (const t of temps) expect(c.variables.find((v) => v.name === t).inFrame).toBe(true);
  });

  test('share_slot_for_of: slots are shared in a coroutine with a for-of (whose lowering has a finally)', () => {
    check(fx('share_slot_for_of.co.js'), 'g', {
      suspensions: [
        // console.log('a', a) reads a after it; xs is read when the loop starts
        ['co_yield', 'co_yield a', ['a', 'xs']],
        ['co_yield', 'co_yield b', ['b', 'xs']],
        // `x === 3` and console.log(x, keep) read both after it
        ['co_yield', 'co_yield x', ['keep', 'x']],
      ],
      frame: ['a', 'b', 'keep', 'x', 'xs'],
      // a is dead once printed, before `b = 2`; b is dead once printed,
      // before `keep = 'kept'`: the three take one slot. xs is dead once the
      // loop has its iterator, before x is first written: x takes its slot.
      // x is written while keep is live (and xs while a, b and keep are
      // written), so those stay apart. (Before the end of a finally had
      // edges to the targets of the jumps through it, every variable live at
      // a resumption interfered with every other one here: four slots.)
      slots: [['xs', 'x'], ['a', 'b', 'keep']],
    });
  });

  test('share_slot: non-overlapping live ranges share one slot', () => {
    const c = check(fx('share_slot.co.js'), 'g', {
      suspensions: [
        // console.log(a) and a.toUpperCase() read a after it
        ['co_yield', 'co_yield 1', ['a']],
        // a is dead after `b = a.toUpperCase()`; b is read by console.log(b)
        ['co_yield', 'co_yield 2', ['b']],
      ],
      frame: ['a', 'b'],
      // `const b = a.toUpperCase()` reads a before it stores b, and a is
      // never read afterwards: the two never hold a needed value at the
      // same time, so one slot holds a, then b.
      slots: [['a', 'b']],
    });
    expect(c.frame.slots.length).toBe(1);
    expect(c.frame.fieldsWithoutSharing).toBe(2);
  });

  test('no_share: overlapping live ranges get separate slots', () => {
    check(fx('no_share.co.js'), 'g', {
      suspensions: [
        ['co_yield', 'co_yield 1', ['a']],
        // console.log(a, b) reads both after this one
        ['co_yield', 'co_yield 2', ['a', 'b']],
      ],
      frame: ['a', 'b'],
      slots: [['a'], ['b']],
    });
  });

  test('overlap_between: ranges that overlap between suspensions do not share', () => {
    check(fx('overlap_between.co.js'), 'g', {
      suspensions: [
        ['co_yield', 'co_yield 1', ['a']],
        // a's last read is console.log(a) before this co_yield
        ['co_yield', 'co_yield 2', ['b']],
      ],
      frame: ['a', 'b'],
      // no suspension has both live, but `const b = a + '!'` stores b while
      // a is still to be printed: sharing would print 'alpha!' twice.
      slots: [['a'], ['b']],
    });
  });

  test('closure_loop: a captured per-iteration loop variable', () => {
    const c = check(fx('closure_loop.co.js'), 'g', {
      suspensions: [
        // i++ and i < 3 read i after it; fns is pushed to and mapped later
        ['co_yield', 'co_yield i', ['fns', 'i']],
      ],
      frame: ['fns', 'i'],
      slots: [['fns'], ['i']],
    });
    // each iteration's closure needs its own i: it is kept in a box
    const i = c.variables.find((v) => v.name === 'i');
    expect(i.captured).toBe(true);
    expect(i.boxed).toBe(true);
  });

  // Written when this was a bug (since fixed): the suspensions that come
  // from the `for co_await` expansion (the await of each step, and the
  // awaits of the iterator's return() on an early exit) were reported with
  // the keyword 'co_await' and with positions taken from the template's own
  // text (4:1, 20:11, 22:97 — the header comment and the driver code below
  // the function) instead of the `for co_await` statement at 8:3.
  test('for_co_await: an async generator', () => {
    const { source, result } = explainFile(fx('for_co_await.co.js'));
    const c = result.coroutines.find((x) => x.name === 'g');
    expect(c.kind).toBe('asyncgen');
    const first = lineOf(source, 'function g(source)');
    const last = lineOf(source, '  co_return count') + 1; // the closing brace
    const live = (s) => sorted(s.liveAcross.filter(isUser));
    // Every suspension lies inside g and is one of the three written in the
    // source: `for co_await` (each step awaits next(); the expansion may
    // also await the iterator's return() when the loop is left early),
    // `co_yield v * 2` (an async generator's yield first awaits its operand,
    // so it may count twice), and `co_return count` (which awaits too).
    const allowed = new Set([
      `for co_await@${lineOf(source, 'for co_await (const v of source)')}`,
      `co_yield@${lineOf(source, 'co_yield v * 2')}`,
      `co_return@${lineOf(source, 'co_return count')}`,
    ]);
    for (const s of c.suspensions) {
      expect(s.line).toBeGreaterThanOrEqual(first);
      expect(s.line).toBeLessThanOrEqual(last);
      expect(allowed).toContain(`${s.keyword}@${s.line}`);
    }
    const of = (kw) => c.suspensions.filter((s) => s.keyword === kw);
    // each step: count is read by `count++` (and the co_return) after it; v
    // is written from the step's result; source was read only to start the
    // loop. An await of return() on an early exit is followed by the end of
    // g on every real path, but a path-insensitive analysis may keep count
    // live there: so every step has at most {count}, and some step exactly.
    expect(of('for co_await').length).toBeGreaterThan(0);
    for (const s of of('for co_await')) expect(['count']).toEqual(expect.arrayContaining(live(s)));
    expect(of('for co_await').some((s) => live(s).join() === 'count')).toBe(true);
    // v * 2 is computed before suspending; count is read afterwards
    expect(of('co_yield').length).toBeGreaterThan(0);
    for (const s of of('co_yield')) expect(live(s)).toEqual(['count']);
    // nothing is read after the co_return's await
    expect(of('co_return').length).toBe(1);
    expect(live(of('co_return')[0])).toEqual([]);
    // count is the only local in the frame; source is there as the parameter
    // the first state reads (the resume function is shared by all calls)
    expect(sorted(c.variables.filter((v) => v.inFrame && isUser(v.name)).map((v) => v.name))).toEqual(['count', 'source']);
  });
});

// ------------------------------------------------- JSON shape and consistency

describe('explain: data model invariants', () => {
  const all = [...exampleFiles, ...fixtureFiles];

  test.each(all.map((f) => [path.relative(ROOT, f), f]))('%s', (name, file) => {
    const { result } = explainFile(file);
    expect(result.file).toBe(file);
    for (const c of result.coroutines) {
      expect(['generator', 'task', 'asyncgen']).toContain(c.kind);
      const ids = c.states.map((s) => s.id);
      expect(ids).toEqual(ids.map((_, i) => i));
      expect(c.states[0].entry).toBe('start');
      for (const s of c.suspensions) {
        // a suspension leaves from a state and resumes in a resume state,
        // and its live set contains that state's live-on-entry set
        expect(c.states[s.resumeState].entry).toBe('resume');
        expect(c.states[s.state].edges).toContainEqual({ to: s.resumeState, kind: 'resume' });
        // (at least)
        expect(s.liveAcross).toEqual(expect.arrayContaining(c.states[s.resumeState].liveIn));
        // everything live across a suspension is in the frame (or is a
        // parameter kept as the wrapper's own, in a function using `arguments`)
        for (const v of s.liveAcross) {
          const info = c.variables.find((x) => x.name === v);
          if (!info.inFrame) expect(info.reason).toMatch(/^parameter read through `arguments`/);
        }
      }
      for (const v of c.variables) {
        expect(v.inFrame).toBe(v.slot !== null);
        if (v.inFrame) expect(c.frame.slots.find((s) => s.name === v.slot).vars).toContain(v.name);
      }
      expect(c.frame.fieldsWithoutSharing).toBe(c.variables.filter((v) => v.inFrame).length);
      // each case of the emitted code is labelled by a `// line N` comment or is a bare end state
      expect(c.code).toMatch(/switch \(\$f\.\$s\)/);
    }
  });

  test('explain --format json prints the API data', async () => {
    const file = ex('running_avg.co.js');
    const r = await runCli(['explain', file, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(explain(fs.readFileSync(file, 'utf8'), { filename: file }));
  });

  test('--fn selects one coroutine', () => {
    const file = ex('request_handler.co.js');
    const r = explain(fs.readFileSync(file, 'utf8'), { filename: file, fn: 'requestHandler' });
    expect(r.coroutines.map((c) => c.name)).toEqual(['requestHandler']);
  });

  test('shareSlots: false gives one slot per frame variable', () => {
    const file = fx('share_slot.co.js');
    const r = explain(fs.readFileSync(file, 'utf8'), { filename: file, shareSlots: false });
    expect(r.coroutines[0].frame.slots.map((s) => s.vars)).toEqual([['a'], ['b']]);
  });
});

// ------------------------------------------- fixtures are runnable programs

describe('fixtures/explain programs run like their native form', () => {
  const results = new Map();
  beforeAll(async () => {
    const out = await pool(fixtureFiles.map((f) => () => differential(f)), 2);
    fixtureFiles.forEach((f, i) => results.set(f, out[i]));
  }, 120000);

  test.each(fixtureFiles.map((f) => [path.basename(f), f]))('%s', (name, file) => {
    const r = results.get(file);
    expect(r.native.trim()).not.toBe('');
    expect(r.machine).toBe(r.native);
    expect(r.machineCode).toBe(r.nativeCode);
    expect(linesOf(r.machine)).toEqual(expectedPrints(fs.readFileSync(file, 'utf8')));
  });
});

// ------------------------------------------------------------ text and dot

// Graphviz is there when `dot -V` runs (spawnSync reports a missing command as an error, not a throw)
const hasDot = spawnSync('dot', ['-V']).status === 0;

describe('explain --format dot', () => {
  if (!hasDot) {
    test('Graphviz is not installed: dot tests skipped', () => {
      console.warn('explain.test.js: `dot` (Graphviz) not found; skipping the dot -Tsvg checks');
    });
    return;
  }
  test.each(exampleFiles.map((f) => [path.basename(f), f]))('%s renders with dot -Tsvg', async (name, file) => {
    const r = await runCli(['explain', file, '--format', 'dot']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^digraph /);
    const svg = spawnSync('dot', ['-Tsvg'], { input: r.stdout, encoding: 'utf8' });
    expect(svg.stderr).toBe('');
    expect(svg.status).toBe(0);
    expect(svg.stdout).toMatch(/<svg[\s>]/);
  });
});

describe('explain --format text', () => {
  test.each(exampleFiles.map((f) => [path.basename(f), f]))('%s: at most 100 columns, no colour when not a TTY', async (name, file) => {
    // runCli runs the CLI with stdout on a pipe: not a TTY
    const r = await runCli(['explain', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    const lines = linesOf(r.stdout);
    const codeStart = lines.indexOf('Emitted state machine');
    expect(codeStart).toBeGreaterThan(0);
    // every line of the explanation, and (checked: none is longer in the five
    // examples) every line of the emitted code, fits in 100 columns
    const long = lines.map((l, i) => [i + 1, l.length, l]).filter(([, n]) => n > 100);
    expect(long).toEqual([]);
    // the sections are all there
    for (const h of ['Suspension points', 'States (control-flow graph)', 'Variables']) expect(lines).toContain(h);
    expect(lines.some((l) => l.startsWith('Frame layout'))).toBe(true);
  });
});

// --------------------------------------------------------------- run --trace

describe('run --trace', () => {
  const file = ex('running_avg.co.js');
  const expectedOut = ['2', '2.5', '3', '4', '5', '6'];

  const checkTrace = (r) => {
    expect(r.status).toBe(0);
    const lines = linesOf(r.stdout);
    // the program's own output, in order, with the trace lines between
    expect(lines.filter((l) => !l.startsWith('[trace] '))).toEqual(expectedOut);
    const trace = lines.filter((l) => l.startsWith('[trace] '));
    // start, then 7 suspensions (the first co_yield and six next(n)), six resumptions
    expect(trace.length).toBeGreaterThanOrEqual(14);
    for (const l of trace) {
      expect(l).toMatch(/^\[trace\] running_avg#1: /);
      // the frame shows exactly the frame variables total and count
      expect(l).toMatch(/ frame \{ total: [^,]+, count: [^,]+ \}$/);
    }
    // the last suspension before printing 6 has total 36 (2+3+4+7+9+11), count 6
    const before6 = lines[lines.indexOf('6') - 1];
    expect(before6).toMatch(/suspend .*frame \{ total: 36, count: 6 \}$/);
    // a resumption names the state it enters and the value sent in
    expect(trace).toContain('[trace] running_avg#1: resume  -> state 2 with 2  frame { total: 0, count: 0 }');
  };

  test('coframe run --trace FILE', async () => {
    checkTrace(await runCli(['run', '--trace', file]));
  });

  // Written when this was a bug (since fixed): the usage line says
  // `coframe run FILE [--trace] [args...]`, and the issue asks for
  // `coframe run FILE --trace`, but everything after FILE was passed to the
  // program, so this form ran without tracing.
  test('coframe run FILE --trace', async () => {
    checkTrace(await runCli(['run', file, '--trace']));
  });
});
