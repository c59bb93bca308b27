function _regeneratorAsync(n, r, t, o, u) { var a = _regeneratorAsyncGen(n, r, t, o, u); return a.next().then(function (e) { return e.done ? e.value : a.next(); }); }
function _regeneratorAsyncGen(o, t, n, a, m) { return new _regeneratorAsyncIterator(_regenerator().w(o, t, n, a), m || Promise); }
function _regeneratorAsyncIterator(r, e) { function o(n, i, c, u) { try { var f = r[n](i), a = f.value; return a instanceof _OverloadYield ? e.resolve(a.v).then(function (t) { o("next", t, c, u); }, function (t) { o("throw", t, c, u); }) : e.resolve(a).then(function (t) { f.value = t, c(f); }, function (t) { return o("throw", t, c, u); }); } catch (t) { u(t); } } var i; this.next || (_regeneratorDefine(_regeneratorAsyncIterator.prototype), _regeneratorDefine(_regeneratorAsyncIterator.prototype, "function" == typeof Symbol && Symbol.asyncIterator || "@asyncIterator", function () { return this; })), _regeneratorDefine(this, "_invoke", function (t, n, r) { function c() { return new e(function (n, e) { o(t, r, n, e); }); } return i = i ? i.then(c, c) : c(); }, !0); }
function _regenerator() { /*! regenerator-runtime -- Copyright (c) 2014-present, Facebook, Inc. -- license (MIT): https://github.com/babel/babel/blob/main/packages/babel-helpers/LICENSE */ var r, e, o = "function" == typeof Symbol ? Symbol : {}, n = o.iterator || "@@iterator", a = o.toStringTag || "@@toStringTag"; function i(o, n, a, i) { var u = n && n.prototype instanceof Generator ? n : Generator, f = Object.create(u.prototype); return _regeneratorDefine(f, "_invoke", function (t, o, n) { var a, i, u, f = 0, p = n || [], y = !1, G = { p: 0, n: 0, v: r, a: l, f: l.bind(r, 4), d: function (t, e) { return a = t, i = 0, u = r, G.n = e, c; } }; function l(t, o) { for (i = t, u = o, e = 0; !y && f && !n && e < p.length; e++) { var n, a = p[e], l = G.p, F = a[2]; t > 3 ? (n = F === o) && (u = a[(i = a[4]) ? 5 : (i = 3, 3)], a[4] = a[5] = r) : a[0] <= l && ((n = t < 2 && l < a[1]) ? (i = 0, G.v = o, G.n = a[1]) : l < F && (n = t < 3 || a[0] > o || o > F) && (a[4] = t, a[5] = o, G.n = F, i = 0)); } if (n || t > 1) return c; throw y = !0, o; } return function (n, p, F) { if (f > 1) throw TypeError("Generator is already running"); for (y && 1 === p && l(p, F), i = p, u = F; (e = i < 2 ? r : u) || !y;) { a || (i ? (i > 1 && (G.n = i < 3 ? -1 : u), l(i, u)) : G.v = u); try { if (f = 2, a) { if (i || (n = "next"), e = a[n]) { if (!(e = e.call(a, u))) throw TypeError("iterator result is not an object"); if (!e.done) return e; u = e.value, i < 2 && (i = 0); } else 1 === i && (e = a.return) && e.call(a), i < 2 && (u = TypeError("The iterator does not provide a '" + n + "' method"), i = 1); a = r; } else if ((e = (y = G.n < 0) ? u : t.call(o, G)) !== c) break; } catch (t) { a = r, i = 1, u = t; } finally { f = 1; } } return { value: e, done: y }; }; }(o, a, i), !0), f; } var c = {}; function Generator() {} function GeneratorFunction() {} function GeneratorFunctionPrototype() {} e = Object.getPrototypeOf; var u = [][n] ? e(e([][n]())) : (_regeneratorDefine(e = {}, n, function () { return this; }), e), f = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(u); function p(r) { return Object.setPrototypeOf ? Object.setPrototypeOf(r, GeneratorFunctionPrototype) : (r.__proto__ = GeneratorFunctionPrototype, _regeneratorDefine(r, a, "GeneratorFunction")), r.prototype = Object.create(f), r; } return GeneratorFunction.prototype = GeneratorFunctionPrototype, _regeneratorDefine(f, "constructor", GeneratorFunctionPrototype), _regeneratorDefine(GeneratorFunctionPrototype, "constructor", GeneratorFunction), GeneratorFunction.displayName = "GeneratorFunction", _regeneratorDefine(GeneratorFunctionPrototype, a, "GeneratorFunction"), _regeneratorDefine(f), _regeneratorDefine(f, a, "Generator"), _regeneratorDefine(f, n, function () { return this; }), _regeneratorDefine(f, "toString", function () { return "[object Generator]"; }), (_regenerator = function () { return { w: i, m: p }; })(); }
function _regeneratorDefine(e, r, n, t) { var i = Object.defineProperty; try { i({}, "", {}); } catch (e) { i = 0; } _regeneratorDefine = function (e, r, n, t) { function o(r, n) { _regeneratorDefine(e, r, function (e) { return this._invoke(r, n, e); }); } r ? i ? i(e, r, { value: n, enumerable: !t, configurable: !t, writable: !t }) : e[r] = n : (o("next", 0), o("throw", 1), o("return", 2)); }, _regeneratorDefine(e, r, n, t); }
function _awaitAsyncGenerator(r) { return new _OverloadYield(r, 0); }
function _OverloadYield(e, d) { this.v = e, this.k = d; }
// Memory held by pending tasks: n of them alive, each parked on a co_await of
// a promise that is still pending. Same body shape as memory_generator: 8
// locals, 2 of them (g, h) live across the suspension. The task's own
// promise is kept and counted.
// Figure: heap bytes per pending task (heap delta after GC / n).

function held(seed, gate) {
  var a, b, c, d, e, f, g, h, sent;
  return _regeneratorAsync(function (_context) {
    while (1) switch (_context.n) {
      case 0:
        a = seed + 1;
        b = a * 2;
        c = b + 3;
        d = c * 5;
        e = d - a;
        f = e ^ b;
        g = f + c;
        h = d - e;
        if (!(a + b + c + d + e + f < 0)) {
          _context.n = 1;
          break;
        }
        return _context.a(2, -1);
      case 1:
        _context.n = 2;
        return _awaitAsyncGenerator(gate);
      case 2:
        sent = _context.v;
        return _context.a(2, g * sent + h);
    }
  }, null, null, null, Promise);
}
function prepare(n) {
  const all = new Array(n).fill(null);
  let open;
  const gate = new Promise(resolve => {
    open = resolve;
  });
  return {
    n: n,
    all: all,
    gate: gate,
    open: open
  };
}
function run(ctx) {
  const all = ctx.all;
  const gate = ctx.gate;
  for (let i = 0; i < ctx.n; i++) all[i] = held(i & 1023, gate);
  return {
    units: ctx.n
  };
}

// after the measurement: open the gate, wait for every task, check the values
function finish(ctx) {
  var results, sum, i;
  return _regeneratorAsync(function (_context2) {
    while (1) switch (_context2.n) {
      case 0:
        ctx.open(3);
        _context2.n = 1;
        return _awaitAsyncGenerator(Promise.all(ctx.all));
      case 1:
        results = _context2.v;
        sum = 0;
        for (i = 0; i < ctx.n; i++) sum += results[i];
        ctx.all = null;
        return _context2.a(2, sum);
    }
  }, null, null, null, Promise);
}
module.exports = {
  prepare,
  run,
  finish
};