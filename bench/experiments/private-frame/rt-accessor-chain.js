// Evidence for docs/BENCHMARKS.md (Memory) — NOT a runtime: the accessor form
// of rt-accessor.js for any slot count. A base class holds the state and the
// machinery (#s, #x, #b) and next(); the class for n slots extends the one
// for n - 1 with the private field #a(n-1), so an accessor of slot i works on
// the generators of every slot count above i. Each access site in a
// program's code then sees as many classes (maps) as the program has slot
// counts: the cost measured by the "mixed slot counts" case of compare.js.
'use strict';
const MAX = 10;
let S, SS;
const get = [];
const set = [];

class Base {
  #s = 0; #x = 0; #b;
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
  }
}

// written out, not made in a loop: each class body must declare its field
class G1 extends Base { #a; static { get[0] = (g) => g.#a; set[0] = (g, v) => { g.#a = v; }; } }
class G2 extends G1 { #a; static { get[1] = (g) => g.#a; set[1] = (g, v) => { g.#a = v; }; } }
class G3 extends G2 { #a; static { get[2] = (g) => g.#a; set[2] = (g, v) => { g.#a = v; }; } }
class G4 extends G3 { #a; static { get[3] = (g) => g.#a; set[3] = (g, v) => { g.#a = v; }; } }
class G5 extends G4 { #a; static { get[4] = (g) => g.#a; set[4] = (g, v) => { g.#a = v; }; } }
class G6 extends G5 { #a; static { get[5] = (g) => g.#a; set[5] = (g, v) => { g.#a = v; }; } }
class G7 extends G6 { #a; static { get[6] = (g) => g.#a; set[6] = (g, v) => { g.#a = v; }; } }
class G8 extends G7 { #a; static { get[7] = (g) => g.#a; set[7] = (g, v) => { g.#a = v; }; } }
class G9 extends G8 { #a; static { get[8] = (g) => g.#a; set[8] = (g, v) => { g.#a = v; }; } }
class G10 extends G9 { #a; static { get[9] = (g) => g.#a; set[9] = (g, v) => { g.#a = v; }; } }
const classes = [Base, G1, G2, G3, G4, G5, G6, G7, G8, G9, G10];

/** a generator of `n` slots (n <= MAX) running `body` */
const gen = (n, body) => new classes[n](body);

module.exports = { MAX, gen, S, SS, get, set };
