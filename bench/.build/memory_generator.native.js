// Memory held by suspended generators: n of them alive, each suspended at its
// co_yield. The coroutine has 8 locals, of which 2 (g, h) are live across the
// suspension.
// Figure: heap bytes per suspended generator (heap delta after GC / n).

function* held(seed) {
  let a = seed + 1;
  let b = a * 2;
  let c = b + 3;
  let d = c * 5;
  let e = d - a;
  let f = e ^ b;
  let g = f + c;
  let h = d - e;
  const sent = yield a + b + c + d + e + f;
  return g * sent + h;
}
function prepare(n) {
  // the array is allocated before the baseline, so it is not counted
  const all = new Array(n).fill(null);
  return {
    n: n,
    all: all
  };
}
function run(ctx) {
  const all = ctx.all;
  let first = 0;
  for (let i = 0; i < ctx.n; i++) {
    const it = held(i & 1023);
    first += it.next().value;
    all[i] = it;
  }
  ctx.first = first;
  return {
    units: ctx.n
  };
}

// after the measurement: resume every generator once, check the values
function finish(ctx) {
  let sum = 0;
  for (let i = 0; i < ctx.n; i++) {
    const r = ctx.all[i].next(3);
    sum += r.value + (r.done ? 1 : 0);
  }
  ctx.all = null;
  return [ctx.first, sum];
}
module.exports = {
  prepare,
  run,
  finish
};