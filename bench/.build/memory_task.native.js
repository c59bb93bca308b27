// Memory held by pending tasks: n of them alive, each parked on a co_await of
// a promise that is still pending. Same body shape as memory_generator: 8
// locals, 2 of them (g, h) live across the suspension. The task's own
// promise is kept and counted.
// Figure: heap bytes per pending task (heap delta after GC / n).

async function held(seed, gate) {
  let a = seed + 1;
  let b = a * 2;
  let c = b + 3;
  let d = c * 5;
  let e = d - a;
  let f = e ^ b;
  let g = f + c;
  let h = d - e;
  if (a + b + c + d + e + f < 0) return -1;
  const sent = await gate;
  return g * sent + h;
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
async function finish(ctx) {
  ctx.open(3);
  const results = await Promise.all(ctx.all);
  let sum = 0;
  for (let i = 0; i < ctx.n; i++) sum += results[i];
  ctx.all = null;
  return sum;
}
module.exports = {
  prepare,
  run,
  finish
};