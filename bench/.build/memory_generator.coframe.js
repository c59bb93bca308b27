const $co = require("/work/main/dist/runtime/index.js");
// Memory held by suspended generators: n of them alive, each suspended at its
// co_yield. The coroutine has 8 locals, of which 2 (g, h) are live across the
// suspension.
// Figure: heap bytes per suspended generator (heap delta after GC / n).

function held(seed) {
  if (new.target !== undefined) throw new TypeError("held is not a constructor");
  const $f = {
    $s: 0,
    g: undefined,
    h: undefined
  };
  return $co.gen($f, $v => {
    let a, b, c, d, e, f, sent;
    $L: for (;;) switch ($f.$s) {
      // line 6
      case 0:
        a = seed + 1;
        b = a * 2;
        c = b + 3;
        d = c * 5;
        e = d - a;
        f = e ^ b;
        $f.g = f + c;
        $f.h = d - e;
        $f.$s = 1;
        return a + b + c + d + e + f;
      // line 15
      case 1:
        sent = $v;
        return $co.end($f, $f.g * sent + $f.h);
    }
  });
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