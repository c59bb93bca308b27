const $co = require("/work/main/dist/runtime/index.js");
// Memory held by pending tasks: n of them alive, each parked on a co_await of
// a promise that is still pending. Same body shape as memory_generator: 8
// locals, 2 of them (g, h) live across the suspension. The task's own
// promise is kept and counted.
// Figure: heap bytes per pending task (heap delta after GC / n).

function held(seed, gate) {
  if (new.target !== undefined) throw new TypeError("held is not a constructor");
  const $f = {
    $s: 0,
    g: undefined,
    h: undefined
  };
  return $co.task($f, $v => {
    let a, b, c, d, e, f, sent;
    $L: for (;;) switch ($f.$s) {
      // line 7
      case 0:
        a = seed + 1;
        b = a * 2;
        c = b + 3;
        d = c * 5;
        e = d - a;
        f = e ^ b;
        $f.g = f + c;
        $f.h = d - e;
        if (a + b + c + d + e + f < 0) return $co.end($f, -1);
        $f.$s = 1;
        return gate;
      // line 17
      case 1:
        sent = $v;
        return $co.end($f, $f.g * sent + $f.h);
    }
  });
}
function prepare(n) {
  const all = new Array(n).fill(null);
  let open;
  const gate = new Promise(resolve => {
    open = resolve;
  });
  return {
    n: n,
    all: all,
    gate: gate,
    open: open
  };
}
function run(ctx) {
  const all = ctx.all;
  const gate = ctx.gate;
  for (let i = 0; i < ctx.n; i++) all[i] = held(i & 1023, gate);
  return {
    units: ctx.n
  };
}

// after the measurement: open the gate, wait for every task, check the values
function finish(ctx) {
  if (new.target !== undefined) throw new TypeError("finish is not a constructor");
  const $f = {
    $s: 0,
    ctx: ctx
  };
  return $co.task($f, $v => {
    let results, sum;
    $L: for (;;) switch ($f.$s) {
      // line 36
      case 0:
        $f.ctx.open(3);
        $f.$s = 1;
        return Promise.all($f.ctx.all);
      // line 38
      case 1:
        results = $v;
        sum = 0;
        for (let i = 0; i < $f.ctx.n; i++) sum += results[i];
        $f.ctx.all = null;
        return $co.end($f, sum);
    }
  });
}
module.exports = {
  prepare,
  run,
  finish
};