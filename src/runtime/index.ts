// coframe runtime: drives the resume functions the compiler emits.
//
// Dependency-free and small on purpose; `--runtime inline` pastes this file's
// compiled form into the output. The contract with the emitted code:
//
//   frame     { $s, [$o], ...live variables }   one object per coroutine call
//   $s        the state: the `case` to run next; 0 = not started; -1 = done.
//             While a case runs, $s is that case (the compiler keeps this true
//             in coroutines that have try blocks), so a throw can be routed to
//             the right catch/finally from the `tries` table.
//   body(f, v) runs from f.$s and returns a value after setting $s:
//               $s >= 0  suspended; the value is yielded/awaited ($o says how)
//               $s = -1  completed with the value
//             or returns ROUTE (from `abrupt`): a co_return, break or continue
//             leaves a try with a finally; the runtime routes it from $s.
//             A body sets $s to -1 only by `end`, and $o only by `op`: both
//             count in `marks`, so a generator's next() reads the frame after
//             the body only when one of them ran meanwhile (the frames of a
//             program's coroutines have as many shapes as the coroutines, and
//             a read of them in the runtime's one next() is megamorphic).
//   tries     1 if the body has try blocks. The table itself is the body's
//             `case -2`, read once per body when a completion is first routed:
//             [[tryStart, catchState|-1, finallyEntry|-1, afterState], ...]
//             in source order; a try region is [tryStart, catch|finally|after).
//   $o        0: the kind's usual suspension (yield / await), 1: co_yield*,
//             2: co_await inside an async generator, 3: raw yield (used by the
//             async co_yield* expansion; resumes with the completion record).

type Frame = { $s: number; $o?: number };
type Body = (f: Frame, sent: unknown) => unknown;
type Table = readonly (readonly number[])[];
/** nonzero (or 1 from the compiled code) if the body has a try table */
type Tries = number | undefined;
interface Completion { t: number; v: unknown }

const DONE = -1;
export const NORMAL = 0;
export const RETURN = 1;
export const THROW = 2;
export const JUMP = 3;

const NEXT: object = Object.freeze({});
const ROUTE: object = Object.freeze({});
// The value for the state `route` moved a frame to (a catch's exception, a
// finally's completion), or the completion `abrupt` asks to route, waits
// here, per frame: between the body returning and the runtime reading it,
// kept code may run the runtime for other coroutines (closing an iterator on
// the way out of a native for-of).
const pendingSent = new WeakMap<Frame, unknown>();
const tables = new WeakMap<Body, Table>();
const TABLE_FRAME: Frame = { $s: -2 };

// Native code calls a function by [[Call]]; `fn.call(self, ...)` would first
// read fn's `call` property, which user code can define on the function (or
// patch on Function.prototype), and would call a non-callable object that has
// one. The compiled code and the runtime call user functions through `call`,
// or, where the function is known to be callable, `invoke`: a bound copy of
// the original Function.prototype.call, read when the runtime loads.
const fcall = Function.prototype.call;
/** invoke(fn, self, ...args): [[Call]] of a function known to be callable (else the TypeError names `invoke`) */
const invoke = fcall.bind(fcall) as (fn: unknown, self: unknown, ...args: unknown[]) => any;
// (exported by name, so that the runtime's own calls are not loads of exports.invoke in its CommonJS form)
export { invoke };
const $apply = Reflect.apply;
const slice = Array.prototype.slice;

/** call(fn, self, ...args): [[Call]] of fn with `self` as this, reading nothing of fn. */
export function call(fn: unknown, self: unknown, ...args: unknown[]): any;
export function call(fn: unknown, self: unknown): any {
  callable(fn);
  const n = arguments.length;
  if (n === 2) return invoke(fn, self);
  if (n === 3) return invoke(fn, self, arguments[2]);
  return $apply(fn as Function, self, invoke(slice, arguments, 2));
}

/**
 * fn, if it is callable; else the TypeError a call of it would throw. The
 * templates check an iterator's `next` where they read it (the first call
 * follows with nothing in between), then step it with `invoke`.
 */
export function callable(fn: unknown): unknown {
  if (typeof fn !== 'function') throw new TypeError(`${describe(fn)} is not a function`);
  return fn;
}

const $Promise = Promise;
const defineProperty = Object.defineProperty;
const promiseResolve = (v: unknown): Promise<unknown> => $Promise.resolve(v);
const promiseThen = $Promise.prototype.then;

function isObject(x: unknown): x is object {
  return (typeof x === 'object' && x !== null) || typeof x === 'function';
}

function enter(f: Frame, state: number, sent: unknown): object {
  f.$s = state;
  pendingSent.set(f, sent);
  return NEXT;
}

/** The strings object of a tagged template site (see the CFG builder's taggedTemplate). */
export const strings = (s: TemplateStringsArray): TemplateStringsArray => s;

/** `new` on a coroutine function: generator and async functions are not constructors. */
export function notConstructor(f: { name: string }): never {
  throw new TypeError(`${f.name} is not a constructor`);
}

/**
 * How many times a body has completed (`end`, or a return routed out of its
 * last finally) or suspended with an `$o` (`op`): a generator's next() and
 * a task's step compare it before and after the body instead of reading the
 * frame. (Any body counts, the ones it runs too: a change only sends them to
 * read the frame.) Not wrapped, so that no number of events between two
 * reads can look like none: exact below 2^53 events in a process's life.
 */
