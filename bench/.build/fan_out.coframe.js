const $co = require("/work/main/dist/runtime/index.js");
// n concurrent tasks, each awaiting 3 promises of its own; the promises are
// resolved in 3 waves (all first promises, then all second ones, ...), with a
// macrotask turn between waves so every task is parked on each wave.
// Figure: ms for the whole run (start n tasks, 3 waves, collect results).

function worker(i, p0, p1, p2) {
  if (new.target !== undefined) throw new TypeError("worker is not a constructor");
  const $f = {
    $s: 0,
    i: i,
    p1$b: p1,
    p2: p2,
    a: undefined
  };
  return $co.task($f, $v => {
    let c;
    $L: for (;;) switch ($f.$s) {
      // line 6
      case 0:
        $f.$s = 1;
        return p0;
      // line 7
      case 1:
        $f.a = $v;
        $f.$s = 2;
        return $f.p1$b;
      // line 8
      case 2:
        $f.p1$b = $v;
        $f.$s = 3;
        return $f.p2;
      // line 9
      case 3:
        c = $v;
        return $co.end($f, $f.a + $f.p1$b * 2 + c * 3 + ($f.i & 7));
    }
  });
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
function run(ctx) {
  if (new.target !== undefined) throw new TypeError("run is not a constructor");
  const $f = {
    $s: 0,
    ctx: ctx,
    n: undefined,
    tasks: undefined,
    w: undefined
  };
  return $co.task($f, $v => {
    let p, results, sum, res;
    $L: for (;;) switch ($f.$s) {
      // line 28
      case 0:
        $f.n = $f.ctx.n;
        p = $f.ctx.promises;
        $f.tasks = new Array($f.n);
        for (let i = 0; i < $f.n; i++) $f.tasks[i] = worker(i, p[0][i], p[1][i], p[2][i]);
        $f.w = 0;
      // line 33
      case 1:
        if (!($f.w < 3)) {
          $f.$s = 4;
          continue $L;
        }
        $f.$s = 2;
        return turn();
      // line 35
      case 2:
        res = $f.ctx.resolvers[$f.w];
        for (let i = 0; i < $f.n; i++) res[i]($f.w + i % 13);
      // line 33
      case 3:
        $f.w++;
        $f.$s = 1;
        continue $L;
      // line 38
      case 4:
        $f.$s = 5;
        return Promise.all($f.tasks);
      // line 38
      case 5:
        results = $v;
        sum = 0;
        for (let i = 0; i < $f.n; i++) sum += results[i];
        return $co.end($f, {
          result: sum,
          units: 1
        });
    }
  });
}
module.exports = {
  prepare,
  run
};