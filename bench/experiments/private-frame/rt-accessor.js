// Evidence for docs/BENCHMARKS.md (Memory) — NOT a runtime: the fused layout
// in its "accessor form". The runtime (ES2022, strict) owns one class per
// slot count, whose instances are both the generator and its frame: the
// state, the runtime's machinery and the live slots are private fields. The
// compiled code stays ES2020 and may stay sloppy: it never names a private
// field, it calls the accessor functions the runtime exports (S/SS: read and
// write the state; A0/A0W, A1/A1W: read and write slot 0 and slot 1), which
// V8 inlines. Only the hot path: no try routing, no co_yield*, return() only
// marks the generator done. A body completes through SS(g, -1).
// Run: node bench/experiments/private-frame/compare.js
'use strict';
let S, SS, A0, A0W, A1, A1W;

/** a generator with two slots: 24 B header + 5 fields */
class G2 {
  #s = 0; #x = 0; #b; #a0; #a1;
  constructor(b) { this.#b = b; }
  next(v) {
    if (this.#x !== 0 || this.#s === -1) {
      if (this.#x === 1) throw new TypeError('Generator is already running');
      return { value: undefined, done: true };
    }
    this.#x = 1;
    let r;
    try { r = this.#b(this, v); } catch (e) { this.#x = 0; this.#s = -1; throw e; }
    this.#x = 0;
    return { value: r, done: this.#s === -1 };
  }
  return(v) { this.#s = -1; return { value: v, done: true }; }
  [Symbol.iterator]() { return this; }
  get [Symbol.toStringTag]() { return 'Generator'; }
  static {
    S = (g) => g.#s;
    SS = (g, v) => { g.#s = v; };
    A0 = (g) => g.#a0;
    A0W = (g, v) => { g.#a0 = v; };
    A1 = (g) => g.#a1;
    A1W = (g, v) => { g.#a1 = v; };
  }
}

const gen2 = (body) => new G2(body);

module.exports = { gen2, S, SS, A0, A0W, A1, A1W };
