// n concurrent tasks, each awaiting 3 promises of its own; the promises are
// resolved in 3 waves (all first promises, then all second ones, ...), with a
// macrotask turn between waves so every task is parked on each wave.
// Figure: ms for the whole run (start n tasks, 3 waves, collect results).

function worker(i, p0, p1, p2) {
  const a = co_await p0;
  const b = co_await p1;
  const c = co_await p2;
  co_return a + b * 2 + c * 3 + (i & 7);
}

function turn() {
  return new Promise((resolve) => setImmediate(resolve));
}

function prepare(n) {
  const promises = [[], [], []];
  const resolvers = [[], [], []];
  for (let w = 0; w < 3; w++) {
    for (let i = 0; i < n; i++) {
      promises[w].push(new Promise((resolve) => { resolvers[w].push(resolve); }));
    }
  }
  return { n: n, promises: promises, resolvers: resolvers };
}

function run(ctx) {
  const n = ctx.n;
  const p = ctx.promises;
  const tasks = new Array(n);
  for (let i = 0; i < n; i++) tasks[i] = worker(i, p[0][i], p[1][i], p[2][i]);
  for (let w = 0; w < 3; w++) {
    co_await turn();
    const res = ctx.resolvers[w];
    for (let i = 0; i < n; i++) res[i](w + (i % 13));
  }
  const results = co_await Promise.all(tasks);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += results[i];
  co_return { result: sum, units: 1 };
}

module.exports = { prepare, run };
