// n concurrent tasks, each awaiting 3 promises of its own; the promises are
// resolved in 3 waves (all first promises, then all second ones, ...), with a
// macrotask turn between waves so every task is parked on each wave.
// Figure: ms for the whole run (start n tasks, 3 waves, collect results).

async function worker(i, p0, p1, p2) {
  const a = await p0;
  const b = await p1;
  const c = await p2;
  return a + b * 2 + c * 3 + (i & 7);
}
function turn() {
  return new Promise(resolve => setImmediate(resolve));
}
function prepare(n) {
  const promises = [[], [], []];
  const resolvers = [[], [], []];
  for (let w = 0; w < 3; w++) {
    for (let i = 0; i < n; i++) {
      promises[w].push(new Promise(resolve => {
        resolvers[w].push(resolve);
      }));
    }
  }
  return {
    n: n,
    promises: promises,
    resolvers: resolvers
  };
}
async function run(ctx) {
  const n = ctx.n;
  const p = ctx.promises;
  const tasks = new Array(n);
  for (let i = 0; i < n; i++) tasks[i] = worker(i, p[0][i], p[1][i], p[2][i]);
  for (let w = 0; w < 3; w++) {
    await turn();
    const res = ctx.resolvers[w];
    for (let i = 0; i < n; i++) res[i](w + i % 13);
  }
  const results = await Promise.all(tasks);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += results[i];
  return {
    result: sum,
    units: 1
  };
}
module.exports = {
  prepare,
  run
};