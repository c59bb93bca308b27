const $co = require("/work/main/dist/runtime/index.js");
// for...of over a generator of n numbers.
// Figure: ns per element.

function range(n) {
  if (new.target !== undefined) throw new TypeError("range is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    i: undefined
  };
  return $co.gen($f, $v => {
    $L: for (;;) switch ($f.$s) {
      // line 4
      case 0:
        $f.i = 0;
      // line 5
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 4;
          continue $L;
        }
        $f.$s = 2;
        return $f.i;
      case 2:
      // line 5
      case 3:
        $f.i++;
        $f.$s = 1;
        continue $L;
      case 4:
        $f.$s = -1;
        return;
    }
  });
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