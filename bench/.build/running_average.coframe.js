const $co = require("/work/main/dist/runtime/index.js");
// Running average fed by next(v): one generator resumed `n` times.
// Figure: ns per resume (next(v) call).

function averager() {
  if (new.target !== undefined) throw new TypeError("averager is not a constructor");
  const $f = {
    $s: 0,
    total: undefined,
    count: undefined
  };
  return $co.gen($f, $v => {
    let avg, x;
    $L: for (;;) switch ($f.$s) {
      // line 4
      case 0:
        $f.total = 0;
        $f.count = 0;
        avg = 0;
      // line 9
      case 1:
        $f.$s = 2;
        return avg;
      // line 9
      case 2:
        x = $v;
        $f.total += x;
        $f.count += 1;
        avg = $f.total / $f.count;
        $f.$s = 1;
        continue $L;
      case 3:
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
  const n = ctx.n;
  const g = averager();
  g.next();
  let acc = 0;
  for (let i = 0; i < n; i++) acc += g.next(i & 1023).value;
  g.return();
  return {
    result: acc,
    units: n
  };
}
module.exports = {
  prepare,
  run
};