// A chain of `depth` generators, each delegating to the next by co_yield*;
// the innermost yields n numbers. Measures how resuming through a chain of
// delegations scales with its depth (the tree walk's depth is ~16).
// Figure: ns per element.

function* chain(depth, n) {
  if (depth === 0) {
    for (let i = 0; i < n; i++) yield i;
  } else {
    yield* chain(depth - 1, n);
  }
}
function prepare(size) {
  return {
    depth: size.depth,
    n: size.n
  };
}
function run(ctx) {
  let sum = 0;
  const it = chain(ctx.depth, ctx.n);
  for (let r = it.next(); !r.done; r = it.next()) sum += r.value;
  return {
    result: sum,
    units: ctx.n
  };
}
module.exports = {
  prepare,
  run
};