const { CoGen } = require('./rt.js');
function held$b(f, $v) {
  let a, b, c, d, e, ff, sent;
  switch (f.$s) {
    case 0:
      a = f.x + 1; b = a * 2; c = b + 3; d = c * 5; e = d - a; ff = e ^ b;
      f.x = ff + c;   // g shares the slot of the parameter `seed`
      f.h = d - e;
      f.$s = 1;
      return a + b + c + d + e + ff;
    case 1:
      sent = $v;
      f.$s = -1;
      return f.x * sent + f.h;
  }
}
class held$G extends CoGen {
  constructor(seed) { super(); this.$s = 0; this.$r = 0; this.x = seed; this.h = undefined; }
}
held$G.prototype.$b = held$b;
function held(seed) { return new held$G(seed); }
function prepare(n) { return { n, all: new Array(n).fill(null) }; }
function run(ctx) { let first = 0; for (let i = 0; i < ctx.n; i++) { const it = held(i & 1023); first += it.next().value; ctx.all[i] = it; } ctx.first = first; return { units: ctx.n }; }
function finish(ctx) { let sum = 0; for (let i = 0; i < ctx.n; i++) { const r = ctx.all[i].next(3); sum += r.value + (r.done ? 1 : 0); } ctx.all = null; return [ctx.first, sum]; }
module.exports = { prepare, run, finish };
