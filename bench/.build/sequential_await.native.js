// One task doing n sequential co_awaits of plain values.
// Figure: ns per co_await.

async function sequence(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await i;
  return sum;
}
function prepare(n) {
  return {
    n: n
  };
}
function run(ctx) {
  return sequence(ctx.n).then(sum => ({
    result: sum,
    units: ctx.n
  }));
}
module.exports = {
  prepare,
  run
};