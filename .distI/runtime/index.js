"use strict";
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
//   tries     1 if the body has try blocks. The table itself is the body's
//             `case -2`, read once per body when a completion is first routed:
//             [[tryStart, catchState|-1, finallyEntry|-1, afterState], ...]
//             in source order; a try region is [tryStart, catch|finally|after).
//   $o        0: the kind's usual suspension (yield / await), 1: co_yield*,
//             2: co_await inside an async generator, 3: raw yield (used by the
//             async co_yield* expansion; resumes with the completion record).
Object.defineProperty(exports, "__esModule", { value: true });
exports.TDZ = exports.strings = exports.invoke = exports.JUMP = exports.THROW = exports.RETURN = exports.NORMAL = void 0;
exports.call = call;
exports.callable = callable;
exports.notConstructor = notConstructor;
exports.end = end;
exports.abrupt = abrupt;
exports.iterOf = iterOf;
exports.asyncIterOf = asyncIterOf;
exports.noThrowMethod = noThrowMethod;
exports.checkObject = checkObject;
exports.closeIter = closeIter;
exports.forIn = forIn;
exports.forInNext = forInNext;
exports.tdz = tdz;
exports.tdzw = tdzw;
exports.constw = constw;
exports.constUpdate = constUpdate;
exports.constRef = constRef;
exports.key = key;
exports.objRest = objRest;
exports.arrStep = arrStep;
exports.arrRest = arrRest;
exports.arrStart = arrStart;
exports.arrEnd = arrEnd;
exports.gen = gen;
exports.rejected = rejected;
exports.task = task;
exports.agen = agen;
exports.setTracer = setTracer;
const DONE = -1;
exports.NORMAL = 0;
exports.RETURN = 1;
exports.THROW = 2;
exports.JUMP = 3;
const NEXT = Object.freeze({});
const ROUTE = Object.freeze({});
// The value for the state `route` moved a frame to (a catch's exception, a
// finally's completion), or the completion `abrupt` asks to route, waits
// here, per frame: between the body returning and the runtime reading it,
// kept code may run the runtime for other coroutines (closing an iterator on
// the way out of a native for-of).
const pendingSent = new WeakMap();
const tables = new WeakMap();
const TABLE_FRAME = { $s: -2 };
// Native code calls a function by [[Call]]; `fn.call(self, ...)` would first
// read fn's `call` property, which user code can define on the function (or
// patch on Function.prototype), and would call a non-callable object that has
// one. The compiled code and the runtime call user functions through `call`,
// or, where the function is known to be callable, `invoke`: a bound copy of
// the original Function.prototype.call, read when the runtime loads.
const fcall = Function.prototype.call;
/** invoke(fn, self, ...args): [[Call]] of a function known to be callable (else the TypeError names `invoke`) */
const invoke = fcall.bind(fcall);
exports.invoke = invoke;
const $apply = Reflect.apply;
const slice = Array.prototype.slice;
function call(fn, self) {
    callable(fn);
    const n = arguments.length;
    if (n === 2)
        return invoke(fn, self);
    if (n === 3)
        return invoke(fn, self, arguments[2]);
    return $apply(fn, self, invoke(slice, arguments, 2));
}
/**
 * fn, if it is callable; else the TypeError a call of it would throw. The
 * templates check an iterator's `next` where they read it (the first call
 * follows with nothing in between), then step it with `invoke`.
 */
function callable(fn) {
    if (typeof fn !== 'function')
        throw new TypeError(`${describe(fn)} is not a function`);
    return fn;
}
const $Promise = Promise;
const promiseResolve = (v) => $Promise.resolve(v);
const promiseThen = $Promise.prototype.then;
function isObject(x) {
    return (typeof x === 'object' && x !== null) || typeof x === 'function';
}
function enter(f, state, sent) {
    f.$s = state;
    pendingSent.set(f, sent);
    return NEXT;
}
/** The strings object of a tagged template site (see the CFG builder's taggedTemplate). */
const strings = (s) => s;
exports.strings = strings;
/** `new` on a coroutine function: generator and async functions are not constructors. */
function notConstructor(f) {
    throw new TypeError(`${f.name} is not a constructor`);
}
/** Complete the coroutine with `v` (evaluated by the caller before it is done). */
function end(f, v) {
    f.$s = DONE;
    return v;
}
/** The body's request to route a return (type 1) or a jump to state `arg` (type 3) through its finally blocks. */
function abrupt(f, type, arg) {
    pendingSent.set(f, { t: type, v: arg });
    return ROUTE;
}
function tableOf(body) {
    let table = tables.get(body);
    if (table === undefined)
        tables.set(body, table = body(TABLE_FRAME, undefined));
    return table;
}
/**
 * Route an abrupt completion (return, throw, or a jump out of a try) from the
 * current state through the innermost enclosing catch / finally.
 */
