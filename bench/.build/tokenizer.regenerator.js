function _regenerator() { /*! regenerator-runtime -- Copyright (c) 2014-present, Facebook, Inc. -- license (MIT): https://github.com/babel/babel/blob/main/packages/babel-helpers/LICENSE */ var r, e, o = "function" == typeof Symbol ? Symbol : {}, n = o.iterator || "@@iterator", a = o.toStringTag || "@@toStringTag"; function i(o, n, a, i) { var u = n && n.prototype instanceof Generator ? n : Generator, f = Object.create(u.prototype); return _regeneratorDefine(f, "_invoke", function (t, o, n) { var a, i, u, f = 0, p = n || [], y = !1, G = { p: 0, n: 0, v: r, a: l, f: l.bind(r, 4), d: function (t, e) { return a = t, i = 0, u = r, G.n = e, c; } }; function l(t, o) { for (i = t, u = o, e = 0; !y && f && !n && e < p.length; e++) { var n, a = p[e], l = G.p, F = a[2]; t > 3 ? (n = F === o) && (u = a[(i = a[4]) ? 5 : (i = 3, 3)], a[4] = a[5] = r) : a[0] <= l && ((n = t < 2 && l < a[1]) ? (i = 0, G.v = o, G.n = a[1]) : l < F && (n = t < 3 || a[0] > o || o > F) && (a[4] = t, a[5] = o, G.n = F, i = 0)); } if (n || t > 1) return c; throw y = !0, o; } return function (n, p, F) { if (f > 1) throw TypeError("Generator is already running"); for (y && 1 === p && l(p, F), i = p, u = F; (e = i < 2 ? r : u) || !y;) { a || (i ? (i > 1 && (G.n = i < 3 ? -1 : u), l(i, u)) : G.v = u); try { if (f = 2, a) { if (i || (n = "next"), e = a[n]) { if (!(e = e.call(a, u))) throw TypeError("iterator result is not an object"); if (!e.done) return e; u = e.value, i < 2 && (i = 0); } else 1 === i && (e = a.return) && e.call(a), i < 2 && (u = TypeError("The iterator does not provide a '" + n + "' method"), i = 1); a = r; } else if ((e = (y = G.n < 0) ? u : t.call(o, G)) !== c) break; } catch (t) { a = r, i = 1, u = t; } finally { f = 1; } } return { value: e, done: y }; }; }(o, a, i), !0), f; } var c = {}; function Generator() {} function GeneratorFunction() {} function GeneratorFunctionPrototype() {} e = Object.getPrototypeOf; var u = [][n] ? e(e([][n]())) : (_regeneratorDefine(e = {}, n, function () { return this; }), e), f = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(u); function p(r) { return Object.setPrototypeOf ? Object.setPrototypeOf(r, GeneratorFunctionPrototype) : (r.__proto__ = GeneratorFunctionPrototype, _regeneratorDefine(r, a, "GeneratorFunction")), r.prototype = Object.create(f), r; } return GeneratorFunction.prototype = GeneratorFunctionPrototype, _regeneratorDefine(f, "constructor", GeneratorFunctionPrototype), _regeneratorDefine(GeneratorFunctionPrototype, "constructor", GeneratorFunction), GeneratorFunction.displayName = "GeneratorFunction", _regeneratorDefine(GeneratorFunctionPrototype, a, "GeneratorFunction"), _regeneratorDefine(f), _regeneratorDefine(f, a, "Generator"), _regeneratorDefine(f, n, function () { return this; }), _regeneratorDefine(f, "toString", function () { return "[object Generator]"; }), (_regenerator = function () { return { w: i, m: p }; })(); }
function _regeneratorDefine(e, r, n, t) { var i = Object.defineProperty; try { i({}, "", {}); } catch (e) { i = 0; } _regeneratorDefine = function (e, r, n, t) { function o(r, n) { _regeneratorDefine(e, r, function (e) { return this._invoke(r, n, e); }); } r ? i ? i(e, r, { value: n, enumerable: !t, configurable: !t, writable: !t }) : e[r] = n : (o("next", 0), o("throw", 1), o("return", 2)); }, _regeneratorDefine(e, r, n, t); }
var _marked = /*#__PURE__*/_regenerator().m(tokenize);
// A tokenizer coroutine pulled one token at a time over ~1 MB of source-like
// text: a `switch` on the character, a `try/finally`, and a few locals (pos,
// line, count, len, text) live across its suspension; `start` and `kind` are
// not.
// Figure: MB of text per second.