let marks = 0;

/** Complete the coroutine with `v` (evaluated by the caller before it is done). */
export function end(f: Frame, v?: unknown): unknown {
  f.$s = DONE;
  marks++;
  return v;
}

/** Suspend with `v` in the way `$o` says (1: co_yield*, 2: co_await in an async generator, 3: raw yield). */
export function op(f: Frame, code: number, v: unknown): unknown {
  f.$o = code;
  marks++;
  return v;
}

/** The body's request to route a return (type 1) or a jump to state `arg` (type 3) through its finally blocks. */
export function abrupt(f: Frame, type: number, arg: unknown): unknown {
  pendingSent.set(f, { t: type, v: arg });
  return ROUTE;
}

function tableOf(body: Body): Table {
  let table = tables.get(body);
  if (table === undefined) tables.set(body, table = body(TABLE_FRAME, undefined) as Table);
  return table;
}

/**
 * Route an abrupt completion (return, throw, or a jump out of a try) from the
 * current state through the innermost enclosing catch / finally.
 */
function route(f: Frame, body: Body, tries: Tries, type: number, arg: unknown): unknown {
  const s = f.$s;
  if (tries) {
    const table = tableOf(body);
    for (let i = table.length - 1; i >= 0; i--) {
      const e = table[i];
      const start = e[0], c = e[1], fin = e[2], after = e[3];
      if (s < start || s >= after) continue;
      if (type === THROW) {
        if (c >= 0 && s < c) return enter(f, c, arg);
        if (fin >= 0 && s < fin) return enter(f, fin, { t: THROW, v: arg });
      } else if (fin >= 0 && s < fin) {
        if (type === RETURN) return enter(f, fin, { t: RETURN, v: arg });
        const target = arg as number;
        if (target < start || target >= fin) return enter(f, fin, { t: JUMP, v: arg });
      }
    }
  }
  if (type === THROW) { f.$s = DONE; throw arg; }
  if (type === RETURN) { f.$s = DONE; marks++; return arg; }
  return enter(f, arg as number, undefined);
}

/** Resume the body until it suspends or completes. Throws if it completes by throwing. */
function run(f: Frame, body: Body, tries: Tries, mode: number, arg: unknown): unknown {
  for (;;) {
    let v: unknown;
    if (mode === NORMAL) {
      try {
        v = body(f, arg);
      } catch (e) {
        if (f.$s === DONE) throw e;
        mode = THROW;
        arg = e;
        continue;
      }
    } else {
      try {
        v = route(f, body, tries, mode, arg);
      } catch (e) {
        // no handler took it (or the routing itself failed, e.g. out of stack): done
        f.$s = DONE;
        throw e;
      }
    }
    if (v === NEXT) { mode = NORMAL; arg = takeSent(f); continue; }
    if (v === ROUTE) { const c = takeSent(f) as Completion; mode = c.t; arg = c.v; continue; }
    return v;
  }
}

/** The body returned ROUTE: route its completion, and go on as run() does. */
function routed(f: Frame, body: Body, tries: Tries): unknown {
  const c = takeSent(f) as Completion;
  return run(f, body, tries, c.t, c.v);
}

function takeSent(f: Frame): unknown {
  const v = pendingSent.get(f);
  pendingSent.delete(f);
  return v;
}

function takeOp(f: Frame): number {
  const op = f.$o;
  if (op) { f.$o = 0; return op; }
  return 0;
}

// ---------------------------------------------------------------- iterators

/** GetIterator; `delegated`: for a co_yield*, whose operand V8 names by its value, as it does not quote it */
export function iterOf(x: unknown, delegated?: boolean): Iterator<unknown> {
  const m = x == null ? undefined : (x as Record<symbol, unknown>)[Symbol.iterator];
  if (typeof m !== 'function') {
    throw new TypeError(delegated ? `${typeAndValue(x)} is not iterable (cannot read property Symbol(Symbol.iterator))` : `${describe(x)} is not iterable`);
  }
  return iteratorFrom(x, m);
}

/** The iterator that x's Symbol.iterator method `m` (callable, read once) returns. */
function iteratorFrom(x: unknown, m: unknown): Iterator<unknown> {
  const it = invoke(m, x);
  if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
  return it as Iterator<unknown>;
}

/** V8's words for a value it cannot quote from the source: the type, then a primitive's value */
function typeAndValue(x: unknown): string {
  const type = typeof x;
  if (x === null) return 'object null';
  if (type === 'string') return `string "${x as string}"`;
  return type === 'number' || type === 'boolean' ? `${type} ${String(x)}` : type;
}

function describe(x: unknown): string {
  if (typeof x === 'function') return 'function';
  if (typeof x === 'object' && x !== null) return 'object';
  if (typeof x === 'string') return JSON.stringify(x);
  return String(x);
}

/**
 * GetIterator(x, async); `delegated`: for an async co_yield*, where V8 calls
 * the method it found (or the sync one) and names a non-callable one by its
 * value. Of undefined or null, the property read itself throws V8's own
 * TypeError, as natively (for a `for co_await` too).
 */
