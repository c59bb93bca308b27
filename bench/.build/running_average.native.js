// Running average fed by next(v): one generator resumed `n` times.
// Figure: ns per resume (next(v) call).

function* averager() {
  let total = 0;
  let count = 0;
  let avg = 0;
  while (true) {
    const x = yield avg;
    total += x;
    count += 1;
    avg = total / count;
  }
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