const T_IDENT = 1;
const T_NUM = 2;
const T_STR = 3;
const T_PUNCT = 4;
const T_OP = 5;
let finalLine = 0;
function tokenize(text) {
  var len, pos, line, count, start, c, kind, d, _t;
  return _regenerator().w(function (_context) {
    while (1) switch (_context.p = _context.n) {
      case 0:
        len = text.length;
        pos = 0;
        line = 1;
        count = 0;
        _context.p = 1;
      case 2:
        if (!(pos < len)) {
          _context.n = 22;
          break;
        }
        start = pos;
        c = text.charCodeAt(pos);
        kind = 0;
        _t = c;
        _context.n = _t === 32 ? 3 : _t === 9 ? 3 : _t === 13 ? 3 : _t === 10 ? 4 : _t === 40 ? 5 : _t === 41 ? 5 : _t === 44 ? 5 : _t === 59 ? 5 : _t === 91 ? 5 : _t === 93 ? 5 : _t === 123 ? 5 : _t === 125 ? 5 : _t === 34 ? 6 : _t === 47 ? 7 : 9;
        break;
      case 3:
        pos++;
        return _context.a(3, 2);
      case 4:
        line++;
        pos++;
        return _context.a(3, 2);
      case 5:
        kind = T_PUNCT;
        pos++;
        return _context.a(3, 20);
      case 6:
        pos++;
        while (pos < len && text.charCodeAt(pos) !== 34) pos++;
        pos++;
        kind = T_STR;
        return _context.a(3, 20);
      case 7:
        if (!(text.charCodeAt(pos + 1) === 47)) {
          _context.n = 8;
          break;
        }
        while (pos < len && text.charCodeAt(pos) !== 10) pos++;
        return _context.a(3, 2);
      case 8:
        kind = T_OP;
        pos++;
        return _context.a(3, 20);
      case 9:
        if (!(c >= 48 && c <= 57)) {
          _context.n = 14;
          break;
        }
        pos++;
      case 10:
        if (!(pos < len)) {
          _context.n = 13;
          break;
        }
        d = text.charCodeAt(pos);
        if (!(d >= 48 && d <= 57 || d === 46)) {
          _context.n = 11;
          break;
        }
        pos++;
        _context.n = 12;
        break;
      case 11:
        return _context.a(3, 13);
      case 12:
        _context.n = 10;
        break;
      case 13:
        kind = T_NUM;
        _context.n = 20;
        break;
      case 14:
        if (!(c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36)) {
          _context.n = 19;
          break;
        }
        pos++;
      case 15:
        if (!(pos < len)) {
          _context.n = 18;
          break;
        }
        d = text.charCodeAt(pos);
        if (!(d >= 97 && d <= 122 || d >= 65 && d <= 90 || d >= 48 && d <= 57 || d === 95)) {
          _context.n = 16;
          break;
        }
        pos++;
        _context.n = 17;
        break;
      case 16:
        return _context.a(3, 18);
      case 17:
        _context.n = 15;
        break;
      case 18:
        kind = T_IDENT;
        _context.n = 20;
        break;
      case 19:
        kind = T_OP;
        pos++;
      case 20:
        count++;
        _context.n = 21;
        return kind * 1048576 + (pos - start);
      case 21:
        _context.n = 2;
        break;
      case 22:
        _context.p = 22;
        finalLine = line;
        return _context.f(22);
      case 23:
        return _context.a(2);
    }
  }, _marked, null, [[1,, 22, 23]]);
}

// Deterministic source-like text of about `bytes` characters.
function makeText(bytes) {
  const words = ['let', 'const', 'value', 'index', 'result', 'callback', 'x', 'y2', 'total_count', '$el', 'Foo', 'bar'];
  const ops = ['=', '+', '-', '*', '<', '>', '!', '&', '|', '/'];
  let seed = 12345;
  const rnd = m => {
    seed = Math.imul(seed, 1103515245) + 12345 & 0x7fffffff;
    return seed % m;
  };
  const parts = [];
  let size = 0;
  while (size < bytes) {
    let line = '';
    const n = 3 + rnd(8);
    for (let k = 0; k < n; k++) {
      const r = rnd(10);
      if (r < 4) line += words[rnd(words.length)];else if (r < 6) line += String(rnd(100000)) + (rnd(3) === 0 ? '.' + rnd(100) : '');else if (r < 7) line += '"str ' + rnd(1000) + '"';else if (r < 9) line += ops[rnd(ops.length)];else line += '();,[]{}'[rnd(8)];
      line += rnd(3) === 0 ? '' : ' ';
    }
    if (rnd(5) === 0) line += '  // comment ' + rnd(100);
    line += rnd(4) === 0 ? ';\r\n' : ';\n';
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}
function prepare(size) {
  return {
    text: makeText(size.bytes),
    passes: size.passes
  };
}
function run(ctx) {
  let h = 0;
  let n = 0;
  for (let p = 0; p < ctx.passes; p++) {
    const it = tokenize(ctx.text);
    for (let r = it.next(); !r.done; r = it.next()) {
      h = h * 31 + r.value | 0;
      n++;
    }
  }
  return {
    result: [h, n, finalLine],
    units: ctx.text.length * ctx.passes
  };
}
module.exports = {
  prepare,
  run
};