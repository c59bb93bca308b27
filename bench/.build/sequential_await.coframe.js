const $co = require("/work/main/dist/runtime/index.js");
// One task doing n sequential co_awaits of plain values.
// Figure: ns per co_await.

function sequence(n) {
  if (new.target !== undefined) throw new TypeError("sequence is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let sum;
    $L: for (;;) switch ($f.$s) {
      // line 4
      case 0:
        sum = 0;
        $f.i = 0;
      // line 6
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 4;
          continue $L;
        }
        $f.$t1 = sum;
        $f.$s = 2;
        return $f.i;
      // line 6
      case 2:
        sum = $f.$t1 + $v;
      // line 6
      case 3:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 7
      case 4:
        return $co.end($f, sum);
    }
  });
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