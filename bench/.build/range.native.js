// for...of over a generator of n numbers.
// Figure: ns per element.

function* range(n) {
  for (let i = 0; i < n; i++) yield i;
}
function prepare(n) {
  return {
    n: n
  };
}
function run(ctx) {
  let sum = 0;
  for (const x of range(ctx.n)) sum += x;
  return {
    result: sum,
    units: ctx.n
  };
}
module.exports = {
  prepare,
  run
};