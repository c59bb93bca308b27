const $co = require("/work/main/dist/runtime/index.js");
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
function walk(node) {
  if (new.target !== undefined) throw new TypeError("walk is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    node: node
  };
  return $co.gen($f, $v => {
    $L: for (;;) switch ($f.$s) {
      // line 11
      case 0:
        if (!($f.node.left !== null)) {
          $f.$s = 2;
          continue $L;
        }
        $f.$s = 1;
        $f.$o = 1;
        return walk($f.node.left);
      case 1:
      // line 13
      case 2:
        $f.$s = 3;
        return $f.node.value;
      // line 14
      case 3:
        if (!($f.node.right !== null)) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 4;
        $f.$o = 1;
        return walk($f.node.right);
      case 4:
      case 5:
        $f.$s = -1;
        return;
    }
  });
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