function route(f, body, tries, type, arg) {
    const s = f.$s;
    if (tries) {
        const table = tableOf(body);
        for (let i = table.length - 1; i >= 0; i--) {
            const e = table[i];
            const start = e[0], c = e[1], fin = e[2], after = e[3];
            if (s < start || s >= after)
                continue;
            if (type === exports.THROW) {
                if (c >= 0 && s < c)
                    return enter(f, c, arg);
                if (fin >= 0 && s < fin)
                    return enter(f, fin, { t: exports.THROW, v: arg });
            }
            else if (fin >= 0 && s < fin) {
                if (type === exports.RETURN)
                    return enter(f, fin, { t: exports.RETURN, v: arg });
                const target = arg;
                if (target < start || target >= fin)
                    return enter(f, fin, { t: exports.JUMP, v: arg });
            }
        }
    }
    if (type === exports.THROW) {
        f.$s = DONE;
        throw arg;
    }
    if (type === exports.RETURN) {
        f.$s = DONE;
        return arg;
    }
    return enter(f, arg, undefined);
}
/** Resume the body until it suspends or completes. Throws if it completes by throwing. */
function run(f, body, tries, mode, arg) {
    for (;;) {
        let v;
        if (mode === exports.NORMAL) {
            try {
                v = body(f, arg);
            }
            catch (e) {
                if (f.$s === DONE)
                    throw e;
                mode = exports.THROW;
                arg = e;
                continue;
            }
        }
        else {
            try {
                v = route(f, body, tries, mode, arg);
            }
            catch (e) {
                // no handler took it (or the routing itself failed, e.g. out of stack): done
                f.$s = DONE;
                throw e;
            }
        }
        if (v === NEXT) {
            mode = exports.NORMAL;
            arg = takeSent(f);
            continue;
        }
        if (v === ROUTE) {
            const c = takeSent(f);
            mode = c.t;
            arg = c.v;
            continue;
        }
        return v;
    }
}
/** The body returned ROUTE: route its completion, and go on as run() does. */
function routed(f, body, tries) {
    const c = takeSent(f);
    return run(f, body, tries, c.t, c.v);
}
function takeSent(f) {
    const v = pendingSent.get(f);
    pendingSent.delete(f);
    return v;
}
function takeOp(f) {
    const op = f.$o;
    if (op) {
        f.$o = 0;
        return op;
    }
    return 0;
}
// ---------------------------------------------------------------- iterators
function iterOf(x) {
    const m = x == null ? undefined : x[Symbol.iterator];
    if (typeof m !== 'function')
        throw new TypeError(`${describe(x)} is not iterable`);
    const it = invoke(m, x);
    if (!isObject(it))
        throw new TypeError('Result of the Symbol.iterator method is not an object');
    return it;
}
function describe(x) {
    if (typeof x === 'function')
        return 'function';
    if (typeof x === 'object' && x !== null)
        return 'object';
    if (typeof x === 'string')
        return JSON.stringify(x);
    return String(x);
}
function asyncIterOf(x) {
    const am = x == null ? undefined : x[Symbol.asyncIterator];
    if (am != null) {
        if (typeof am !== 'function')
            throw new TypeError(`${describe(x)} is not async iterable`);
        const it = invoke(am, x);
        if (!isObject(it))
            throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
        return it;
    }
    return fromSync(iterOf(x));
}
/** CreateAsyncFromSyncIterator */
function fromSync(it) {
    const next = it.next;
    // Node 20's V8 does not close the sync iterator when a value it yields is a
    // rejected promise (a later spec change does); we match the oracle.
    const cont = (r) => {
        if (!isObject(r))
            throw new TypeError(`Iterator result ${String(r)} is not an object`);
        const done = !!r.done;
        const value = r.value;
        return invoke(promiseThen, promiseResolve(value), (v) => ({ value: v, done }));
    };
    const wrap = (fn) => {
        try {
            return fn();
        }
        catch (e) {
            return $Promise.reject(e);
        }
    };
    return {
        next(v) { return wrap(() => cont(call(next, it, v))); },
        return(v) {
            return wrap(() => {
                const m = it.return;
                if (m == null)
                    return promiseResolve({ value: v, done: true });
                return cont(call(m, it, v));
            });
        },
        throw(v) {
            return wrap(() => {
                const m = it.throw;
                // Node 20's V8: with no `throw` method, reject with the value itself
                if (m == null)
                    throw v;
                return cont(call(m, it, v));
            });
        },
    };
}
/** The error of a `co_yield*` thrown into an iterator without `throw` (the runtime's own TypeError: the user may shadow the name). */
function noThrowMethod() {
    return new TypeError("The iterator does not provide a 'throw' method.");
}
function checkObject(r) {
    if (!isObject(r))
        throw new TypeError(`Iterator result ${String(r)} is not an object`);
    return r;
}
/** IteratorClose for a sync iterator; `c` is the completion that caused it. */
function closeIter(it, c) {
    if (c !== null && c.t === exports.THROW) {
        try {
            const m = it.return;
            if (m != null)
                call(m, it);
        }
        catch { /* the original throw wins */ }
        return;
    }
    const m = it.return;
    if (m == null)
        return;
    const r = call(m, it);
    if (!isObject(r))
        throw new TypeError(`Iterator result ${String(r)} is not an object`);
}
/** for-in: snapshot of enumerable string keys, skipping ones deleted before they are reached. */
function forIn(obj) {
    const keys = [];
    if (obj != null) {
        const o = Object(obj);
        // eslint-disable-next-line guard-for-in
        for (const k in o)
            keys.push(k);
        return { o, k: keys, i: 0 };
    }
    return { o: {}, k: keys, i: 0 };
}
function forInNext(s) {
    while (s.i < s.k.length) {
        const k = s.k[s.i++];
        if (k in s.o)
            return k;
    }
    return undefined;
}
/** What a let, const or class binding holds before its declaration has run (see src/bindings/checks.ts). */
exports.TDZ = Object.freeze({ tdz: true });
/** A read that may fall in the binding's temporal dead zone: the native ReferenceError there. */
function tdz(v, name) {
    if (v === exports.TDZ)
        throw new ReferenceError(`Cannot access '${name}' before initialization`);
    return v;
}
/** `x = e` that may fall in x's dead zone: checked after e, as natively. */
function tdzw(old, v, name) {
    tdz(old, name);
    return v;
}
const CONSTANT = 'Assignment to constant variable.';
/** `c = e` (or `c op= e`, with e the new value) on a const: the native TypeError, after e. */
function constw(old, v, name) {
    tdz(old, name);
    throw new TypeError(CONSTANT);
}
/** `c++` on a const: converted to a number first, as natively. */
function constUpdate(old, name) {
    tdz(old, name);
    Number(old);
    throw new TypeError(CONSTANT);
}
/** A const as a destructuring or for-in/of target: `constRef().v = x` throws. */
function constRef() {
    return { set v(_) { throw new TypeError(CONSTANT); } };
}
/** ToPropertyKey: a computed key is converted once, when it is evaluated. */
function key(x) {
    if (typeof x === 'symbol')
        return x;
    if (!isObject(x))
        return String(x);
    // ToPrimitive with the hint "string", exactly as a computed key does it (a symbol may come out)
    return Reflect.ownKeys({ [x]: 0 })[0];
}
function objRest(o, keys) {
    if (o == null)
        throw new TypeError(`Cannot destructure '${String(o)}' as it is ${String(o)}.`);
    const out = {};
    const src = Object(o);
    for (const k of Reflect.ownKeys(src)) {
        if (keys.includes(k))
            continue;
        const d = Object.getOwnPropertyDescriptor(src, k);
        if (d && d.enumerable)
            out[k] = src[k];
    }
    return out;
}
/** Array destructuring step: the next value of `it`, or undefined once it is done. */
function arrStep(s) {
    if (s.done)
        return undefined;
    // an iterator that throws or misbehaves counts as done: it is not closed
    s.done = true;
    const r = checkObject(call(s.next, s.it));
    if (r.done)
        return undefined;
    s.done = false;
    return r.value;
}
function arrRest(s) {
    const out = [];
    while (!s.done) {
        const v = arrStep(s);
        if (!s.done)
            out.push(v);
    }
    return out;
}
function arrStart(x) {
    const it = iterOf(x);
    // read once, as GetIterator does: a later change of it.next is not seen
    return { it, next: it.next, done: false };
}
/** End of an array destructuring (normally or not, as `c` says): close the iterator if it is not done. */
function arrEnd(s, c) {
    if (!s.done) {
        s.done = true;
        closeIter(s.it, c);
    }
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
// delegate) runs have #r set; a generator between them is running because
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
const active = [];
/** set by #forward when it stopped above a running generator */
let blocked = false;
/** a root whose last request, a next(), ended at a yield of lastLeaf (below it), if no request came since */
let lastRoot = null;
let lastLeaf = null;
/** co_yield* to an iterator that is not a coframe generator: the iterator and its next method */
class Foreign {
    it;
    next;
    constructor(it, next) {
        this.it = it;
        this.next = next;
    }
}
// CoGenerator's flags (#k): two facts in one field (each field costs 8 bytes per generator)
/** the last request it forwarded to its coframe delegate was a return(): that delegate's completion is a return */
const FORWARDED_RETURN = 1;
/** its body has a try table */
const HAS_TRIES = 2;
class CoGenerator {
    #f;
    #b;
    /** FORWARDED_RETURN | HAS_TRIES */
    #k;
    /** its body runs, or it is the root of a request in progress */
    #r = false;
    /**
     * what this one delegates to (co_yield*), if anything: a coframe generator
     * (stepped directly), or any other iterator (a Foreign record)
     */
    #c = null;
    /** while a request goes through a chain: the generator that delegates to this one */
    #u = null;
    constructor(f, body, tries) {
        this.#f = f;
        this.#b = body;
        this.#k = tries ? HAS_TRIES : 0;
    }
    next(v) {
        // the common case inline: a plain resumption that yields or completes
        const f = this.#f;
        if (this.#r || this.#c !== null || f.$s === DONE)
            return CoGenerator.#request(this, exports.NORMAL, v);
        this.#r = true;
        let r;
        try {
            r = this.#b(f, v);
            // (not as a request: a route from the first state is not a request before the start)
            if (r === ROUTE)
                r = routed(f, this.#b, this.#k & HAS_TRIES);
        }
        catch (e) {
            this.#r = false;
            if (f.$s === DONE)
                throw e;
            return CoGenerator.#request(this, exports.THROW, e);
        }
        this.#r = false;
        if (f.$s === DONE)
            return { value: r, done: true };
        if (f.$o)
            return CoGenerator.#settle(this, r);
        return { value: r, done: false };
    }
    return(v) { return CoGenerator.#request(this, exports.RETURN, v); }
    throw(e) { return CoGenerator.#request(this, exports.THROW, e); }
    [Symbol.iterator]() { return this; }
    get [Symbol.toStringTag]() { return 'Generator'; }
    static #request(root, mode, arg) {
        if (CoGenerator.#running(root, active.length))
            throw new TypeError('Generator is already running');
        root.#r = true;
        active.push(root);
        try {
            return CoGenerator.#chain(root, mode, arg);
        }
        finally {
            root.#r = false;
            active.pop();
        }
    }
    /** Is g running, as seen by the first n requests in progress (and any body that runs)? */
    static #running(g, n) {
        if (g.#r)
            return true;
        // a generator between a root and its running leaf delegates
        if (g.#c === null || !(#f in g.#c))
            return false;
        for (let i = 0; i < n; i++) {
            for (let y = active[i].#c; y !== null && #f in y; y = y.#c)
                if (y === g)
                    return true;
        }
        return false;
    }
    /** the body of `g` returned `v` with $o set: handle it, then finish the request */
    static #settle(g, v) {
        g.#r = true;
        active.push(g);
        try {
            const r = CoGenerator.#afterBody(g, v);
            return outcome === 0 ? r : outcome === 1 ? { value: r, done: true } : CoGenerator.#chain(g, exports.NORMAL, undefined);
        }
        finally {
            g.#r = false;
            active.pop();
        }
    }
    static #chain(root, mode, arg) {
        const resume = mode === exports.NORMAL;
        let g = resume && lastRoot === root ? lastLeaf : CoGenerator.#forward(root, mode, root);
        // a body run by next()'s fast path may be the cached leaf's
        if (g.#r && g !== root) {
            g = g.#u;
            blocked = true;
        }
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
                mode = exports.THROW;
                arg = new TypeError('Generator is already running');
            }
            let v;
            try {
                v = CoGenerator.#leafStep(g, mode, arg);
            }
            catch (e) {
                if (g === root)
                    throw e;
                g = CoGenerator.#unlink(g);
                mode = exports.THROW;
                arg = e;
                continue;
            }
            if (outcome === 0) {
                // next time, a next() on root may go straight to g (a request that
                // began as return()/throw() left that kind in the levels above)
                if (resume && g !== root) {
                    lastRoot = root;
                    lastLeaf = g;
                }
                return v;
            }
            if (outcome === 2) {
                // g now delegates to a coframe generator (maybe itself mid-chain): next() goes down
                mode = exports.NORMAL;
                arg = undefined;
                g = CoGenerator.#forward(g, mode, root);
                continue;
            }
            if (g === root)
                return { value: v, done: true };
            // the inner generator completed: its parent's co_yield* gets the value
            // (as a return completion when the parent had forwarded a return())
            g = CoGenerator.#unlink(g);
            mode = (g.#k & FORWARDED_RETURN) !== 0 ? exports.RETURN : exports.NORMAL;
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
    static #forward(from, mode, root) {
        const others = active.length - 1; // requests in progress besides this one
        let x = from;
        for (let y = x.#c; y !== null && #f in y; y = x.#c) {
            if (CoGenerator.#running(y, others) || (from !== root && CoGenerator.#onPath(y, from, root))) {
                blocked = true;
                return x;
            }
            x.#k = mode === exports.RETURN ? x.#k | FORWARDED_RETURN : x.#k & ~FORWARDED_RETURN;
            y.#u = x;
            x = y;
        }
        return x;
    }
    /** Is g one of the levels from `root` down to `from` (the back pointers lead up)? */
    static #onPath(g, from, root) {
        if (g === from)
            return true;
        // every level above `from` delegates: a fresh delegate (the usual case) needs no walk
        if (g.#c === null)
            return false;
        for (let z = from.#u; z !== null && z !== root; z = z.#u)
            if (z === g)
                return true;
        return false;
    }
    /** The leaf is done with: its parent no longer delegates. Returns the parent. */
    static #unlink(leaf) {
        const parent = leaf.#u;
        leaf.#u = null;
        parent.#c = null;
        return parent;
    }
    /** Step a generator that does not delegate to another coframe generator (it is running meanwhile). */
    static #leafStep(g, mode, arg) {
        const was = g.#r;
        g.#r = true;
        try {
            const f = g.#f;
            if (f.$s === DONE || (f.$s === 0 && mode !== exports.NORMAL)) {
                f.$s = DONE;
                outcome = 1;
                if (mode === exports.THROW)
                    throw arg;
                return mode === exports.RETURN ? arg : undefined;
            }
            if (g.#c instanceof Foreign)
                return CoGenerator.#foreignStep(g, g.#c, mode, arg);
            // (#runBody written out: this is every request's path)
            return CoGenerator.#afterBody(g, run(f, g.#b, g.#k & HAS_TRIES, mode, arg));
        }
        finally {
            g.#r = was;
        }
    }
    /** Run g's body (from a request of this mode) until it suspends or completes, then see to $o (a foreign delegate's end). */
    static #runBody(g, mode, arg) {
        return CoGenerator.#afterBody(g, run(g.#f, g.#b, g.#k & HAS_TRIES, mode, arg));
    }
    static #afterBody(g, v) {
        const f = g.#f;
        if (f.$s === DONE) {
            outcome = 1;
            return v;
        }
        if (takeOp(f) === 1) {
            // GetIterator runs in the body, at its co_yield*: a failure is thrown there
            let it;
            let next;
            try {
                it = iterOf(v);
                next = it.next;
            }
            catch (e) {
                return CoGenerator.#runBody(g, exports.THROW, e);
            }
            if (#f in it && next === coNext) {
                // (co_yield* onto a running generator — this one, or one whose chain
                // leads here — is caught by #forward on the way down: g gets the TypeError)
                g.#c = it;
                outcome = 2;
                return undefined;
            }
            const d = new Foreign(it, next);
            g.#c = d;
            return CoGenerator.#foreignStep(g, d, exports.NORMAL, undefined);
        }
        outcome = 0;
        return { value: v, done: false };
    }
    /** co_yield* to an iterator that is not a coframe generator: forward the request as the spec does. */
    static #foreignStep(g, d, mode, arg) {
        const it = d.it;
        let r;
        try {
            if (mode === exports.NORMAL) {
                r = call(d.next, it, arg);
            }
            else if (mode === exports.THROW) {
                const m = it.throw;
                if (m == null) {
                    g.#c = null;
                    closeIter(it, null);
                    throw noThrowMethod();
                }
                r = call(m, it, arg);
            }
            else {
                const m = it.return;
                if (m == null) {
                    g.#c = null;
                    return CoGenerator.#runBody(g, exports.RETURN, arg);
                }
                r = call(m, it, arg);
            }
            if (!isObject(r))
                throw new TypeError(`Iterator result ${String(r)} is not an object`);
        }
        catch (e) {
            g.#c = null;
            return CoGenerator.#runBody(g, exports.THROW, e);
        }
        if (!r.done) {
            outcome = 0;
            return r;
        }
        g.#c = null;
        return CoGenerator.#runBody(g, mode === exports.RETURN ? exports.RETURN : exports.NORMAL, r.value);
    }
}
const coNext = CoGenerator.prototype.next;
function gen(f, body, tries, name) {
    return new CoGenerator(f, traced(name, f, body), tries);
}
// ---------------------------------------------------------------- tasks
function awaitValue(v, ok, err) {
    let p;
    try {
        p = promiseResolve(v);
    }
    catch (e) {
        err(e);
        return;
    }
    invoke(promiseThen, p, ok, err);
}
/** The promise of a task whose parameters failed to bind. */
function rejected(e) {
    return $Promise.reject(e);
}
function task(f, body, tries, name) {
    body = traced(name, f, body);
    let resolve;
    let reject;
    const p = new $Promise((a, b) => { resolve = a; reject = b; });
    // the only closures a pending task keeps: its reactions to the awaited value
    const ok = (v) => taskStep(f, body, tries, resolve, reject, ok, fail, exports.NORMAL, v);
    const fail = (e) => taskStep(f, body, tries, resolve, reject, ok, fail, exports.THROW, e);
    // The first step is unrolled here (not via taskStep/run) so that a chain of
    // tasks calling tasks before their first suspension uses little stack.
    let v;
    try {
        v = body(f, undefined);
        if (v === ROUTE)
            v = routed(f, body, tries);
    }
    catch (e) {
        if (f.$s === DONE) {
            reject(e);
            return p;
        }
        try {
            v = run(f, body, tries, exports.THROW, e);
        }
        catch (e2) {
            reject(e2);
            return p;
        }
    }
    if (f.$s === DONE)
        resolve(v);
    else
        awaitValue(v, ok, fail);
    return p;
}
// Each co_await is `then(ok, fail)` on the awaited value, after the same
// PromiseResolve a native await does: the same ticks as native (measured
// faster than a native async function as the driver, which would save the
// resolving functions but costs a register file and a slower resumption).
function taskStep(f, body, tries, resolve, reject, ok, fail, mode, arg) {
    let v;
    try {
        v = run(f, body, tries, mode, arg);
    }
    catch (e) {
        reject(e);
        return;
    }
    if (f.$s === DONE)
        resolve(v);
    else
        awaitValue(v, ok, fail);
}
// ---------------------------------------------------------------- async generators
const A_START = 0, A_YIELD = 1, A_EXEC = 2, A_AWAIT_RETURN = 3, A_DONE = 4;
let agStateOf;
class CoAsyncGenerator {
    #g;
    constructor(f, body, tries) {
        this.#g = { f, b: body, t: tries, st: A_START, q: [] };
    }
    next(v) { return agRequest(this, exports.NORMAL, v); }
    return(v) { return agRequest(this, exports.RETURN, v); }
    throw(e) { return agRequest(this, exports.THROW, e); }
    static {
        agStateOf = (x) => (isObject(x) && #g in x ? x.#g : null);
    }
    [Symbol.asyncIterator]() { return this; }
    get [Symbol.toStringTag]() { return 'AsyncGenerator'; }
}
const AG_METHODS = ['next', 'return', 'throw'];
/** A request on something that is not an async generator is a rejected promise, as natively (not a throw). */
function agRequest(self, mode, value) {
    const g = agStateOf(self);
    if (g === null) {
        const shown = isObject(self) ? '#<Object>' : String(self); // (nothing of the receiver is read)
        return $Promise.reject(new TypeError(`Method [AsyncGenerator].prototype.${AG_METHODS[mode]} called on incompatible receiver ${shown}`));
    }
    return agEnqueue(g, mode, value);
}
function agEnqueue(g, mode, value) {
    let resolve;
    let reject;
    const p = new $Promise((a, b) => { resolve = a; reject = b; });
    let st = g.st;
    if (mode === exports.NORMAL && st === A_DONE) {
        resolve({ value: undefined, done: true });
        return p;
    }
    if (mode === exports.THROW) {
        if (st === A_START) {
            g.st = st = A_DONE;
            g.f.$s = DONE;
        }
        if (st === A_DONE) {
            reject(value);
            return p;
        }
    }
    g.q.push({ mode, value, resolve, reject });
    if (mode === exports.RETURN && (st === A_START || st === A_DONE)) {
        g.st = A_AWAIT_RETURN;
        g.f.$s = DONE;
        agAwaitReturn(g);
    }
    else if (st === A_START || st === A_YIELD) {
        agResume(g, mode, value);
    }
    return p;
}
function agCompleteStep(g, isThrow, value, done) {
    const req = g.q.shift();
    if (isThrow)
        req.reject(value);
    else
        req.resolve({ value, done });
}
function agDrain(g) {
    while (g.q.length) {
        const req = g.q[0];
        if (req.mode === exports.RETURN) {
            g.st = A_AWAIT_RETURN;
            agAwaitReturn(g);
            return;
        }
        if (req.mode === exports.THROW)
            agCompleteStep(g, true, req.value, true);
        else
            agCompleteStep(g, false, undefined, true);
    }
}
function agAwaitReturn(g) {
    const req = g.q[0];
    let p;
    try {
        p = promiseResolve(req.value);
    }
    catch (e) {
        g.st = A_DONE;
        agCompleteStep(g, true, e, true);
        agDrain(g);
        return;
    }
    invoke(promiseThen, p, (v) => { g.st = A_DONE; agCompleteStep(g, false, v, true); agDrain(g); }, (e) => { g.st = A_DONE; agCompleteStep(g, true, e, true); agDrain(g); });
}
/** Resume a suspended generator with a request (AsyncGeneratorResume + UnwrapYieldResumption). */
function agResume(g, mode, value) {
    const wasStart = g.st === A_START;
    g.st = A_EXEC;
    if (g.f.$o === 3) {
        // raw yield: the body inspects the completion itself
        g.f.$o = 0;
        agRun(g, exports.NORMAL, { t: mode, v: value });
        return;
    }
    if (mode === exports.RETURN && !wasStart) {
        awaitValue(value, (v) => agRun(g, exports.RETURN, v), (e) => agRun(g, exports.THROW, e));
        return;
    }
    agRun(g, mode, value);
}
function agRun(g, mode, arg) {
    const f = g.f;
    let v;
    try {
        v = run(f, g.b, g.t, mode, arg);
    }
    catch (e) {
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
        awaitValue(v, (x) => agRun(g, exports.NORMAL, x), (e) => agRun(g, exports.THROW, e));
        return;
    }
    // yield (op 0) or raw yield (op 3, left in $o for agResume)
    agCompleteStep(g, false, v, false);
    if (g.q.length) {
        const req = g.q[0];
        agResume(g, req.mode, req.value);
    }
    else {
        g.st = A_YIELD;
    }
}
function agen(f, body, tries, name) {
    return new CoAsyncGenerator(f, traced(name, f, body), tries);
}
let tracer = null;
/** Install a tracer; only coroutines compiled with tracing (which pass their name) report to it. */
function setTracer(t) {
    tracer = t;
}
function traced(name, f, body) {
    const tr = tracer;
    if (name === undefined || tr === null)
        return body;
    return (f2, v) => {
        if (f2 !== f)
            return body(f2, v); // the table request
        tr('resume', name, f, v);
        let r;
        try {
            r = body(f2, v);
        }
        catch (e) {
            tr('throw', name, f, e);
            throw e;
        }
        if (r !== ROUTE)
            tr(f.$s === DONE ? 'complete' : 'suspend', name, f, r);
        return r;
    };
}