export function asyncIterOf(x: unknown, delegated?: boolean): AsyncIterator<unknown> {
  const am = (x as Record<symbol, unknown>)[Symbol.asyncIterator];
  if (am != null) {
    if (typeof am !== 'function') throw new TypeError(delegated ? `${typeAndValue(am)} is not a function` : `${describe(x)} is not async iterable`);
    const it = invoke(am, x);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
    return it as AsyncIterator<unknown>;
  }
  if (!delegated) return fromSync(iterOf(x));
  const m = (x as Record<symbol, unknown>)[Symbol.iterator];
  if (typeof m !== 'function') throw new TypeError(`${typeAndValue(m)} is not a function`);
  return fromSync(iteratorFrom(x, m));
}

/**
 * Does this engine's own async-from-sync iterator close the sync iterator
 * when a value it gives is a rejected promise, and when throw() finds no
 * `throw` method on it? ECMAScript 2025 says so, and V8 13 (Node 24) does;
 * Node 20 and 22 do not. The native form is the oracle, so the runtime asks
 * the engine: the first fromSync starts a native `for await` over a probe
 * whose only value is already rejected, so the probe's reaction job is
 * queued at once, before any reaction to a value of a coroutine's sync
 * iterator (those are registered after it): the answer is there before one
 * runs. The same change closes it when wrapping a value in a promise
 * throws (its `constructor` getter): that answer may be needed at once, in
 * the first next() of the first fromSync, and the engine gives it at once (a
 * native `yield*` runs that step in the first next() of its generator).
 */
let closesSync: boolean | undefined;
let closesOnWrapError = false;

function probeClosesSync(): void {
  const poisoned = $Promise.resolve();
  defineProperty(poisoned, 'constructor', { get() { throw poisoned; } });
  const probeWrap = {
    __proto__: null,
    [Symbol.iterator]() { return this; },
    next() { return { value: poisoned, done: false }; },
    return() { closesOnWrapError = true; return {}; },
  } as unknown as Iterable<unknown>;
  invoke(promiseThen, (async function* () { yield* probeWrap; })().next(), undefined, () => { /* the probe's own rejection */ });
  closesSync = false;
  const probe = {
    __proto__: null,
    [Symbol.iterator]() { return this; },
    next() { return { value: $Promise.reject(), done: false }; },
    return() { closesSync = true; return {}; },
  } as unknown as Iterable<unknown>;
  (async () => {
    try { for await (const _ of probe) break; } catch { /* the probe's own rejection */ }
  })();
}

/** CreateAsyncFromSyncIterator */
function fromSync(it: Iterator<unknown>): AsyncIterator<unknown> {
  if (closesSync === undefined) probeClosesSync();
  const next = it.next;
  const closeOnThrow = (e: unknown): never => {
    if (closesSync) closeIter(it, { t: THROW, v: e });
    throw e;
  };
  /** AsyncFromSyncIteratorContinuation; `closing`: next() and throw(), not return() */
  const cont = (r: unknown, closing: boolean): Promise<unknown> => {
    if (!isObject(r)) throw new TypeError(`Iterator result ${String(r)} is not an object`);
    const done = !!(r as IteratorResult<unknown>).done;
    const value = (r as IteratorResult<unknown>).value;
    const close = closing && !done;
    let wrapper: Promise<unknown>;
    try {
      wrapper = promiseResolve(value);
    } catch (e) {
      if (close && closesOnWrapError) closeIter(it, { t: THROW, v: e });
      return $Promise.reject(e);
    }
    const unwrap = (v: unknown) => ({ value: v, done });
    // (the rejection handler is there whatever the engine: one that only
    // rethrows takes the same job as none)
    return invoke(promiseThen, wrapper, unwrap, close ? closeOnThrow : undefined) as Promise<unknown>;
  };
  const wrap = (fn: () => Promise<unknown>): Promise<unknown> => {
    try { return fn(); } catch (e) { return $Promise.reject(e); }
  };
  return {
    next(v?: unknown) { return wrap(() => cont(call(next, it, v), true)); },
    return(v?: unknown) {
      return wrap(() => {
        const m = it.return;
        if (m == null) return promiseResolve({ value: v, done: true });
        return cont(call(m, it, v), false);
      });
    },
    throw(v?: unknown) {
      return wrap(() => {
        const m = it.throw;
        if (m == null) {
          // older engines reject with the value itself and leave it open
          if (!closesSync) throw v;
          const close = it.return;
          if (close != null) {
            if (typeof close !== 'function') throw new TypeError(`${typeAndValue(close)} is not a function`);
            if (!isObject(invoke(close, it))) throw new TypeError('return called on non-object');
          }
          throw noThrowMethod();
        }
        return cont(call(m, it, v), true);
      });
    },
  } as AsyncIterator<unknown>;
}

/** The error of a `co_yield*` thrown into an iterator without `throw` (the runtime's own TypeError: the user may shadow the name). */
export function noThrowMethod(): TypeError {
  return new TypeError("The iterator does not provide a 'throw' method.");
}

export function checkObject(r: unknown): unknown {
  if (!isObject(r)) throw new TypeError(`Iterator result ${String(r)} is not an object`);
  return r;
}

/** IteratorClose for a sync iterator; `c` is the completion that caused it. */
export function closeIter(it: Iterator<unknown>, c: Completion | null): void {
  if (c !== null && c.t === THROW) {
    try {
      const m = it.return;
      if (m != null) call(m, it);
    } catch { /* the original throw wins */ }
    return;
  }
  const m = it.return;
  if (m == null) return;
  const r = call(m, it);
  if (!isObject(r)) throw new TypeError(`Iterator result ${String(r)} is not an object`);
}

