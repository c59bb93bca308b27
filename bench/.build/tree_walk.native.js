// In-order walk of a balanced binary tree by recursive co_yield*.
// Every element travels up a chain of ~log2(nodes) delegating generators.
// Figure: ns per node visited.

function build(lo, hi) {
  if (lo >= hi) return null;
  const mid = lo + hi >>> 1;
  return {
    value: mid,
    left: build(lo, mid),
    right: build(mid + 1, hi)
  };
}
function* walk(node) {
  if (node.left !== null) yield* walk(node.left);
  yield node.value;
  if (node.right !== null) yield* walk(node.right);
}
function prepare(size) {
  return {
    root: build(0, size.nodes),
    walks: size.walks
  };
}
function run(ctx) {
  let h = 0;
  let count = 0;
  for (let w = 0; w < ctx.walks; w++) {
    for (const v of walk(ctx.root)) {
      h = h * 31 + v | 0;
      count++;
    }
  }
  return {
    result: [h, count],
    units: count
  };
}
module.exports = {
  prepare,
  run
};