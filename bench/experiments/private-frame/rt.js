// Evidence for docs/BENCHMARKS.md, suggestion 1 — NOT a runtime: a
// hand-written sketch of the fused layout that the contract allows (the
// generator object's own properties must stay invisible): the generator
// object IS the frame, an instance of a class emitted per coroutine whose
// state and live slots are private fields, and whose resume function is a
// method of that class (reached by a symbol on its prototype; prototypes may
// differ from native's). The shared base class keeps the runtime's own
// fields private too: #k (running / done) and #d (the co_yield* record,
// never read here: it is there for its 8 bytes). A body completes through `end(v)`.
// Only the hot path: no return()/throw() through finally, no co_yield*.
// Run: node bench/experiments/private-frame/compare.js
'use strict';
const STEP = Symbol('step');
const RUNNING = 1;
const DONE = 2;
let ended = false;

function end(v) {
  ended = true;
  return v;
}

class CoGen {
  #k = 0;
  #d = null;
  next(v) {
    const k = this.#k;
    if (k !== 0) {
      if (k & RUNNING) throw new TypeError('Generator is already running');
      return { value: undefined, done: true };
    }
    this.#k = RUNNING;
    let r;
    try {
      r = this[STEP](v);
    } catch (e) {
      this.#k = DONE;
      throw e;
    }
    if (ended) {
      ended = false;
      this.#k = DONE;
      return { value: r, done: true };
    }
    this.#k = 0;
    return { value: r, done: false };
  }
  return(v) {
    this.#k = DONE;
    return { value: v, done: true };
  }
  [Symbol.iterator]() { return this; }
  get [Symbol.toStringTag]() { return 'Generator'; }
}

module.exports = { CoGen, STEP, end };