/** for-in: snapshot of enumerable string keys, skipping ones deleted before they are reached. */
export function forIn(obj: unknown): { o: object; k: string[]; i: number } {
  const keys: string[] = [];
  if (obj != null) {
    const o = Object(obj);
    // eslint-disable-next-line guard-for-in
    for (const k in o) keys.push(k);
    return { o, k: keys, i: 0 };
  }
  return { o: {}, k: keys, i: 0 };
}

export function forInNext(s: { o: object; k: string[]; i: number }): string | undefined {
  while (s.i < s.k.length) {
    const k = s.k[s.i++];
    if (k in s.o) return k;
  }
  return undefined;
}

/** What a let, const or class binding holds before its declaration has run (see src/bindings/checks.ts). */
export const TDZ: object = /*#__PURE__*/ Object.freeze({ tdz: true });

/** A read that may fall in the binding's temporal dead zone: the native ReferenceError there. */
export function tdz(v: unknown, name: string): unknown {
  if (v === TDZ) throw new ReferenceError(`Cannot access '${name}' before initialization`);
  return v;
}

/**
 * `x = e` that may fall in x's dead zone: x is checked after e, as natively
 * (the arguments are evaluated in order: e may run the declaration of x).
 */
export function tdzw(v: unknown, old: unknown, name: string): unknown {
  tdz(old, name);
  return v;
}

const CONSTANT = 'Assignment to constant variable.';

/** `c = e` (or `c op= e`, with e the new value) on a const: the native TypeError, after e (c read after e too). */
export function constw(v: unknown, old: unknown, name: string): never {
  tdz(old, name);
  throw new TypeError(CONSTANT);
}

/** `c++` on a const: converted to a number first, as natively. */
export function constUpdate(old: unknown, name: string): never {
  tdz(old, name);
  Number(old);
  throw new TypeError(CONSTANT);
}

/** A const as a destructuring or for-in/of target: `constRef().v = x` throws. */
export function constRef(): { v: unknown } {
  return { set v(_: unknown) { throw new TypeError(CONSTANT); } };
}

/** ToPropertyKey: a computed key is converted once, when it is evaluated. */
export function key(x: unknown): PropertyKey {
  if (typeof x === 'symbol') return x;
  if (!isObject(x)) return String(x);
  // ToPrimitive with the hint "string", exactly as a computed key does it (a symbol may come out)
  return Reflect.ownKeys({ [x as unknown as PropertyKey]: 0 })[0];
}

export function objRest(o: unknown, keys: PropertyKey[]): Record<PropertyKey, unknown> {
  if (o == null) throw new TypeError(`Cannot destructure '${String(o)}' as it is ${String(o)}.`);
  const out: Record<PropertyKey, unknown> = {};
  const src = Object(o);
  for (const k of Reflect.ownKeys(src)) {
    if (keys.includes(k)) continue;
    const d = Object.getOwnPropertyDescriptor(src, k);
    if (d && d.enumerable) out[k as string] = src[k];
  }
  return out;
}

/** An array destructuring in progress: the iterator record, and whether it is done. */
interface ArrayPattern { it: Iterator<unknown>; next: unknown; done: boolean }

/** Array destructuring step: the next value of `it`, or undefined once it is done. */
export function arrStep(s: ArrayPattern): unknown {
  if (s.done) return undefined;
  // an iterator that throws or misbehaves counts as done: it is not closed
  s.done = true;
  const r = checkObject(call(s.next, s.it)) as IteratorResult<unknown>;
  if (r.done) return undefined;
  s.done = false;
  return r.value;
}

export function arrRest(s: ArrayPattern): unknown[] {
  const out: unknown[] = [];
  while (!s.done) {
    const v = arrStep(s);
    if (!s.done) out.push(v);
  }
  return out;
}

export function arrStart(x: unknown): ArrayPattern {
  const it = iterOf(x);
  // read once, as GetIterator does: a later change of it.next is not seen
  return { it, next: it.next, done: false };
}

/** End of an array destructuring (normally or not, as `c` says): close the iterator if it is not done. */
export function arrEnd(s: ArrayPattern, c: Completion | null): void {
  if (!s.done) { s.done = true; closeIter(s.it, c); }
}

// ---------------------------------------------------------------- generators

// The generator object is the only object a generator adds to its frame: the
// machinery lives in its private fields, so that nothing of it is visible to
// enumeration or to console.log. The functions that step generators are its
// static methods, because only the class body can reach those fields.
//
// A co_yield* between coframe generators is not a chain of nested next()
// calls: a request goes to the innermost generator of the chain (the leaf),
// steps only that one, and on its completion resumes its parent — in a loop,
// so a deep chain uses no stack and no per-level call overhead. Going down a
// new co_yield* and back up on completion are O(1) per level (#u pointers,
// set on the way down), not a walk from the root. And a next() on the root
// whose previous next() ended at a yield of the same leaf, with nothing
// changed in any chain since, goes to that leaf at once (lastRoot/lastLeaf):
// resuming a deep chain costs the same as resuming a shallow one.
//
// "Running": the root of a request and the generator whose body (or
// delegate) runs have RUNNING set in #k; a generator between them is running because
// it is on the path from the root of a request in progress (`active`) down
// its #c links. As natively, a request on a running generator throws a
// TypeError; a request that would go down into a running generator throws
// the TypeError into the level above it, at its co_yield* (where a native
// yield* would get it from the running generator's next()). The paths are
// walked only while another request is in progress (a request made from a
// body or an iterator method, into a chain).

