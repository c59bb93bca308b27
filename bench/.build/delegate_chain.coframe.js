const $co = require("/work/main/dist/runtime/index.js");
// A chain of `depth` generators, each delegating to the next by co_yield*;
// the innermost yields n numbers. Measures how resuming through a chain of
// delegations scales with its depth (the tree walk's depth is ~16).
// Figure: ns per element.

function chain(depth, n) {
  if (new.target !== undefined) throw new TypeError("chain is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    i: undefined
  };
  return $co.gen($f, $v => {
    $L: for (;;) switch ($f.$s) {
      // line 6
      case 0:
        if (!(depth === 0)) {
          $f.$s = 5;
          continue $L;
        }
        $f.i = 0;
      // line 8
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 4;
          continue $L;
        }
        $f.$s = 2;
        return $f.i;
      case 2:
      // line 8
      case 3:
        $f.i++;
        $f.$s = 1;
        continue $L;
      case 4:
        $f.$s = 7;
        continue $L;
      // line 10
      case 5:
        $f.$s = 6;
        $f.$o = 1;
        return chain(depth - 1, $f.n);
      case 6:
      case 7:
        $f.$s = -1;
        return;
    }
  });
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