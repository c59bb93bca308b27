const { CoGen } = require('./rt.js');
function averager$b(f, $v) {
  let avg, x;
  for (;;) switch (f.$s) {
    case 0: f.total = 0; f.count = 0; avg = 0;
    case 1: f.$s = 2; return avg;
    case 2: x = $v; f.total += x; f.count += 1; avg = f.total / f.count; f.$s = 1; continue;
  }
}
class averager$G extends CoGen {
  constructor() { super(); this.$s = 0; this.$r = 0; this.total = 0; this.count = 0; }
}
averager$G.prototype.$b = averager$b;
function averager() { return new averager$G(); }
function prepare(n) { return { n }; }
function run(ctx) { const n = ctx.n; const g = averager(); g.next(); let acc = 0; for (let i = 0; i < n; i++) acc += g.next(i & 1023).value; g.return(); return { result: acc, units: n }; }
module.exports = { prepare, run };