/** what the last leaf step did: 0 yielded (the value is an IteratorResult), 1 completed, 2 now delegates to a coframe generator */
let outcome = 0;
/** roots of the requests in progress, innermost last */
const active: CoGenerator[] = [];
/** set by #forward when it stopped above a running generator */
let blocked = false;
/** a root whose last request, a next(), ended at a yield of lastLeaf (below it), if no request came since */
let lastRoot: CoGenerator | null = null;
let lastLeaf: CoGenerator | null = null;

/** co_yield* to an iterator that is not a coframe generator: the iterator and its next method */
class Foreign {
  constructor(readonly it: Iterator<unknown>, readonly next: (v?: unknown) => IteratorResult<unknown>) {}
}

// CoGenerator's flags (#k): three facts in one field (each field costs 8 bytes per generator)
/** the last request it forwarded to its coframe delegate was a return(): that delegate's completion is a return */
const FORWARDED_RETURN = 1;
/** its body has a try table */
const HAS_TRIES = 2;
/** its body runs, or it is the root of a request in progress */
const RUNNING = 4;

class CoGenerator {
  #f: Frame;
  #b: Body;
  /** FORWARDED_RETURN | HAS_TRIES | RUNNING */
  #k: number;
  /**
   * what this one delegates to (co_yield*), if anything: a coframe generator
   * (stepped directly), or any other iterator (a Foreign record)
   */
  #c: CoGenerator | Foreign | null = null;
  /** while a request goes through a chain: the generator that delegates to this one */
  #u: CoGenerator | null = null;

  constructor(f: Frame, body: Body, tries: Tries) {
    this.#f = f;
    this.#b = body;
    this.#k = tries ? HAS_TRIES : 0;
  }

