// Evidence for docs/BENCHMARKS.md, suggestion 1 — NOT a runtime: a hand-written
// sketch of a fused layout, where the generator object IS the frame: one
// object per call holding $s (state, -1 done), $r (1 while running) and the
// live slots; the resume function is a plain top-level function body(f, v)
// reached through the class's prototype, not a closure made per call.
// It has only the hot path (no return()/throw() through finally, no yield*).
// Run: node bench/experiments/fused-frame/compare.js
'use strict';
const DONE = -1;
class CoGen {
  next(v) {
    if (this.$r === 1) throw new TypeError('Generator is already running');
    if (this.$s === DONE) return { value: undefined, done: true };
    this.$r = 1;
    let r;
    try { r = this.$b(this, v); } finally { this.$r = 0; }
    return { value: r, done: this.$s === DONE };
  }
  return(v) { this.$s = DONE; return { value: v, done: true }; }   // sketch: no finally handling
  [Symbol.iterator]() { return this; }
}
module.exports = { CoGen, DONE };