  next(v?: unknown): IteratorResult<unknown> {
    // the common case inline: a plain resumption that yields or completes
    // (k is restored as it was read: while the body runs, nothing else
    // writes this generator's flags — a request on it, or through it from a
    // generator that delegates to it, stops at RUNNING)
    const f = this.#f;
    const k = this.#k;
    if ((k & RUNNING) !== 0 || this.#c !== null || f.$s === DONE) return CoGenerator.#request(this, NORMAL, v);
    this.#k = k | RUNNING;
    const m = marks;
    let r: unknown;
    try {
      r = this.#b(f, v);
      // (not as a request: a route from the first state is not a request before the start)
      if (r === ROUTE) r = routed(f, this.#b, k & HAS_TRIES);
    } catch (e) {
      this.#k = k;
      if (f.$s === DONE) throw e;
      return CoGenerator.#request(this, THROW, e);
    }
    this.#k = k;
    // One allocation for both outcomes: when a caller's for-of inlines this
    // method, V8's escape analysis can then drop the result object (it gives
    // up on a merge of two allocations).
    let done = false;
    if (marks !== m) {
      done = f.$s === DONE;
      if (!done && f.$o) return CoGenerator.#settle(this, r);
    }
    return { value: r, done };
  }
  return(v?: unknown): IteratorResult<unknown> { return CoGenerator.#request(this, RETURN, v); }
  throw(e?: unknown): IteratorResult<unknown> { return CoGenerator.#request(this, THROW, e); }
  [Symbol.iterator](): this { return this; }
  get [Symbol.toStringTag](): string { return 'Generator'; }

  static #request(root: CoGenerator, mode: number, arg: unknown): IteratorResult<unknown> {
    if (CoGenerator.#running(root, active.length)) throw new TypeError('Generator is already running');
    root.#k |= RUNNING;
    active.push(root);
    try {
      return CoGenerator.#chain(root, mode, arg);
    } finally {
      root.#k &= ~RUNNING;
      active.pop();
    }
  }

  /** Is g running, as seen by the first n requests in progress (and any body that runs)? */
  static #running(g: CoGenerator, n: number): boolean {
    if ((g.#k & RUNNING) !== 0) return true;
    // a generator between a root and its running leaf delegates
    if (g.#c === null || !(#f in g.#c)) return false;
    for (let i = 0; i < n; i++) {
      for (let y = active[i].#c; y !== null && #f in y; y = y.#c) if (y === g) return true;
    }
    return false;
  }

  /** the body of `g` returned `v` with $o set: handle it, then finish the request */
  static #settle(g: CoGenerator, v: unknown): IteratorResult<unknown> {
    g.#k |= RUNNING;
    active.push(g);
    try {
      const r = CoGenerator.#afterBody(g, v, -1);
      return outcome === 0 ? r as IteratorResult<unknown> : outcome === 1 ? { value: r, done: true } : CoGenerator.#chain(g, NORMAL, undefined);
    } finally {
      g.#k &= ~RUNNING;
      active.pop();
    }
  }

  static #chain(root: CoGenerator, mode: number, arg: unknown): IteratorResult<unknown> {
    const resume = mode === NORMAL;
    let g = resume && lastRoot === root ? lastLeaf! : CoGenerator.#forward(root, mode, root);
    // a body run by next()'s fast path may be the cached leaf's
    if ((g.#k & RUNNING) !== 0 && g !== root) { g = g.#u!; blocked = true; }
    // Any request (of any root) clears the cache, and only a next() that
    // ends at a yield below its root sets it: so a cached leaf is still the
    // leaf, its back pointers still lead to the root, and the levels above
    // it forwarded a next(). Between requests, only next()'s fast path runs
    // bodies, on generators that do not delegate; if it completes the
    // cached leaf, the next request finds it done and goes up, as a native
    // co_yield* would.
    lastRoot = null;
    for (;;) {
      if (blocked) {
        // g's delegate is running: its co_yield* gets the TypeError (and ends)
        blocked = false;
        g.#c = null;
        mode = THROW;
        arg = new TypeError('Generator is already running');
      }
      let v: unknown;
      try {
        v = CoGenerator.#leafStep(g, mode, arg);
      } catch (e) {
        if (g === root) throw e;
        g = CoGenerator.#unlink(g);
        mode = THROW;
        arg = e;
        continue;
      }
      if (outcome === 0) {
        // next time, a next() on root may go straight to g (a request that
        // began as return()/throw() left that kind in the levels above)
        if (resume && g !== root) { lastRoot = root; lastLeaf = g; }
        return v as IteratorResult<unknown>;
      }
      if (outcome === 2) {
        // g now delegates to a coframe generator (maybe itself mid-chain): next() goes down
        mode = NORMAL;
        arg = undefined;
        g = CoGenerator.#forward(g, mode, root);
        continue;
      }
      if (g === root) return { value: v, done: true };
      // the inner generator completed: its parent's co_yield* gets the value
      // (as a return completion when the parent had forwarded a return())
      g = CoGenerator.#unlink(g);
      mode = (g.#k & FORWARDED_RETURN) !== 0 ? RETURN : NORMAL;
      arg = v;
    }
  }

  /**
   * A request goes down from `from` to the leaf: each level forwards it.
   * Returns the leaf, or the level above a running generator (and sets `blocked`).
   * `from` is the request's root, or (a co_yield* that just started) a
   * generator below it: then the levels from the root down to `from` are
   * running too, though only the root is flagged.
   */
  static #forward(from: CoGenerator, mode: number, root: CoGenerator): CoGenerator {
    const others = active.length - 1; // requests in progress besides this one
    let x = from;
    for (let y = x.#c; y !== null && #f in y; y = x.#c) {
      if (CoGenerator.#running(y, others) || (from !== root && CoGenerator.#onPath(y, from, root))) { blocked = true; return x; }
      x.#k = mode === RETURN ? x.#k | FORWARDED_RETURN : x.#k & ~FORWARDED_RETURN;
      y.#u = x;
      x = y;
    }
    return x;
  }

  /** Is g one of the levels from `root` down to `from` (the back pointers lead up)? */
  static #onPath(g: CoGenerator, from: CoGenerator, root: CoGenerator): boolean {
    if (g === from) return true;
    // every level above `from` delegates: a fresh delegate (the usual case) needs no walk
    if (g.#c === null) return false;
    for (let z = from.#u; z !== null && z !== root; z = z.#u) if (z === g) return true;
    return false;
  }

  /** The leaf is done with: its parent no longer delegates. Returns the parent. */
  static #unlink(leaf: CoGenerator): CoGenerator {
    const parent = leaf.#u!;
    leaf.#u = null;
    parent.#c = null;
    return parent;
  }

  /** Step a generator that does not delegate to another coframe generator (it is running meanwhile). */
  static #leafStep(g: CoGenerator, mode: number, arg: unknown): unknown {
    const was = g.#k & RUNNING;
    g.#k |= RUNNING;
    try {
      const f = g.#f;
      if (f.$s === DONE || (f.$s === 0 && mode !== NORMAL)) {
        f.$s = DONE;
        outcome = 1;
        if (mode === THROW) throw arg;
        return mode === RETURN ? arg : undefined;
      }
      if (g.#c instanceof Foreign) return CoGenerator.#foreignStep(g, g.#c, mode, arg);
      // (#runBody written out: this is every request's path)
      const m = marks;
      return CoGenerator.#afterBody(g, run(f, g.#b, g.#k & HAS_TRIES, mode, arg), m);
    } finally {
      g.#k = (g.#k & ~RUNNING) | was;
    }
  }

  /** Run g's body (from a request of this mode) until it suspends or completes, then see to $o (a foreign delegate's end). */
  static #runBody(g: CoGenerator, mode: number, arg: unknown): unknown {
    const m = marks;
    return CoGenerator.#afterBody(g, run(g.#f, g.#b, g.#k & HAS_TRIES, mode, arg), m);
  }

  /** `m`: `marks` before the body ran (-1: unknown) — unchanged, it yielded */
  static #afterBody(g: CoGenerator, v: unknown, m: number): unknown {
    if (marks === m) { outcome = 0; return { value: v, done: false }; }
    const f = g.#f;
    if (f.$s === DONE) { outcome = 1; return v; }
    if (takeOp(f) === 1) {
      // GetIterator runs in the body, at its co_yield*: a failure is thrown there
      let it: Iterator<unknown>;
      let next: unknown;
      try {
        it = iterOf(v, true);
        next = it.next;
      } catch (e) {
        return CoGenerator.#runBody(g, THROW, e);
      }
      if (#f in it && next === coNext) {
        // (co_yield* onto a running generator — this one, or one whose chain
        // leads here — is caught by #forward on the way down: g gets the TypeError)
        g.#c = it;
        outcome = 2;
        return undefined;
      }
      const d = new Foreign(it, next as (v?: unknown) => IteratorResult<unknown>);
      g.#c = d;
      return CoGenerator.#foreignStep(g, d, NORMAL, undefined);
    }
    outcome = 0;
    return { value: v, done: false };
  }

  /** co_yield* to an iterator that is not a coframe generator: forward the request as the spec does. */
  static #foreignStep(g: CoGenerator, d: Foreign, mode: number, arg: unknown): unknown {
    const it = d.it;
    let r: IteratorResult<unknown>;
    let value: unknown;
    try {
      if (mode === NORMAL) {
        r = call(d.next, it, arg);
      } else if (mode === THROW) {
        const m = it.throw;
        if (m == null) {
          g.#c = null;
          closeIter(it, null);
          throw noThrowMethod();
        }
        r = call(m, it, arg);
      } else {
        const m = it.return;
        // no return(): the generator returns as if it did not delegate
        r = m == null ? { value: arg, done: true } : call(m, it, arg);
      }
      if (!isObject(r)) throw new TypeError(`Iterator result ${String(r)} is not an object`);
      // the result's `done` and `value` getters run at the co_yield*: what they throw is thrown there
      if (!r.done) { outcome = 0; return r; }
      value = r.value;
    } catch (e) {
      g.#c = null;
      return CoGenerator.#runBody(g, THROW, e);
    }
    g.#c = null;
    return CoGenerator.#runBody(g, mode === RETURN ? RETURN : NORMAL, value);
  }
}
const coNext = CoGenerator.prototype.next;

export function gen(f: Frame, body: Body, tries?: Tries, name?: string): Generator<unknown> {
  return new CoGenerator(f, traced(name, f, body), tries) as unknown as Generator<unknown>;
}

// ---------------------------------------------------------------- tasks

function awaitValue(v: unknown, ok: (v: unknown) => void, err: (e: unknown) => void): void {
  let p: Promise<unknown>;
  try {
    p = promiseResolve(v);
  } catch (e) {
    err(e);
    return;
  }
  invoke(promiseThen, p, ok, err);
}

/** The promise of a task whose parameters failed to bind. */
export function rejected(e: unknown): Promise<never> {
  return $Promise.reject(e);
}

export function task(f: Frame, body: Body, tries?: Tries, name?: string): Promise<unknown> {
  body = traced(name, f, body);
  let resolve!: (v: unknown) => void;
  let reject!: (e: unknown) => void;
  const p = new $Promise((a, b) => { resolve = a; reject = b; });
  // the only closures a pending task keeps: its reactions to the awaited value
  const ok = (v: unknown) => taskStep(f, body, tries, resolve, reject, ok, fail, NORMAL, v);
  const fail = (e: unknown) => taskStep(f, body, tries, resolve, reject, ok, fail, THROW, e);
  // The first step is unrolled here (not via taskStep/run) so that a chain of
  // tasks calling tasks before their first suspension uses little stack.
  const m = marks;
  let v: unknown;
  try {
    v = body(f, undefined);
    if (v === ROUTE) v = routed(f, body, tries);
  } catch (e) {
    if (f.$s === DONE) { reject(e); return p; }
    try { v = run(f, body, tries, THROW, e); } catch (e2) { reject(e2); return p; }
  }
  if (marks !== m && f.$s === DONE) resolve(v);
  else awaitValue(v, ok, fail);
  return p;
}

// Each co_await is `then(ok, fail)` on the awaited value, after the same
// PromiseResolve a native await does: the same ticks as native (measured
// faster than a native async function as the driver, which would save the
// resolving functions but costs a register file and a slower resumption).
function taskStep(f: Frame, body: Body, tries: Tries, resolve: (v: unknown) => void, reject: (e: unknown) => void,
  ok: (v: unknown) => void, fail: (e: unknown) => void, mode: number, arg: unknown): void {
  const m = marks;
  let v: unknown;
  try {
    v = run(f, body, tries, mode, arg);
  } catch (e) {
    reject(e);
    return;
  }
  if (marks !== m && f.$s === DONE) resolve(v);
  else awaitValue(v, ok, fail);
}

// ---------------------------------------------------------------- async generators

const A_START = 0, A_YIELD = 1, A_EXEC = 2, A_AWAIT_RETURN = 3, A_DONE = 4;

interface Request { mode: number; value: unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void }

interface AsyncGenState {
  f: Frame;
  b: Body;
  t: Tries;
  st: number;
  q: Request[];
}

// No static block and no top-level binding written by the class: a bundle
// that imports only generators and tasks can drop all of this.
class CoAsyncGenerator {
  #g: AsyncGenState;
  constructor(f: Frame, body: Body, tries: Tries) {
    this.#g = { f, b: body, t: tries, st: A_START, q: [] };
  }
  next(v?: unknown): Promise<IteratorResult<unknown>> { return CoAsyncGenerator.#request(this, NORMAL, v); }
  return(v?: unknown): Promise<IteratorResult<unknown>> { return CoAsyncGenerator.#request(this, RETURN, v); }
  throw(e?: unknown): Promise<IteratorResult<unknown>> { return CoAsyncGenerator.#request(this, THROW, e); }
  /** A request on something that is not an async generator is a rejected promise, as natively (not a throw). */
  static #request(self: unknown, mode: number, value: unknown): Promise<IteratorResult<unknown>> {
    if (!isObject(self) || !(#g in self)) {
      const shown = isObject(self) ? '#<Object>' : String(self); // (nothing of the receiver is read)
      return $Promise.reject(new TypeError(`Method [AsyncGenerator].prototype.${AG_METHODS[mode]} called on incompatible receiver ${shown}`));
    }
    return agEnqueue((self as CoAsyncGenerator).#g, mode, value);
  }
  [Symbol.asyncIterator](): this { return this; }
  get [Symbol.toStringTag](): string { return 'AsyncGenerator'; }
}

const AG_METHODS = ['next', 'return', 'throw'];

function agEnqueue(g: AsyncGenState, mode: number, value: unknown): Promise<IteratorResult<unknown>> {
  let resolve!: (v: unknown) => void;
  let reject!: (e: unknown) => void;
  const p = new $Promise<IteratorResult<unknown>>((a, b) => { resolve = a as (v: unknown) => void; reject = b; });
  let st = g.st;
  if (mode === NORMAL && st === A_DONE) { resolve({ value: undefined, done: true }); return p; }
  if (mode === THROW) {
    if (st === A_START) { g.st = st = A_DONE; g.f.$s = DONE; }
    if (st === A_DONE) { reject(value); return p; }
  }
  g.q.push({ mode, value, resolve, reject });
  if (mode === RETURN && (st === A_START || st === A_DONE)) {
    g.st = A_AWAIT_RETURN;
    g.f.$s = DONE;
    agAwaitReturn(g);
  } else if (st === A_START || st === A_YIELD) {
    agResume(g, mode, value);
  }
  return p;
}

function agCompleteStep(g: AsyncGenState, isThrow: boolean, value: unknown, done: boolean): void {
  const req = g.q.shift()!;
  if (isThrow) req.reject(value);
  else req.resolve({ value, done });
}

function agDrain(g: AsyncGenState): void {
  while (g.q.length) {
    const req = g.q[0];
    if (req.mode === RETURN) {
      g.st = A_AWAIT_RETURN;
      agAwaitReturn(g);
      return;
    }
    if (req.mode === THROW) agCompleteStep(g, true, req.value, true);
    else agCompleteStep(g, false, undefined, true);
  }
}

function agAwaitReturn(g: AsyncGenState): void {
  const req = g.q[0];
  let p: Promise<unknown>;
  try {
    p = promiseResolve(req.value);
  } catch (e) {
    g.st = A_DONE;
    agCompleteStep(g, true, e, true);
    agDrain(g);
    return;
  }
  invoke(promiseThen, p,
    (v: unknown) => { g.st = A_DONE; agCompleteStep(g, false, v, true); agDrain(g); },
    (e: unknown) => { g.st = A_DONE; agCompleteStep(g, true, e, true); agDrain(g); });
}

/** Resume a suspended generator with a request (AsyncGeneratorResume + UnwrapYieldResumption). */
function agResume(g: AsyncGenState, mode: number, value: unknown): void {
  const wasStart = g.st === A_START;
  g.st = A_EXEC;
  if (g.f.$o === 3) {
    // raw yield: the body inspects the completion itself
    g.f.$o = 0;
    agRun(g, NORMAL, { t: mode, v: value });
    return;
  }
  if (mode === RETURN && !wasStart) {
    awaitValue(value, (v) => agRun(g, RETURN, v), (e) => agRun(g, THROW, e));
    return;
  }
  agRun(g, mode, value);
}

function agRun(g: AsyncGenState, mode: number, arg: unknown): void {
  const f = g.f;
  let v: unknown;
  try {
    v = run(f, g.b, g.t, mode, arg);
  } catch (e) {
    g.st = A_DONE;
    agCompleteStep(g, true, e, true);
    agDrain(g);
    return;
  }
  if (f.$s === DONE) {
    g.st = A_DONE;
    agCompleteStep(g, false, v, true);
    agDrain(g);
    return;
  }
  const op = f.$o;
  if (op === 2) {
    f.$o = 0;
    awaitValue(v, (x) => agRun(g, NORMAL, x), (e) => agRun(g, THROW, e));
    return;
  }
  // yield (op 0) or raw yield (op 3, left in $o for agResume)
  agCompleteStep(g, false, v, false);
  if (g.q.length) {
    const req = g.q[0];
    agResume(g, req.mode, req.value);
  } else {
    g.st = A_YIELD;
  }
}

export function agen(f: Frame, body: Body, tries?: Tries, name?: string): AsyncGenerator<unknown> {
  return new CoAsyncGenerator(f, traced(name, f, body), tries) as unknown as AsyncGenerator<unknown>;
}

// ---------------------------------------------------------------- tracing (coframe run --trace)

type Tracer = (event: 'resume' | 'suspend' | 'complete' | 'throw', name: string, f: Frame, value: unknown) => void;
let tracer: Tracer | null = null;

/** Install a tracer; only coroutines compiled with tracing (which pass their name) report to it. */
export function setTracer(t: Tracer | null): void {
  tracer = t;
}

function traced(name: string | undefined, f: Frame, body: Body): Body {
  const tr = tracer;
  if (name === undefined || tr === null) return body;
  return (f2, v) => {
    if (f2 !== f) return body(f2, v); // the table request
    tr('resume', name, f, v);
    let r: unknown;
    try {
      r = body(f2, v);
    } catch (e) {
      tr('throw', name, f, e);
      throw e;
    }
    if (r !== ROUTE) tr(f.$s === DONE ? 'complete' : 'suspend', name, f, r);
    return r;
  };
}
