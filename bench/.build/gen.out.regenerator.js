function _createForOfIteratorHelper(e, t) { var n = "undefined" != typeof Symbol && e[Symbol.iterator] || e["@@iterator"]; if (!n) { if (Array.isArray(e) || (n = _unsupportedIterableToArray(e)) || t && e && "number" == typeof e.length) { n && (e = n); var o = 0, F = function () {}; return { s: F, n: function () { return o >= e.length ? { done: !0 } : { done: !1, value: e[o++] }; }, e: function (r) { throw r; }, f: F }; } throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method."); } var a, u, i = !0; return { s: function () { n = n.call(e); }, n: function () { i = !0; var r = n.next(); return r.done ? { done: !0 } : { value: r.value, done: i = !1 }; }, e: function (r) { a = !0, u = r; }, f: function () { try { i || null == n.return || n.return(); } finally { if (a) throw u; } } }; }
function _unsupportedIterableToArray(t, e) { if (t) { if ("string" == typeof t) return _arrayLikeToArray(t, e); var o = {}.toString.call(t).slice(8, -1); return "Object" === o && t.constructor && (o = t.constructor.name), "Map" === o || "Set" === o ? Array.from(t) : "Arguments" === o || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(o) ? _arrayLikeToArray(t, e) : void 0; } }
function _arrayLikeToArray(r, a) { (null == a || a > r.length) && (a = r.length); for (var e = 0, n = Array(a); e < a; e++) n[e] = r[e]; return n; }
function _regeneratorAsync(n, r, t, o, u) { var a = _regeneratorAsyncGen(n, r, t, o, u); return a.next().then(function (e) { return e.done ? e.value : a.next(); }); }
function _regeneratorAsyncGen(o, t, n, a, m) { return new _regeneratorAsyncIterator(_regenerator().w(o, t, n, a), m || Promise); }
function _regeneratorAsyncIterator(r, e) { function o(n, i, c, u) { try { var f = r[n](i), a = f.value; return a instanceof _OverloadYield ? e.resolve(a.v).then(function (t) { o("next", t, c, u); }, function (t) { o("throw", t, c, u); }) : e.resolve(a).then(function (t) { f.value = t, c(f); }, function (t) { return o("throw", t, c, u); }); } catch (t) { u(t); } } var i; this.next || (_regeneratorDefine(_regeneratorAsyncIterator.prototype), _regeneratorDefine(_regeneratorAsyncIterator.prototype, "function" == typeof Symbol && Symbol.asyncIterator || "@asyncIterator", function () { return this; })), _regeneratorDefine(this, "_invoke", function (t, n, r) { function c() { return new e(function (n, e) { o(t, r, n, e); }); } return i = i ? i.then(c, c) : c(); }, !0); }
function _awaitAsyncGenerator(r) { return new _OverloadYield(r, 0); }
function _OverloadYield(e, d) { this.v = e, this.k = d; }
function _regeneratorValues(e) { if (null != e) { var t = e["function" == typeof Symbol && Symbol.iterator || "@@iterator"], r = 0; if (t) return t.call(e); if ("function" == typeof e.next) return e; if (!isNaN(e.length)) return { next: function () { return e && r >= e.length && (e = void 0), { value: e && e[r++], done: !e }; } }; } throw new TypeError(typeof e + " is not iterable"); }
function _regenerator() { /*! regenerator-runtime -- Copyright (c) 2014-present, Facebook, Inc. -- license (MIT): https://github.com/babel/babel/blob/main/packages/babel-helpers/LICENSE */ var r, e, o = "function" == typeof Symbol ? Symbol : {}, n = o.iterator || "@@iterator", a = o.toStringTag || "@@toStringTag"; function i(o, n, a, i) { var u = n && n.prototype instanceof Generator ? n : Generator, f = Object.create(u.prototype); return _regeneratorDefine(f, "_invoke", function (t, o, n) { var a, i, u, f = 0, p = n || [], y = !1, G = { p: 0, n: 0, v: r, a: l, f: l.bind(r, 4), d: function (t, e) { return a = t, i = 0, u = r, G.n = e, c; } }; function l(t, o) { for (i = t, u = o, e = 0; !y && f && !n && e < p.length; e++) { var n, a = p[e], l = G.p, F = a[2]; t > 3 ? (n = F === o) && (u = a[(i = a[4]) ? 5 : (i = 3, 3)], a[4] = a[5] = r) : a[0] <= l && ((n = t < 2 && l < a[1]) ? (i = 0, G.v = o, G.n = a[1]) : l < F && (n = t < 3 || a[0] > o || o > F) && (a[4] = t, a[5] = o, G.n = F, i = 0)); } if (n || t > 1) return c; throw y = !0, o; } return function (n, p, F) { if (f > 1) throw TypeError("Generator is already running"); for (y && 1 === p && l(p, F), i = p, u = F; (e = i < 2 ? r : u) || !y;) { a || (i ? (i > 1 && (G.n = i < 3 ? -1 : u), l(i, u)) : G.v = u); try { if (f = 2, a) { if (i || (n = "next"), e = a[n]) { if (!(e = e.call(a, u))) throw TypeError("iterator result is not an object"); if (!e.done) return e; u = e.value, i < 2 && (i = 0); } else 1 === i && (e = a.return) && e.call(a), i < 2 && (u = TypeError("The iterator does not provide a '" + n + "' method"), i = 1); a = r; } else if ((e = (y = G.n < 0) ? u : t.call(o, G)) !== c) break; } catch (t) { a = r, i = 1, u = t; } finally { f = 1; } } return { value: e, done: y }; }; }(o, a, i), !0), f; } var c = {}; function Generator() {} function GeneratorFunction() {} function GeneratorFunctionPrototype() {} e = Object.getPrototypeOf; var u = [][n] ? e(e([][n]())) : (_regeneratorDefine(e = {}, n, function () { return this; }), e), f = GeneratorFunctionPrototype.prototype = Generator.prototype = Object.create(u); function p(r) { return Object.setPrototypeOf ? Object.setPrototypeOf(r, GeneratorFunctionPrototype) : (r.__proto__ = GeneratorFunctionPrototype, _regeneratorDefine(r, a, "GeneratorFunction")), r.prototype = Object.create(f), r; } return GeneratorFunction.prototype = GeneratorFunctionPrototype, _regeneratorDefine(f, "constructor", GeneratorFunctionPrototype), _regeneratorDefine(GeneratorFunctionPrototype, "constructor", GeneratorFunction), GeneratorFunction.displayName = "GeneratorFunction", _regeneratorDefine(GeneratorFunctionPrototype, a, "GeneratorFunction"), _regeneratorDefine(f), _regeneratorDefine(f, a, "Generator"), _regeneratorDefine(f, n, function () { return this; }), _regeneratorDefine(f, "toString", function () { return "[object Generator]"; }), (_regenerator = function () { return { w: i, m: p }; })(); }
function _regeneratorDefine(e, r, n, t) { var i = Object.defineProperty; try { i({}, "", {}); } catch (e) { i = 0; } _regeneratorDefine = function (e, r, n, t) { function o(r, n) { _regeneratorDefine(e, r, function (e) { return this._invoke(r, n, e); }); } r ? i ? i(e, r, { value: n, enumerable: !t, configurable: !t, writable: !t }) : e[r] = n : (o("next", 0), o("throw", 1), o("return", 2)); }, _regeneratorDefine(e, r, n, t); }
var _marked = /*#__PURE__*/_regenerator().m(c0),
  _marked2 = /*#__PURE__*/_regenerator().m(c1),
  _marked3 = /*#__PURE__*/_regenerator().m(c4),
  _marked4 = /*#__PURE__*/_regenerator().m(c5),
  _marked5 = /*#__PURE__*/_regenerator().m(c6),
  _marked6 = /*#__PURE__*/_regenerator().m(c9),
  _marked7 = /*#__PURE__*/_regenerator().m(c10),
  _marked8 = /*#__PURE__*/_regenerator().m(c11),
  _marked9 = /*#__PURE__*/_regenerator().m(c14),
  _marked0 = /*#__PURE__*/_regenerator().m(c15),
  _marked1 = /*#__PURE__*/_regenerator().m(c16),
  _marked10 = /*#__PURE__*/_regenerator().m(c19),
  _marked11 = /*#__PURE__*/_regenerator().m(c20),
  _marked12 = /*#__PURE__*/_regenerator().m(c21),
  _marked13 = /*#__PURE__*/_regenerator().m(c24),
  _marked14 = /*#__PURE__*/_regenerator().m(c25),
  _marked15 = /*#__PURE__*/_regenerator().m(c26),
  _marked16 = /*#__PURE__*/_regenerator().m(c29),
  _marked17 = /*#__PURE__*/_regenerator().m(c30),
  _marked18 = /*#__PURE__*/_regenerator().m(c31),
  _marked19 = /*#__PURE__*/_regenerator().m(c34),
  _marked20 = /*#__PURE__*/_regenerator().m(c35),
  _marked21 = /*#__PURE__*/_regenerator().m(c36),
  _marked22 = /*#__PURE__*/_regenerator().m(c39),
  _marked23 = /*#__PURE__*/_regenerator().m(c40),
  _marked24 = /*#__PURE__*/_regenerator().m(c41),
  _marked25 = /*#__PURE__*/_regenerator().m(c44),
  _marked26 = /*#__PURE__*/_regenerator().m(c45),
  _marked27 = /*#__PURE__*/_regenerator().m(c46),
  _marked28 = /*#__PURE__*/_regenerator().m(c49),
  _marked29 = /*#__PURE__*/_regenerator().m(c50),
  _marked30 = /*#__PURE__*/_regenerator().m(c51),
  _marked31 = /*#__PURE__*/_regenerator().m(c54),
  _marked32 = /*#__PURE__*/_regenerator().m(c55),
  _marked33 = /*#__PURE__*/_regenerator().m(c56),
  _marked34 = /*#__PURE__*/_regenerator().m(c59),
  _marked35 = /*#__PURE__*/_regenerator().m(c60),
  _marked36 = /*#__PURE__*/_regenerator().m(c61),
  _marked37 = /*#__PURE__*/_regenerator().m(c64),
  _marked38 = /*#__PURE__*/_regenerator().m(c65),
  _marked39 = /*#__PURE__*/_regenerator().m(c66),
  _marked40 = /*#__PURE__*/_regenerator().m(c69),
  _marked41 = /*#__PURE__*/_regenerator().m(c70),
  _marked42 = /*#__PURE__*/_regenerator().m(c71),
  _marked43 = /*#__PURE__*/_regenerator().m(c74),
  _marked44 = /*#__PURE__*/_regenerator().m(c75),
  _marked45 = /*#__PURE__*/_regenerator().m(c76),
  _marked46 = /*#__PURE__*/_regenerator().m(c79),
  _marked47 = /*#__PURE__*/_regenerator().m(c80),
  _marked48 = /*#__PURE__*/_regenerator().m(c81),
  _marked49 = /*#__PURE__*/_regenerator().m(c84),
  _marked50 = /*#__PURE__*/_regenerator().m(c85),
  _marked51 = /*#__PURE__*/_regenerator().m(c86),
  _marked52 = /*#__PURE__*/_regenerator().m(c89),
  _marked53 = /*#__PURE__*/_regenerator().m(c90),
  _marked54 = /*#__PURE__*/_regenerator().m(c91),
  _marked55 = /*#__PURE__*/_regenerator().m(c94),
  _marked56 = /*#__PURE__*/_regenerator().m(c95),
  _marked57 = /*#__PURE__*/_regenerator().m(c96),
  _marked58 = /*#__PURE__*/_regenerator().m(c99),
  _marked59 = /*#__PURE__*/_regenerator().m(c100),
  _marked60 = /*#__PURE__*/_regenerator().m(c101),
  _marked61 = /*#__PURE__*/_regenerator().m(c104),
  _marked62 = /*#__PURE__*/_regenerator().m(c105),
  _marked63 = /*#__PURE__*/_regenerator().m(c106),
  _marked64 = /*#__PURE__*/_regenerator().m(c109),
  _marked65 = /*#__PURE__*/_regenerator().m(c110),
  _marked66 = /*#__PURE__*/_regenerator().m(c111),
  _marked67 = /*#__PURE__*/_regenerator().m(c114),
  _marked68 = /*#__PURE__*/_regenerator().m(c115),
  _marked69 = /*#__PURE__*/_regenerator().m(c116),
  _marked70 = /*#__PURE__*/_regenerator().m(c119),
  _marked71 = /*#__PURE__*/_regenerator().m(c120),
  _marked72 = /*#__PURE__*/_regenerator().m(c121),
  _marked73 = /*#__PURE__*/_regenerator().m(c124),
  _marked74 = /*#__PURE__*/_regenerator().m(c125),
  _marked75 = /*#__PURE__*/_regenerator().m(c126),
  _marked76 = /*#__PURE__*/_regenerator().m(c129),
  _marked77 = /*#__PURE__*/_regenerator().m(c130),
  _marked78 = /*#__PURE__*/_regenerator().m(c131),
  _marked79 = /*#__PURE__*/_regenerator().m(c134),
  _marked80 = /*#__PURE__*/_regenerator().m(c135),
  _marked81 = /*#__PURE__*/_regenerator().m(c136),
  _marked82 = /*#__PURE__*/_regenerator().m(c139),
  _marked83 = /*#__PURE__*/_regenerator().m(c140),
  _marked84 = /*#__PURE__*/_regenerator().m(c141),
  _marked85 = /*#__PURE__*/_regenerator().m(c144),
  _marked86 = /*#__PURE__*/_regenerator().m(c145),
  _marked87 = /*#__PURE__*/_regenerator().m(c146),
  _marked88 = /*#__PURE__*/_regenerator().m(c149),
  _marked89 = /*#__PURE__*/_regenerator().m(c150),
  _marked90 = /*#__PURE__*/_regenerator().m(c151),
  _marked91 = /*#__PURE__*/_regenerator().m(c154),
  _marked92 = /*#__PURE__*/_regenerator().m(c155),
  _marked93 = /*#__PURE__*/_regenerator().m(c156),
  _marked94 = /*#__PURE__*/_regenerator().m(c159),
  _marked95 = /*#__PURE__*/_regenerator().m(c160),
  _marked96 = /*#__PURE__*/_regenerator().m(c161),
  _marked97 = /*#__PURE__*/_regenerator().m(c164),
  _marked98 = /*#__PURE__*/_regenerator().m(c165),
  _marked99 = /*#__PURE__*/_regenerator().m(c166),
  _marked100 = /*#__PURE__*/_regenerator().m(c169),
  _marked101 = /*#__PURE__*/_regenerator().m(c170),
  _marked102 = /*#__PURE__*/_regenerator().m(c171),
  _marked103 = /*#__PURE__*/_regenerator().m(c174),
  _marked104 = /*#__PURE__*/_regenerator().m(c175),
  _marked105 = /*#__PURE__*/_regenerator().m(c176),
  _marked106 = /*#__PURE__*/_regenerator().m(c179),
  _marked107 = /*#__PURE__*/_regenerator().m(c180),
  _marked108 = /*#__PURE__*/_regenerator().m(c181),
  _marked109 = /*#__PURE__*/_regenerator().m(c184),
  _marked110 = /*#__PURE__*/_regenerator().m(c185),
  _marked111 = /*#__PURE__*/_regenerator().m(c186),
  _marked112 = /*#__PURE__*/_regenerator().m(c189),
  _marked113 = /*#__PURE__*/_regenerator().m(c190),
  _marked114 = /*#__PURE__*/_regenerator().m(c191),
  _marked115 = /*#__PURE__*/_regenerator().m(c194),
  _marked116 = /*#__PURE__*/_regenerator().m(c195),
  _marked117 = /*#__PURE__*/_regenerator().m(c196),
  _marked118 = /*#__PURE__*/_regenerator().m(c199),
  _marked119 = /*#__PURE__*/_regenerator().m(c200),
  _marked120 = /*#__PURE__*/_regenerator().m(c201),
  _marked121 = /*#__PURE__*/_regenerator().m(c204),
  _marked122 = /*#__PURE__*/_regenerator().m(c205),
  _marked123 = /*#__PURE__*/_regenerator().m(c206),
  _marked124 = /*#__PURE__*/_regenerator().m(c209),
  _marked125 = /*#__PURE__*/_regenerator().m(c210),
  _marked126 = /*#__PURE__*/_regenerator().m(c211),
  _marked127 = /*#__PURE__*/_regenerator().m(c214),
  _marked128 = /*#__PURE__*/_regenerator().m(c215),
  _marked129 = /*#__PURE__*/_regenerator().m(c216),
  _marked130 = /*#__PURE__*/_regenerator().m(c219),
  _marked131 = /*#__PURE__*/_regenerator().m(c220),
  _marked132 = /*#__PURE__*/_regenerator().m(c221),
  _marked133 = /*#__PURE__*/_regenerator().m(c224),
  _marked134 = /*#__PURE__*/_regenerator().m(c225),
  _marked135 = /*#__PURE__*/_regenerator().m(c226),
  _marked136 = /*#__PURE__*/_regenerator().m(c229),
  _marked137 = /*#__PURE__*/_regenerator().m(c230),
  _marked138 = /*#__PURE__*/_regenerator().m(c231),
  _marked139 = /*#__PURE__*/_regenerator().m(c234),
  _marked140 = /*#__PURE__*/_regenerator().m(c235),
  _marked141 = /*#__PURE__*/_regenerator().m(c236),
  _marked142 = /*#__PURE__*/_regenerator().m(c239),
  _marked143 = /*#__PURE__*/_regenerator().m(c240),
  _marked144 = /*#__PURE__*/_regenerator().m(c241),
  _marked145 = /*#__PURE__*/_regenerator().m(c244),
  _marked146 = /*#__PURE__*/_regenerator().m(c245),
  _marked147 = /*#__PURE__*/_regenerator().m(c246),
  _marked148 = /*#__PURE__*/_regenerator().m(c249),
  _marked149 = /*#__PURE__*/_regenerator().m(c250),
  _marked150 = /*#__PURE__*/_regenerator().m(c251),
  _marked151 = /*#__PURE__*/_regenerator().m(c254),
  _marked152 = /*#__PURE__*/_regenerator().m(c255),
  _marked153 = /*#__PURE__*/_regenerator().m(c256),
  _marked154 = /*#__PURE__*/_regenerator().m(c259),
  _marked155 = /*#__PURE__*/_regenerator().m(c260),
  _marked156 = /*#__PURE__*/_regenerator().m(c261),
  _marked157 = /*#__PURE__*/_regenerator().m(c264),
  _marked158 = /*#__PURE__*/_regenerator().m(c265),
  _marked159 = /*#__PURE__*/_regenerator().m(c266),
  _marked160 = /*#__PURE__*/_regenerator().m(c269),
  _marked161 = /*#__PURE__*/_regenerator().m(c270),
  _marked162 = /*#__PURE__*/_regenerator().m(c271),
  _marked163 = /*#__PURE__*/_regenerator().m(c274),
  _marked164 = /*#__PURE__*/_regenerator().m(c275),
  _marked165 = /*#__PURE__*/_regenerator().m(c276),
  _marked166 = /*#__PURE__*/_regenerator().m(c279),
  _marked167 = /*#__PURE__*/_regenerator().m(c280),
  _marked168 = /*#__PURE__*/_regenerator().m(c281),
  _marked169 = /*#__PURE__*/_regenerator().m(c284),
  _marked170 = /*#__PURE__*/_regenerator().m(c285),
  _marked171 = /*#__PURE__*/_regenerator().m(c286),
  _marked172 = /*#__PURE__*/_regenerator().m(c289),
  _marked173 = /*#__PURE__*/_regenerator().m(c290),
  _marked174 = /*#__PURE__*/_regenerator().m(c291),
  _marked175 = /*#__PURE__*/_regenerator().m(c294),
  _marked176 = /*#__PURE__*/_regenerator().m(c295),
  _marked177 = /*#__PURE__*/_regenerator().m(c296),
  _marked178 = /*#__PURE__*/_regenerator().m(c299),
  _marked179 = /*#__PURE__*/_regenerator().m(c300),
  _marked180 = /*#__PURE__*/_regenerator().m(c301),
  _marked181 = /*#__PURE__*/_regenerator().m(c304),
  _marked182 = /*#__PURE__*/_regenerator().m(c305),
  _marked183 = /*#__PURE__*/_regenerator().m(c306),
  _marked184 = /*#__PURE__*/_regenerator().m(c309),
  _marked185 = /*#__PURE__*/_regenerator().m(c310),
  _marked186 = /*#__PURE__*/_regenerator().m(c311),
  _marked187 = /*#__PURE__*/_regenerator().m(c314),
  _marked188 = /*#__PURE__*/_regenerator().m(c315),
  _marked189 = /*#__PURE__*/_regenerator().m(c316),
  _marked190 = /*#__PURE__*/_regenerator().m(c319),
  _marked191 = /*#__PURE__*/_regenerator().m(c320),
  _marked192 = /*#__PURE__*/_regenerator().m(c321),
  _marked193 = /*#__PURE__*/_regenerator().m(c324),
  _marked194 = /*#__PURE__*/_regenerator().m(c325),
  _marked195 = /*#__PURE__*/_regenerator().m(c326),
  _marked196 = /*#__PURE__*/_regenerator().m(c329),
  _marked197 = /*#__PURE__*/_regenerator().m(c330),
  _marked198 = /*#__PURE__*/_regenerator().m(c331),
  _marked199 = /*#__PURE__*/_regenerator().m(c334),
  _marked200 = /*#__PURE__*/_regenerator().m(c335),
  _marked201 = /*#__PURE__*/_regenerator().m(c336),
  _marked202 = /*#__PURE__*/_regenerator().m(c339),
  _marked203 = /*#__PURE__*/_regenerator().m(c340),
  _marked204 = /*#__PURE__*/_regenerator().m(c341),
  _marked205 = /*#__PURE__*/_regenerator().m(c344),
  _marked206 = /*#__PURE__*/_regenerator().m(c345),
  _marked207 = /*#__PURE__*/_regenerator().m(c346),
  _marked208 = /*#__PURE__*/_regenerator().m(c349),
  _marked209 = /*#__PURE__*/_regenerator().m(c350),
  _marked210 = /*#__PURE__*/_regenerator().m(c351),
  _marked211 = /*#__PURE__*/_regenerator().m(c354),
  _marked212 = /*#__PURE__*/_regenerator().m(c355),
  _marked213 = /*#__PURE__*/_regenerator().m(c356),
  _marked214 = /*#__PURE__*/_regenerator().m(c359),
  _marked215 = /*#__PURE__*/_regenerator().m(c360),
  _marked216 = /*#__PURE__*/_regenerator().m(c361),
  _marked217 = /*#__PURE__*/_regenerator().m(c364),
  _marked218 = /*#__PURE__*/_regenerator().m(c365),
  _marked219 = /*#__PURE__*/_regenerator().m(c366),
  _marked220 = /*#__PURE__*/_regenerator().m(c369),
  _marked221 = /*#__PURE__*/_regenerator().m(c370),
  _marked222 = /*#__PURE__*/_regenerator().m(c371),
  _marked223 = /*#__PURE__*/_regenerator().m(c374),
  _marked224 = /*#__PURE__*/_regenerator().m(c375),
  _marked225 = /*#__PURE__*/_regenerator().m(c376),
  _marked226 = /*#__PURE__*/_regenerator().m(c379),
  _marked227 = /*#__PURE__*/_regenerator().m(c380),
  _marked228 = /*#__PURE__*/_regenerator().m(c381),
  _marked229 = /*#__PURE__*/_regenerator().m(c384),
  _marked230 = /*#__PURE__*/_regenerator().m(c385),
  _marked231 = /*#__PURE__*/_regenerator().m(c386),
  _marked232 = /*#__PURE__*/_regenerator().m(c389),
  _marked233 = /*#__PURE__*/_regenerator().m(c390),
  _marked234 = /*#__PURE__*/_regenerator().m(c391),
  _marked235 = /*#__PURE__*/_regenerator().m(c394),
  _marked236 = /*#__PURE__*/_regenerator().m(c395),
  _marked237 = /*#__PURE__*/_regenerator().m(c396),
  _marked238 = /*#__PURE__*/_regenerator().m(c399);
// generated by bench/lib/genmodule.js: do not edit
let sink = 0;
function value(x) {
  if (x % 7 === 6) return Promise.reject(new Error("odd " + x));
  return x % 2 ? Promise.resolve(x) : x;
}
function c0(n, k) {
  var acc, i, v, _t, _t2;
  return _regenerator().w(function (_context) {
    while (1) switch (_context.n) {
      case 0:
        acc = 0;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context.n = 5;
          break;
        }
        v = (i * 3 + k) % 5;
        if (!(v > 2)) {
          _context.n = 3;
          break;
        }
        _t = acc;
        _context.n = 2;
        return v;
      case 2:
        _t2 = _context.v;
        acc = _t += _t2 | 0;
        _context.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context.n = 1;
        break;
      case 5:
        return _context.a(2, acc);
    }
  }, _marked);
}
function c1(n, k) {
  var count, i, _t3;
  return _regenerator().w(function (_context2) {
    while (1) switch (_context2.p = _context2.n) {
      case 0:
        count = 0;
        _context2.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context2.n = 8;
          break;
        }
        _t3 = (i + k) % 3;
        _context2.n = _t3 === 0 ? 3 : _t3 === 1 ? 5 : 6;
        break;
      case 3:
        _context2.n = 4;
        return i * 4;
      case 4:
        return _context2.a(3, 7);
      case 5:
        count += 6;
        return _context2.a(3, 7);
      case 6:
        return _context2.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context2.n = 2;
        break;
      case 8:
        _context2.p = 8;
        sink = sink + count | 0;
        return _context2.f(8);
      case 9:
        return _context2.a(2);
    }
  }, _marked2, null, [[1,, 8, 9]]);
}
function c2(n, k) {
  var total, i, _t4, _t5, _t6;
  return _regeneratorAsync(function (_context3) {
    while (1) switch (_context3.p = _context3.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context3.n = 6;
          break;
        }
        _context3.p = 2;
        _t4 = total;
        _context3.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t5 = _context3.v;
        total = _t4 += _t5 * 5;
        _context3.n = 5;
        break;
      case 4:
        _context3.p = 4;
        _t6 = _context3.v;
        total -= 1;
      case 5:
        i++;
        _context3.n = 1;
        break;
      case 6:
        return _context3.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c3(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context4) {
    while (1) switch (_context4.n) {
      case 0:
        _context4.n = 1;
        return _awaitAsyncGenerator(c2(n, k + 1));
      case 1:
        first = _context4.v;
        second = first * 6;
        if (!(first % 8 === 0)) {
          _context4.n = 3;
          break;
        }
        _context4.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context4.v;
      case 3:
        return _context4.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c4(n, k) {
  var best, _iterator, _step, v, _t7;
  return _regenerator().w(function (_context5) {
    while (1) switch (_context5.p = _context5.n) {
      case 0:
        best = -1;
        _iterator = _createForOfIteratorHelper(c0(n, k));
        _context5.p = 1;
        _iterator.s();
      case 2:
        if ((_step = _iterator.n()).done) {
          _context5.n = 4;
          break;
        }
        v = _step.value;
        if (!(v > best)) {
          _context5.n = 3;
          break;
        }
        _context5.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context5.n = 2;
        break;
      case 4:
        _context5.n = 6;
        break;
      case 5:
        _context5.p = 5;
        _t7 = _context5.v;
        _iterator.e(_t7);
      case 6:
        _context5.p = 6;
        _iterator.f();
        return _context5.f(6);
      case 7:
        return _context5.a(2, best);
    }
  }, _marked3, null, [[1, 5, 6, 7]]);
}
function c5(n, k) {
  var acc, i, v, _t8, _t9;
  return _regenerator().w(function (_context6) {
    while (1) switch (_context6.n) {
      case 0:
        acc = 5;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context6.n = 5;
          break;
        }
        v = (i * 8 + k) % 10;
        if (!(v > 5)) {
          _context6.n = 3;
          break;
        }
        _t8 = acc;
        _context6.n = 2;
        return v;
      case 2:
        _t9 = _context6.v;
        acc = _t8 += _t9 | 0;
        _context6.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context6.n = 1;
        break;
      case 5:
        return _context6.a(2, acc);
    }
  }, _marked4);
}
function c6(n, k) {
  var count, i, _t0;
  return _regenerator().w(function (_context7) {
    while (1) switch (_context7.p = _context7.n) {
      case 0:
        count = 0;
        _context7.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context7.n = 8;
          break;
        }
        _t0 = (i + k) % 3;
        _context7.n = _t0 === 0 ? 3 : _t0 === 1 ? 5 : 6;
        break;
      case 3:
        _context7.n = 4;
        return i * 9;
      case 4:
        return _context7.a(3, 7);
      case 5:
        count += 11;
        return _context7.a(3, 7);
      case 6:
        return _context7.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context7.n = 2;
        break;
      case 8:
        _context7.p = 8;
        sink = sink + count | 0;
        return _context7.f(8);
      case 9:
        return _context7.a(2);
    }
  }, _marked5, null, [[1,, 8, 9]]);
}
function c7(n, k) {
  var total, i, _t1, _t10, _t11;
  return _regeneratorAsync(function (_context8) {
    while (1) switch (_context8.p = _context8.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context8.n = 6;
          break;
        }
        _context8.p = 2;
        _t1 = total;
        _context8.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t10 = _context8.v;
        total = _t1 += _t10 * 10;
        _context8.n = 5;
        break;
      case 4:
        _context8.p = 4;
        _t11 = _context8.v;
        total -= 1;
      case 5:
        i++;
        _context8.n = 1;
        break;
      case 6:
        return _context8.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c8(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context9) {
    while (1) switch (_context9.n) {
      case 0:
        _context9.n = 1;
        return _awaitAsyncGenerator(c7(n, k + 1));
      case 1:
        first = _context9.v;
        second = first * 11;
        if (!(first % 13 === 0)) {
          _context9.n = 3;
          break;
        }
        _context9.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context9.v;
      case 3:
        return _context9.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c9(n, k) {
  var best, _iterator2, _step2, v, _t12;
  return _regenerator().w(function (_context0) {
    while (1) switch (_context0.p = _context0.n) {
      case 0:
        best = -1;
        _iterator2 = _createForOfIteratorHelper(c5(n, k));
        _context0.p = 1;
        _iterator2.s();
      case 2:
        if ((_step2 = _iterator2.n()).done) {
          _context0.n = 4;
          break;
        }
        v = _step2.value;
        if (!(v > best)) {
          _context0.n = 3;
          break;
        }
        _context0.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context0.n = 2;
        break;
      case 4:
        _context0.n = 6;
        break;
      case 5:
        _context0.p = 5;
        _t12 = _context0.v;
        _iterator2.e(_t12);
      case 6:
        _context0.p = 6;
        _iterator2.f();
        return _context0.f(6);
      case 7:
        return _context0.a(2, best);
    }
  }, _marked6, null, [[1, 5, 6, 7]]);
}
function c10(n, k) {
  var acc, i, v, _t13, _t14;
  return _regenerator().w(function (_context1) {
    while (1) switch (_context1.n) {
      case 0:
        acc = 10;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context1.n = 5;
          break;
        }
        v = (i * 13 + k) % 6;
        if (!(v > 3)) {
          _context1.n = 3;
          break;
        }
        _t13 = acc;
        _context1.n = 2;
        return v;
      case 2:
        _t14 = _context1.v;
        acc = _t13 += _t14 | 0;
        _context1.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context1.n = 1;
        break;
      case 5:
        return _context1.a(2, acc);
    }
  }, _marked7);
}
function c11(n, k) {
  var count, i, _t15;
  return _regenerator().w(function (_context10) {
    while (1) switch (_context10.p = _context10.n) {
      case 0:
        count = 0;
        _context10.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context10.n = 8;
          break;
        }
        _t15 = (i + k) % 3;
        _context10.n = _t15 === 0 ? 3 : _t15 === 1 ? 5 : 6;
        break;
      case 3:
        _context10.n = 4;
        return i * 3;
      case 4:
        return _context10.a(3, 7);
      case 5:
        count += 7;
        return _context10.a(3, 7);
      case 6:
        return _context10.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context10.n = 2;
        break;
      case 8:
        _context10.p = 8;
        sink = sink + count | 0;
        return _context10.f(8);
      case 9:
        return _context10.a(2);
    }
  }, _marked8, null, [[1,, 8, 9]]);
}
function c12(n, k) {
  var total, i, _t16, _t17, _t18;
  return _regeneratorAsync(function (_context11) {
    while (1) switch (_context11.p = _context11.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context11.n = 6;
          break;
        }
        _context11.p = 2;
        _t16 = total;
        _context11.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t17 = _context11.v;
        total = _t16 += _t17 * 4;
        _context11.n = 5;
        break;
      case 4:
        _context11.p = 4;
        _t18 = _context11.v;
        total -= 1;
      case 5:
        i++;
        _context11.n = 1;
        break;
      case 6:
        return _context11.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c13(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context12) {
    while (1) switch (_context12.n) {
      case 0:
        _context12.n = 1;
        return _awaitAsyncGenerator(c12(n, k + 1));
      case 1:
        first = _context12.v;
        second = first * 5;
        if (!(first % 9 === 0)) {
          _context12.n = 3;
          break;
        }
        _context12.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context12.v;
      case 3:
        return _context12.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c14(n, k) {
  var best, _iterator3, _step3, v, _t19;
  return _regenerator().w(function (_context13) {
    while (1) switch (_context13.p = _context13.n) {
      case 0:
        best = -1;
        _iterator3 = _createForOfIteratorHelper(c10(n, k));
        _context13.p = 1;
        _iterator3.s();
      case 2:
        if ((_step3 = _iterator3.n()).done) {
          _context13.n = 4;
          break;
        }
        v = _step3.value;
        if (!(v > best)) {
          _context13.n = 3;
          break;
        }
        _context13.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context13.n = 2;
        break;
      case 4:
        _context13.n = 6;
        break;
      case 5:
        _context13.p = 5;
        _t19 = _context13.v;
        _iterator3.e(_t19);
      case 6:
        _context13.p = 6;
        _iterator3.f();
        return _context13.f(6);
      case 7:
        return _context13.a(2, best);
    }
  }, _marked9, null, [[1, 5, 6, 7]]);
}
function c15(n, k) {
  var acc, i, v, _t20, _t21;
  return _regenerator().w(function (_context14) {
    while (1) switch (_context14.n) {
      case 0:
        acc = 15;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context14.n = 5;
          break;
        }
        v = (i * 7 + k) % 11;
        if (!(v > 5)) {
          _context14.n = 3;
          break;
        }
        _t20 = acc;
        _context14.n = 2;
        return v;
      case 2:
        _t21 = _context14.v;
        acc = _t20 += _t21 | 0;
        _context14.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context14.n = 1;
        break;
      case 5:
        return _context14.a(2, acc);
    }
  }, _marked0);
}
function c16(n, k) {
  var count, i, _t22;
  return _regenerator().w(function (_context15) {
    while (1) switch (_context15.p = _context15.n) {
      case 0:
        count = 0;
        _context15.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context15.n = 8;
          break;
        }
        _t22 = (i + k) % 3;
        _context15.n = _t22 === 0 ? 3 : _t22 === 1 ? 5 : 6;
        break;
      case 3:
        _context15.n = 4;
        return i * 8;
      case 4:
        return _context15.a(3, 7);
      case 5:
        count += 12;
        return _context15.a(3, 7);
      case 6:
        return _context15.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context15.n = 2;
        break;
      case 8:
        _context15.p = 8;
        sink = sink + count | 0;
        return _context15.f(8);
      case 9:
        return _context15.a(2);
    }
  }, _marked1, null, [[1,, 8, 9]]);
}
function c17(n, k) {
  var total, i, _t23, _t24, _t25;
  return _regeneratorAsync(function (_context16) {
    while (1) switch (_context16.p = _context16.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context16.n = 6;
          break;
        }
        _context16.p = 2;
        _t23 = total;
        _context16.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t24 = _context16.v;
        total = _t23 += _t24 * 9;
        _context16.n = 5;
        break;
      case 4:
        _context16.p = 4;
        _t25 = _context16.v;
        total -= 1;
      case 5:
        i++;
        _context16.n = 1;
        break;
      case 6:
        return _context16.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c18(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context17) {
    while (1) switch (_context17.n) {
      case 0:
        _context17.n = 1;
        return _awaitAsyncGenerator(c17(n, k + 1));
      case 1:
        first = _context17.v;
        second = first * 10;
        if (!(first % 5 === 0)) {
          _context17.n = 3;
          break;
        }
        _context17.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context17.v;
      case 3:
        return _context17.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c19(n, k) {
  var best, _iterator4, _step4, v, _t26;
  return _regenerator().w(function (_context18) {
    while (1) switch (_context18.p = _context18.n) {
      case 0:
        best = -1;
        _iterator4 = _createForOfIteratorHelper(c15(n, k));
        _context18.p = 1;
        _iterator4.s();
      case 2:
        if ((_step4 = _iterator4.n()).done) {
          _context18.n = 4;
          break;
        }
        v = _step4.value;
        if (!(v > best)) {
          _context18.n = 3;
          break;
        }
        _context18.n = 3;
        return (best = v) * 11 + v;
      case 3:
        _context18.n = 2;
        break;
      case 4:
        _context18.n = 6;
        break;
      case 5:
        _context18.p = 5;
        _t26 = _context18.v;
        _iterator4.e(_t26);
      case 6:
        _context18.p = 6;
        _iterator4.f();
        return _context18.f(6);
      case 7:
        return _context18.a(2, best);
    }
  }, _marked10, null, [[1, 5, 6, 7]]);
}
function c20(n, k) {
  var acc, i, v, _t27, _t28;
  return _regenerator().w(function (_context19) {
    while (1) switch (_context19.n) {
      case 0:
        acc = 20;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context19.n = 5;
          break;
        }
        v = (i * 12 + k) % 7;
        if (!(v > 3)) {
          _context19.n = 3;
          break;
        }
        _t27 = acc;
        _context19.n = 2;
        return v;
      case 2:
        _t28 = _context19.v;
        acc = _t27 += _t28 | 0;
        _context19.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context19.n = 1;
        break;
      case 5:
        return _context19.a(2, acc);
    }
  }, _marked11);
}
function c21(n, k) {
  var count, i, _t29;
  return _regenerator().w(function (_context20) {
    while (1) switch (_context20.p = _context20.n) {
      case 0:
        count = 0;
        _context20.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context20.n = 8;
          break;
        }
        _t29 = (i + k) % 3;
        _context20.n = _t29 === 0 ? 3 : _t29 === 1 ? 5 : 6;
        break;
      case 3:
        _context20.n = 4;
        return i * 13;
      case 4:
        return _context20.a(3, 7);
      case 5:
        count += 8;
        return _context20.a(3, 7);
      case 6:
        return _context20.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context20.n = 2;
        break;
      case 8:
        _context20.p = 8;
        sink = sink + count | 0;
        return _context20.f(8);
      case 9:
        return _context20.a(2);
    }
  }, _marked12, null, [[1,, 8, 9]]);
}
function c22(n, k) {
  var total, i, _t30, _t31, _t32;
  return _regeneratorAsync(function (_context21) {
    while (1) switch (_context21.p = _context21.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context21.n = 6;
          break;
        }
        _context21.p = 2;
        _t30 = total;
        _context21.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t31 = _context21.v;
        total = _t30 += _t31 * 3;
        _context21.n = 5;
        break;
      case 4:
        _context21.p = 4;
        _t32 = _context21.v;
        total -= 1;
      case 5:
        i++;
        _context21.n = 1;
        break;
      case 6:
        return _context21.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c23(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context22) {
    while (1) switch (_context22.n) {
      case 0:
        _context22.n = 1;
        return _awaitAsyncGenerator(c22(n, k + 1));
      case 1:
        first = _context22.v;
        second = first * 4;
        if (!(first % 10 === 0)) {
          _context22.n = 3;
          break;
        }
        _context22.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context22.v;
      case 3:
        return _context22.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c24(n, k) {
  var best, _iterator5, _step5, v, _t33;
  return _regenerator().w(function (_context23) {
    while (1) switch (_context23.p = _context23.n) {
      case 0:
        best = -1;
        _iterator5 = _createForOfIteratorHelper(c20(n, k));
        _context23.p = 1;
        _iterator5.s();
      case 2:
        if ((_step5 = _iterator5.n()).done) {
          _context23.n = 4;
          break;
        }
        v = _step5.value;
        if (!(v > best)) {
          _context23.n = 3;
          break;
        }
        _context23.n = 3;
        return (best = v) * 5 + v;
      case 3:
        _context23.n = 2;
        break;
      case 4:
        _context23.n = 6;
        break;
      case 5:
        _context23.p = 5;
        _t33 = _context23.v;
        _iterator5.e(_t33);
      case 6:
        _context23.p = 6;
        _iterator5.f();
        return _context23.f(6);
      case 7:
        return _context23.a(2, best);
    }
  }, _marked13, null, [[1, 5, 6, 7]]);
}
function c25(n, k) {
  var acc, i, v, _t34, _t35;
  return _regenerator().w(function (_context24) {
    while (1) switch (_context24.n) {
      case 0:
        acc = 25;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context24.n = 5;
          break;
        }
        v = (i * 6 + k) % 12;
        if (!(v > 6)) {
          _context24.n = 3;
          break;
        }
        _t34 = acc;
        _context24.n = 2;
        return v;
      case 2:
        _t35 = _context24.v;
        acc = _t34 += _t35 | 0;
        _context24.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context24.n = 1;
        break;
      case 5:
        return _context24.a(2, acc);
    }
  }, _marked14);
}
function c26(n, k) {
  var count, i, _t36;
  return _regenerator().w(function (_context25) {
    while (1) switch (_context25.p = _context25.n) {
      case 0:
        count = 0;
        _context25.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context25.n = 8;
          break;
        }
        _t36 = (i + k) % 3;
        _context25.n = _t36 === 0 ? 3 : _t36 === 1 ? 5 : 6;
        break;
      case 3:
        _context25.n = 4;
        return i * 7;
      case 4:
        return _context25.a(3, 7);
      case 5:
        count += 13;
        return _context25.a(3, 7);
      case 6:
        return _context25.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context25.n = 2;
        break;
      case 8:
        _context25.p = 8;
        sink = sink + count | 0;
        return _context25.f(8);
      case 9:
        return _context25.a(2);
    }
  }, _marked15, null, [[1,, 8, 9]]);
}
function c27(n, k) {
  var total, i, _t37, _t38, _t39;
  return _regeneratorAsync(function (_context26) {
    while (1) switch (_context26.p = _context26.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context26.n = 6;
          break;
        }
        _context26.p = 2;
        _t37 = total;
        _context26.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t38 = _context26.v;
        total = _t37 += _t38 * 8;
        _context26.n = 5;
        break;
      case 4:
        _context26.p = 4;
        _t39 = _context26.v;
        total -= 1;
      case 5:
        i++;
        _context26.n = 1;
        break;
      case 6:
        return _context26.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c28(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context27) {
    while (1) switch (_context27.n) {
      case 0:
        _context27.n = 1;
        return _awaitAsyncGenerator(c27(n, k + 1));
      case 1:
        first = _context27.v;
        second = first * 9;
        if (!(first % 6 === 0)) {
          _context27.n = 3;
          break;
        }
        _context27.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context27.v;
      case 3:
        return _context27.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c29(n, k) {
  var best, _iterator6, _step6, v, _t40;
  return _regenerator().w(function (_context28) {
    while (1) switch (_context28.p = _context28.n) {
      case 0:
        best = -1;
        _iterator6 = _createForOfIteratorHelper(c25(n, k));
        _context28.p = 1;
        _iterator6.s();
      case 2:
        if ((_step6 = _iterator6.n()).done) {
          _context28.n = 4;
          break;
        }
        v = _step6.value;
        if (!(v > best)) {
          _context28.n = 3;
          break;
        }
        _context28.n = 3;
        return (best = v) * 10 + v;
      case 3:
        _context28.n = 2;
        break;
      case 4:
        _context28.n = 6;
        break;
      case 5:
        _context28.p = 5;
        _t40 = _context28.v;
        _iterator6.e(_t40);
      case 6:
        _context28.p = 6;
        _iterator6.f();
        return _context28.f(6);
      case 7:
        return _context28.a(2, best);
    }
  }, _marked16, null, [[1, 5, 6, 7]]);
}
function c30(n, k) {
  var acc, i, v, _t41, _t42;
  return _regenerator().w(function (_context29) {
    while (1) switch (_context29.n) {
      case 0:
        acc = 30;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context29.n = 5;
          break;
        }
        v = (i * 11 + k) % 8;
        if (!(v > 4)) {
          _context29.n = 3;
          break;
        }
        _t41 = acc;
        _context29.n = 2;
        return v;
      case 2:
        _t42 = _context29.v;
        acc = _t41 += _t42 | 0;
        _context29.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context29.n = 1;
        break;
      case 5:
        return _context29.a(2, acc);
    }
  }, _marked17);
}
function c31(n, k) {
  var count, i, _t43;
  return _regenerator().w(function (_context30) {
    while (1) switch (_context30.p = _context30.n) {
      case 0:
        count = 0;
        _context30.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context30.n = 8;
          break;
        }
        _t43 = (i + k) % 3;
        _context30.n = _t43 === 0 ? 3 : _t43 === 1 ? 5 : 6;
        break;
      case 3:
        _context30.n = 4;
        return i * 12;
      case 4:
        return _context30.a(3, 7);
      case 5:
        count += 9;
        return _context30.a(3, 7);
      case 6:
        return _context30.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context30.n = 2;
        break;
      case 8:
        _context30.p = 8;
        sink = sink + count | 0;
        return _context30.f(8);
      case 9:
        return _context30.a(2);
    }
  }, _marked18, null, [[1,, 8, 9]]);
}
function c32(n, k) {
  var total, i, _t44, _t45, _t46;
  return _regeneratorAsync(function (_context31) {
    while (1) switch (_context31.p = _context31.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context31.n = 6;
          break;
        }
        _context31.p = 2;
        _t44 = total;
        _context31.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t45 = _context31.v;
        total = _t44 += _t45 * 13;
        _context31.n = 5;
        break;
      case 4:
        _context31.p = 4;
        _t46 = _context31.v;
        total -= 1;
      case 5:
        i++;
        _context31.n = 1;
        break;
      case 6:
        return _context31.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c33(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context32) {
    while (1) switch (_context32.n) {
      case 0:
        _context32.n = 1;
        return _awaitAsyncGenerator(c32(n, k + 1));
      case 1:
        first = _context32.v;
        second = first * 3;
        if (!(first % 11 === 0)) {
          _context32.n = 3;
          break;
        }
        _context32.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context32.v;
      case 3:
        return _context32.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c34(n, k) {
  var best, _iterator7, _step7, v, _t47;
  return _regenerator().w(function (_context33) {
    while (1) switch (_context33.p = _context33.n) {
      case 0:
        best = -1;
        _iterator7 = _createForOfIteratorHelper(c30(n, k));
        _context33.p = 1;
        _iterator7.s();
      case 2:
        if ((_step7 = _iterator7.n()).done) {
          _context33.n = 4;
          break;
        }
        v = _step7.value;
        if (!(v > best)) {
          _context33.n = 3;
          break;
        }
        _context33.n = 3;
        return (best = v) * 4 + v;
      case 3:
        _context33.n = 2;
        break;
      case 4:
        _context33.n = 6;
        break;
      case 5:
        _context33.p = 5;
        _t47 = _context33.v;
        _iterator7.e(_t47);
      case 6:
        _context33.p = 6;
        _iterator7.f();
        return _context33.f(6);
      case 7:
        return _context33.a(2, best);
    }
  }, _marked19, null, [[1, 5, 6, 7]]);
}
function c35(n, k) {
  var acc, i, v, _t48, _t49;
  return _regenerator().w(function (_context34) {
    while (1) switch (_context34.n) {
      case 0:
        acc = 35;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context34.n = 5;
          break;
        }
        v = (i * 5 + k) % 13;
        if (!(v > 6)) {
          _context34.n = 3;
          break;
        }
        _t48 = acc;
        _context34.n = 2;
        return v;
      case 2:
        _t49 = _context34.v;
        acc = _t48 += _t49 | 0;
        _context34.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context34.n = 1;
        break;
      case 5:
        return _context34.a(2, acc);
    }
  }, _marked20);
}
function c36(n, k) {
  var count, i, _t50;
  return _regenerator().w(function (_context35) {
    while (1) switch (_context35.p = _context35.n) {
      case 0:
        count = 0;
        _context35.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context35.n = 8;
          break;
        }
        _t50 = (i + k) % 3;
        _context35.n = _t50 === 0 ? 3 : _t50 === 1 ? 5 : 6;
        break;
      case 3:
        _context35.n = 4;
        return i * 6;
      case 4:
        return _context35.a(3, 7);
      case 5:
        count += 5;
        return _context35.a(3, 7);
      case 6:
        return _context35.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context35.n = 2;
        break;
      case 8:
        _context35.p = 8;
        sink = sink + count | 0;
        return _context35.f(8);
      case 9:
        return _context35.a(2);
    }
  }, _marked21, null, [[1,, 8, 9]]);
}
function c37(n, k) {
  var total, i, _t51, _t52, _t53;
  return _regeneratorAsync(function (_context36) {
    while (1) switch (_context36.p = _context36.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context36.n = 6;
          break;
        }
        _context36.p = 2;
        _t51 = total;
        _context36.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t52 = _context36.v;
        total = _t51 += _t52 * 7;
        _context36.n = 5;
        break;
      case 4:
        _context36.p = 4;
        _t53 = _context36.v;
        total -= 1;
      case 5:
        i++;
        _context36.n = 1;
        break;
      case 6:
        return _context36.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c38(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context37) {
    while (1) switch (_context37.n) {
      case 0:
        _context37.n = 1;
        return _awaitAsyncGenerator(c37(n, k + 1));
      case 1:
        first = _context37.v;
        second = first * 8;
        if (!(first % 7 === 0)) {
          _context37.n = 3;
          break;
        }
        _context37.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context37.v;
      case 3:
        return _context37.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c39(n, k) {
  var best, _iterator8, _step8, v, _t54;
  return _regenerator().w(function (_context38) {
    while (1) switch (_context38.p = _context38.n) {
      case 0:
        best = -1;
        _iterator8 = _createForOfIteratorHelper(c35(n, k));
        _context38.p = 1;
        _iterator8.s();
      case 2:
        if ((_step8 = _iterator8.n()).done) {
          _context38.n = 4;
          break;
        }
        v = _step8.value;
        if (!(v > best)) {
          _context38.n = 3;
          break;
        }
        _context38.n = 3;
        return (best = v) * 9 + v;
      case 3:
        _context38.n = 2;
        break;
      case 4:
        _context38.n = 6;
        break;
      case 5:
        _context38.p = 5;
        _t54 = _context38.v;
        _iterator8.e(_t54);
      case 6:
        _context38.p = 6;
        _iterator8.f();
        return _context38.f(6);
      case 7:
        return _context38.a(2, best);
    }
  }, _marked22, null, [[1, 5, 6, 7]]);
}
function c40(n, k) {
  var acc, i, v, _t55, _t56;
  return _regenerator().w(function (_context39) {
    while (1) switch (_context39.n) {
      case 0:
        acc = 40;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context39.n = 5;
          break;
        }
        v = (i * 10 + k) % 9;
        if (!(v > 4)) {
          _context39.n = 3;
          break;
        }
        _t55 = acc;
        _context39.n = 2;
        return v;
      case 2:
        _t56 = _context39.v;
        acc = _t55 += _t56 | 0;
        _context39.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context39.n = 1;
        break;
      case 5:
        return _context39.a(2, acc);
    }
  }, _marked23);
}
function c41(n, k) {
  var count, i, _t57;
  return _regenerator().w(function (_context40) {
    while (1) switch (_context40.p = _context40.n) {
      case 0:
        count = 0;
        _context40.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context40.n = 8;
          break;
        }
        _t57 = (i + k) % 3;
        _context40.n = _t57 === 0 ? 3 : _t57 === 1 ? 5 : 6;
        break;
      case 3:
        _context40.n = 4;
        return i * 11;
      case 4:
        return _context40.a(3, 7);
      case 5:
        count += 10;
        return _context40.a(3, 7);
      case 6:
        return _context40.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context40.n = 2;
        break;
      case 8:
        _context40.p = 8;
        sink = sink + count | 0;
        return _context40.f(8);
      case 9:
        return _context40.a(2);
    }
  }, _marked24, null, [[1,, 8, 9]]);
}
function c42(n, k) {
  var total, i, _t58, _t59, _t60;
  return _regeneratorAsync(function (_context41) {
    while (1) switch (_context41.p = _context41.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context41.n = 6;
          break;
        }
        _context41.p = 2;
        _t58 = total;
        _context41.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t59 = _context41.v;
        total = _t58 += _t59 * 12;
        _context41.n = 5;
        break;
      case 4:
        _context41.p = 4;
        _t60 = _context41.v;
        total -= 1;
      case 5:
        i++;
        _context41.n = 1;
        break;
      case 6:
        return _context41.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c43(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context42) {
    while (1) switch (_context42.n) {
      case 0:
        _context42.n = 1;
        return _awaitAsyncGenerator(c42(n, k + 1));
      case 1:
        first = _context42.v;
        second = first * 13;
        if (!(first % 12 === 0)) {
          _context42.n = 3;
          break;
        }
        _context42.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context42.v;
      case 3:
        return _context42.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c44(n, k) {
  var best, _iterator9, _step9, v, _t61;
  return _regenerator().w(function (_context43) {
    while (1) switch (_context43.p = _context43.n) {
      case 0:
        best = -1;
        _iterator9 = _createForOfIteratorHelper(c40(n, k));
        _context43.p = 1;
        _iterator9.s();
      case 2:
        if ((_step9 = _iterator9.n()).done) {
          _context43.n = 4;
          break;
        }
        v = _step9.value;
        if (!(v > best)) {
          _context43.n = 3;
          break;
        }
        _context43.n = 3;
        return (best = v) * 3 + v;
      case 3:
        _context43.n = 2;
        break;
      case 4:
        _context43.n = 6;
        break;
      case 5:
        _context43.p = 5;
        _t61 = _context43.v;
        _iterator9.e(_t61);
      case 6:
        _context43.p = 6;
        _iterator9.f();
        return _context43.f(6);
      case 7:
        return _context43.a(2, best);
    }
  }, _marked25, null, [[1, 5, 6, 7]]);
}
function c45(n, k) {
  var acc, i, v, _t62, _t63;
  return _regenerator().w(function (_context44) {
    while (1) switch (_context44.n) {
      case 0:
        acc = 45;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context44.n = 5;
          break;
        }
        v = (i * 4 + k) % 5;
        if (!(v > 2)) {
          _context44.n = 3;
          break;
        }
        _t62 = acc;
        _context44.n = 2;
        return v;
      case 2:
        _t63 = _context44.v;
        acc = _t62 += _t63 | 0;
        _context44.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context44.n = 1;
        break;
      case 5:
        return _context44.a(2, acc);
    }
  }, _marked26);
}
function c46(n, k) {
  var count, i, _t64;
  return _regenerator().w(function (_context45) {
    while (1) switch (_context45.p = _context45.n) {
      case 0:
        count = 0;
        _context45.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context45.n = 8;
          break;
        }
        _t64 = (i + k) % 3;
        _context45.n = _t64 === 0 ? 3 : _t64 === 1 ? 5 : 6;
        break;
      case 3:
        _context45.n = 4;
        return i * 5;
      case 4:
        return _context45.a(3, 7);
      case 5:
        count += 6;
        return _context45.a(3, 7);
      case 6:
        return _context45.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context45.n = 2;
        break;
      case 8:
        _context45.p = 8;
        sink = sink + count | 0;
        return _context45.f(8);
      case 9:
        return _context45.a(2);
    }
  }, _marked27, null, [[1,, 8, 9]]);
}
function c47(n, k) {
  var total, i, _t65, _t66, _t67;
  return _regeneratorAsync(function (_context46) {
    while (1) switch (_context46.p = _context46.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context46.n = 6;
          break;
        }
        _context46.p = 2;
        _t65 = total;
        _context46.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t66 = _context46.v;
        total = _t65 += _t66 * 6;
        _context46.n = 5;
        break;
      case 4:
        _context46.p = 4;
        _t67 = _context46.v;
        total -= 1;
      case 5:
        i++;
        _context46.n = 1;
        break;
      case 6:
        return _context46.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c48(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context47) {
    while (1) switch (_context47.n) {
      case 0:
        _context47.n = 1;
        return _awaitAsyncGenerator(c47(n, k + 1));
      case 1:
        first = _context47.v;
        second = first * 7;
        if (!(first % 8 === 0)) {
          _context47.n = 3;
          break;
        }
        _context47.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context47.v;
      case 3:
        return _context47.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c49(n, k) {
  var best, _iterator0, _step0, v, _t68;
  return _regenerator().w(function (_context48) {
    while (1) switch (_context48.p = _context48.n) {
      case 0:
        best = -1;
        _iterator0 = _createForOfIteratorHelper(c45(n, k));
        _context48.p = 1;
        _iterator0.s();
      case 2:
        if ((_step0 = _iterator0.n()).done) {
          _context48.n = 4;
          break;
        }
        v = _step0.value;
        if (!(v > best)) {
          _context48.n = 3;
          break;
        }
        _context48.n = 3;
        return (best = v) * 8 + v;
      case 3:
        _context48.n = 2;
        break;
      case 4:
        _context48.n = 6;
        break;
      case 5:
        _context48.p = 5;
        _t68 = _context48.v;
        _iterator0.e(_t68);
      case 6:
        _context48.p = 6;
        _iterator0.f();
        return _context48.f(6);
      case 7:
        return _context48.a(2, best);
    }
  }, _marked28, null, [[1, 5, 6, 7]]);
}
function c50(n, k) {
  var acc, i, v, _t69, _t70;
  return _regenerator().w(function (_context49) {
    while (1) switch (_context49.n) {
      case 0:
        acc = 50;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context49.n = 5;
          break;
        }
        v = (i * 9 + k) % 10;
        if (!(v > 5)) {
          _context49.n = 3;
          break;
        }
        _t69 = acc;
        _context49.n = 2;
        return v;
      case 2:
        _t70 = _context49.v;
        acc = _t69 += _t70 | 0;
        _context49.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context49.n = 1;
        break;
      case 5:
        return _context49.a(2, acc);
    }
  }, _marked29);
}
function c51(n, k) {
  var count, i, _t71;
  return _regenerator().w(function (_context50) {
    while (1) switch (_context50.p = _context50.n) {
      case 0:
        count = 0;
        _context50.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context50.n = 8;
          break;
        }
        _t71 = (i + k) % 3;
        _context50.n = _t71 === 0 ? 3 : _t71 === 1 ? 5 : 6;
        break;
      case 3:
        _context50.n = 4;
        return i * 10;
      case 4:
        return _context50.a(3, 7);
      case 5:
        count += 11;
        return _context50.a(3, 7);
      case 6:
        return _context50.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context50.n = 2;
        break;
      case 8:
        _context50.p = 8;
        sink = sink + count | 0;
        return _context50.f(8);
      case 9:
        return _context50.a(2);
    }
  }, _marked30, null, [[1,, 8, 9]]);
}
function c52(n, k) {
  var total, i, _t72, _t73, _t74;
  return _regeneratorAsync(function (_context51) {
    while (1) switch (_context51.p = _context51.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context51.n = 6;
          break;
        }
        _context51.p = 2;
        _t72 = total;
        _context51.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t73 = _context51.v;
        total = _t72 += _t73 * 11;
        _context51.n = 5;
        break;
      case 4:
        _context51.p = 4;
        _t74 = _context51.v;
        total -= 1;
      case 5:
        i++;
        _context51.n = 1;
        break;
      case 6:
        return _context51.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c53(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context52) {
    while (1) switch (_context52.n) {
      case 0:
        _context52.n = 1;
        return _awaitAsyncGenerator(c52(n, k + 1));
      case 1:
        first = _context52.v;
        second = first * 12;
        if (!(first % 13 === 0)) {
          _context52.n = 3;
          break;
        }
        _context52.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context52.v;
      case 3:
        return _context52.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c54(n, k) {
  var best, _iterator1, _step1, v, _t75;
  return _regenerator().w(function (_context53) {
    while (1) switch (_context53.p = _context53.n) {
      case 0:
        best = -1;
        _iterator1 = _createForOfIteratorHelper(c50(n, k));
        _context53.p = 1;
        _iterator1.s();
      case 2:
        if ((_step1 = _iterator1.n()).done) {
          _context53.n = 4;
          break;
        }
        v = _step1.value;
        if (!(v > best)) {
          _context53.n = 3;
          break;
        }
        _context53.n = 3;
        return (best = v) * 13 + v;
      case 3:
        _context53.n = 2;
        break;
      case 4:
        _context53.n = 6;
        break;
      case 5:
        _context53.p = 5;
        _t75 = _context53.v;
        _iterator1.e(_t75);
      case 6:
        _context53.p = 6;
        _iterator1.f();
        return _context53.f(6);
      case 7:
        return _context53.a(2, best);
    }
  }, _marked31, null, [[1, 5, 6, 7]]);
}
function c55(n, k) {
  var acc, i, v, _t76, _t77;
  return _regenerator().w(function (_context54) {
    while (1) switch (_context54.n) {
      case 0:
        acc = 55;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context54.n = 5;
          break;
        }
        v = (i * 3 + k) % 6;
        if (!(v > 3)) {
          _context54.n = 3;
          break;
        }
        _t76 = acc;
        _context54.n = 2;
        return v;
      case 2:
        _t77 = _context54.v;
        acc = _t76 += _t77 | 0;
        _context54.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context54.n = 1;
        break;
      case 5:
        return _context54.a(2, acc);
    }
  }, _marked32);
}
function c56(n, k) {
  var count, i, _t78;
  return _regenerator().w(function (_context55) {
    while (1) switch (_context55.p = _context55.n) {
      case 0:
        count = 0;
        _context55.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context55.n = 8;
          break;
        }
        _t78 = (i + k) % 3;
        _context55.n = _t78 === 0 ? 3 : _t78 === 1 ? 5 : 6;
        break;
      case 3:
        _context55.n = 4;
        return i * 4;
      case 4:
        return _context55.a(3, 7);
      case 5:
        count += 7;
        return _context55.a(3, 7);
      case 6:
        return _context55.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context55.n = 2;
        break;
      case 8:
        _context55.p = 8;
        sink = sink + count | 0;
        return _context55.f(8);
      case 9:
        return _context55.a(2);
    }
  }, _marked33, null, [[1,, 8, 9]]);
}
function c57(n, k) {
  var total, i, _t79, _t80, _t81;
  return _regeneratorAsync(function (_context56) {
    while (1) switch (_context56.p = _context56.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context56.n = 6;
          break;
        }
        _context56.p = 2;
        _t79 = total;
        _context56.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t80 = _context56.v;
        total = _t79 += _t80 * 5;
        _context56.n = 5;
        break;
      case 4:
        _context56.p = 4;
        _t81 = _context56.v;
        total -= 1;
      case 5:
        i++;
        _context56.n = 1;
        break;
      case 6:
        return _context56.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c58(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context57) {
    while (1) switch (_context57.n) {
      case 0:
        _context57.n = 1;
        return _awaitAsyncGenerator(c57(n, k + 1));
      case 1:
        first = _context57.v;
        second = first * 6;
        if (!(first % 9 === 0)) {
          _context57.n = 3;
          break;
        }
        _context57.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context57.v;
      case 3:
        return _context57.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c59(n, k) {
  var best, _iterator10, _step10, v, _t82;
  return _regenerator().w(function (_context58) {
    while (1) switch (_context58.p = _context58.n) {
      case 0:
        best = -1;
        _iterator10 = _createForOfIteratorHelper(c55(n, k));
        _context58.p = 1;
        _iterator10.s();
      case 2:
        if ((_step10 = _iterator10.n()).done) {
          _context58.n = 4;
          break;
        }
        v = _step10.value;
        if (!(v > best)) {
          _context58.n = 3;
          break;
        }
        _context58.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context58.n = 2;
        break;
      case 4:
        _context58.n = 6;
        break;
      case 5:
        _context58.p = 5;
        _t82 = _context58.v;
        _iterator10.e(_t82);
      case 6:
        _context58.p = 6;
        _iterator10.f();
        return _context58.f(6);
      case 7:
        return _context58.a(2, best);
    }
  }, _marked34, null, [[1, 5, 6, 7]]);
}
function c60(n, k) {
  var acc, i, v, _t83, _t84;
  return _regenerator().w(function (_context59) {
    while (1) switch (_context59.n) {
      case 0:
        acc = 60;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context59.n = 5;
          break;
        }
        v = (i * 8 + k) % 11;
        if (!(v > 5)) {
          _context59.n = 3;
          break;
        }
        _t83 = acc;
        _context59.n = 2;
        return v;
      case 2:
        _t84 = _context59.v;
        acc = _t83 += _t84 | 0;
        _context59.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context59.n = 1;
        break;
      case 5:
        return _context59.a(2, acc);
    }
  }, _marked35);
}
function c61(n, k) {
  var count, i, _t85;
  return _regenerator().w(function (_context60) {
    while (1) switch (_context60.p = _context60.n) {
      case 0:
        count = 0;
        _context60.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context60.n = 8;
          break;
        }
        _t85 = (i + k) % 3;
        _context60.n = _t85 === 0 ? 3 : _t85 === 1 ? 5 : 6;
        break;
      case 3:
        _context60.n = 4;
        return i * 9;
      case 4:
        return _context60.a(3, 7);
      case 5:
        count += 12;
        return _context60.a(3, 7);
      case 6:
        return _context60.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context60.n = 2;
        break;
      case 8:
        _context60.p = 8;
        sink = sink + count | 0;
        return _context60.f(8);
      case 9:
        return _context60.a(2);
    }
  }, _marked36, null, [[1,, 8, 9]]);
}
function c62(n, k) {
  var total, i, _t86, _t87, _t88;
  return _regeneratorAsync(function (_context61) {
    while (1) switch (_context61.p = _context61.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context61.n = 6;
          break;
        }
        _context61.p = 2;
        _t86 = total;
        _context61.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t87 = _context61.v;
        total = _t86 += _t87 * 10;
        _context61.n = 5;
        break;
      case 4:
        _context61.p = 4;
        _t88 = _context61.v;
        total -= 1;
      case 5:
        i++;
        _context61.n = 1;
        break;
      case 6:
        return _context61.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c63(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context62) {
    while (1) switch (_context62.n) {
      case 0:
        _context62.n = 1;
        return _awaitAsyncGenerator(c62(n, k + 1));
      case 1:
        first = _context62.v;
        second = first * 11;
        if (!(first % 5 === 0)) {
          _context62.n = 3;
          break;
        }
        _context62.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context62.v;
      case 3:
        return _context62.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c64(n, k) {
  var best, _iterator11, _step11, v, _t89;
  return _regenerator().w(function (_context63) {
    while (1) switch (_context63.p = _context63.n) {
      case 0:
        best = -1;
        _iterator11 = _createForOfIteratorHelper(c60(n, k));
        _context63.p = 1;
        _iterator11.s();
      case 2:
        if ((_step11 = _iterator11.n()).done) {
          _context63.n = 4;
          break;
        }
        v = _step11.value;
        if (!(v > best)) {
          _context63.n = 3;
          break;
        }
        _context63.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context63.n = 2;
        break;
      case 4:
        _context63.n = 6;
        break;
      case 5:
        _context63.p = 5;
        _t89 = _context63.v;
        _iterator11.e(_t89);
      case 6:
        _context63.p = 6;
        _iterator11.f();
        return _context63.f(6);
      case 7:
        return _context63.a(2, best);
    }
  }, _marked37, null, [[1, 5, 6, 7]]);
}
function c65(n, k) {
  var acc, i, v, _t90, _t91;
  return _regenerator().w(function (_context64) {
    while (1) switch (_context64.n) {
      case 0:
        acc = 65;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context64.n = 5;
          break;
        }
        v = (i * 13 + k) % 7;
        if (!(v > 3)) {
          _context64.n = 3;
          break;
        }
        _t90 = acc;
        _context64.n = 2;
        return v;
      case 2:
        _t91 = _context64.v;
        acc = _t90 += _t91 | 0;
        _context64.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context64.n = 1;
        break;
      case 5:
        return _context64.a(2, acc);
    }
  }, _marked38);
}
function c66(n, k) {
  var count, i, _t92;
  return _regenerator().w(function (_context65) {
    while (1) switch (_context65.p = _context65.n) {
      case 0:
        count = 0;
        _context65.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context65.n = 8;
          break;
        }
        _t92 = (i + k) % 3;
        _context65.n = _t92 === 0 ? 3 : _t92 === 1 ? 5 : 6;
        break;
      case 3:
        _context65.n = 4;
        return i * 3;
      case 4:
        return _context65.a(3, 7);
      case 5:
        count += 8;
        return _context65.a(3, 7);
      case 6:
        return _context65.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context65.n = 2;
        break;
      case 8:
        _context65.p = 8;
        sink = sink + count | 0;
        return _context65.f(8);
      case 9:
        return _context65.a(2);
    }
  }, _marked39, null, [[1,, 8, 9]]);
}
function c67(n, k) {
  var total, i, _t93, _t94, _t95;
  return _regeneratorAsync(function (_context66) {
    while (1) switch (_context66.p = _context66.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context66.n = 6;
          break;
        }
        _context66.p = 2;
        _t93 = total;
        _context66.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t94 = _context66.v;
        total = _t93 += _t94 * 4;
        _context66.n = 5;
        break;
      case 4:
        _context66.p = 4;
        _t95 = _context66.v;
        total -= 1;
      case 5:
        i++;
        _context66.n = 1;
        break;
      case 6:
        return _context66.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c68(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context67) {
    while (1) switch (_context67.n) {
      case 0:
        _context67.n = 1;
        return _awaitAsyncGenerator(c67(n, k + 1));
      case 1:
        first = _context67.v;
        second = first * 5;
        if (!(first % 10 === 0)) {
          _context67.n = 3;
          break;
        }
        _context67.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context67.v;
      case 3:
        return _context67.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c69(n, k) {
  var best, _iterator12, _step12, v, _t96;
  return _regenerator().w(function (_context68) {
    while (1) switch (_context68.p = _context68.n) {
      case 0:
        best = -1;
        _iterator12 = _createForOfIteratorHelper(c65(n, k));
        _context68.p = 1;
        _iterator12.s();
      case 2:
        if ((_step12 = _iterator12.n()).done) {
          _context68.n = 4;
          break;
        }
        v = _step12.value;
        if (!(v > best)) {
          _context68.n = 3;
          break;
        }
        _context68.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context68.n = 2;
        break;
      case 4:
        _context68.n = 6;
        break;
      case 5:
        _context68.p = 5;
        _t96 = _context68.v;
        _iterator12.e(_t96);
      case 6:
        _context68.p = 6;
        _iterator12.f();
        return _context68.f(6);
      case 7:
        return _context68.a(2, best);
    }
  }, _marked40, null, [[1, 5, 6, 7]]);
}
function c70(n, k) {
  var acc, i, v, _t97, _t98;
  return _regenerator().w(function (_context69) {
    while (1) switch (_context69.n) {
      case 0:
        acc = 70;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context69.n = 5;
          break;
        }
        v = (i * 7 + k) % 12;
        if (!(v > 6)) {
          _context69.n = 3;
          break;
        }
        _t97 = acc;
        _context69.n = 2;
        return v;
      case 2:
        _t98 = _context69.v;
        acc = _t97 += _t98 | 0;
        _context69.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context69.n = 1;
        break;
      case 5:
        return _context69.a(2, acc);
    }
  }, _marked41);
}
function c71(n, k) {
  var count, i, _t99;
  return _regenerator().w(function (_context70) {
    while (1) switch (_context70.p = _context70.n) {
      case 0:
        count = 0;
        _context70.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context70.n = 8;
          break;
        }
        _t99 = (i + k) % 3;
        _context70.n = _t99 === 0 ? 3 : _t99 === 1 ? 5 : 6;
        break;
      case 3:
        _context70.n = 4;
        return i * 8;
      case 4:
        return _context70.a(3, 7);
      case 5:
        count += 13;
        return _context70.a(3, 7);
      case 6:
        return _context70.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context70.n = 2;
        break;
      case 8:
        _context70.p = 8;
        sink = sink + count | 0;
        return _context70.f(8);
      case 9:
        return _context70.a(2);
    }
  }, _marked42, null, [[1,, 8, 9]]);
}
function c72(n, k) {
  var total, i, _t100, _t101, _t102;
  return _regeneratorAsync(function (_context71) {
    while (1) switch (_context71.p = _context71.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context71.n = 6;
          break;
        }
        _context71.p = 2;
        _t100 = total;
        _context71.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t101 = _context71.v;
        total = _t100 += _t101 * 9;
        _context71.n = 5;
        break;
      case 4:
        _context71.p = 4;
        _t102 = _context71.v;
        total -= 1;
      case 5:
        i++;
        _context71.n = 1;
        break;
      case 6:
        return _context71.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c73(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context72) {
    while (1) switch (_context72.n) {
      case 0:
        _context72.n = 1;
        return _awaitAsyncGenerator(c72(n, k + 1));
      case 1:
        first = _context72.v;
        second = first * 10;
        if (!(first % 6 === 0)) {
          _context72.n = 3;
          break;
        }
        _context72.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context72.v;
      case 3:
        return _context72.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c74(n, k) {
  var best, _iterator13, _step13, v, _t103;
  return _regenerator().w(function (_context73) {
    while (1) switch (_context73.p = _context73.n) {
      case 0:
        best = -1;
        _iterator13 = _createForOfIteratorHelper(c70(n, k));
        _context73.p = 1;
        _iterator13.s();
      case 2:
        if ((_step13 = _iterator13.n()).done) {
          _context73.n = 4;
          break;
        }
        v = _step13.value;
        if (!(v > best)) {
          _context73.n = 3;
          break;
        }
        _context73.n = 3;
        return (best = v) * 11 + v;
      case 3:
        _context73.n = 2;
        break;
      case 4:
        _context73.n = 6;
        break;
      case 5:
        _context73.p = 5;
        _t103 = _context73.v;
        _iterator13.e(_t103);
      case 6:
        _context73.p = 6;
        _iterator13.f();
        return _context73.f(6);
      case 7:
        return _context73.a(2, best);
    }
  }, _marked43, null, [[1, 5, 6, 7]]);
}
function c75(n, k) {
  var acc, i, v, _t104, _t105;
  return _regenerator().w(function (_context74) {
    while (1) switch (_context74.n) {
      case 0:
        acc = 75;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context74.n = 5;
          break;
        }
        v = (i * 12 + k) % 8;
        if (!(v > 4)) {
          _context74.n = 3;
          break;
        }
        _t104 = acc;
        _context74.n = 2;
        return v;
      case 2:
        _t105 = _context74.v;
        acc = _t104 += _t105 | 0;
        _context74.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context74.n = 1;
        break;
      case 5:
        return _context74.a(2, acc);
    }
  }, _marked44);
}
function c76(n, k) {
  var count, i, _t106;
  return _regenerator().w(function (_context75) {
    while (1) switch (_context75.p = _context75.n) {
      case 0:
        count = 0;
        _context75.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context75.n = 8;
          break;
        }
        _t106 = (i + k) % 3;
        _context75.n = _t106 === 0 ? 3 : _t106 === 1 ? 5 : 6;
        break;
      case 3:
        _context75.n = 4;
        return i * 13;
      case 4:
        return _context75.a(3, 7);
      case 5:
        count += 9;
        return _context75.a(3, 7);
      case 6:
        return _context75.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context75.n = 2;
        break;
      case 8:
        _context75.p = 8;
        sink = sink + count | 0;
        return _context75.f(8);
      case 9:
        return _context75.a(2);
    }
  }, _marked45, null, [[1,, 8, 9]]);
}
function c77(n, k) {
  var total, i, _t107, _t108, _t109;
  return _regeneratorAsync(function (_context76) {
    while (1) switch (_context76.p = _context76.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context76.n = 6;
          break;
        }
        _context76.p = 2;
        _t107 = total;
        _context76.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t108 = _context76.v;
        total = _t107 += _t108 * 3;
        _context76.n = 5;
        break;
      case 4:
        _context76.p = 4;
        _t109 = _context76.v;
        total -= 1;
      case 5:
        i++;
        _context76.n = 1;
        break;
      case 6:
        return _context76.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c78(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context77) {
    while (1) switch (_context77.n) {
      case 0:
        _context77.n = 1;
        return _awaitAsyncGenerator(c77(n, k + 1));
      case 1:
        first = _context77.v;
        second = first * 4;
        if (!(first % 11 === 0)) {
          _context77.n = 3;
          break;
        }
        _context77.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context77.v;
      case 3:
        return _context77.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c79(n, k) {
  var best, _iterator14, _step14, v, _t110;
  return _regenerator().w(function (_context78) {
    while (1) switch (_context78.p = _context78.n) {
      case 0:
        best = -1;
        _iterator14 = _createForOfIteratorHelper(c75(n, k));
        _context78.p = 1;
        _iterator14.s();
      case 2:
        if ((_step14 = _iterator14.n()).done) {
          _context78.n = 4;
          break;
        }
        v = _step14.value;
        if (!(v > best)) {
          _context78.n = 3;
          break;
        }
        _context78.n = 3;
        return (best = v) * 5 + v;
      case 3:
        _context78.n = 2;
        break;
      case 4:
        _context78.n = 6;
        break;
      case 5:
        _context78.p = 5;
        _t110 = _context78.v;
        _iterator14.e(_t110);
      case 6:
        _context78.p = 6;
        _iterator14.f();
        return _context78.f(6);
      case 7:
        return _context78.a(2, best);
    }
  }, _marked46, null, [[1, 5, 6, 7]]);
}
function c80(n, k) {
  var acc, i, v, _t111, _t112;
  return _regenerator().w(function (_context79) {
    while (1) switch (_context79.n) {
      case 0:
        acc = 80;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context79.n = 5;
          break;
        }
        v = (i * 6 + k) % 13;
        if (!(v > 6)) {
          _context79.n = 3;
          break;
        }
        _t111 = acc;
        _context79.n = 2;
        return v;
      case 2:
        _t112 = _context79.v;
        acc = _t111 += _t112 | 0;
        _context79.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context79.n = 1;
        break;
      case 5:
        return _context79.a(2, acc);
    }
  }, _marked47);
}
function c81(n, k) {
  var count, i, _t113;
  return _regenerator().w(function (_context80) {
    while (1) switch (_context80.p = _context80.n) {
      case 0:
        count = 0;
        _context80.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context80.n = 8;
          break;
        }
        _t113 = (i + k) % 3;
        _context80.n = _t113 === 0 ? 3 : _t113 === 1 ? 5 : 6;
        break;
      case 3:
        _context80.n = 4;
        return i * 7;
      case 4:
        return _context80.a(3, 7);
      case 5:
        count += 5;
        return _context80.a(3, 7);
      case 6:
        return _context80.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context80.n = 2;
        break;
      case 8:
        _context80.p = 8;
        sink = sink + count | 0;
        return _context80.f(8);
      case 9:
        return _context80.a(2);
    }
  }, _marked48, null, [[1,, 8, 9]]);
}
function c82(n, k) {
  var total, i, _t114, _t115, _t116;
  return _regeneratorAsync(function (_context81) {
    while (1) switch (_context81.p = _context81.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context81.n = 6;
          break;
        }
        _context81.p = 2;
        _t114 = total;
        _context81.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t115 = _context81.v;
        total = _t114 += _t115 * 8;
        _context81.n = 5;
        break;
      case 4:
        _context81.p = 4;
        _t116 = _context81.v;
        total -= 1;
      case 5:
        i++;
        _context81.n = 1;
        break;
      case 6:
        return _context81.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c83(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context82) {
    while (1) switch (_context82.n) {
      case 0:
        _context82.n = 1;
        return _awaitAsyncGenerator(c82(n, k + 1));
      case 1:
        first = _context82.v;
        second = first * 9;
        if (!(first % 7 === 0)) {
          _context82.n = 3;
          break;
        }
        _context82.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context82.v;
      case 3:
        return _context82.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c84(n, k) {
  var best, _iterator15, _step15, v, _t117;
  return _regenerator().w(function (_context83) {
    while (1) switch (_context83.p = _context83.n) {
      case 0:
        best = -1;
        _iterator15 = _createForOfIteratorHelper(c80(n, k));
        _context83.p = 1;
        _iterator15.s();
      case 2:
        if ((_step15 = _iterator15.n()).done) {
          _context83.n = 4;
          break;
        }
        v = _step15.value;
        if (!(v > best)) {
          _context83.n = 3;
          break;
        }
        _context83.n = 3;
        return (best = v) * 10 + v;
      case 3:
        _context83.n = 2;
        break;
      case 4:
        _context83.n = 6;
        break;
      case 5:
        _context83.p = 5;
        _t117 = _context83.v;
        _iterator15.e(_t117);
      case 6:
        _context83.p = 6;
        _iterator15.f();
        return _context83.f(6);
      case 7:
        return _context83.a(2, best);
    }
  }, _marked49, null, [[1, 5, 6, 7]]);
}
function c85(n, k) {
  var acc, i, v, _t118, _t119;
  return _regenerator().w(function (_context84) {
    while (1) switch (_context84.n) {
      case 0:
        acc = 85;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context84.n = 5;
          break;
        }
        v = (i * 11 + k) % 9;
        if (!(v > 4)) {
          _context84.n = 3;
          break;
        }
        _t118 = acc;
        _context84.n = 2;
        return v;
      case 2:
        _t119 = _context84.v;
        acc = _t118 += _t119 | 0;
        _context84.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context84.n = 1;
        break;
      case 5:
        return _context84.a(2, acc);
    }
  }, _marked50);
}
function c86(n, k) {
  var count, i, _t120;
  return _regenerator().w(function (_context85) {
    while (1) switch (_context85.p = _context85.n) {
      case 0:
        count = 0;
        _context85.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context85.n = 8;
          break;
        }
        _t120 = (i + k) % 3;
        _context85.n = _t120 === 0 ? 3 : _t120 === 1 ? 5 : 6;
        break;
      case 3:
        _context85.n = 4;
        return i * 12;
      case 4:
        return _context85.a(3, 7);
      case 5:
        count += 10;
        return _context85.a(3, 7);
      case 6:
        return _context85.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context85.n = 2;
        break;
      case 8:
        _context85.p = 8;
        sink = sink + count | 0;
        return _context85.f(8);
      case 9:
        return _context85.a(2);
    }
  }, _marked51, null, [[1,, 8, 9]]);
}
function c87(n, k) {
  var total, i, _t121, _t122, _t123;
  return _regeneratorAsync(function (_context86) {
    while (1) switch (_context86.p = _context86.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context86.n = 6;
          break;
        }
        _context86.p = 2;
        _t121 = total;
        _context86.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t122 = _context86.v;
        total = _t121 += _t122 * 13;
        _context86.n = 5;
        break;
      case 4:
        _context86.p = 4;
        _t123 = _context86.v;
        total -= 1;
      case 5:
        i++;
        _context86.n = 1;
        break;
      case 6:
        return _context86.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c88(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context87) {
    while (1) switch (_context87.n) {
      case 0:
        _context87.n = 1;
        return _awaitAsyncGenerator(c87(n, k + 1));
      case 1:
        first = _context87.v;
        second = first * 3;
        if (!(first % 12 === 0)) {
          _context87.n = 3;
          break;
        }
        _context87.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context87.v;
      case 3:
        return _context87.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c89(n, k) {
  var best, _iterator16, _step16, v, _t124;
  return _regenerator().w(function (_context88) {
    while (1) switch (_context88.p = _context88.n) {
      case 0:
        best = -1;
        _iterator16 = _createForOfIteratorHelper(c85(n, k));
        _context88.p = 1;
        _iterator16.s();
      case 2:
        if ((_step16 = _iterator16.n()).done) {
          _context88.n = 4;
          break;
        }
        v = _step16.value;
        if (!(v > best)) {
          _context88.n = 3;
          break;
        }
        _context88.n = 3;
        return (best = v) * 4 + v;
      case 3:
        _context88.n = 2;
        break;
      case 4:
        _context88.n = 6;
        break;
      case 5:
        _context88.p = 5;
        _t124 = _context88.v;
        _iterator16.e(_t124);
      case 6:
        _context88.p = 6;
        _iterator16.f();
        return _context88.f(6);
      case 7:
        return _context88.a(2, best);
    }
  }, _marked52, null, [[1, 5, 6, 7]]);
}
function c90(n, k) {
  var acc, i, v, _t125, _t126;
  return _regenerator().w(function (_context89) {
    while (1) switch (_context89.n) {
      case 0:
        acc = 90;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context89.n = 5;
          break;
        }
        v = (i * 5 + k) % 5;
        if (!(v > 2)) {
          _context89.n = 3;
          break;
        }
        _t125 = acc;
        _context89.n = 2;
        return v;
      case 2:
        _t126 = _context89.v;
        acc = _t125 += _t126 | 0;
        _context89.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context89.n = 1;
        break;
      case 5:
        return _context89.a(2, acc);
    }
  }, _marked53);
}
function c91(n, k) {
  var count, i, _t127;
  return _regenerator().w(function (_context90) {
    while (1) switch (_context90.p = _context90.n) {
      case 0:
        count = 0;
        _context90.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context90.n = 8;
          break;
        }
        _t127 = (i + k) % 3;
        _context90.n = _t127 === 0 ? 3 : _t127 === 1 ? 5 : 6;
        break;
      case 3:
        _context90.n = 4;
        return i * 6;
      case 4:
        return _context90.a(3, 7);
      case 5:
        count += 6;
        return _context90.a(3, 7);
      case 6:
        return _context90.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context90.n = 2;
        break;
      case 8:
        _context90.p = 8;
        sink = sink + count | 0;
        return _context90.f(8);
      case 9:
        return _context90.a(2);
    }
  }, _marked54, null, [[1,, 8, 9]]);
}
function c92(n, k) {
  var total, i, _t128, _t129, _t130;
  return _regeneratorAsync(function (_context91) {
    while (1) switch (_context91.p = _context91.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context91.n = 6;
          break;
        }
        _context91.p = 2;
        _t128 = total;
        _context91.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t129 = _context91.v;
        total = _t128 += _t129 * 7;
        _context91.n = 5;
        break;
      case 4:
        _context91.p = 4;
        _t130 = _context91.v;
        total -= 1;
      case 5:
        i++;
        _context91.n = 1;
        break;
      case 6:
        return _context91.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c93(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context92) {
    while (1) switch (_context92.n) {
      case 0:
        _context92.n = 1;
        return _awaitAsyncGenerator(c92(n, k + 1));
      case 1:
        first = _context92.v;
        second = first * 8;
        if (!(first % 8 === 0)) {
          _context92.n = 3;
          break;
        }
        _context92.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context92.v;
      case 3:
        return _context92.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c94(n, k) {
  var best, _iterator17, _step17, v, _t131;
  return _regenerator().w(function (_context93) {
    while (1) switch (_context93.p = _context93.n) {
      case 0:
        best = -1;
        _iterator17 = _createForOfIteratorHelper(c90(n, k));
        _context93.p = 1;
        _iterator17.s();
      case 2:
        if ((_step17 = _iterator17.n()).done) {
          _context93.n = 4;
          break;
        }
        v = _step17.value;
        if (!(v > best)) {
          _context93.n = 3;
          break;
        }
        _context93.n = 3;
        return (best = v) * 9 + v;
      case 3:
        _context93.n = 2;
        break;
      case 4:
        _context93.n = 6;
        break;
      case 5:
        _context93.p = 5;
        _t131 = _context93.v;
        _iterator17.e(_t131);
      case 6:
        _context93.p = 6;
        _iterator17.f();
        return _context93.f(6);
      case 7:
        return _context93.a(2, best);
    }
  }, _marked55, null, [[1, 5, 6, 7]]);
}
function c95(n, k) {
  var acc, i, v, _t132, _t133;
  return _regenerator().w(function (_context94) {
    while (1) switch (_context94.n) {
      case 0:
        acc = 95;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context94.n = 5;
          break;
        }
        v = (i * 10 + k) % 10;
        if (!(v > 5)) {
          _context94.n = 3;
          break;
        }
        _t132 = acc;
        _context94.n = 2;
        return v;
      case 2:
        _t133 = _context94.v;
        acc = _t132 += _t133 | 0;
        _context94.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context94.n = 1;
        break;
      case 5:
        return _context94.a(2, acc);
    }
  }, _marked56);
}
function c96(n, k) {
  var count, i, _t134;
  return _regenerator().w(function (_context95) {
    while (1) switch (_context95.p = _context95.n) {
      case 0:
        count = 0;
        _context95.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context95.n = 8;
          break;
        }
        _t134 = (i + k) % 3;
        _context95.n = _t134 === 0 ? 3 : _t134 === 1 ? 5 : 6;
        break;
      case 3:
        _context95.n = 4;
        return i * 11;
      case 4:
        return _context95.a(3, 7);
      case 5:
        count += 11;
        return _context95.a(3, 7);
      case 6:
        return _context95.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context95.n = 2;
        break;
      case 8:
        _context95.p = 8;
        sink = sink + count | 0;
        return _context95.f(8);
      case 9:
        return _context95.a(2);
    }
  }, _marked57, null, [[1,, 8, 9]]);
}
function c97(n, k) {
  var total, i, _t135, _t136, _t137;
  return _regeneratorAsync(function (_context96) {
    while (1) switch (_context96.p = _context96.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context96.n = 6;
          break;
        }
        _context96.p = 2;
        _t135 = total;
        _context96.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t136 = _context96.v;
        total = _t135 += _t136 * 12;
        _context96.n = 5;
        break;
      case 4:
        _context96.p = 4;
        _t137 = _context96.v;
        total -= 1;
      case 5:
        i++;
        _context96.n = 1;
        break;
      case 6:
        return _context96.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c98(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context97) {
    while (1) switch (_context97.n) {
      case 0:
        _context97.n = 1;
        return _awaitAsyncGenerator(c97(n, k + 1));
      case 1:
        first = _context97.v;
        second = first * 13;
        if (!(first % 13 === 0)) {
          _context97.n = 3;
          break;
        }
        _context97.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context97.v;
      case 3:
        return _context97.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c99(n, k) {
  var best, _iterator18, _step18, v, _t138;
  return _regenerator().w(function (_context98) {
    while (1) switch (_context98.p = _context98.n) {
      case 0:
        best = -1;
        _iterator18 = _createForOfIteratorHelper(c95(n, k));
        _context98.p = 1;
        _iterator18.s();
      case 2:
        if ((_step18 = _iterator18.n()).done) {
          _context98.n = 4;
          break;
        }
        v = _step18.value;
        if (!(v > best)) {
          _context98.n = 3;
          break;
        }
        _context98.n = 3;
        return (best = v) * 3 + v;
      case 3:
        _context98.n = 2;
        break;
      case 4:
        _context98.n = 6;
        break;
      case 5:
        _context98.p = 5;
        _t138 = _context98.v;
        _iterator18.e(_t138);
      case 6:
        _context98.p = 6;
        _iterator18.f();
        return _context98.f(6);
      case 7:
        return _context98.a(2, best);
    }
  }, _marked58, null, [[1, 5, 6, 7]]);
}
function c100(n, k) {
  var acc, i, v, _t139, _t140;
  return _regenerator().w(function (_context99) {
    while (1) switch (_context99.n) {
      case 0:
        acc = 3;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context99.n = 5;
          break;
        }
        v = (i * 4 + k) % 6;
        if (!(v > 3)) {
          _context99.n = 3;
          break;
        }
        _t139 = acc;
        _context99.n = 2;
        return v;
      case 2:
        _t140 = _context99.v;
        acc = _t139 += _t140 | 0;
        _context99.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context99.n = 1;
        break;
      case 5:
        return _context99.a(2, acc);
    }
  }, _marked59);
}
function c101(n, k) {
  var count, i, _t141;
  return _regenerator().w(function (_context100) {
    while (1) switch (_context100.p = _context100.n) {
      case 0:
        count = 0;
        _context100.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context100.n = 8;
          break;
        }
        _t141 = (i + k) % 3;
        _context100.n = _t141 === 0 ? 3 : _t141 === 1 ? 5 : 6;
        break;
      case 3:
        _context100.n = 4;
        return i * 5;
      case 4:
        return _context100.a(3, 7);
      case 5:
        count += 7;
        return _context100.a(3, 7);
      case 6:
        return _context100.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context100.n = 2;
        break;
      case 8:
        _context100.p = 8;
        sink = sink + count | 0;
        return _context100.f(8);
      case 9:
        return _context100.a(2);
    }
  }, _marked60, null, [[1,, 8, 9]]);
}
function c102(n, k) {
  var total, i, _t142, _t143, _t144;
  return _regeneratorAsync(function (_context101) {
    while (1) switch (_context101.p = _context101.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context101.n = 6;
          break;
        }
        _context101.p = 2;
        _t142 = total;
        _context101.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t143 = _context101.v;
        total = _t142 += _t143 * 6;
        _context101.n = 5;
        break;
      case 4:
        _context101.p = 4;
        _t144 = _context101.v;
        total -= 1;
      case 5:
        i++;
        _context101.n = 1;
        break;
      case 6:
        return _context101.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c103(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context102) {
    while (1) switch (_context102.n) {
      case 0:
        _context102.n = 1;
        return _awaitAsyncGenerator(c102(n, k + 1));
      case 1:
        first = _context102.v;
        second = first * 7;
        if (!(first % 9 === 0)) {
          _context102.n = 3;
          break;
        }
        _context102.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context102.v;
      case 3:
        return _context102.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c104(n, k) {
  var best, _iterator19, _step19, v, _t145;
  return _regenerator().w(function (_context103) {
    while (1) switch (_context103.p = _context103.n) {
      case 0:
        best = -1;
        _iterator19 = _createForOfIteratorHelper(c100(n, k));
        _context103.p = 1;
        _iterator19.s();
      case 2:
        if ((_step19 = _iterator19.n()).done) {
          _context103.n = 4;
          break;
        }
        v = _step19.value;
        if (!(v > best)) {
          _context103.n = 3;
          break;
        }
        _context103.n = 3;
        return (best = v) * 8 + v;
      case 3:
        _context103.n = 2;
        break;
      case 4:
        _context103.n = 6;
        break;
      case 5:
        _context103.p = 5;
        _t145 = _context103.v;
        _iterator19.e(_t145);
      case 6:
        _context103.p = 6;
        _iterator19.f();
        return _context103.f(6);
      case 7:
        return _context103.a(2, best);
    }
  }, _marked61, null, [[1, 5, 6, 7]]);
}
function c105(n, k) {
  var acc, i, v, _t146, _t147;
  return _regenerator().w(function (_context104) {
    while (1) switch (_context104.n) {
      case 0:
        acc = 8;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context104.n = 5;
          break;
        }
        v = (i * 9 + k) % 11;
        if (!(v > 5)) {
          _context104.n = 3;
          break;
        }
        _t146 = acc;
        _context104.n = 2;
        return v;
      case 2:
        _t147 = _context104.v;
        acc = _t146 += _t147 | 0;
        _context104.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context104.n = 1;
        break;
      case 5:
        return _context104.a(2, acc);
    }
  }, _marked62);
}
function c106(n, k) {
  var count, i, _t148;
  return _regenerator().w(function (_context105) {
    while (1) switch (_context105.p = _context105.n) {
      case 0:
        count = 0;
        _context105.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context105.n = 8;
          break;
        }
        _t148 = (i + k) % 3;
        _context105.n = _t148 === 0 ? 3 : _t148 === 1 ? 5 : 6;
        break;
      case 3:
        _context105.n = 4;
        return i * 10;
      case 4:
        return _context105.a(3, 7);
      case 5:
        count += 12;
        return _context105.a(3, 7);
      case 6:
        return _context105.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context105.n = 2;
        break;
      case 8:
        _context105.p = 8;
        sink = sink + count | 0;
        return _context105.f(8);
      case 9:
        return _context105.a(2);
    }
  }, _marked63, null, [[1,, 8, 9]]);
}
function c107(n, k) {
  var total, i, _t149, _t150, _t151;
  return _regeneratorAsync(function (_context106) {
    while (1) switch (_context106.p = _context106.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context106.n = 6;
          break;
        }
        _context106.p = 2;
        _t149 = total;
        _context106.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t150 = _context106.v;
        total = _t149 += _t150 * 11;
        _context106.n = 5;
        break;
      case 4:
        _context106.p = 4;
        _t151 = _context106.v;
        total -= 1;
      case 5:
        i++;
        _context106.n = 1;
        break;
      case 6:
        return _context106.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c108(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context107) {
    while (1) switch (_context107.n) {
      case 0:
        _context107.n = 1;
        return _awaitAsyncGenerator(c107(n, k + 1));
      case 1:
        first = _context107.v;
        second = first * 12;
        if (!(first % 5 === 0)) {
          _context107.n = 3;
          break;
        }
        _context107.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context107.v;
      case 3:
        return _context107.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c109(n, k) {
  var best, _iterator20, _step20, v, _t152;
  return _regenerator().w(function (_context108) {
    while (1) switch (_context108.p = _context108.n) {
      case 0:
        best = -1;
        _iterator20 = _createForOfIteratorHelper(c105(n, k));
        _context108.p = 1;
        _iterator20.s();
      case 2:
        if ((_step20 = _iterator20.n()).done) {
          _context108.n = 4;
          break;
        }
        v = _step20.value;
        if (!(v > best)) {
          _context108.n = 3;
          break;
        }
        _context108.n = 3;
        return (best = v) * 13 + v;
      case 3:
        _context108.n = 2;
        break;
      case 4:
        _context108.n = 6;
        break;
      case 5:
        _context108.p = 5;
        _t152 = _context108.v;
        _iterator20.e(_t152);
      case 6:
        _context108.p = 6;
        _iterator20.f();
        return _context108.f(6);
      case 7:
        return _context108.a(2, best);
    }
  }, _marked64, null, [[1, 5, 6, 7]]);
}
function c110(n, k) {
  var acc, i, v, _t153, _t154;
  return _regenerator().w(function (_context109) {
    while (1) switch (_context109.n) {
      case 0:
        acc = 13;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context109.n = 5;
          break;
        }
        v = (i * 3 + k) % 7;
        if (!(v > 3)) {
          _context109.n = 3;
          break;
        }
        _t153 = acc;
        _context109.n = 2;
        return v;
      case 2:
        _t154 = _context109.v;
        acc = _t153 += _t154 | 0;
        _context109.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context109.n = 1;
        break;
      case 5:
        return _context109.a(2, acc);
    }
  }, _marked65);
}
function c111(n, k) {
  var count, i, _t155;
  return _regenerator().w(function (_context110) {
    while (1) switch (_context110.p = _context110.n) {
      case 0:
        count = 0;
        _context110.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context110.n = 8;
          break;
        }
        _t155 = (i + k) % 3;
        _context110.n = _t155 === 0 ? 3 : _t155 === 1 ? 5 : 6;
        break;
      case 3:
        _context110.n = 4;
        return i * 4;
      case 4:
        return _context110.a(3, 7);
      case 5:
        count += 8;
        return _context110.a(3, 7);
      case 6:
        return _context110.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context110.n = 2;
        break;
      case 8:
        _context110.p = 8;
        sink = sink + count | 0;
        return _context110.f(8);
      case 9:
        return _context110.a(2);
    }
  }, _marked66, null, [[1,, 8, 9]]);
}
function c112(n, k) {
  var total, i, _t156, _t157, _t158;
  return _regeneratorAsync(function (_context111) {
    while (1) switch (_context111.p = _context111.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context111.n = 6;
          break;
        }
        _context111.p = 2;
        _t156 = total;
        _context111.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t157 = _context111.v;
        total = _t156 += _t157 * 5;
        _context111.n = 5;
        break;
      case 4:
        _context111.p = 4;
        _t158 = _context111.v;
        total -= 1;
      case 5:
        i++;
        _context111.n = 1;
        break;
      case 6:
        return _context111.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c113(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context112) {
    while (1) switch (_context112.n) {
      case 0:
        _context112.n = 1;
        return _awaitAsyncGenerator(c112(n, k + 1));
      case 1:
        first = _context112.v;
        second = first * 6;
        if (!(first % 10 === 0)) {
          _context112.n = 3;
          break;
        }
        _context112.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context112.v;
      case 3:
        return _context112.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c114(n, k) {
  var best, _iterator21, _step21, v, _t159;
  return _regenerator().w(function (_context113) {
    while (1) switch (_context113.p = _context113.n) {
      case 0:
        best = -1;
        _iterator21 = _createForOfIteratorHelper(c110(n, k));
        _context113.p = 1;
        _iterator21.s();
      case 2:
        if ((_step21 = _iterator21.n()).done) {
          _context113.n = 4;
          break;
        }
        v = _step21.value;
        if (!(v > best)) {
          _context113.n = 3;
          break;
        }
        _context113.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context113.n = 2;
        break;
      case 4:
        _context113.n = 6;
        break;
      case 5:
        _context113.p = 5;
        _t159 = _context113.v;
        _iterator21.e(_t159);
      case 6:
        _context113.p = 6;
        _iterator21.f();
        return _context113.f(6);
      case 7:
        return _context113.a(2, best);
    }
  }, _marked67, null, [[1, 5, 6, 7]]);
}
function c115(n, k) {
  var acc, i, v, _t160, _t161;
  return _regenerator().w(function (_context114) {
    while (1) switch (_context114.n) {
      case 0:
        acc = 18;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context114.n = 5;
          break;
        }
        v = (i * 8 + k) % 12;
        if (!(v > 6)) {
          _context114.n = 3;
          break;
        }
        _t160 = acc;
        _context114.n = 2;
        return v;
      case 2:
        _t161 = _context114.v;
        acc = _t160 += _t161 | 0;
        _context114.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context114.n = 1;
        break;
      case 5:
        return _context114.a(2, acc);
    }
  }, _marked68);
}
function c116(n, k) {
  var count, i, _t162;
  return _regenerator().w(function (_context115) {
    while (1) switch (_context115.p = _context115.n) {
      case 0:
        count = 0;
        _context115.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context115.n = 8;
          break;
        }
        _t162 = (i + k) % 3;
        _context115.n = _t162 === 0 ? 3 : _t162 === 1 ? 5 : 6;
        break;
      case 3:
        _context115.n = 4;
        return i * 9;
      case 4:
        return _context115.a(3, 7);
      case 5:
        count += 13;
        return _context115.a(3, 7);
      case 6:
        return _context115.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context115.n = 2;
        break;
      case 8:
        _context115.p = 8;
        sink = sink + count | 0;
        return _context115.f(8);
      case 9:
        return _context115.a(2);
    }
  }, _marked69, null, [[1,, 8, 9]]);
}
function c117(n, k) {
  var total, i, _t163, _t164, _t165;
  return _regeneratorAsync(function (_context116) {
    while (1) switch (_context116.p = _context116.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context116.n = 6;
          break;
        }
        _context116.p = 2;
        _t163 = total;
        _context116.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t164 = _context116.v;
        total = _t163 += _t164 * 10;
        _context116.n = 5;
        break;
      case 4:
        _context116.p = 4;
        _t165 = _context116.v;
        total -= 1;
      case 5:
        i++;
        _context116.n = 1;
        break;
      case 6:
        return _context116.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c118(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context117) {
    while (1) switch (_context117.n) {
      case 0:
        _context117.n = 1;
        return _awaitAsyncGenerator(c117(n, k + 1));
      case 1:
        first = _context117.v;
        second = first * 11;
        if (!(first % 6 === 0)) {
          _context117.n = 3;
          break;
        }
        _context117.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context117.v;
      case 3:
        return _context117.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c119(n, k) {
  var best, _iterator22, _step22, v, _t166;
  return _regenerator().w(function (_context118) {
    while (1) switch (_context118.p = _context118.n) {
      case 0:
        best = -1;
        _iterator22 = _createForOfIteratorHelper(c115(n, k));
        _context118.p = 1;
        _iterator22.s();
      case 2:
        if ((_step22 = _iterator22.n()).done) {
          _context118.n = 4;
          break;
        }
        v = _step22.value;
        if (!(v > best)) {
          _context118.n = 3;
          break;
        }
        _context118.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context118.n = 2;
        break;
      case 4:
        _context118.n = 6;
        break;
      case 5:
        _context118.p = 5;
        _t166 = _context118.v;
        _iterator22.e(_t166);
      case 6:
        _context118.p = 6;
        _iterator22.f();
        return _context118.f(6);
      case 7:
        return _context118.a(2, best);
    }
  }, _marked70, null, [[1, 5, 6, 7]]);
}
function c120(n, k) {
  var acc, i, v, _t167, _t168;
  return _regenerator().w(function (_context119) {
    while (1) switch (_context119.n) {
      case 0:
        acc = 23;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context119.n = 5;
          break;
        }
        v = (i * 13 + k) % 8;
        if (!(v > 4)) {
          _context119.n = 3;
          break;
        }
        _t167 = acc;
        _context119.n = 2;
        return v;
      case 2:
        _t168 = _context119.v;
        acc = _t167 += _t168 | 0;
        _context119.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context119.n = 1;
        break;
      case 5:
        return _context119.a(2, acc);
    }
  }, _marked71);
}
function c121(n, k) {
  var count, i, _t169;
  return _regenerator().w(function (_context120) {
    while (1) switch (_context120.p = _context120.n) {
      case 0:
        count = 0;
        _context120.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context120.n = 8;
          break;
        }
        _t169 = (i + k) % 3;
        _context120.n = _t169 === 0 ? 3 : _t169 === 1 ? 5 : 6;
        break;
      case 3:
        _context120.n = 4;
        return i * 3;
      case 4:
        return _context120.a(3, 7);
      case 5:
        count += 9;
        return _context120.a(3, 7);
      case 6:
        return _context120.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context120.n = 2;
        break;
      case 8:
        _context120.p = 8;
        sink = sink + count | 0;
        return _context120.f(8);
      case 9:
        return _context120.a(2);
    }
  }, _marked72, null, [[1,, 8, 9]]);
}
function c122(n, k) {
  var total, i, _t170, _t171, _t172;
  return _regeneratorAsync(function (_context121) {
    while (1) switch (_context121.p = _context121.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context121.n = 6;
          break;
        }
        _context121.p = 2;
        _t170 = total;
        _context121.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t171 = _context121.v;
        total = _t170 += _t171 * 4;
        _context121.n = 5;
        break;
      case 4:
        _context121.p = 4;
        _t172 = _context121.v;
        total -= 1;
      case 5:
        i++;
        _context121.n = 1;
        break;
      case 6:
        return _context121.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c123(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context122) {
    while (1) switch (_context122.n) {
      case 0:
        _context122.n = 1;
        return _awaitAsyncGenerator(c122(n, k + 1));
      case 1:
        first = _context122.v;
        second = first * 5;
        if (!(first % 11 === 0)) {
          _context122.n = 3;
          break;
        }
        _context122.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context122.v;
      case 3:
        return _context122.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c124(n, k) {
  var best, _iterator23, _step23, v, _t173;
  return _regenerator().w(function (_context123) {
    while (1) switch (_context123.p = _context123.n) {
      case 0:
        best = -1;
        _iterator23 = _createForOfIteratorHelper(c120(n, k));
        _context123.p = 1;
        _iterator23.s();
      case 2:
        if ((_step23 = _iterator23.n()).done) {
          _context123.n = 4;
          break;
        }
        v = _step23.value;
        if (!(v > best)) {
          _context123.n = 3;
          break;
        }
        _context123.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context123.n = 2;
        break;
      case 4:
        _context123.n = 6;
        break;
      case 5:
        _context123.p = 5;
        _t173 = _context123.v;
        _iterator23.e(_t173);
      case 6:
        _context123.p = 6;
        _iterator23.f();
        return _context123.f(6);
      case 7:
        return _context123.a(2, best);
    }
  }, _marked73, null, [[1, 5, 6, 7]]);
}
function c125(n, k) {
  var acc, i, v, _t174, _t175;
  return _regenerator().w(function (_context124) {
    while (1) switch (_context124.n) {
      case 0:
        acc = 28;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context124.n = 5;
          break;
        }
        v = (i * 7 + k) % 13;
        if (!(v > 6)) {
          _context124.n = 3;
          break;
        }
        _t174 = acc;
        _context124.n = 2;
        return v;
      case 2:
        _t175 = _context124.v;
        acc = _t174 += _t175 | 0;
        _context124.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context124.n = 1;
        break;
      case 5:
        return _context124.a(2, acc);
    }
  }, _marked74);
}
function c126(n, k) {
  var count, i, _t176;
  return _regenerator().w(function (_context125) {
    while (1) switch (_context125.p = _context125.n) {
      case 0:
        count = 0;
        _context125.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context125.n = 8;
          break;
        }
        _t176 = (i + k) % 3;
        _context125.n = _t176 === 0 ? 3 : _t176 === 1 ? 5 : 6;
        break;
      case 3:
        _context125.n = 4;
        return i * 8;
      case 4:
        return _context125.a(3, 7);
      case 5:
        count += 5;
        return _context125.a(3, 7);
      case 6:
        return _context125.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context125.n = 2;
        break;
      case 8:
        _context125.p = 8;
        sink = sink + count | 0;
        return _context125.f(8);
      case 9:
        return _context125.a(2);
    }
  }, _marked75, null, [[1,, 8, 9]]);
}
function c127(n, k) {
  var total, i, _t177, _t178, _t179;
  return _regeneratorAsync(function (_context126) {
    while (1) switch (_context126.p = _context126.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context126.n = 6;
          break;
        }
        _context126.p = 2;
        _t177 = total;
        _context126.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t178 = _context126.v;
        total = _t177 += _t178 * 9;
        _context126.n = 5;
        break;
      case 4:
        _context126.p = 4;
        _t179 = _context126.v;
        total -= 1;
      case 5:
        i++;
        _context126.n = 1;
        break;
      case 6:
        return _context126.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c128(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context127) {
    while (1) switch (_context127.n) {
      case 0:
        _context127.n = 1;
        return _awaitAsyncGenerator(c127(n, k + 1));
      case 1:
        first = _context127.v;
        second = first * 10;
        if (!(first % 7 === 0)) {
          _context127.n = 3;
          break;
        }
        _context127.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context127.v;
      case 3:
        return _context127.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c129(n, k) {
  var best, _iterator24, _step24, v, _t180;
  return _regenerator().w(function (_context128) {
    while (1) switch (_context128.p = _context128.n) {
      case 0:
        best = -1;
        _iterator24 = _createForOfIteratorHelper(c125(n, k));
        _context128.p = 1;
        _iterator24.s();
      case 2:
        if ((_step24 = _iterator24.n()).done) {
          _context128.n = 4;
          break;
        }
        v = _step24.value;
        if (!(v > best)) {
          _context128.n = 3;
          break;
        }
        _context128.n = 3;
        return (best = v) * 11 + v;
      case 3:
        _context128.n = 2;
        break;
      case 4:
        _context128.n = 6;
        break;
      case 5:
        _context128.p = 5;
        _t180 = _context128.v;
        _iterator24.e(_t180);
      case 6:
        _context128.p = 6;
        _iterator24.f();
        return _context128.f(6);
      case 7:
        return _context128.a(2, best);
    }
  }, _marked76, null, [[1, 5, 6, 7]]);
}
function c130(n, k) {
  var acc, i, v, _t181, _t182;
  return _regenerator().w(function (_context129) {
    while (1) switch (_context129.n) {
      case 0:
        acc = 33;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context129.n = 5;
          break;
        }
        v = (i * 12 + k) % 9;
        if (!(v > 4)) {
          _context129.n = 3;
          break;
        }
        _t181 = acc;
        _context129.n = 2;
        return v;
      case 2:
        _t182 = _context129.v;
        acc = _t181 += _t182 | 0;
        _context129.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context129.n = 1;
        break;
      case 5:
        return _context129.a(2, acc);
    }
  }, _marked77);
}
function c131(n, k) {
  var count, i, _t183;
  return _regenerator().w(function (_context130) {
    while (1) switch (_context130.p = _context130.n) {
      case 0:
        count = 0;
        _context130.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context130.n = 8;
          break;
        }
        _t183 = (i + k) % 3;
        _context130.n = _t183 === 0 ? 3 : _t183 === 1 ? 5 : 6;
        break;
      case 3:
        _context130.n = 4;
        return i * 13;
      case 4:
        return _context130.a(3, 7);
      case 5:
        count += 10;
        return _context130.a(3, 7);
      case 6:
        return _context130.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context130.n = 2;
        break;
      case 8:
        _context130.p = 8;
        sink = sink + count | 0;
        return _context130.f(8);
      case 9:
        return _context130.a(2);
    }
  }, _marked78, null, [[1,, 8, 9]]);
}
function c132(n, k) {
  var total, i, _t184, _t185, _t186;
  return _regeneratorAsync(function (_context131) {
    while (1) switch (_context131.p = _context131.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context131.n = 6;
          break;
        }
        _context131.p = 2;
        _t184 = total;
        _context131.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t185 = _context131.v;
        total = _t184 += _t185 * 3;
        _context131.n = 5;
        break;
      case 4:
        _context131.p = 4;
        _t186 = _context131.v;
        total -= 1;
      case 5:
        i++;
        _context131.n = 1;
        break;
      case 6:
        return _context131.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c133(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context132) {
    while (1) switch (_context132.n) {
      case 0:
        _context132.n = 1;
        return _awaitAsyncGenerator(c132(n, k + 1));
      case 1:
        first = _context132.v;
        second = first * 4;
        if (!(first % 12 === 0)) {
          _context132.n = 3;
          break;
        }
        _context132.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context132.v;
      case 3:
        return _context132.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c134(n, k) {
  var best, _iterator25, _step25, v, _t187;
  return _regenerator().w(function (_context133) {
    while (1) switch (_context133.p = _context133.n) {
      case 0:
        best = -1;
        _iterator25 = _createForOfIteratorHelper(c130(n, k));
        _context133.p = 1;
        _iterator25.s();
      case 2:
        if ((_step25 = _iterator25.n()).done) {
          _context133.n = 4;
          break;
        }
        v = _step25.value;
        if (!(v > best)) {
          _context133.n = 3;
          break;
        }
        _context133.n = 3;
        return (best = v) * 5 + v;
      case 3:
        _context133.n = 2;
        break;
      case 4:
        _context133.n = 6;
        break;
      case 5:
        _context133.p = 5;
        _t187 = _context133.v;
        _iterator25.e(_t187);
      case 6:
        _context133.p = 6;
        _iterator25.f();
        return _context133.f(6);
      case 7:
        return _context133.a(2, best);
    }
  }, _marked79, null, [[1, 5, 6, 7]]);
}
function c135(n, k) {
  var acc, i, v, _t188, _t189;
  return _regenerator().w(function (_context134) {
    while (1) switch (_context134.n) {
      case 0:
        acc = 38;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context134.n = 5;
          break;
        }
        v = (i * 6 + k) % 5;
        if (!(v > 2)) {
          _context134.n = 3;
          break;
        }
        _t188 = acc;
        _context134.n = 2;
        return v;
      case 2:
        _t189 = _context134.v;
        acc = _t188 += _t189 | 0;
        _context134.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context134.n = 1;
        break;
      case 5:
        return _context134.a(2, acc);
    }
  }, _marked80);
}
function c136(n, k) {
  var count, i, _t190;
  return _regenerator().w(function (_context135) {
    while (1) switch (_context135.p = _context135.n) {
      case 0:
        count = 0;
        _context135.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context135.n = 8;
          break;
        }
        _t190 = (i + k) % 3;
        _context135.n = _t190 === 0 ? 3 : _t190 === 1 ? 5 : 6;
        break;
      case 3:
        _context135.n = 4;
        return i * 7;
      case 4:
        return _context135.a(3, 7);
      case 5:
        count += 6;
        return _context135.a(3, 7);
      case 6:
        return _context135.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context135.n = 2;
        break;
      case 8:
        _context135.p = 8;
        sink = sink + count | 0;
        return _context135.f(8);
      case 9:
        return _context135.a(2);
    }
  }, _marked81, null, [[1,, 8, 9]]);
}
function c137(n, k) {
  var total, i, _t191, _t192, _t193;
  return _regeneratorAsync(function (_context136) {
    while (1) switch (_context136.p = _context136.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context136.n = 6;
          break;
        }
        _context136.p = 2;
        _t191 = total;
        _context136.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t192 = _context136.v;
        total = _t191 += _t192 * 8;
        _context136.n = 5;
        break;
      case 4:
        _context136.p = 4;
        _t193 = _context136.v;
        total -= 1;
      case 5:
        i++;
        _context136.n = 1;
        break;
      case 6:
        return _context136.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c138(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context137) {
    while (1) switch (_context137.n) {
      case 0:
        _context137.n = 1;
        return _awaitAsyncGenerator(c137(n, k + 1));
      case 1:
        first = _context137.v;
        second = first * 9;
        if (!(first % 8 === 0)) {
          _context137.n = 3;
          break;
        }
        _context137.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context137.v;
      case 3:
        return _context137.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c139(n, k) {
  var best, _iterator26, _step26, v, _t194;
  return _regenerator().w(function (_context138) {
    while (1) switch (_context138.p = _context138.n) {
      case 0:
        best = -1;
        _iterator26 = _createForOfIteratorHelper(c135(n, k));
        _context138.p = 1;
        _iterator26.s();
      case 2:
        if ((_step26 = _iterator26.n()).done) {
          _context138.n = 4;
          break;
        }
        v = _step26.value;
        if (!(v > best)) {
          _context138.n = 3;
          break;
        }
        _context138.n = 3;
        return (best = v) * 10 + v;
      case 3:
        _context138.n = 2;
        break;
      case 4:
        _context138.n = 6;
        break;
      case 5:
        _context138.p = 5;
        _t194 = _context138.v;
        _iterator26.e(_t194);
      case 6:
        _context138.p = 6;
        _iterator26.f();
        return _context138.f(6);
      case 7:
        return _context138.a(2, best);
    }
  }, _marked82, null, [[1, 5, 6, 7]]);
}
function c140(n, k) {
  var acc, i, v, _t195, _t196;
  return _regenerator().w(function (_context139) {
    while (1) switch (_context139.n) {
      case 0:
        acc = 43;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context139.n = 5;
          break;
        }
        v = (i * 11 + k) % 10;
        if (!(v > 5)) {
          _context139.n = 3;
          break;
        }
        _t195 = acc;
        _context139.n = 2;
        return v;
      case 2:
        _t196 = _context139.v;
        acc = _t195 += _t196 | 0;
        _context139.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context139.n = 1;
        break;
      case 5:
        return _context139.a(2, acc);
    }
  }, _marked83);
}
function c141(n, k) {
  var count, i, _t197;
  return _regenerator().w(function (_context140) {
    while (1) switch (_context140.p = _context140.n) {
      case 0:
        count = 0;
        _context140.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context140.n = 8;
          break;
        }
        _t197 = (i + k) % 3;
        _context140.n = _t197 === 0 ? 3 : _t197 === 1 ? 5 : 6;
        break;
      case 3:
        _context140.n = 4;
        return i * 12;
      case 4:
        return _context140.a(3, 7);
      case 5:
        count += 11;
        return _context140.a(3, 7);
      case 6:
        return _context140.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context140.n = 2;
        break;
      case 8:
        _context140.p = 8;
        sink = sink + count | 0;
        return _context140.f(8);
      case 9:
        return _context140.a(2);
    }
  }, _marked84, null, [[1,, 8, 9]]);
}
function c142(n, k) {
  var total, i, _t198, _t199, _t200;
  return _regeneratorAsync(function (_context141) {
    while (1) switch (_context141.p = _context141.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context141.n = 6;
          break;
        }
        _context141.p = 2;
        _t198 = total;
        _context141.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t199 = _context141.v;
        total = _t198 += _t199 * 13;
        _context141.n = 5;
        break;
      case 4:
        _context141.p = 4;
        _t200 = _context141.v;
        total -= 1;
      case 5:
        i++;
        _context141.n = 1;
        break;
      case 6:
        return _context141.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c143(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context142) {
    while (1) switch (_context142.n) {
      case 0:
        _context142.n = 1;
        return _awaitAsyncGenerator(c142(n, k + 1));
      case 1:
        first = _context142.v;
        second = first * 3;
        if (!(first % 13 === 0)) {
          _context142.n = 3;
          break;
        }
        _context142.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context142.v;
      case 3:
        return _context142.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c144(n, k) {
  var best, _iterator27, _step27, v, _t201;
  return _regenerator().w(function (_context143) {
    while (1) switch (_context143.p = _context143.n) {
      case 0:
        best = -1;
        _iterator27 = _createForOfIteratorHelper(c140(n, k));
        _context143.p = 1;
        _iterator27.s();
      case 2:
        if ((_step27 = _iterator27.n()).done) {
          _context143.n = 4;
          break;
        }
        v = _step27.value;
        if (!(v > best)) {
          _context143.n = 3;
          break;
        }
        _context143.n = 3;
        return (best = v) * 4 + v;
      case 3:
        _context143.n = 2;
        break;
      case 4:
        _context143.n = 6;
        break;
      case 5:
        _context143.p = 5;
        _t201 = _context143.v;
        _iterator27.e(_t201);
      case 6:
        _context143.p = 6;
        _iterator27.f();
        return _context143.f(6);
      case 7:
        return _context143.a(2, best);
    }
  }, _marked85, null, [[1, 5, 6, 7]]);
}
function c145(n, k) {
  var acc, i, v, _t202, _t203;
  return _regenerator().w(function (_context144) {
    while (1) switch (_context144.n) {
      case 0:
        acc = 48;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context144.n = 5;
          break;
        }
        v = (i * 5 + k) % 6;
        if (!(v > 3)) {
          _context144.n = 3;
          break;
        }
        _t202 = acc;
        _context144.n = 2;
        return v;
      case 2:
        _t203 = _context144.v;
        acc = _t202 += _t203 | 0;
        _context144.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context144.n = 1;
        break;
      case 5:
        return _context144.a(2, acc);
    }
  }, _marked86);
}
function c146(n, k) {
  var count, i, _t204;
  return _regenerator().w(function (_context145) {
    while (1) switch (_context145.p = _context145.n) {
      case 0:
        count = 0;
        _context145.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context145.n = 8;
          break;
        }
        _t204 = (i + k) % 3;
        _context145.n = _t204 === 0 ? 3 : _t204 === 1 ? 5 : 6;
        break;
      case 3:
        _context145.n = 4;
        return i * 6;
      case 4:
        return _context145.a(3, 7);
      case 5:
        count += 7;
        return _context145.a(3, 7);
      case 6:
        return _context145.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context145.n = 2;
        break;
      case 8:
        _context145.p = 8;
        sink = sink + count | 0;
        return _context145.f(8);
      case 9:
        return _context145.a(2);
    }
  }, _marked87, null, [[1,, 8, 9]]);
}
function c147(n, k) {
  var total, i, _t205, _t206, _t207;
  return _regeneratorAsync(function (_context146) {
    while (1) switch (_context146.p = _context146.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context146.n = 6;
          break;
        }
        _context146.p = 2;
        _t205 = total;
        _context146.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t206 = _context146.v;
        total = _t205 += _t206 * 7;
        _context146.n = 5;
        break;
      case 4:
        _context146.p = 4;
        _t207 = _context146.v;
        total -= 1;
      case 5:
        i++;
        _context146.n = 1;
        break;
      case 6:
        return _context146.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c148(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context147) {
    while (1) switch (_context147.n) {
      case 0:
        _context147.n = 1;
        return _awaitAsyncGenerator(c147(n, k + 1));
      case 1:
        first = _context147.v;
        second = first * 8;
        if (!(first % 9 === 0)) {
          _context147.n = 3;
          break;
        }
        _context147.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context147.v;
      case 3:
        return _context147.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c149(n, k) {
  var best, _iterator28, _step28, v, _t208;
  return _regenerator().w(function (_context148) {
    while (1) switch (_context148.p = _context148.n) {
      case 0:
        best = -1;
        _iterator28 = _createForOfIteratorHelper(c145(n, k));
        _context148.p = 1;
        _iterator28.s();
      case 2:
        if ((_step28 = _iterator28.n()).done) {
          _context148.n = 4;
          break;
        }
        v = _step28.value;
        if (!(v > best)) {
          _context148.n = 3;
          break;
        }
        _context148.n = 3;
        return (best = v) * 9 + v;
      case 3:
        _context148.n = 2;
        break;
      case 4:
        _context148.n = 6;
        break;
      case 5:
        _context148.p = 5;
        _t208 = _context148.v;
        _iterator28.e(_t208);
      case 6:
        _context148.p = 6;
        _iterator28.f();
        return _context148.f(6);
      case 7:
        return _context148.a(2, best);
    }
  }, _marked88, null, [[1, 5, 6, 7]]);
}
function c150(n, k) {
  var acc, i, v, _t209, _t210;
  return _regenerator().w(function (_context149) {
    while (1) switch (_context149.n) {
      case 0:
        acc = 53;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context149.n = 5;
          break;
        }
        v = (i * 10 + k) % 11;
        if (!(v > 5)) {
          _context149.n = 3;
          break;
        }
        _t209 = acc;
        _context149.n = 2;
        return v;
      case 2:
        _t210 = _context149.v;
        acc = _t209 += _t210 | 0;
        _context149.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context149.n = 1;
        break;
      case 5:
        return _context149.a(2, acc);
    }
  }, _marked89);
}
function c151(n, k) {
  var count, i, _t211;
  return _regenerator().w(function (_context150) {
    while (1) switch (_context150.p = _context150.n) {
      case 0:
        count = 0;
        _context150.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context150.n = 8;
          break;
        }
        _t211 = (i + k) % 3;
        _context150.n = _t211 === 0 ? 3 : _t211 === 1 ? 5 : 6;
        break;
      case 3:
        _context150.n = 4;
        return i * 11;
      case 4:
        return _context150.a(3, 7);
      case 5:
        count += 12;
        return _context150.a(3, 7);
      case 6:
        return _context150.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context150.n = 2;
        break;
      case 8:
        _context150.p = 8;
        sink = sink + count | 0;
        return _context150.f(8);
      case 9:
        return _context150.a(2);
    }
  }, _marked90, null, [[1,, 8, 9]]);
}
function c152(n, k) {
  var total, i, _t212, _t213, _t214;
  return _regeneratorAsync(function (_context151) {
    while (1) switch (_context151.p = _context151.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context151.n = 6;
          break;
        }
        _context151.p = 2;
        _t212 = total;
        _context151.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t213 = _context151.v;
        total = _t212 += _t213 * 12;
        _context151.n = 5;
        break;
      case 4:
        _context151.p = 4;
        _t214 = _context151.v;
        total -= 1;
      case 5:
        i++;
        _context151.n = 1;
        break;
      case 6:
        return _context151.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c153(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context152) {
    while (1) switch (_context152.n) {
      case 0:
        _context152.n = 1;
        return _awaitAsyncGenerator(c152(n, k + 1));
      case 1:
        first = _context152.v;
        second = first * 13;
        if (!(first % 5 === 0)) {
          _context152.n = 3;
          break;
        }
        _context152.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context152.v;
      case 3:
        return _context152.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c154(n, k) {
  var best, _iterator29, _step29, v, _t215;
  return _regenerator().w(function (_context153) {
    while (1) switch (_context153.p = _context153.n) {
      case 0:
        best = -1;
        _iterator29 = _createForOfIteratorHelper(c150(n, k));
        _context153.p = 1;
        _iterator29.s();
      case 2:
        if ((_step29 = _iterator29.n()).done) {
          _context153.n = 4;
          break;
        }
        v = _step29.value;
        if (!(v > best)) {
          _context153.n = 3;
          break;
        }
        _context153.n = 3;
        return (best = v) * 3 + v;
      case 3:
        _context153.n = 2;
        break;
      case 4:
        _context153.n = 6;
        break;
      case 5:
        _context153.p = 5;
        _t215 = _context153.v;
        _iterator29.e(_t215);
      case 6:
        _context153.p = 6;
        _iterator29.f();
        return _context153.f(6);
      case 7:
        return _context153.a(2, best);
    }
  }, _marked91, null, [[1, 5, 6, 7]]);
}
function c155(n, k) {
  var acc, i, v, _t216, _t217;
  return _regenerator().w(function (_context154) {
    while (1) switch (_context154.n) {
      case 0:
        acc = 58;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context154.n = 5;
          break;
        }
        v = (i * 4 + k) % 7;
        if (!(v > 3)) {
          _context154.n = 3;
          break;
        }
        _t216 = acc;
        _context154.n = 2;
        return v;
      case 2:
        _t217 = _context154.v;
        acc = _t216 += _t217 | 0;
        _context154.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context154.n = 1;
        break;
      case 5:
        return _context154.a(2, acc);
    }
  }, _marked92);
}
function c156(n, k) {
  var count, i, _t218;
  return _regenerator().w(function (_context155) {
    while (1) switch (_context155.p = _context155.n) {
      case 0:
        count = 0;
        _context155.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context155.n = 8;
          break;
        }
        _t218 = (i + k) % 3;
        _context155.n = _t218 === 0 ? 3 : _t218 === 1 ? 5 : 6;
        break;
      case 3:
        _context155.n = 4;
        return i * 5;
      case 4:
        return _context155.a(3, 7);
      case 5:
        count += 8;
        return _context155.a(3, 7);
      case 6:
        return _context155.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context155.n = 2;
        break;
      case 8:
        _context155.p = 8;
        sink = sink + count | 0;
        return _context155.f(8);
      case 9:
        return _context155.a(2);
    }
  }, _marked93, null, [[1,, 8, 9]]);
}
function c157(n, k) {
  var total, i, _t219, _t220, _t221;
  return _regeneratorAsync(function (_context156) {
    while (1) switch (_context156.p = _context156.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context156.n = 6;
          break;
        }
        _context156.p = 2;
        _t219 = total;
        _context156.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t220 = _context156.v;
        total = _t219 += _t220 * 6;
        _context156.n = 5;
        break;
      case 4:
        _context156.p = 4;
        _t221 = _context156.v;
        total -= 1;
      case 5:
        i++;
        _context156.n = 1;
        break;
      case 6:
        return _context156.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c158(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context157) {
    while (1) switch (_context157.n) {
      case 0:
        _context157.n = 1;
        return _awaitAsyncGenerator(c157(n, k + 1));
      case 1:
        first = _context157.v;
        second = first * 7;
        if (!(first % 10 === 0)) {
          _context157.n = 3;
          break;
        }
        _context157.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context157.v;
      case 3:
        return _context157.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c159(n, k) {
  var best, _iterator30, _step30, v, _t222;
  return _regenerator().w(function (_context158) {
    while (1) switch (_context158.p = _context158.n) {
      case 0:
        best = -1;
        _iterator30 = _createForOfIteratorHelper(c155(n, k));
        _context158.p = 1;
        _iterator30.s();
      case 2:
        if ((_step30 = _iterator30.n()).done) {
          _context158.n = 4;
          break;
        }
        v = _step30.value;
        if (!(v > best)) {
          _context158.n = 3;
          break;
        }
        _context158.n = 3;
        return (best = v) * 8 + v;
      case 3:
        _context158.n = 2;
        break;
      case 4:
        _context158.n = 6;
        break;
      case 5:
        _context158.p = 5;
        _t222 = _context158.v;
        _iterator30.e(_t222);
      case 6:
        _context158.p = 6;
        _iterator30.f();
        return _context158.f(6);
      case 7:
        return _context158.a(2, best);
    }
  }, _marked94, null, [[1, 5, 6, 7]]);
}
function c160(n, k) {
  var acc, i, v, _t223, _t224;
  return _regenerator().w(function (_context159) {
    while (1) switch (_context159.n) {
      case 0:
        acc = 63;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context159.n = 5;
          break;
        }
        v = (i * 9 + k) % 12;
        if (!(v > 6)) {
          _context159.n = 3;
          break;
        }
        _t223 = acc;
        _context159.n = 2;
        return v;
      case 2:
        _t224 = _context159.v;
        acc = _t223 += _t224 | 0;
        _context159.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context159.n = 1;
        break;
      case 5:
        return _context159.a(2, acc);
    }
  }, _marked95);
}
function c161(n, k) {
  var count, i, _t225;
  return _regenerator().w(function (_context160) {
    while (1) switch (_context160.p = _context160.n) {
      case 0:
        count = 0;
        _context160.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context160.n = 8;
          break;
        }
        _t225 = (i + k) % 3;
        _context160.n = _t225 === 0 ? 3 : _t225 === 1 ? 5 : 6;
        break;
      case 3:
        _context160.n = 4;
        return i * 10;
      case 4:
        return _context160.a(3, 7);
      case 5:
        count += 13;
        return _context160.a(3, 7);
      case 6:
        return _context160.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context160.n = 2;
        break;
      case 8:
        _context160.p = 8;
        sink = sink + count | 0;
        return _context160.f(8);
      case 9:
        return _context160.a(2);
    }
  }, _marked96, null, [[1,, 8, 9]]);
}
function c162(n, k) {
  var total, i, _t226, _t227, _t228;
  return _regeneratorAsync(function (_context161) {
    while (1) switch (_context161.p = _context161.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context161.n = 6;
          break;
        }
        _context161.p = 2;
        _t226 = total;
        _context161.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t227 = _context161.v;
        total = _t226 += _t227 * 11;
        _context161.n = 5;
        break;
      case 4:
        _context161.p = 4;
        _t228 = _context161.v;
        total -= 1;
      case 5:
        i++;
        _context161.n = 1;
        break;
      case 6:
        return _context161.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c163(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context162) {
    while (1) switch (_context162.n) {
      case 0:
        _context162.n = 1;
        return _awaitAsyncGenerator(c162(n, k + 1));
      case 1:
        first = _context162.v;
        second = first * 12;
        if (!(first % 6 === 0)) {
          _context162.n = 3;
          break;
        }
        _context162.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context162.v;
      case 3:
        return _context162.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c164(n, k) {
  var best, _iterator31, _step31, v, _t229;
  return _regenerator().w(function (_context163) {
    while (1) switch (_context163.p = _context163.n) {
      case 0:
        best = -1;
        _iterator31 = _createForOfIteratorHelper(c160(n, k));
        _context163.p = 1;
        _iterator31.s();
      case 2:
        if ((_step31 = _iterator31.n()).done) {
          _context163.n = 4;
          break;
        }
        v = _step31.value;
        if (!(v > best)) {
          _context163.n = 3;
          break;
        }
        _context163.n = 3;
        return (best = v) * 13 + v;
      case 3:
        _context163.n = 2;
        break;
      case 4:
        _context163.n = 6;
        break;
      case 5:
        _context163.p = 5;
        _t229 = _context163.v;
        _iterator31.e(_t229);
      case 6:
        _context163.p = 6;
        _iterator31.f();
        return _context163.f(6);
      case 7:
        return _context163.a(2, best);
    }
  }, _marked97, null, [[1, 5, 6, 7]]);
}
function c165(n, k) {
  var acc, i, v, _t230, _t231;
  return _regenerator().w(function (_context164) {
    while (1) switch (_context164.n) {
      case 0:
        acc = 68;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context164.n = 5;
          break;
        }
        v = (i * 3 + k) % 8;
        if (!(v > 4)) {
          _context164.n = 3;
          break;
        }
        _t230 = acc;
        _context164.n = 2;
        return v;
      case 2:
        _t231 = _context164.v;
        acc = _t230 += _t231 | 0;
        _context164.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context164.n = 1;
        break;
      case 5:
        return _context164.a(2, acc);
    }
  }, _marked98);
}
function c166(n, k) {
  var count, i, _t232;
  return _regenerator().w(function (_context165) {
    while (1) switch (_context165.p = _context165.n) {
      case 0:
        count = 0;
        _context165.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context165.n = 8;
          break;
        }
        _t232 = (i + k) % 3;
        _context165.n = _t232 === 0 ? 3 : _t232 === 1 ? 5 : 6;
        break;
      case 3:
        _context165.n = 4;
        return i * 4;
      case 4:
        return _context165.a(3, 7);
      case 5:
        count += 9;
        return _context165.a(3, 7);
      case 6:
        return _context165.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context165.n = 2;
        break;
      case 8:
        _context165.p = 8;
        sink = sink + count | 0;
        return _context165.f(8);
      case 9:
        return _context165.a(2);
    }
  }, _marked99, null, [[1,, 8, 9]]);
}
function c167(n, k) {
  var total, i, _t233, _t234, _t235;
  return _regeneratorAsync(function (_context166) {
    while (1) switch (_context166.p = _context166.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context166.n = 6;
          break;
        }
        _context166.p = 2;
        _t233 = total;
        _context166.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t234 = _context166.v;
        total = _t233 += _t234 * 5;
        _context166.n = 5;
        break;
      case 4:
        _context166.p = 4;
        _t235 = _context166.v;
        total -= 1;
      case 5:
        i++;
        _context166.n = 1;
        break;
      case 6:
        return _context166.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c168(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context167) {
    while (1) switch (_context167.n) {
      case 0:
        _context167.n = 1;
        return _awaitAsyncGenerator(c167(n, k + 1));
      case 1:
        first = _context167.v;
        second = first * 6;
        if (!(first % 11 === 0)) {
          _context167.n = 3;
          break;
        }
        _context167.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context167.v;
      case 3:
        return _context167.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c169(n, k) {
  var best, _iterator32, _step32, v, _t236;
  return _regenerator().w(function (_context168) {
    while (1) switch (_context168.p = _context168.n) {
      case 0:
        best = -1;
        _iterator32 = _createForOfIteratorHelper(c165(n, k));
        _context168.p = 1;
        _iterator32.s();
      case 2:
        if ((_step32 = _iterator32.n()).done) {
          _context168.n = 4;
          break;
        }
        v = _step32.value;
        if (!(v > best)) {
          _context168.n = 3;
          break;
        }
        _context168.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context168.n = 2;
        break;
      case 4:
        _context168.n = 6;
        break;
      case 5:
        _context168.p = 5;
        _t236 = _context168.v;
        _iterator32.e(_t236);
      case 6:
        _context168.p = 6;
        _iterator32.f();
        return _context168.f(6);
      case 7:
        return _context168.a(2, best);
    }
  }, _marked100, null, [[1, 5, 6, 7]]);
}
function c170(n, k) {
  var acc, i, v, _t237, _t238;
  return _regenerator().w(function (_context169) {
    while (1) switch (_context169.n) {
      case 0:
        acc = 73;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context169.n = 5;
          break;
        }
        v = (i * 8 + k) % 13;
        if (!(v > 6)) {
          _context169.n = 3;
          break;
        }
        _t237 = acc;
        _context169.n = 2;
        return v;
      case 2:
        _t238 = _context169.v;
        acc = _t237 += _t238 | 0;
        _context169.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context169.n = 1;
        break;
      case 5:
        return _context169.a(2, acc);
    }
  }, _marked101);
}
function c171(n, k) {
  var count, i, _t239;
  return _regenerator().w(function (_context170) {
    while (1) switch (_context170.p = _context170.n) {
      case 0:
        count = 0;
        _context170.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context170.n = 8;
          break;
        }
        _t239 = (i + k) % 3;
        _context170.n = _t239 === 0 ? 3 : _t239 === 1 ? 5 : 6;
        break;
      case 3:
        _context170.n = 4;
        return i * 9;
      case 4:
        return _context170.a(3, 7);
      case 5:
        count += 5;
        return _context170.a(3, 7);
      case 6:
        return _context170.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context170.n = 2;
        break;
      case 8:
        _context170.p = 8;
        sink = sink + count | 0;
        return _context170.f(8);
      case 9:
        return _context170.a(2);
    }
  }, _marked102, null, [[1,, 8, 9]]);
}
function c172(n, k) {
  var total, i, _t240, _t241, _t242;
  return _regeneratorAsync(function (_context171) {
    while (1) switch (_context171.p = _context171.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context171.n = 6;
          break;
        }
        _context171.p = 2;
        _t240 = total;
        _context171.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t241 = _context171.v;
        total = _t240 += _t241 * 10;
        _context171.n = 5;
        break;
      case 4:
        _context171.p = 4;
        _t242 = _context171.v;
        total -= 1;
      case 5:
        i++;
        _context171.n = 1;
        break;
      case 6:
        return _context171.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c173(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context172) {
    while (1) switch (_context172.n) {
      case 0:
        _context172.n = 1;
        return _awaitAsyncGenerator(c172(n, k + 1));
      case 1:
        first = _context172.v;
        second = first * 11;
        if (!(first % 7 === 0)) {
          _context172.n = 3;
          break;
        }
        _context172.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context172.v;
      case 3:
        return _context172.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c174(n, k) {
  var best, _iterator33, _step33, v, _t243;
  return _regenerator().w(function (_context173) {
    while (1) switch (_context173.p = _context173.n) {
      case 0:
        best = -1;
        _iterator33 = _createForOfIteratorHelper(c170(n, k));
        _context173.p = 1;
        _iterator33.s();
      case 2:
        if ((_step33 = _iterator33.n()).done) {
          _context173.n = 4;
          break;
        }
        v = _step33.value;
        if (!(v > best)) {
          _context173.n = 3;
          break;
        }
        _context173.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context173.n = 2;
        break;
      case 4:
        _context173.n = 6;
        break;
      case 5:
        _context173.p = 5;
        _t243 = _context173.v;
        _iterator33.e(_t243);
      case 6:
        _context173.p = 6;
        _iterator33.f();
        return _context173.f(6);
      case 7:
        return _context173.a(2, best);
    }
  }, _marked103, null, [[1, 5, 6, 7]]);
}
function c175(n, k) {
  var acc, i, v, _t244, _t245;
  return _regenerator().w(function (_context174) {
    while (1) switch (_context174.n) {
      case 0:
        acc = 78;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context174.n = 5;
          break;
        }
        v = (i * 13 + k) % 9;
        if (!(v > 4)) {
          _context174.n = 3;
          break;
        }
        _t244 = acc;
        _context174.n = 2;
        return v;
      case 2:
        _t245 = _context174.v;
        acc = _t244 += _t245 | 0;
        _context174.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context174.n = 1;
        break;
      case 5:
        return _context174.a(2, acc);
    }
  }, _marked104);
}
function c176(n, k) {
  var count, i, _t246;
  return _regenerator().w(function (_context175) {
    while (1) switch (_context175.p = _context175.n) {
      case 0:
        count = 0;
        _context175.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context175.n = 8;
          break;
        }
        _t246 = (i + k) % 3;
        _context175.n = _t246 === 0 ? 3 : _t246 === 1 ? 5 : 6;
        break;
      case 3:
        _context175.n = 4;
        return i * 3;
      case 4:
        return _context175.a(3, 7);
      case 5:
        count += 10;
        return _context175.a(3, 7);
      case 6:
        return _context175.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context175.n = 2;
        break;
      case 8:
        _context175.p = 8;
        sink = sink + count | 0;
        return _context175.f(8);
      case 9:
        return _context175.a(2);
    }
  }, _marked105, null, [[1,, 8, 9]]);
}
function c177(n, k) {
  var total, i, _t247, _t248, _t249;
  return _regeneratorAsync(function (_context176) {
    while (1) switch (_context176.p = _context176.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context176.n = 6;
          break;
        }
        _context176.p = 2;
        _t247 = total;
        _context176.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t248 = _context176.v;
        total = _t247 += _t248 * 4;
        _context176.n = 5;
        break;
      case 4:
        _context176.p = 4;
        _t249 = _context176.v;
        total -= 1;
      case 5:
        i++;
        _context176.n = 1;
        break;
      case 6:
        return _context176.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c178(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context177) {
    while (1) switch (_context177.n) {
      case 0:
        _context177.n = 1;
        return _awaitAsyncGenerator(c177(n, k + 1));
      case 1:
        first = _context177.v;
        second = first * 5;
        if (!(first % 12 === 0)) {
          _context177.n = 3;
          break;
        }
        _context177.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context177.v;
      case 3:
        return _context177.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c179(n, k) {
  var best, _iterator34, _step34, v, _t250;
  return _regenerator().w(function (_context178) {
    while (1) switch (_context178.p = _context178.n) {
      case 0:
        best = -1;
        _iterator34 = _createForOfIteratorHelper(c175(n, k));
        _context178.p = 1;
        _iterator34.s();
      case 2:
        if ((_step34 = _iterator34.n()).done) {
          _context178.n = 4;
          break;
        }
        v = _step34.value;
        if (!(v > best)) {
          _context178.n = 3;
          break;
        }
        _context178.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context178.n = 2;
        break;
      case 4:
        _context178.n = 6;
        break;
      case 5:
        _context178.p = 5;
        _t250 = _context178.v;
        _iterator34.e(_t250);
      case 6:
        _context178.p = 6;
        _iterator34.f();
        return _context178.f(6);
      case 7:
        return _context178.a(2, best);
    }
  }, _marked106, null, [[1, 5, 6, 7]]);
}
function c180(n, k) {
  var acc, i, v, _t251, _t252;
  return _regenerator().w(function (_context179) {
    while (1) switch (_context179.n) {
      case 0:
        acc = 83;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context179.n = 5;
          break;
        }
        v = (i * 7 + k) % 5;
        if (!(v > 2)) {
          _context179.n = 3;
          break;
        }
        _t251 = acc;
        _context179.n = 2;
        return v;
      case 2:
        _t252 = _context179.v;
        acc = _t251 += _t252 | 0;
        _context179.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context179.n = 1;
        break;
      case 5:
        return _context179.a(2, acc);
    }
  }, _marked107);
}
function c181(n, k) {
  var count, i, _t253;
  return _regenerator().w(function (_context180) {
    while (1) switch (_context180.p = _context180.n) {
      case 0:
        count = 0;
        _context180.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context180.n = 8;
          break;
        }
        _t253 = (i + k) % 3;
        _context180.n = _t253 === 0 ? 3 : _t253 === 1 ? 5 : 6;
        break;
      case 3:
        _context180.n = 4;
        return i * 8;
      case 4:
        return _context180.a(3, 7);
      case 5:
        count += 6;
        return _context180.a(3, 7);
      case 6:
        return _context180.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context180.n = 2;
        break;
      case 8:
        _context180.p = 8;
        sink = sink + count | 0;
        return _context180.f(8);
      case 9:
        return _context180.a(2);
    }
  }, _marked108, null, [[1,, 8, 9]]);
}
function c182(n, k) {
  var total, i, _t254, _t255, _t256;
  return _regeneratorAsync(function (_context181) {
    while (1) switch (_context181.p = _context181.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context181.n = 6;
          break;
        }
        _context181.p = 2;
        _t254 = total;
        _context181.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t255 = _context181.v;
        total = _t254 += _t255 * 9;
        _context181.n = 5;
        break;
      case 4:
        _context181.p = 4;
        _t256 = _context181.v;
        total -= 1;
      case 5:
        i++;
        _context181.n = 1;
        break;
      case 6:
        return _context181.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c183(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context182) {
    while (1) switch (_context182.n) {
      case 0:
        _context182.n = 1;
        return _awaitAsyncGenerator(c182(n, k + 1));
      case 1:
        first = _context182.v;
        second = first * 10;
        if (!(first % 8 === 0)) {
          _context182.n = 3;
          break;
        }
        _context182.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context182.v;
      case 3:
        return _context182.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c184(n, k) {
  var best, _iterator35, _step35, v, _t257;
  return _regenerator().w(function (_context183) {
    while (1) switch (_context183.p = _context183.n) {
      case 0:
        best = -1;
        _iterator35 = _createForOfIteratorHelper(c180(n, k));
        _context183.p = 1;
        _iterator35.s();
      case 2:
        if ((_step35 = _iterator35.n()).done) {
          _context183.n = 4;
          break;
        }
        v = _step35.value;
        if (!(v > best)) {
          _context183.n = 3;
          break;
        }
        _context183.n = 3;
        return (best = v) * 11 + v;
      case 3:
        _context183.n = 2;
        break;
      case 4:
        _context183.n = 6;
        break;
      case 5:
        _context183.p = 5;
        _t257 = _context183.v;
        _iterator35.e(_t257);
      case 6:
        _context183.p = 6;
        _iterator35.f();
        return _context183.f(6);
      case 7:
        return _context183.a(2, best);
    }
  }, _marked109, null, [[1, 5, 6, 7]]);
}
function c185(n, k) {
  var acc, i, v, _t258, _t259;
  return _regenerator().w(function (_context184) {
    while (1) switch (_context184.n) {
      case 0:
        acc = 88;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context184.n = 5;
          break;
        }
        v = (i * 12 + k) % 10;
        if (!(v > 5)) {
          _context184.n = 3;
          break;
        }
        _t258 = acc;
        _context184.n = 2;
        return v;
      case 2:
        _t259 = _context184.v;
        acc = _t258 += _t259 | 0;
        _context184.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context184.n = 1;
        break;
      case 5:
        return _context184.a(2, acc);
    }
  }, _marked110);
}
function c186(n, k) {
  var count, i, _t260;
  return _regenerator().w(function (_context185) {
    while (1) switch (_context185.p = _context185.n) {
      case 0:
        count = 0;
        _context185.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context185.n = 8;
          break;
        }
        _t260 = (i + k) % 3;
        _context185.n = _t260 === 0 ? 3 : _t260 === 1 ? 5 : 6;
        break;
      case 3:
        _context185.n = 4;
        return i * 13;
      case 4:
        return _context185.a(3, 7);
      case 5:
        count += 11;
        return _context185.a(3, 7);
      case 6:
        return _context185.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context185.n = 2;
        break;
      case 8:
        _context185.p = 8;
        sink = sink + count | 0;
        return _context185.f(8);
      case 9:
        return _context185.a(2);
    }
  }, _marked111, null, [[1,, 8, 9]]);
}
function c187(n, k) {
  var total, i, _t261, _t262, _t263;
  return _regeneratorAsync(function (_context186) {
    while (1) switch (_context186.p = _context186.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context186.n = 6;
          break;
        }
        _context186.p = 2;
        _t261 = total;
        _context186.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t262 = _context186.v;
        total = _t261 += _t262 * 3;
        _context186.n = 5;
        break;
      case 4:
        _context186.p = 4;
        _t263 = _context186.v;
        total -= 1;
      case 5:
        i++;
        _context186.n = 1;
        break;
      case 6:
        return _context186.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c188(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context187) {
    while (1) switch (_context187.n) {
      case 0:
        _context187.n = 1;
        return _awaitAsyncGenerator(c187(n, k + 1));
      case 1:
        first = _context187.v;
        second = first * 4;
        if (!(first % 13 === 0)) {
          _context187.n = 3;
          break;
        }
        _context187.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context187.v;
      case 3:
        return _context187.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c189(n, k) {
  var best, _iterator36, _step36, v, _t264;
  return _regenerator().w(function (_context188) {
    while (1) switch (_context188.p = _context188.n) {
      case 0:
        best = -1;
        _iterator36 = _createForOfIteratorHelper(c185(n, k));
        _context188.p = 1;
        _iterator36.s();
      case 2:
        if ((_step36 = _iterator36.n()).done) {
          _context188.n = 4;
          break;
        }
        v = _step36.value;
        if (!(v > best)) {
          _context188.n = 3;
          break;
        }
        _context188.n = 3;
        return (best = v) * 5 + v;
      case 3:
        _context188.n = 2;
        break;
      case 4:
        _context188.n = 6;
        break;
      case 5:
        _context188.p = 5;
        _t264 = _context188.v;
        _iterator36.e(_t264);
      case 6:
        _context188.p = 6;
        _iterator36.f();
        return _context188.f(6);
      case 7:
        return _context188.a(2, best);
    }
  }, _marked112, null, [[1, 5, 6, 7]]);
}
function c190(n, k) {
  var acc, i, v, _t265, _t266;
  return _regenerator().w(function (_context189) {
    while (1) switch (_context189.n) {
      case 0:
        acc = 93;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context189.n = 5;
          break;
        }
        v = (i * 6 + k) % 6;
        if (!(v > 3)) {
          _context189.n = 3;
          break;
        }
        _t265 = acc;
        _context189.n = 2;
        return v;
      case 2:
        _t266 = _context189.v;
        acc = _t265 += _t266 | 0;
        _context189.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context189.n = 1;
        break;
      case 5:
        return _context189.a(2, acc);
    }
  }, _marked113);
}
function c191(n, k) {
  var count, i, _t267;
  return _regenerator().w(function (_context190) {
    while (1) switch (_context190.p = _context190.n) {
      case 0:
        count = 0;
        _context190.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context190.n = 8;
          break;
        }
        _t267 = (i + k) % 3;
        _context190.n = _t267 === 0 ? 3 : _t267 === 1 ? 5 : 6;
        break;
      case 3:
        _context190.n = 4;
        return i * 7;
      case 4:
        return _context190.a(3, 7);
      case 5:
        count += 7;
        return _context190.a(3, 7);
      case 6:
        return _context190.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context190.n = 2;
        break;
      case 8:
        _context190.p = 8;
        sink = sink + count | 0;
        return _context190.f(8);
      case 9:
        return _context190.a(2);
    }
  }, _marked114, null, [[1,, 8, 9]]);
}
function c192(n, k) {
  var total, i, _t268, _t269, _t270;
  return _regeneratorAsync(function (_context191) {
    while (1) switch (_context191.p = _context191.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context191.n = 6;
          break;
        }
        _context191.p = 2;
        _t268 = total;
        _context191.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t269 = _context191.v;
        total = _t268 += _t269 * 8;
        _context191.n = 5;
        break;
      case 4:
        _context191.p = 4;
        _t270 = _context191.v;
        total -= 1;
      case 5:
        i++;
        _context191.n = 1;
        break;
      case 6:
        return _context191.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c193(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context192) {
    while (1) switch (_context192.n) {
      case 0:
        _context192.n = 1;
        return _awaitAsyncGenerator(c192(n, k + 1));
      case 1:
        first = _context192.v;
        second = first * 9;
        if (!(first % 9 === 0)) {
          _context192.n = 3;
          break;
        }
        _context192.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context192.v;
      case 3:
        return _context192.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c194(n, k) {
  var best, _iterator37, _step37, v, _t271;
  return _regenerator().w(function (_context193) {
    while (1) switch (_context193.p = _context193.n) {
      case 0:
        best = -1;
        _iterator37 = _createForOfIteratorHelper(c190(n, k));
        _context193.p = 1;
        _iterator37.s();
      case 2:
        if ((_step37 = _iterator37.n()).done) {
          _context193.n = 4;
          break;
        }
        v = _step37.value;
        if (!(v > best)) {
          _context193.n = 3;
          break;
        }
        _context193.n = 3;
        return (best = v) * 10 + v;
      case 3:
        _context193.n = 2;
        break;
      case 4:
        _context193.n = 6;
        break;
      case 5:
        _context193.p = 5;
        _t271 = _context193.v;
        _iterator37.e(_t271);
      case 6:
        _context193.p = 6;
        _iterator37.f();
        return _context193.f(6);
      case 7:
        return _context193.a(2, best);
    }
  }, _marked115, null, [[1, 5, 6, 7]]);
}
function c195(n, k) {
  var acc, i, v, _t272, _t273;
  return _regenerator().w(function (_context194) {
    while (1) switch (_context194.n) {
      case 0:
        acc = 1;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context194.n = 5;
          break;
        }
        v = (i * 11 + k) % 11;
        if (!(v > 5)) {
          _context194.n = 3;
          break;
        }
        _t272 = acc;
        _context194.n = 2;
        return v;
      case 2:
        _t273 = _context194.v;
        acc = _t272 += _t273 | 0;
        _context194.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context194.n = 1;
        break;
      case 5:
        return _context194.a(2, acc);
    }
  }, _marked116);
}
function c196(n, k) {
  var count, i, _t274;
  return _regenerator().w(function (_context195) {
    while (1) switch (_context195.p = _context195.n) {
      case 0:
        count = 0;
        _context195.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context195.n = 8;
          break;
        }
        _t274 = (i + k) % 3;
        _context195.n = _t274 === 0 ? 3 : _t274 === 1 ? 5 : 6;
        break;
      case 3:
        _context195.n = 4;
        return i * 12;
      case 4:
        return _context195.a(3, 7);
      case 5:
        count += 12;
        return _context195.a(3, 7);
      case 6:
        return _context195.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context195.n = 2;
        break;
      case 8:
        _context195.p = 8;
        sink = sink + count | 0;
        return _context195.f(8);
      case 9:
        return _context195.a(2);
    }
  }, _marked117, null, [[1,, 8, 9]]);
}
function c197(n, k) {
  var total, i, _t275, _t276, _t277;
  return _regeneratorAsync(function (_context196) {
    while (1) switch (_context196.p = _context196.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context196.n = 6;
          break;
        }
        _context196.p = 2;
        _t275 = total;
        _context196.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t276 = _context196.v;
        total = _t275 += _t276 * 13;
        _context196.n = 5;
        break;
      case 4:
        _context196.p = 4;
        _t277 = _context196.v;
        total -= 1;
      case 5:
        i++;
        _context196.n = 1;
        break;
      case 6:
        return _context196.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c198(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context197) {
    while (1) switch (_context197.n) {
      case 0:
        _context197.n = 1;
        return _awaitAsyncGenerator(c197(n, k + 1));
      case 1:
        first = _context197.v;
        second = first * 3;
        if (!(first % 5 === 0)) {
          _context197.n = 3;
          break;
        }
        _context197.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context197.v;
      case 3:
        return _context197.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c199(n, k) {
  var best, _iterator38, _step38, v, _t278;
  return _regenerator().w(function (_context198) {
    while (1) switch (_context198.p = _context198.n) {
      case 0:
        best = -1;
        _iterator38 = _createForOfIteratorHelper(c195(n, k));
        _context198.p = 1;
        _iterator38.s();
      case 2:
        if ((_step38 = _iterator38.n()).done) {
          _context198.n = 4;
          break;
        }
        v = _step38.value;
        if (!(v > best)) {
          _context198.n = 3;
          break;
        }
        _context198.n = 3;
        return (best = v) * 4 + v;
      case 3:
        _context198.n = 2;
        break;
      case 4:
        _context198.n = 6;
        break;
      case 5:
        _context198.p = 5;
        _t278 = _context198.v;
        _iterator38.e(_t278);
      case 6:
        _context198.p = 6;
        _iterator38.f();
        return _context198.f(6);
      case 7:
        return _context198.a(2, best);
    }
  }, _marked118, null, [[1, 5, 6, 7]]);
}
function c200(n, k) {
  var acc, i, v, _t279, _t280;
  return _regenerator().w(function (_context199) {
    while (1) switch (_context199.n) {
      case 0:
        acc = 6;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context199.n = 5;
          break;
        }
        v = (i * 5 + k) % 7;
        if (!(v > 3)) {
          _context199.n = 3;
          break;
        }
        _t279 = acc;
        _context199.n = 2;
        return v;
      case 2:
        _t280 = _context199.v;
        acc = _t279 += _t280 | 0;
        _context199.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context199.n = 1;
        break;
      case 5:
        return _context199.a(2, acc);
    }
  }, _marked119);
}
function c201(n, k) {
  var count, i, _t281;
  return _regenerator().w(function (_context200) {
    while (1) switch (_context200.p = _context200.n) {
      case 0:
        count = 0;
        _context200.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context200.n = 8;
          break;
        }
        _t281 = (i + k) % 3;
        _context200.n = _t281 === 0 ? 3 : _t281 === 1 ? 5 : 6;
        break;
      case 3:
        _context200.n = 4;
        return i * 6;
      case 4:
        return _context200.a(3, 7);
      case 5:
        count += 8;
        return _context200.a(3, 7);
      case 6:
        return _context200.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context200.n = 2;
        break;
      case 8:
        _context200.p = 8;
        sink = sink + count | 0;
        return _context200.f(8);
      case 9:
        return _context200.a(2);
    }
  }, _marked120, null, [[1,, 8, 9]]);
}
function c202(n, k) {
  var total, i, _t282, _t283, _t284;
  return _regeneratorAsync(function (_context201) {
    while (1) switch (_context201.p = _context201.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context201.n = 6;
          break;
        }
        _context201.p = 2;
        _t282 = total;
        _context201.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t283 = _context201.v;
        total = _t282 += _t283 * 7;
        _context201.n = 5;
        break;
      case 4:
        _context201.p = 4;
        _t284 = _context201.v;
        total -= 1;
      case 5:
        i++;
        _context201.n = 1;
        break;
      case 6:
        return _context201.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c203(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context202) {
    while (1) switch (_context202.n) {
      case 0:
        _context202.n = 1;
        return _awaitAsyncGenerator(c202(n, k + 1));
      case 1:
        first = _context202.v;
        second = first * 8;
        if (!(first % 10 === 0)) {
          _context202.n = 3;
          break;
        }
        _context202.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context202.v;
      case 3:
        return _context202.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c204(n, k) {
  var best, _iterator39, _step39, v, _t285;
  return _regenerator().w(function (_context203) {
    while (1) switch (_context203.p = _context203.n) {
      case 0:
        best = -1;
        _iterator39 = _createForOfIteratorHelper(c200(n, k));
        _context203.p = 1;
        _iterator39.s();
      case 2:
        if ((_step39 = _iterator39.n()).done) {
          _context203.n = 4;
          break;
        }
        v = _step39.value;
        if (!(v > best)) {
          _context203.n = 3;
          break;
        }
        _context203.n = 3;
        return (best = v) * 9 + v;
      case 3:
        _context203.n = 2;
        break;
      case 4:
        _context203.n = 6;
        break;
      case 5:
        _context203.p = 5;
        _t285 = _context203.v;
        _iterator39.e(_t285);
      case 6:
        _context203.p = 6;
        _iterator39.f();
        return _context203.f(6);
      case 7:
        return _context203.a(2, best);
    }
  }, _marked121, null, [[1, 5, 6, 7]]);
}
function c205(n, k) {
  var acc, i, v, _t286, _t287;
  return _regenerator().w(function (_context204) {
    while (1) switch (_context204.n) {
      case 0:
        acc = 11;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context204.n = 5;
          break;
        }
        v = (i * 10 + k) % 12;
        if (!(v > 6)) {
          _context204.n = 3;
          break;
        }
        _t286 = acc;
        _context204.n = 2;
        return v;
      case 2:
        _t287 = _context204.v;
        acc = _t286 += _t287 | 0;
        _context204.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context204.n = 1;
        break;
      case 5:
        return _context204.a(2, acc);
    }
  }, _marked122);
}
function c206(n, k) {
  var count, i, _t288;
  return _regenerator().w(function (_context205) {
    while (1) switch (_context205.p = _context205.n) {
      case 0:
        count = 0;
        _context205.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context205.n = 8;
          break;
        }
        _t288 = (i + k) % 3;
        _context205.n = _t288 === 0 ? 3 : _t288 === 1 ? 5 : 6;
        break;
      case 3:
        _context205.n = 4;
        return i * 11;
      case 4:
        return _context205.a(3, 7);
      case 5:
        count += 13;
        return _context205.a(3, 7);
      case 6:
        return _context205.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context205.n = 2;
        break;
      case 8:
        _context205.p = 8;
        sink = sink + count | 0;
        return _context205.f(8);
      case 9:
        return _context205.a(2);
    }
  }, _marked123, null, [[1,, 8, 9]]);
}
function c207(n, k) {
  var total, i, _t289, _t290, _t291;
  return _regeneratorAsync(function (_context206) {
    while (1) switch (_context206.p = _context206.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context206.n = 6;
          break;
        }
        _context206.p = 2;
        _t289 = total;
        _context206.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t290 = _context206.v;
        total = _t289 += _t290 * 12;
        _context206.n = 5;
        break;
      case 4:
        _context206.p = 4;
        _t291 = _context206.v;
        total -= 1;
      case 5:
        i++;
        _context206.n = 1;
        break;
      case 6:
        return _context206.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c208(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context207) {
    while (1) switch (_context207.n) {
      case 0:
        _context207.n = 1;
        return _awaitAsyncGenerator(c207(n, k + 1));
      case 1:
        first = _context207.v;
        second = first * 13;
        if (!(first % 6 === 0)) {
          _context207.n = 3;
          break;
        }
        _context207.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context207.v;
      case 3:
        return _context207.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c209(n, k) {
  var best, _iterator40, _step40, v, _t292;
  return _regenerator().w(function (_context208) {
    while (1) switch (_context208.p = _context208.n) {
      case 0:
        best = -1;
        _iterator40 = _createForOfIteratorHelper(c205(n, k));
        _context208.p = 1;
        _iterator40.s();
      case 2:
        if ((_step40 = _iterator40.n()).done) {
          _context208.n = 4;
          break;
        }
        v = _step40.value;
        if (!(v > best)) {
          _context208.n = 3;
          break;
        }
        _context208.n = 3;
        return (best = v) * 3 + v;
      case 3:
        _context208.n = 2;
        break;
      case 4:
        _context208.n = 6;
        break;
      case 5:
        _context208.p = 5;
        _t292 = _context208.v;
        _iterator40.e(_t292);
      case 6:
        _context208.p = 6;
        _iterator40.f();
        return _context208.f(6);
      case 7:
        return _context208.a(2, best);
    }
  }, _marked124, null, [[1, 5, 6, 7]]);
}
function c210(n, k) {
  var acc, i, v, _t293, _t294;
  return _regenerator().w(function (_context209) {
    while (1) switch (_context209.n) {
      case 0:
        acc = 16;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context209.n = 5;
          break;
        }
        v = (i * 4 + k) % 8;
        if (!(v > 4)) {
          _context209.n = 3;
          break;
        }
        _t293 = acc;
        _context209.n = 2;
        return v;
      case 2:
        _t294 = _context209.v;
        acc = _t293 += _t294 | 0;
        _context209.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context209.n = 1;
        break;
      case 5:
        return _context209.a(2, acc);
    }
  }, _marked125);
}
function c211(n, k) {
  var count, i, _t295;
  return _regenerator().w(function (_context210) {
    while (1) switch (_context210.p = _context210.n) {
      case 0:
        count = 0;
        _context210.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context210.n = 8;
          break;
        }
        _t295 = (i + k) % 3;
        _context210.n = _t295 === 0 ? 3 : _t295 === 1 ? 5 : 6;
        break;
      case 3:
        _context210.n = 4;
        return i * 5;
      case 4:
        return _context210.a(3, 7);
      case 5:
        count += 9;
        return _context210.a(3, 7);
      case 6:
        return _context210.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context210.n = 2;
        break;
      case 8:
        _context210.p = 8;
        sink = sink + count | 0;
        return _context210.f(8);
      case 9:
        return _context210.a(2);
    }
  }, _marked126, null, [[1,, 8, 9]]);
}
function c212(n, k) {
  var total, i, _t296, _t297, _t298;
  return _regeneratorAsync(function (_context211) {
    while (1) switch (_context211.p = _context211.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context211.n = 6;
          break;
        }
        _context211.p = 2;
        _t296 = total;
        _context211.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t297 = _context211.v;
        total = _t296 += _t297 * 6;
        _context211.n = 5;
        break;
      case 4:
        _context211.p = 4;
        _t298 = _context211.v;
        total -= 1;
      case 5:
        i++;
        _context211.n = 1;
        break;
      case 6:
        return _context211.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c213(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context212) {
    while (1) switch (_context212.n) {
      case 0:
        _context212.n = 1;
        return _awaitAsyncGenerator(c212(n, k + 1));
      case 1:
        first = _context212.v;
        second = first * 7;
        if (!(first % 11 === 0)) {
          _context212.n = 3;
          break;
        }
        _context212.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context212.v;
      case 3:
        return _context212.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c214(n, k) {
  var best, _iterator41, _step41, v, _t299;
  return _regenerator().w(function (_context213) {
    while (1) switch (_context213.p = _context213.n) {
      case 0:
        best = -1;
        _iterator41 = _createForOfIteratorHelper(c210(n, k));
        _context213.p = 1;
        _iterator41.s();
      case 2:
        if ((_step41 = _iterator41.n()).done) {
          _context213.n = 4;
          break;
        }
        v = _step41.value;
        if (!(v > best)) {
          _context213.n = 3;
          break;
        }
        _context213.n = 3;
        return (best = v) * 8 + v;
      case 3:
        _context213.n = 2;
        break;
      case 4:
        _context213.n = 6;
        break;
      case 5:
        _context213.p = 5;
        _t299 = _context213.v;
        _iterator41.e(_t299);
      case 6:
        _context213.p = 6;
        _iterator41.f();
        return _context213.f(6);
      case 7:
        return _context213.a(2, best);
    }
  }, _marked127, null, [[1, 5, 6, 7]]);
}
function c215(n, k) {
  var acc, i, v, _t300, _t301;
  return _regenerator().w(function (_context214) {
    while (1) switch (_context214.n) {
      case 0:
        acc = 21;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context214.n = 5;
          break;
        }
        v = (i * 9 + k) % 13;
        if (!(v > 6)) {
          _context214.n = 3;
          break;
        }
        _t300 = acc;
        _context214.n = 2;
        return v;
      case 2:
        _t301 = _context214.v;
        acc = _t300 += _t301 | 0;
        _context214.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context214.n = 1;
        break;
      case 5:
        return _context214.a(2, acc);
    }
  }, _marked128);
}
function c216(n, k) {
  var count, i, _t302;
  return _regenerator().w(function (_context215) {
    while (1) switch (_context215.p = _context215.n) {
      case 0:
        count = 0;
        _context215.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context215.n = 8;
          break;
        }
        _t302 = (i + k) % 3;
        _context215.n = _t302 === 0 ? 3 : _t302 === 1 ? 5 : 6;
        break;
      case 3:
        _context215.n = 4;
        return i * 10;
      case 4:
        return _context215.a(3, 7);
      case 5:
        count += 5;
        return _context215.a(3, 7);
      case 6:
        return _context215.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context215.n = 2;
        break;
      case 8:
        _context215.p = 8;
        sink = sink + count | 0;
        return _context215.f(8);
      case 9:
        return _context215.a(2);
    }
  }, _marked129, null, [[1,, 8, 9]]);
}
function c217(n, k) {
  var total, i, _t303, _t304, _t305;
  return _regeneratorAsync(function (_context216) {
    while (1) switch (_context216.p = _context216.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context216.n = 6;
          break;
        }
        _context216.p = 2;
        _t303 = total;
        _context216.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t304 = _context216.v;
        total = _t303 += _t304 * 11;
        _context216.n = 5;
        break;
      case 4:
        _context216.p = 4;
        _t305 = _context216.v;
        total -= 1;
      case 5:
        i++;
        _context216.n = 1;
        break;
      case 6:
        return _context216.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c218(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context217) {
    while (1) switch (_context217.n) {
      case 0:
        _context217.n = 1;
        return _awaitAsyncGenerator(c217(n, k + 1));
      case 1:
        first = _context217.v;
        second = first * 12;
        if (!(first % 7 === 0)) {
          _context217.n = 3;
          break;
        }
        _context217.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context217.v;
      case 3:
        return _context217.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c219(n, k) {
  var best, _iterator42, _step42, v, _t306;
  return _regenerator().w(function (_context218) {
    while (1) switch (_context218.p = _context218.n) {
      case 0:
        best = -1;
        _iterator42 = _createForOfIteratorHelper(c215(n, k));
        _context218.p = 1;
        _iterator42.s();
      case 2:
        if ((_step42 = _iterator42.n()).done) {
          _context218.n = 4;
          break;
        }
        v = _step42.value;
        if (!(v > best)) {
          _context218.n = 3;
          break;
        }
        _context218.n = 3;
        return (best = v) * 13 + v;
      case 3:
        _context218.n = 2;
        break;
      case 4:
        _context218.n = 6;
        break;
      case 5:
        _context218.p = 5;
        _t306 = _context218.v;
        _iterator42.e(_t306);
      case 6:
        _context218.p = 6;
        _iterator42.f();
        return _context218.f(6);
      case 7:
        return _context218.a(2, best);
    }
  }, _marked130, null, [[1, 5, 6, 7]]);
}
function c220(n, k) {
  var acc, i, v, _t307, _t308;
  return _regenerator().w(function (_context219) {
    while (1) switch (_context219.n) {
      case 0:
        acc = 26;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context219.n = 5;
          break;
        }
        v = (i * 3 + k) % 9;
        if (!(v > 4)) {
          _context219.n = 3;
          break;
        }
        _t307 = acc;
        _context219.n = 2;
        return v;
      case 2:
        _t308 = _context219.v;
        acc = _t307 += _t308 | 0;
        _context219.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context219.n = 1;
        break;
      case 5:
        return _context219.a(2, acc);
    }
  }, _marked131);
}
function c221(n, k) {
  var count, i, _t309;
  return _regenerator().w(function (_context220) {
    while (1) switch (_context220.p = _context220.n) {
      case 0:
        count = 0;
        _context220.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context220.n = 8;
          break;
        }
        _t309 = (i + k) % 3;
        _context220.n = _t309 === 0 ? 3 : _t309 === 1 ? 5 : 6;
        break;
      case 3:
        _context220.n = 4;
        return i * 4;
      case 4:
        return _context220.a(3, 7);
      case 5:
        count += 10;
        return _context220.a(3, 7);
      case 6:
        return _context220.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context220.n = 2;
        break;
      case 8:
        _context220.p = 8;
        sink = sink + count | 0;
        return _context220.f(8);
      case 9:
        return _context220.a(2);
    }
  }, _marked132, null, [[1,, 8, 9]]);
}
function c222(n, k) {
  var total, i, _t310, _t311, _t312;
  return _regeneratorAsync(function (_context221) {
    while (1) switch (_context221.p = _context221.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context221.n = 6;
          break;
        }
        _context221.p = 2;
        _t310 = total;
        _context221.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t311 = _context221.v;
        total = _t310 += _t311 * 5;
        _context221.n = 5;
        break;
      case 4:
        _context221.p = 4;
        _t312 = _context221.v;
        total -= 1;
      case 5:
        i++;
        _context221.n = 1;
        break;
      case 6:
        return _context221.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c223(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context222) {
    while (1) switch (_context222.n) {
      case 0:
        _context222.n = 1;
        return _awaitAsyncGenerator(c222(n, k + 1));
      case 1:
        first = _context222.v;
        second = first * 6;
        if (!(first % 12 === 0)) {
          _context222.n = 3;
          break;
        }
        _context222.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context222.v;
      case 3:
        return _context222.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c224(n, k) {
  var best, _iterator43, _step43, v, _t313;
  return _regenerator().w(function (_context223) {
    while (1) switch (_context223.p = _context223.n) {
      case 0:
        best = -1;
        _iterator43 = _createForOfIteratorHelper(c220(n, k));
        _context223.p = 1;
        _iterator43.s();
      case 2:
        if ((_step43 = _iterator43.n()).done) {
          _context223.n = 4;
          break;
        }
        v = _step43.value;
        if (!(v > best)) {
          _context223.n = 3;
          break;
        }
        _context223.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context223.n = 2;
        break;
      case 4:
        _context223.n = 6;
        break;
      case 5:
        _context223.p = 5;
        _t313 = _context223.v;
        _iterator43.e(_t313);
      case 6:
        _context223.p = 6;
        _iterator43.f();
        return _context223.f(6);
      case 7:
        return _context223.a(2, best);
    }
  }, _marked133, null, [[1, 5, 6, 7]]);
}
function c225(n, k) {
  var acc, i, v, _t314, _t315;
  return _regenerator().w(function (_context224) {
    while (1) switch (_context224.n) {
      case 0:
        acc = 31;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context224.n = 5;
          break;
        }
        v = (i * 8 + k) % 5;
        if (!(v > 2)) {
          _context224.n = 3;
          break;
        }
        _t314 = acc;
        _context224.n = 2;
        return v;
      case 2:
        _t315 = _context224.v;
        acc = _t314 += _t315 | 0;
        _context224.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context224.n = 1;
        break;
      case 5:
        return _context224.a(2, acc);
    }
  }, _marked134);
}
function c226(n, k) {
  var count, i, _t316;
  return _regenerator().w(function (_context225) {
    while (1) switch (_context225.p = _context225.n) {
      case 0:
        count = 0;
        _context225.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context225.n = 8;
          break;
        }
        _t316 = (i + k) % 3;
        _context225.n = _t316 === 0 ? 3 : _t316 === 1 ? 5 : 6;
        break;
      case 3:
        _context225.n = 4;
        return i * 9;
      case 4:
        return _context225.a(3, 7);
      case 5:
        count += 6;
        return _context225.a(3, 7);
      case 6:
        return _context225.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context225.n = 2;
        break;
      case 8:
        _context225.p = 8;
        sink = sink + count | 0;
        return _context225.f(8);
      case 9:
        return _context225.a(2);
    }
  }, _marked135, null, [[1,, 8, 9]]);
}
function c227(n, k) {
  var total, i, _t317, _t318, _t319;
  return _regeneratorAsync(function (_context226) {
    while (1) switch (_context226.p = _context226.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context226.n = 6;
          break;
        }
        _context226.p = 2;
        _t317 = total;
        _context226.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t318 = _context226.v;
        total = _t317 += _t318 * 10;
        _context226.n = 5;
        break;
      case 4:
        _context226.p = 4;
        _t319 = _context226.v;
        total -= 1;
      case 5:
        i++;
        _context226.n = 1;
        break;
      case 6:
        return _context226.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c228(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context227) {
    while (1) switch (_context227.n) {
      case 0:
        _context227.n = 1;
        return _awaitAsyncGenerator(c227(n, k + 1));
      case 1:
        first = _context227.v;
        second = first * 11;
        if (!(first % 8 === 0)) {
          _context227.n = 3;
          break;
        }
        _context227.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context227.v;
      case 3:
        return _context227.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c229(n, k) {
  var best, _iterator44, _step44, v, _t320;
  return _regenerator().w(function (_context228) {
    while (1) switch (_context228.p = _context228.n) {
      case 0:
        best = -1;
        _iterator44 = _createForOfIteratorHelper(c225(n, k));
        _context228.p = 1;
        _iterator44.s();
      case 2:
        if ((_step44 = _iterator44.n()).done) {
          _context228.n = 4;
          break;
        }
        v = _step44.value;
        if (!(v > best)) {
          _context228.n = 3;
          break;
        }
        _context228.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context228.n = 2;
        break;
      case 4:
        _context228.n = 6;
        break;
      case 5:
        _context228.p = 5;
        _t320 = _context228.v;
        _iterator44.e(_t320);
      case 6:
        _context228.p = 6;
        _iterator44.f();
        return _context228.f(6);
      case 7:
        return _context228.a(2, best);
    }
  }, _marked136, null, [[1, 5, 6, 7]]);
}
function c230(n, k) {
  var acc, i, v, _t321, _t322;
  return _regenerator().w(function (_context229) {
    while (1) switch (_context229.n) {
      case 0:
        acc = 36;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context229.n = 5;
          break;
        }
        v = (i * 13 + k) % 10;
        if (!(v > 5)) {
          _context229.n = 3;
          break;
        }
        _t321 = acc;
        _context229.n = 2;
        return v;
      case 2:
        _t322 = _context229.v;
        acc = _t321 += _t322 | 0;
        _context229.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context229.n = 1;
        break;
      case 5:
        return _context229.a(2, acc);
    }
  }, _marked137);
}
function c231(n, k) {
  var count, i, _t323;
  return _regenerator().w(function (_context230) {
    while (1) switch (_context230.p = _context230.n) {
      case 0:
        count = 0;
        _context230.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context230.n = 8;
          break;
        }
        _t323 = (i + k) % 3;
        _context230.n = _t323 === 0 ? 3 : _t323 === 1 ? 5 : 6;
        break;
      case 3:
        _context230.n = 4;
        return i * 3;
      case 4:
        return _context230.a(3, 7);
      case 5:
        count += 11;
        return _context230.a(3, 7);
      case 6:
        return _context230.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context230.n = 2;
        break;
      case 8:
        _context230.p = 8;
        sink = sink + count | 0;
        return _context230.f(8);
      case 9:
        return _context230.a(2);
    }
  }, _marked138, null, [[1,, 8, 9]]);
}
function c232(n, k) {
  var total, i, _t324, _t325, _t326;
  return _regeneratorAsync(function (_context231) {
    while (1) switch (_context231.p = _context231.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context231.n = 6;
          break;
        }
        _context231.p = 2;
        _t324 = total;
        _context231.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t325 = _context231.v;
        total = _t324 += _t325 * 4;
        _context231.n = 5;
        break;
      case 4:
        _context231.p = 4;
        _t326 = _context231.v;
        total -= 1;
      case 5:
        i++;
        _context231.n = 1;
        break;
      case 6:
        return _context231.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c233(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context232) {
    while (1) switch (_context232.n) {
      case 0:
        _context232.n = 1;
        return _awaitAsyncGenerator(c232(n, k + 1));
      case 1:
        first = _context232.v;
        second = first * 5;
        if (!(first % 13 === 0)) {
          _context232.n = 3;
          break;
        }
        _context232.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context232.v;
      case 3:
        return _context232.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c234(n, k) {
  var best, _iterator45, _step45, v, _t327;
  return _regenerator().w(function (_context233) {
    while (1) switch (_context233.p = _context233.n) {
      case 0:
        best = -1;
        _iterator45 = _createForOfIteratorHelper(c230(n, k));
        _context233.p = 1;
        _iterator45.s();
      case 2:
        if ((_step45 = _iterator45.n()).done) {
          _context233.n = 4;
          break;
        }
        v = _step45.value;
        if (!(v > best)) {
          _context233.n = 3;
          break;
        }
        _context233.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context233.n = 2;
        break;
      case 4:
        _context233.n = 6;
        break;
      case 5:
        _context233.p = 5;
        _t327 = _context233.v;
        _iterator45.e(_t327);
      case 6:
        _context233.p = 6;
        _iterator45.f();
        return _context233.f(6);
      case 7:
        return _context233.a(2, best);
    }
  }, _marked139, null, [[1, 5, 6, 7]]);
}
function c235(n, k) {
  var acc, i, v, _t328, _t329;
  return _regenerator().w(function (_context234) {
    while (1) switch (_context234.n) {
      case 0:
        acc = 41;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context234.n = 5;
          break;
        }
        v = (i * 7 + k) % 6;
        if (!(v > 3)) {
          _context234.n = 3;
          break;
        }
        _t328 = acc;
        _context234.n = 2;
        return v;
      case 2:
        _t329 = _context234.v;
        acc = _t328 += _t329 | 0;
        _context234.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context234.n = 1;
        break;
      case 5:
        return _context234.a(2, acc);
    }
  }, _marked140);
}
function c236(n, k) {
  var count, i, _t330;
  return _regenerator().w(function (_context235) {
    while (1) switch (_context235.p = _context235.n) {
      case 0:
        count = 0;
        _context235.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context235.n = 8;
          break;
        }
        _t330 = (i + k) % 3;
        _context235.n = _t330 === 0 ? 3 : _t330 === 1 ? 5 : 6;
        break;
      case 3:
        _context235.n = 4;
        return i * 8;
      case 4:
        return _context235.a(3, 7);
      case 5:
        count += 7;
        return _context235.a(3, 7);
      case 6:
        return _context235.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context235.n = 2;
        break;
      case 8:
        _context235.p = 8;
        sink = sink + count | 0;
        return _context235.f(8);
      case 9:
        return _context235.a(2);
    }
  }, _marked141, null, [[1,, 8, 9]]);
}
function c237(n, k) {
  var total, i, _t331, _t332, _t333;
  return _regeneratorAsync(function (_context236) {
    while (1) switch (_context236.p = _context236.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context236.n = 6;
          break;
        }
        _context236.p = 2;
        _t331 = total;
        _context236.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t332 = _context236.v;
        total = _t331 += _t332 * 9;
        _context236.n = 5;
        break;
      case 4:
        _context236.p = 4;
        _t333 = _context236.v;
        total -= 1;
      case 5:
        i++;
        _context236.n = 1;
        break;
      case 6:
        return _context236.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c238(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context237) {
    while (1) switch (_context237.n) {
      case 0:
        _context237.n = 1;
        return _awaitAsyncGenerator(c237(n, k + 1));
      case 1:
        first = _context237.v;
        second = first * 10;
        if (!(first % 9 === 0)) {
          _context237.n = 3;
          break;
        }
        _context237.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context237.v;
      case 3:
        return _context237.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c239(n, k) {
  var best, _iterator46, _step46, v, _t334;
  return _regenerator().w(function (_context238) {
    while (1) switch (_context238.p = _context238.n) {
      case 0:
        best = -1;
        _iterator46 = _createForOfIteratorHelper(c235(n, k));
        _context238.p = 1;
        _iterator46.s();
      case 2:
        if ((_step46 = _iterator46.n()).done) {
          _context238.n = 4;
          break;
        }
        v = _step46.value;
        if (!(v > best)) {
          _context238.n = 3;
          break;
        }
        _context238.n = 3;
        return (best = v) * 11 + v;
      case 3:
        _context238.n = 2;
        break;
      case 4:
        _context238.n = 6;
        break;
      case 5:
        _context238.p = 5;
        _t334 = _context238.v;
        _iterator46.e(_t334);
      case 6:
        _context238.p = 6;
        _iterator46.f();
        return _context238.f(6);
      case 7:
        return _context238.a(2, best);
    }
  }, _marked142, null, [[1, 5, 6, 7]]);
}
function c240(n, k) {
  var acc, i, v, _t335, _t336;
  return _regenerator().w(function (_context239) {
    while (1) switch (_context239.n) {
      case 0:
        acc = 46;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context239.n = 5;
          break;
        }
        v = (i * 12 + k) % 11;
        if (!(v > 5)) {
          _context239.n = 3;
          break;
        }
        _t335 = acc;
        _context239.n = 2;
        return v;
      case 2:
        _t336 = _context239.v;
        acc = _t335 += _t336 | 0;
        _context239.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context239.n = 1;
        break;
      case 5:
        return _context239.a(2, acc);
    }
  }, _marked143);
}
function c241(n, k) {
  var count, i, _t337;
  return _regenerator().w(function (_context240) {
    while (1) switch (_context240.p = _context240.n) {
      case 0:
        count = 0;
        _context240.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context240.n = 8;
          break;
        }
        _t337 = (i + k) % 3;
        _context240.n = _t337 === 0 ? 3 : _t337 === 1 ? 5 : 6;
        break;
      case 3:
        _context240.n = 4;
        return i * 13;
      case 4:
        return _context240.a(3, 7);
      case 5:
        count += 12;
        return _context240.a(3, 7);
      case 6:
        return _context240.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context240.n = 2;
        break;
      case 8:
        _context240.p = 8;
        sink = sink + count | 0;
        return _context240.f(8);
      case 9:
        return _context240.a(2);
    }
  }, _marked144, null, [[1,, 8, 9]]);
}
function c242(n, k) {
  var total, i, _t338, _t339, _t340;
  return _regeneratorAsync(function (_context241) {
    while (1) switch (_context241.p = _context241.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context241.n = 6;
          break;
        }
        _context241.p = 2;
        _t338 = total;
        _context241.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t339 = _context241.v;
        total = _t338 += _t339 * 3;
        _context241.n = 5;
        break;
      case 4:
        _context241.p = 4;
        _t340 = _context241.v;
        total -= 1;
      case 5:
        i++;
        _context241.n = 1;
        break;
      case 6:
        return _context241.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c243(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context242) {
    while (1) switch (_context242.n) {
      case 0:
        _context242.n = 1;
        return _awaitAsyncGenerator(c242(n, k + 1));
      case 1:
        first = _context242.v;
        second = first * 4;
        if (!(first % 5 === 0)) {
          _context242.n = 3;
          break;
        }
        _context242.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context242.v;
      case 3:
        return _context242.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c244(n, k) {
  var best, _iterator47, _step47, v, _t341;
  return _regenerator().w(function (_context243) {
    while (1) switch (_context243.p = _context243.n) {
      case 0:
        best = -1;
        _iterator47 = _createForOfIteratorHelper(c240(n, k));
        _context243.p = 1;
        _iterator47.s();
      case 2:
        if ((_step47 = _iterator47.n()).done) {
          _context243.n = 4;
          break;
        }
        v = _step47.value;
        if (!(v > best)) {
          _context243.n = 3;
          break;
        }
        _context243.n = 3;
        return (best = v) * 5 + v;
      case 3:
        _context243.n = 2;
        break;
      case 4:
        _context243.n = 6;
        break;
      case 5:
        _context243.p = 5;
        _t341 = _context243.v;
        _iterator47.e(_t341);
      case 6:
        _context243.p = 6;
        _iterator47.f();
        return _context243.f(6);
      case 7:
        return _context243.a(2, best);
    }
  }, _marked145, null, [[1, 5, 6, 7]]);
}
function c245(n, k) {
  var acc, i, v, _t342, _t343;
  return _regenerator().w(function (_context244) {
    while (1) switch (_context244.n) {
      case 0:
        acc = 51;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context244.n = 5;
          break;
        }
        v = (i * 6 + k) % 7;
        if (!(v > 3)) {
          _context244.n = 3;
          break;
        }
        _t342 = acc;
        _context244.n = 2;
        return v;
      case 2:
        _t343 = _context244.v;
        acc = _t342 += _t343 | 0;
        _context244.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context244.n = 1;
        break;
      case 5:
        return _context244.a(2, acc);
    }
  }, _marked146);
}
function c246(n, k) {
  var count, i, _t344;
  return _regenerator().w(function (_context245) {
    while (1) switch (_context245.p = _context245.n) {
      case 0:
        count = 0;
        _context245.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context245.n = 8;
          break;
        }
        _t344 = (i + k) % 3;
        _context245.n = _t344 === 0 ? 3 : _t344 === 1 ? 5 : 6;
        break;
      case 3:
        _context245.n = 4;
        return i * 7;
      case 4:
        return _context245.a(3, 7);
      case 5:
        count += 8;
        return _context245.a(3, 7);
      case 6:
        return _context245.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context245.n = 2;
        break;
      case 8:
        _context245.p = 8;
        sink = sink + count | 0;
        return _context245.f(8);
      case 9:
        return _context245.a(2);
    }
  }, _marked147, null, [[1,, 8, 9]]);
}
function c247(n, k) {
  var total, i, _t345, _t346, _t347;
  return _regeneratorAsync(function (_context246) {
    while (1) switch (_context246.p = _context246.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context246.n = 6;
          break;
        }
        _context246.p = 2;
        _t345 = total;
        _context246.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t346 = _context246.v;
        total = _t345 += _t346 * 8;
        _context246.n = 5;
        break;
      case 4:
        _context246.p = 4;
        _t347 = _context246.v;
        total -= 1;
      case 5:
        i++;
        _context246.n = 1;
        break;
      case 6:
        return _context246.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c248(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context247) {
    while (1) switch (_context247.n) {
      case 0:
        _context247.n = 1;
        return _awaitAsyncGenerator(c247(n, k + 1));
      case 1:
        first = _context247.v;
        second = first * 9;
        if (!(first % 10 === 0)) {
          _context247.n = 3;
          break;
        }
        _context247.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context247.v;
      case 3:
        return _context247.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c249(n, k) {
  var best, _iterator48, _step48, v, _t348;
  return _regenerator().w(function (_context248) {
    while (1) switch (_context248.p = _context248.n) {
      case 0:
        best = -1;
        _iterator48 = _createForOfIteratorHelper(c245(n, k));
        _context248.p = 1;
        _iterator48.s();
      case 2:
        if ((_step48 = _iterator48.n()).done) {
          _context248.n = 4;
          break;
        }
        v = _step48.value;
        if (!(v > best)) {
          _context248.n = 3;
          break;
        }
        _context248.n = 3;
        return (best = v) * 10 + v;
      case 3:
        _context248.n = 2;
        break;
      case 4:
        _context248.n = 6;
        break;
      case 5:
        _context248.p = 5;
        _t348 = _context248.v;
        _iterator48.e(_t348);
      case 6:
        _context248.p = 6;
        _iterator48.f();
        return _context248.f(6);
      case 7:
        return _context248.a(2, best);
    }
  }, _marked148, null, [[1, 5, 6, 7]]);
}
function c250(n, k) {
  var acc, i, v, _t349, _t350;
  return _regenerator().w(function (_context249) {
    while (1) switch (_context249.n) {
      case 0:
        acc = 56;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context249.n = 5;
          break;
        }
        v = (i * 11 + k) % 12;
        if (!(v > 6)) {
          _context249.n = 3;
          break;
        }
        _t349 = acc;
        _context249.n = 2;
        return v;
      case 2:
        _t350 = _context249.v;
        acc = _t349 += _t350 | 0;
        _context249.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context249.n = 1;
        break;
      case 5:
        return _context249.a(2, acc);
    }
  }, _marked149);
}
function c251(n, k) {
  var count, i, _t351;
  return _regenerator().w(function (_context250) {
    while (1) switch (_context250.p = _context250.n) {
      case 0:
        count = 0;
        _context250.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context250.n = 8;
          break;
        }
        _t351 = (i + k) % 3;
        _context250.n = _t351 === 0 ? 3 : _t351 === 1 ? 5 : 6;
        break;
      case 3:
        _context250.n = 4;
        return i * 12;
      case 4:
        return _context250.a(3, 7);
      case 5:
        count += 13;
        return _context250.a(3, 7);
      case 6:
        return _context250.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context250.n = 2;
        break;
      case 8:
        _context250.p = 8;
        sink = sink + count | 0;
        return _context250.f(8);
      case 9:
        return _context250.a(2);
    }
  }, _marked150, null, [[1,, 8, 9]]);
}
function c252(n, k) {
  var total, i, _t352, _t353, _t354;
  return _regeneratorAsync(function (_context251) {
    while (1) switch (_context251.p = _context251.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context251.n = 6;
          break;
        }
        _context251.p = 2;
        _t352 = total;
        _context251.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t353 = _context251.v;
        total = _t352 += _t353 * 13;
        _context251.n = 5;
        break;
      case 4:
        _context251.p = 4;
        _t354 = _context251.v;
        total -= 1;
      case 5:
        i++;
        _context251.n = 1;
        break;
      case 6:
        return _context251.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c253(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context252) {
    while (1) switch (_context252.n) {
      case 0:
        _context252.n = 1;
        return _awaitAsyncGenerator(c252(n, k + 1));
      case 1:
        first = _context252.v;
        second = first * 3;
        if (!(first % 6 === 0)) {
          _context252.n = 3;
          break;
        }
        _context252.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context252.v;
      case 3:
        return _context252.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c254(n, k) {
  var best, _iterator49, _step49, v, _t355;
  return _regenerator().w(function (_context253) {
    while (1) switch (_context253.p = _context253.n) {
      case 0:
        best = -1;
        _iterator49 = _createForOfIteratorHelper(c250(n, k));
        _context253.p = 1;
        _iterator49.s();
      case 2:
        if ((_step49 = _iterator49.n()).done) {
          _context253.n = 4;
          break;
        }
        v = _step49.value;
        if (!(v > best)) {
          _context253.n = 3;
          break;
        }
        _context253.n = 3;
        return (best = v) * 4 + v;
      case 3:
        _context253.n = 2;
        break;
      case 4:
        _context253.n = 6;
        break;
      case 5:
        _context253.p = 5;
        _t355 = _context253.v;
        _iterator49.e(_t355);
      case 6:
        _context253.p = 6;
        _iterator49.f();
        return _context253.f(6);
      case 7:
        return _context253.a(2, best);
    }
  }, _marked151, null, [[1, 5, 6, 7]]);
}
function c255(n, k) {
  var acc, i, v, _t356, _t357;
  return _regenerator().w(function (_context254) {
    while (1) switch (_context254.n) {
      case 0:
        acc = 61;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context254.n = 5;
          break;
        }
        v = (i * 5 + k) % 8;
        if (!(v > 4)) {
          _context254.n = 3;
          break;
        }
        _t356 = acc;
        _context254.n = 2;
        return v;
      case 2:
        _t357 = _context254.v;
        acc = _t356 += _t357 | 0;
        _context254.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context254.n = 1;
        break;
      case 5:
        return _context254.a(2, acc);
    }
  }, _marked152);
}
function c256(n, k) {
  var count, i, _t358;
  return _regenerator().w(function (_context255) {
    while (1) switch (_context255.p = _context255.n) {
      case 0:
        count = 0;
        _context255.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context255.n = 8;
          break;
        }
        _t358 = (i + k) % 3;
        _context255.n = _t358 === 0 ? 3 : _t358 === 1 ? 5 : 6;
        break;
      case 3:
        _context255.n = 4;
        return i * 6;
      case 4:
        return _context255.a(3, 7);
      case 5:
        count += 9;
        return _context255.a(3, 7);
      case 6:
        return _context255.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context255.n = 2;
        break;
      case 8:
        _context255.p = 8;
        sink = sink + count | 0;
        return _context255.f(8);
      case 9:
        return _context255.a(2);
    }
  }, _marked153, null, [[1,, 8, 9]]);
}
function c257(n, k) {
  var total, i, _t359, _t360, _t361;
  return _regeneratorAsync(function (_context256) {
    while (1) switch (_context256.p = _context256.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context256.n = 6;
          break;
        }
        _context256.p = 2;
        _t359 = total;
        _context256.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t360 = _context256.v;
        total = _t359 += _t360 * 7;
        _context256.n = 5;
        break;
      case 4:
        _context256.p = 4;
        _t361 = _context256.v;
        total -= 1;
      case 5:
        i++;
        _context256.n = 1;
        break;
      case 6:
        return _context256.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c258(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context257) {
    while (1) switch (_context257.n) {
      case 0:
        _context257.n = 1;
        return _awaitAsyncGenerator(c257(n, k + 1));
      case 1:
        first = _context257.v;
        second = first * 8;
        if (!(first % 11 === 0)) {
          _context257.n = 3;
          break;
        }
        _context257.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context257.v;
      case 3:
        return _context257.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c259(n, k) {
  var best, _iterator50, _step50, v, _t362;
  return _regenerator().w(function (_context258) {
    while (1) switch (_context258.p = _context258.n) {
      case 0:
        best = -1;
        _iterator50 = _createForOfIteratorHelper(c255(n, k));
        _context258.p = 1;
        _iterator50.s();
      case 2:
        if ((_step50 = _iterator50.n()).done) {
          _context258.n = 4;
          break;
        }
        v = _step50.value;
        if (!(v > best)) {
          _context258.n = 3;
          break;
        }
        _context258.n = 3;
        return (best = v) * 9 + v;
      case 3:
        _context258.n = 2;
        break;
      case 4:
        _context258.n = 6;
        break;
      case 5:
        _context258.p = 5;
        _t362 = _context258.v;
        _iterator50.e(_t362);
      case 6:
        _context258.p = 6;
        _iterator50.f();
        return _context258.f(6);
      case 7:
        return _context258.a(2, best);
    }
  }, _marked154, null, [[1, 5, 6, 7]]);
}
function c260(n, k) {
  var acc, i, v, _t363, _t364;
  return _regenerator().w(function (_context259) {
    while (1) switch (_context259.n) {
      case 0:
        acc = 66;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context259.n = 5;
          break;
        }
        v = (i * 10 + k) % 13;
        if (!(v > 6)) {
          _context259.n = 3;
          break;
        }
        _t363 = acc;
        _context259.n = 2;
        return v;
      case 2:
        _t364 = _context259.v;
        acc = _t363 += _t364 | 0;
        _context259.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context259.n = 1;
        break;
      case 5:
        return _context259.a(2, acc);
    }
  }, _marked155);
}
function c261(n, k) {
  var count, i, _t365;
  return _regenerator().w(function (_context260) {
    while (1) switch (_context260.p = _context260.n) {
      case 0:
        count = 0;
        _context260.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context260.n = 8;
          break;
        }
        _t365 = (i + k) % 3;
        _context260.n = _t365 === 0 ? 3 : _t365 === 1 ? 5 : 6;
        break;
      case 3:
        _context260.n = 4;
        return i * 11;
      case 4:
        return _context260.a(3, 7);
      case 5:
        count += 5;
        return _context260.a(3, 7);
      case 6:
        return _context260.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context260.n = 2;
        break;
      case 8:
        _context260.p = 8;
        sink = sink + count | 0;
        return _context260.f(8);
      case 9:
        return _context260.a(2);
    }
  }, _marked156, null, [[1,, 8, 9]]);
}
function c262(n, k) {
  var total, i, _t366, _t367, _t368;
  return _regeneratorAsync(function (_context261) {
    while (1) switch (_context261.p = _context261.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context261.n = 6;
          break;
        }
        _context261.p = 2;
        _t366 = total;
        _context261.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t367 = _context261.v;
        total = _t366 += _t367 * 12;
        _context261.n = 5;
        break;
      case 4:
        _context261.p = 4;
        _t368 = _context261.v;
        total -= 1;
      case 5:
        i++;
        _context261.n = 1;
        break;
      case 6:
        return _context261.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c263(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context262) {
    while (1) switch (_context262.n) {
      case 0:
        _context262.n = 1;
        return _awaitAsyncGenerator(c262(n, k + 1));
      case 1:
        first = _context262.v;
        second = first * 13;
        if (!(first % 7 === 0)) {
          _context262.n = 3;
          break;
        }
        _context262.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context262.v;
      case 3:
        return _context262.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c264(n, k) {
  var best, _iterator51, _step51, v, _t369;
  return _regenerator().w(function (_context263) {
    while (1) switch (_context263.p = _context263.n) {
      case 0:
        best = -1;
        _iterator51 = _createForOfIteratorHelper(c260(n, k));
        _context263.p = 1;
        _iterator51.s();
      case 2:
        if ((_step51 = _iterator51.n()).done) {
          _context263.n = 4;
          break;
        }
        v = _step51.value;
        if (!(v > best)) {
          _context263.n = 3;
          break;
        }
        _context263.n = 3;
        return (best = v) * 3 + v;
      case 3:
        _context263.n = 2;
        break;
      case 4:
        _context263.n = 6;
        break;
      case 5:
        _context263.p = 5;
        _t369 = _context263.v;
        _iterator51.e(_t369);
      case 6:
        _context263.p = 6;
        _iterator51.f();
        return _context263.f(6);
      case 7:
        return _context263.a(2, best);
    }
  }, _marked157, null, [[1, 5, 6, 7]]);
}
function c265(n, k) {
  var acc, i, v, _t370, _t371;
  return _regenerator().w(function (_context264) {
    while (1) switch (_context264.n) {
      case 0:
        acc = 71;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context264.n = 5;
          break;
        }
        v = (i * 4 + k) % 9;
        if (!(v > 4)) {
          _context264.n = 3;
          break;
        }
        _t370 = acc;
        _context264.n = 2;
        return v;
      case 2:
        _t371 = _context264.v;
        acc = _t370 += _t371 | 0;
        _context264.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context264.n = 1;
        break;
      case 5:
        return _context264.a(2, acc);
    }
  }, _marked158);
}
function c266(n, k) {
  var count, i, _t372;
  return _regenerator().w(function (_context265) {
    while (1) switch (_context265.p = _context265.n) {
      case 0:
        count = 0;
        _context265.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context265.n = 8;
          break;
        }
        _t372 = (i + k) % 3;
        _context265.n = _t372 === 0 ? 3 : _t372 === 1 ? 5 : 6;
        break;
      case 3:
        _context265.n = 4;
        return i * 5;
      case 4:
        return _context265.a(3, 7);
      case 5:
        count += 10;
        return _context265.a(3, 7);
      case 6:
        return _context265.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context265.n = 2;
        break;
      case 8:
        _context265.p = 8;
        sink = sink + count | 0;
        return _context265.f(8);
      case 9:
        return _context265.a(2);
    }
  }, _marked159, null, [[1,, 8, 9]]);
}
function c267(n, k) {
  var total, i, _t373, _t374, _t375;
  return _regeneratorAsync(function (_context266) {
    while (1) switch (_context266.p = _context266.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context266.n = 6;
          break;
        }
        _context266.p = 2;
        _t373 = total;
        _context266.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t374 = _context266.v;
        total = _t373 += _t374 * 6;
        _context266.n = 5;
        break;
      case 4:
        _context266.p = 4;
        _t375 = _context266.v;
        total -= 1;
      case 5:
        i++;
        _context266.n = 1;
        break;
      case 6:
        return _context266.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c268(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context267) {
    while (1) switch (_context267.n) {
      case 0:
        _context267.n = 1;
        return _awaitAsyncGenerator(c267(n, k + 1));
      case 1:
        first = _context267.v;
        second = first * 7;
        if (!(first % 12 === 0)) {
          _context267.n = 3;
          break;
        }
        _context267.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context267.v;
      case 3:
        return _context267.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c269(n, k) {
  var best, _iterator52, _step52, v, _t376;
  return _regenerator().w(function (_context268) {
    while (1) switch (_context268.p = _context268.n) {
      case 0:
        best = -1;
        _iterator52 = _createForOfIteratorHelper(c265(n, k));
        _context268.p = 1;
        _iterator52.s();
      case 2:
        if ((_step52 = _iterator52.n()).done) {
          _context268.n = 4;
          break;
        }
        v = _step52.value;
        if (!(v > best)) {
          _context268.n = 3;
          break;
        }
        _context268.n = 3;
        return (best = v) * 8 + v;
      case 3:
        _context268.n = 2;
        break;
      case 4:
        _context268.n = 6;
        break;
      case 5:
        _context268.p = 5;
        _t376 = _context268.v;
        _iterator52.e(_t376);
      case 6:
        _context268.p = 6;
        _iterator52.f();
        return _context268.f(6);
      case 7:
        return _context268.a(2, best);
    }
  }, _marked160, null, [[1, 5, 6, 7]]);
}
function c270(n, k) {
  var acc, i, v, _t377, _t378;
  return _regenerator().w(function (_context269) {
    while (1) switch (_context269.n) {
      case 0:
        acc = 76;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context269.n = 5;
          break;
        }
        v = (i * 9 + k) % 5;
        if (!(v > 2)) {
          _context269.n = 3;
          break;
        }
        _t377 = acc;
        _context269.n = 2;
        return v;
      case 2:
        _t378 = _context269.v;
        acc = _t377 += _t378 | 0;
        _context269.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context269.n = 1;
        break;
      case 5:
        return _context269.a(2, acc);
    }
  }, _marked161);
}
function c271(n, k) {
  var count, i, _t379;
  return _regenerator().w(function (_context270) {
    while (1) switch (_context270.p = _context270.n) {
      case 0:
        count = 0;
        _context270.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context270.n = 8;
          break;
        }
        _t379 = (i + k) % 3;
        _context270.n = _t379 === 0 ? 3 : _t379 === 1 ? 5 : 6;
        break;
      case 3:
        _context270.n = 4;
        return i * 10;
      case 4:
        return _context270.a(3, 7);
      case 5:
        count += 6;
        return _context270.a(3, 7);
      case 6:
        return _context270.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context270.n = 2;
        break;
      case 8:
        _context270.p = 8;
        sink = sink + count | 0;
        return _context270.f(8);
      case 9:
        return _context270.a(2);
    }
  }, _marked162, null, [[1,, 8, 9]]);
}
function c272(n, k) {
  var total, i, _t380, _t381, _t382;
  return _regeneratorAsync(function (_context271) {
    while (1) switch (_context271.p = _context271.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context271.n = 6;
          break;
        }
        _context271.p = 2;
        _t380 = total;
        _context271.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t381 = _context271.v;
        total = _t380 += _t381 * 11;
        _context271.n = 5;
        break;
      case 4:
        _context271.p = 4;
        _t382 = _context271.v;
        total -= 1;
      case 5:
        i++;
        _context271.n = 1;
        break;
      case 6:
        return _context271.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c273(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context272) {
    while (1) switch (_context272.n) {
      case 0:
        _context272.n = 1;
        return _awaitAsyncGenerator(c272(n, k + 1));
      case 1:
        first = _context272.v;
        second = first * 12;
        if (!(first % 8 === 0)) {
          _context272.n = 3;
          break;
        }
        _context272.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context272.v;
      case 3:
        return _context272.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c274(n, k) {
  var best, _iterator53, _step53, v, _t383;
  return _regenerator().w(function (_context273) {
    while (1) switch (_context273.p = _context273.n) {
      case 0:
        best = -1;
        _iterator53 = _createForOfIteratorHelper(c270(n, k));
        _context273.p = 1;
        _iterator53.s();
      case 2:
        if ((_step53 = _iterator53.n()).done) {
          _context273.n = 4;
          break;
        }
        v = _step53.value;
        if (!(v > best)) {
          _context273.n = 3;
          break;
        }
        _context273.n = 3;
        return (best = v) * 13 + v;
      case 3:
        _context273.n = 2;
        break;
      case 4:
        _context273.n = 6;
        break;
      case 5:
        _context273.p = 5;
        _t383 = _context273.v;
        _iterator53.e(_t383);
      case 6:
        _context273.p = 6;
        _iterator53.f();
        return _context273.f(6);
      case 7:
        return _context273.a(2, best);
    }
  }, _marked163, null, [[1, 5, 6, 7]]);
}
function c275(n, k) {
  var acc, i, v, _t384, _t385;
  return _regenerator().w(function (_context274) {
    while (1) switch (_context274.n) {
      case 0:
        acc = 81;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context274.n = 5;
          break;
        }
        v = (i * 3 + k) % 10;
        if (!(v > 5)) {
          _context274.n = 3;
          break;
        }
        _t384 = acc;
        _context274.n = 2;
        return v;
      case 2:
        _t385 = _context274.v;
        acc = _t384 += _t385 | 0;
        _context274.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context274.n = 1;
        break;
      case 5:
        return _context274.a(2, acc);
    }
  }, _marked164);
}
function c276(n, k) {
  var count, i, _t386;
  return _regenerator().w(function (_context275) {
    while (1) switch (_context275.p = _context275.n) {
      case 0:
        count = 0;
        _context275.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context275.n = 8;
          break;
        }
        _t386 = (i + k) % 3;
        _context275.n = _t386 === 0 ? 3 : _t386 === 1 ? 5 : 6;
        break;
      case 3:
        _context275.n = 4;
        return i * 4;
      case 4:
        return _context275.a(3, 7);
      case 5:
        count += 11;
        return _context275.a(3, 7);
      case 6:
        return _context275.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context275.n = 2;
        break;
      case 8:
        _context275.p = 8;
        sink = sink + count | 0;
        return _context275.f(8);
      case 9:
        return _context275.a(2);
    }
  }, _marked165, null, [[1,, 8, 9]]);
}
function c277(n, k) {
  var total, i, _t387, _t388, _t389;
  return _regeneratorAsync(function (_context276) {
    while (1) switch (_context276.p = _context276.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context276.n = 6;
          break;
        }
        _context276.p = 2;
        _t387 = total;
        _context276.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t388 = _context276.v;
        total = _t387 += _t388 * 5;
        _context276.n = 5;
        break;
      case 4:
        _context276.p = 4;
        _t389 = _context276.v;
        total -= 1;
      case 5:
        i++;
        _context276.n = 1;
        break;
      case 6:
        return _context276.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c278(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context277) {
    while (1) switch (_context277.n) {
      case 0:
        _context277.n = 1;
        return _awaitAsyncGenerator(c277(n, k + 1));
      case 1:
        first = _context277.v;
        second = first * 6;
        if (!(first % 13 === 0)) {
          _context277.n = 3;
          break;
        }
        _context277.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context277.v;
      case 3:
        return _context277.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c279(n, k) {
  var best, _iterator54, _step54, v, _t390;
  return _regenerator().w(function (_context278) {
    while (1) switch (_context278.p = _context278.n) {
      case 0:
        best = -1;
        _iterator54 = _createForOfIteratorHelper(c275(n, k));
        _context278.p = 1;
        _iterator54.s();
      case 2:
        if ((_step54 = _iterator54.n()).done) {
          _context278.n = 4;
          break;
        }
        v = _step54.value;
        if (!(v > best)) {
          _context278.n = 3;
          break;
        }
        _context278.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context278.n = 2;
        break;
      case 4:
        _context278.n = 6;
        break;
      case 5:
        _context278.p = 5;
        _t390 = _context278.v;
        _iterator54.e(_t390);
      case 6:
        _context278.p = 6;
        _iterator54.f();
        return _context278.f(6);
      case 7:
        return _context278.a(2, best);
    }
  }, _marked166, null, [[1, 5, 6, 7]]);
}
function c280(n, k) {
  var acc, i, v, _t391, _t392;
  return _regenerator().w(function (_context279) {
    while (1) switch (_context279.n) {
      case 0:
        acc = 86;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context279.n = 5;
          break;
        }
        v = (i * 8 + k) % 6;
        if (!(v > 3)) {
          _context279.n = 3;
          break;
        }
        _t391 = acc;
        _context279.n = 2;
        return v;
      case 2:
        _t392 = _context279.v;
        acc = _t391 += _t392 | 0;
        _context279.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context279.n = 1;
        break;
      case 5:
        return _context279.a(2, acc);
    }
  }, _marked167);
}
function c281(n, k) {
  var count, i, _t393;
  return _regenerator().w(function (_context280) {
    while (1) switch (_context280.p = _context280.n) {
      case 0:
        count = 0;
        _context280.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context280.n = 8;
          break;
        }
        _t393 = (i + k) % 3;
        _context280.n = _t393 === 0 ? 3 : _t393 === 1 ? 5 : 6;
        break;
      case 3:
        _context280.n = 4;
        return i * 9;
      case 4:
        return _context280.a(3, 7);
      case 5:
        count += 7;
        return _context280.a(3, 7);
      case 6:
        return _context280.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context280.n = 2;
        break;
      case 8:
        _context280.p = 8;
        sink = sink + count | 0;
        return _context280.f(8);
      case 9:
        return _context280.a(2);
    }
  }, _marked168, null, [[1,, 8, 9]]);
}
function c282(n, k) {
  var total, i, _t394, _t395, _t396;
  return _regeneratorAsync(function (_context281) {
    while (1) switch (_context281.p = _context281.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context281.n = 6;
          break;
        }
        _context281.p = 2;
        _t394 = total;
        _context281.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t395 = _context281.v;
        total = _t394 += _t395 * 10;
        _context281.n = 5;
        break;
      case 4:
        _context281.p = 4;
        _t396 = _context281.v;
        total -= 1;
      case 5:
        i++;
        _context281.n = 1;
        break;
      case 6:
        return _context281.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c283(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context282) {
    while (1) switch (_context282.n) {
      case 0:
        _context282.n = 1;
        return _awaitAsyncGenerator(c282(n, k + 1));
      case 1:
        first = _context282.v;
        second = first * 11;
        if (!(first % 9 === 0)) {
          _context282.n = 3;
          break;
        }
        _context282.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context282.v;
      case 3:
        return _context282.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c284(n, k) {
  var best, _iterator55, _step55, v, _t397;
  return _regenerator().w(function (_context283) {
    while (1) switch (_context283.p = _context283.n) {
      case 0:
        best = -1;
        _iterator55 = _createForOfIteratorHelper(c280(n, k));
        _context283.p = 1;
        _iterator55.s();
      case 2:
        if ((_step55 = _iterator55.n()).done) {
          _context283.n = 4;
          break;
        }
        v = _step55.value;
        if (!(v > best)) {
          _context283.n = 3;
          break;
        }
        _context283.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context283.n = 2;
        break;
      case 4:
        _context283.n = 6;
        break;
      case 5:
        _context283.p = 5;
        _t397 = _context283.v;
        _iterator55.e(_t397);
      case 6:
        _context283.p = 6;
        _iterator55.f();
        return _context283.f(6);
      case 7:
        return _context283.a(2, best);
    }
  }, _marked169, null, [[1, 5, 6, 7]]);
}
function c285(n, k) {
  var acc, i, v, _t398, _t399;
  return _regenerator().w(function (_context284) {
    while (1) switch (_context284.n) {
      case 0:
        acc = 91;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context284.n = 5;
          break;
        }
        v = (i * 13 + k) % 11;
        if (!(v > 5)) {
          _context284.n = 3;
          break;
        }
        _t398 = acc;
        _context284.n = 2;
        return v;
      case 2:
        _t399 = _context284.v;
        acc = _t398 += _t399 | 0;
        _context284.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context284.n = 1;
        break;
      case 5:
        return _context284.a(2, acc);
    }
  }, _marked170);
}
function c286(n, k) {
  var count, i, _t400;
  return _regenerator().w(function (_context285) {
    while (1) switch (_context285.p = _context285.n) {
      case 0:
        count = 0;
        _context285.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context285.n = 8;
          break;
        }
        _t400 = (i + k) % 3;
        _context285.n = _t400 === 0 ? 3 : _t400 === 1 ? 5 : 6;
        break;
      case 3:
        _context285.n = 4;
        return i * 3;
      case 4:
        return _context285.a(3, 7);
      case 5:
        count += 12;
        return _context285.a(3, 7);
      case 6:
        return _context285.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context285.n = 2;
        break;
      case 8:
        _context285.p = 8;
        sink = sink + count | 0;
        return _context285.f(8);
      case 9:
        return _context285.a(2);
    }
  }, _marked171, null, [[1,, 8, 9]]);
}
function c287(n, k) {
  var total, i, _t401, _t402, _t403;
  return _regeneratorAsync(function (_context286) {
    while (1) switch (_context286.p = _context286.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context286.n = 6;
          break;
        }
        _context286.p = 2;
        _t401 = total;
        _context286.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t402 = _context286.v;
        total = _t401 += _t402 * 4;
        _context286.n = 5;
        break;
      case 4:
        _context286.p = 4;
        _t403 = _context286.v;
        total -= 1;
      case 5:
        i++;
        _context286.n = 1;
        break;
      case 6:
        return _context286.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c288(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context287) {
    while (1) switch (_context287.n) {
      case 0:
        _context287.n = 1;
        return _awaitAsyncGenerator(c287(n, k + 1));
      case 1:
        first = _context287.v;
        second = first * 5;
        if (!(first % 5 === 0)) {
          _context287.n = 3;
          break;
        }
        _context287.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context287.v;
      case 3:
        return _context287.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c289(n, k) {
  var best, _iterator56, _step56, v, _t404;
  return _regenerator().w(function (_context288) {
    while (1) switch (_context288.p = _context288.n) {
      case 0:
        best = -1;
        _iterator56 = _createForOfIteratorHelper(c285(n, k));
        _context288.p = 1;
        _iterator56.s();
      case 2:
        if ((_step56 = _iterator56.n()).done) {
          _context288.n = 4;
          break;
        }
        v = _step56.value;
        if (!(v > best)) {
          _context288.n = 3;
          break;
        }
        _context288.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context288.n = 2;
        break;
      case 4:
        _context288.n = 6;
        break;
      case 5:
        _context288.p = 5;
        _t404 = _context288.v;
        _iterator56.e(_t404);
      case 6:
        _context288.p = 6;
        _iterator56.f();
        return _context288.f(6);
      case 7:
        return _context288.a(2, best);
    }
  }, _marked172, null, [[1, 5, 6, 7]]);
}
function c290(n, k) {
  var acc, i, v, _t405, _t406;
  return _regenerator().w(function (_context289) {
    while (1) switch (_context289.n) {
      case 0:
        acc = 96;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context289.n = 5;
          break;
        }
        v = (i * 7 + k) % 7;
        if (!(v > 3)) {
          _context289.n = 3;
          break;
        }
        _t405 = acc;
        _context289.n = 2;
        return v;
      case 2:
        _t406 = _context289.v;
        acc = _t405 += _t406 | 0;
        _context289.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context289.n = 1;
        break;
      case 5:
        return _context289.a(2, acc);
    }
  }, _marked173);
}
function c291(n, k) {
  var count, i, _t407;
  return _regenerator().w(function (_context290) {
    while (1) switch (_context290.p = _context290.n) {
      case 0:
        count = 0;
        _context290.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context290.n = 8;
          break;
        }
        _t407 = (i + k) % 3;
        _context290.n = _t407 === 0 ? 3 : _t407 === 1 ? 5 : 6;
        break;
      case 3:
        _context290.n = 4;
        return i * 8;
      case 4:
        return _context290.a(3, 7);
      case 5:
        count += 8;
        return _context290.a(3, 7);
      case 6:
        return _context290.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context290.n = 2;
        break;
      case 8:
        _context290.p = 8;
        sink = sink + count | 0;
        return _context290.f(8);
      case 9:
        return _context290.a(2);
    }
  }, _marked174, null, [[1,, 8, 9]]);
}
function c292(n, k) {
  var total, i, _t408, _t409, _t410;
  return _regeneratorAsync(function (_context291) {
    while (1) switch (_context291.p = _context291.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context291.n = 6;
          break;
        }
        _context291.p = 2;
        _t408 = total;
        _context291.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t409 = _context291.v;
        total = _t408 += _t409 * 9;
        _context291.n = 5;
        break;
      case 4:
        _context291.p = 4;
        _t410 = _context291.v;
        total -= 1;
      case 5:
        i++;
        _context291.n = 1;
        break;
      case 6:
        return _context291.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c293(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context292) {
    while (1) switch (_context292.n) {
      case 0:
        _context292.n = 1;
        return _awaitAsyncGenerator(c292(n, k + 1));
      case 1:
        first = _context292.v;
        second = first * 10;
        if (!(first % 10 === 0)) {
          _context292.n = 3;
          break;
        }
        _context292.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context292.v;
      case 3:
        return _context292.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c294(n, k) {
  var best, _iterator57, _step57, v, _t411;
  return _regenerator().w(function (_context293) {
    while (1) switch (_context293.p = _context293.n) {
      case 0:
        best = -1;
        _iterator57 = _createForOfIteratorHelper(c290(n, k));
        _context293.p = 1;
        _iterator57.s();
      case 2:
        if ((_step57 = _iterator57.n()).done) {
          _context293.n = 4;
          break;
        }
        v = _step57.value;
        if (!(v > best)) {
          _context293.n = 3;
          break;
        }
        _context293.n = 3;
        return (best = v) * 11 + v;
      case 3:
        _context293.n = 2;
        break;
      case 4:
        _context293.n = 6;
        break;
      case 5:
        _context293.p = 5;
        _t411 = _context293.v;
        _iterator57.e(_t411);
      case 6:
        _context293.p = 6;
        _iterator57.f();
        return _context293.f(6);
      case 7:
        return _context293.a(2, best);
    }
  }, _marked175, null, [[1, 5, 6, 7]]);
}
function c295(n, k) {
  var acc, i, v, _t412, _t413;
  return _regenerator().w(function (_context294) {
    while (1) switch (_context294.n) {
      case 0:
        acc = 4;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context294.n = 5;
          break;
        }
        v = (i * 12 + k) % 12;
        if (!(v > 6)) {
          _context294.n = 3;
          break;
        }
        _t412 = acc;
        _context294.n = 2;
        return v;
      case 2:
        _t413 = _context294.v;
        acc = _t412 += _t413 | 0;
        _context294.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context294.n = 1;
        break;
      case 5:
        return _context294.a(2, acc);
    }
  }, _marked176);
}
function c296(n, k) {
  var count, i, _t414;
  return _regenerator().w(function (_context295) {
    while (1) switch (_context295.p = _context295.n) {
      case 0:
        count = 0;
        _context295.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context295.n = 8;
          break;
        }
        _t414 = (i + k) % 3;
        _context295.n = _t414 === 0 ? 3 : _t414 === 1 ? 5 : 6;
        break;
      case 3:
        _context295.n = 4;
        return i * 13;
      case 4:
        return _context295.a(3, 7);
      case 5:
        count += 13;
        return _context295.a(3, 7);
      case 6:
        return _context295.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context295.n = 2;
        break;
      case 8:
        _context295.p = 8;
        sink = sink + count | 0;
        return _context295.f(8);
      case 9:
        return _context295.a(2);
    }
  }, _marked177, null, [[1,, 8, 9]]);
}
function c297(n, k) {
  var total, i, _t415, _t416, _t417;
  return _regeneratorAsync(function (_context296) {
    while (1) switch (_context296.p = _context296.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context296.n = 6;
          break;
        }
        _context296.p = 2;
        _t415 = total;
        _context296.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t416 = _context296.v;
        total = _t415 += _t416 * 3;
        _context296.n = 5;
        break;
      case 4:
        _context296.p = 4;
        _t417 = _context296.v;
        total -= 1;
      case 5:
        i++;
        _context296.n = 1;
        break;
      case 6:
        return _context296.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c298(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context297) {
    while (1) switch (_context297.n) {
      case 0:
        _context297.n = 1;
        return _awaitAsyncGenerator(c297(n, k + 1));
      case 1:
        first = _context297.v;
        second = first * 4;
        if (!(first % 6 === 0)) {
          _context297.n = 3;
          break;
        }
        _context297.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context297.v;
      case 3:
        return _context297.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c299(n, k) {
  var best, _iterator58, _step58, v, _t418;
  return _regenerator().w(function (_context298) {
    while (1) switch (_context298.p = _context298.n) {
      case 0:
        best = -1;
        _iterator58 = _createForOfIteratorHelper(c295(n, k));
        _context298.p = 1;
        _iterator58.s();
      case 2:
        if ((_step58 = _iterator58.n()).done) {
          _context298.n = 4;
          break;
        }
        v = _step58.value;
        if (!(v > best)) {
          _context298.n = 3;
          break;
        }
        _context298.n = 3;
        return (best = v) * 5 + v;
      case 3:
        _context298.n = 2;
        break;
      case 4:
        _context298.n = 6;
        break;
      case 5:
        _context298.p = 5;
        _t418 = _context298.v;
        _iterator58.e(_t418);
      case 6:
        _context298.p = 6;
        _iterator58.f();
        return _context298.f(6);
      case 7:
        return _context298.a(2, best);
    }
  }, _marked178, null, [[1, 5, 6, 7]]);
}
function c300(n, k) {
  var acc, i, v, _t419, _t420;
  return _regenerator().w(function (_context299) {
    while (1) switch (_context299.n) {
      case 0:
        acc = 9;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context299.n = 5;
          break;
        }
        v = (i * 6 + k) % 8;
        if (!(v > 4)) {
          _context299.n = 3;
          break;
        }
        _t419 = acc;
        _context299.n = 2;
        return v;
      case 2:
        _t420 = _context299.v;
        acc = _t419 += _t420 | 0;
        _context299.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context299.n = 1;
        break;
      case 5:
        return _context299.a(2, acc);
    }
  }, _marked179);
}
function c301(n, k) {
  var count, i, _t421;
  return _regenerator().w(function (_context300) {
    while (1) switch (_context300.p = _context300.n) {
      case 0:
        count = 0;
        _context300.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context300.n = 8;
          break;
        }
        _t421 = (i + k) % 3;
        _context300.n = _t421 === 0 ? 3 : _t421 === 1 ? 5 : 6;
        break;
      case 3:
        _context300.n = 4;
        return i * 7;
      case 4:
        return _context300.a(3, 7);
      case 5:
        count += 9;
        return _context300.a(3, 7);
      case 6:
        return _context300.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context300.n = 2;
        break;
      case 8:
        _context300.p = 8;
        sink = sink + count | 0;
        return _context300.f(8);
      case 9:
        return _context300.a(2);
    }
  }, _marked180, null, [[1,, 8, 9]]);
}
function c302(n, k) {
  var total, i, _t422, _t423, _t424;
  return _regeneratorAsync(function (_context301) {
    while (1) switch (_context301.p = _context301.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context301.n = 6;
          break;
        }
        _context301.p = 2;
        _t422 = total;
        _context301.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t423 = _context301.v;
        total = _t422 += _t423 * 8;
        _context301.n = 5;
        break;
      case 4:
        _context301.p = 4;
        _t424 = _context301.v;
        total -= 1;
      case 5:
        i++;
        _context301.n = 1;
        break;
      case 6:
        return _context301.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c303(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context302) {
    while (1) switch (_context302.n) {
      case 0:
        _context302.n = 1;
        return _awaitAsyncGenerator(c302(n, k + 1));
      case 1:
        first = _context302.v;
        second = first * 9;
        if (!(first % 11 === 0)) {
          _context302.n = 3;
          break;
        }
        _context302.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context302.v;
      case 3:
        return _context302.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c304(n, k) {
  var best, _iterator59, _step59, v, _t425;
  return _regenerator().w(function (_context303) {
    while (1) switch (_context303.p = _context303.n) {
      case 0:
        best = -1;
        _iterator59 = _createForOfIteratorHelper(c300(n, k));
        _context303.p = 1;
        _iterator59.s();
      case 2:
        if ((_step59 = _iterator59.n()).done) {
          _context303.n = 4;
          break;
        }
        v = _step59.value;
        if (!(v > best)) {
          _context303.n = 3;
          break;
        }
        _context303.n = 3;
        return (best = v) * 10 + v;
      case 3:
        _context303.n = 2;
        break;
      case 4:
        _context303.n = 6;
        break;
      case 5:
        _context303.p = 5;
        _t425 = _context303.v;
        _iterator59.e(_t425);
      case 6:
        _context303.p = 6;
        _iterator59.f();
        return _context303.f(6);
      case 7:
        return _context303.a(2, best);
    }
  }, _marked181, null, [[1, 5, 6, 7]]);
}
function c305(n, k) {
  var acc, i, v, _t426, _t427;
  return _regenerator().w(function (_context304) {
    while (1) switch (_context304.n) {
      case 0:
        acc = 14;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context304.n = 5;
          break;
        }
        v = (i * 11 + k) % 13;
        if (!(v > 6)) {
          _context304.n = 3;
          break;
        }
        _t426 = acc;
        _context304.n = 2;
        return v;
      case 2:
        _t427 = _context304.v;
        acc = _t426 += _t427 | 0;
        _context304.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context304.n = 1;
        break;
      case 5:
        return _context304.a(2, acc);
    }
  }, _marked182);
}
function c306(n, k) {
  var count, i, _t428;
  return _regenerator().w(function (_context305) {
    while (1) switch (_context305.p = _context305.n) {
      case 0:
        count = 0;
        _context305.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context305.n = 8;
          break;
        }
        _t428 = (i + k) % 3;
        _context305.n = _t428 === 0 ? 3 : _t428 === 1 ? 5 : 6;
        break;
      case 3:
        _context305.n = 4;
        return i * 12;
      case 4:
        return _context305.a(3, 7);
      case 5:
        count += 5;
        return _context305.a(3, 7);
      case 6:
        return _context305.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context305.n = 2;
        break;
      case 8:
        _context305.p = 8;
        sink = sink + count | 0;
        return _context305.f(8);
      case 9:
        return _context305.a(2);
    }
  }, _marked183, null, [[1,, 8, 9]]);
}
function c307(n, k) {
  var total, i, _t429, _t430, _t431;
  return _regeneratorAsync(function (_context306) {
    while (1) switch (_context306.p = _context306.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context306.n = 6;
          break;
        }
        _context306.p = 2;
        _t429 = total;
        _context306.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t430 = _context306.v;
        total = _t429 += _t430 * 13;
        _context306.n = 5;
        break;
      case 4:
        _context306.p = 4;
        _t431 = _context306.v;
        total -= 1;
      case 5:
        i++;
        _context306.n = 1;
        break;
      case 6:
        return _context306.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c308(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context307) {
    while (1) switch (_context307.n) {
      case 0:
        _context307.n = 1;
        return _awaitAsyncGenerator(c307(n, k + 1));
      case 1:
        first = _context307.v;
        second = first * 3;
        if (!(first % 7 === 0)) {
          _context307.n = 3;
          break;
        }
        _context307.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context307.v;
      case 3:
        return _context307.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c309(n, k) {
  var best, _iterator60, _step60, v, _t432;
  return _regenerator().w(function (_context308) {
    while (1) switch (_context308.p = _context308.n) {
      case 0:
        best = -1;
        _iterator60 = _createForOfIteratorHelper(c305(n, k));
        _context308.p = 1;
        _iterator60.s();
      case 2:
        if ((_step60 = _iterator60.n()).done) {
          _context308.n = 4;
          break;
        }
        v = _step60.value;
        if (!(v > best)) {
          _context308.n = 3;
          break;
        }
        _context308.n = 3;
        return (best = v) * 4 + v;
      case 3:
        _context308.n = 2;
        break;
      case 4:
        _context308.n = 6;
        break;
      case 5:
        _context308.p = 5;
        _t432 = _context308.v;
        _iterator60.e(_t432);
      case 6:
        _context308.p = 6;
        _iterator60.f();
        return _context308.f(6);
      case 7:
        return _context308.a(2, best);
    }
  }, _marked184, null, [[1, 5, 6, 7]]);
}
function c310(n, k) {
  var acc, i, v, _t433, _t434;
  return _regenerator().w(function (_context309) {
    while (1) switch (_context309.n) {
      case 0:
        acc = 19;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context309.n = 5;
          break;
        }
        v = (i * 5 + k) % 9;
        if (!(v > 4)) {
          _context309.n = 3;
          break;
        }
        _t433 = acc;
        _context309.n = 2;
        return v;
      case 2:
        _t434 = _context309.v;
        acc = _t433 += _t434 | 0;
        _context309.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context309.n = 1;
        break;
      case 5:
        return _context309.a(2, acc);
    }
  }, _marked185);
}
function c311(n, k) {
  var count, i, _t435;
  return _regenerator().w(function (_context310) {
    while (1) switch (_context310.p = _context310.n) {
      case 0:
        count = 0;
        _context310.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context310.n = 8;
          break;
        }
        _t435 = (i + k) % 3;
        _context310.n = _t435 === 0 ? 3 : _t435 === 1 ? 5 : 6;
        break;
      case 3:
        _context310.n = 4;
        return i * 6;
      case 4:
        return _context310.a(3, 7);
      case 5:
        count += 10;
        return _context310.a(3, 7);
      case 6:
        return _context310.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context310.n = 2;
        break;
      case 8:
        _context310.p = 8;
        sink = sink + count | 0;
        return _context310.f(8);
      case 9:
        return _context310.a(2);
    }
  }, _marked186, null, [[1,, 8, 9]]);
}
function c312(n, k) {
  var total, i, _t436, _t437, _t438;
  return _regeneratorAsync(function (_context311) {
    while (1) switch (_context311.p = _context311.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context311.n = 6;
          break;
        }
        _context311.p = 2;
        _t436 = total;
        _context311.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t437 = _context311.v;
        total = _t436 += _t437 * 7;
        _context311.n = 5;
        break;
      case 4:
        _context311.p = 4;
        _t438 = _context311.v;
        total -= 1;
      case 5:
        i++;
        _context311.n = 1;
        break;
      case 6:
        return _context311.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c313(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context312) {
    while (1) switch (_context312.n) {
      case 0:
        _context312.n = 1;
        return _awaitAsyncGenerator(c312(n, k + 1));
      case 1:
        first = _context312.v;
        second = first * 8;
        if (!(first % 12 === 0)) {
          _context312.n = 3;
          break;
        }
        _context312.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context312.v;
      case 3:
        return _context312.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c314(n, k) {
  var best, _iterator61, _step61, v, _t439;
  return _regenerator().w(function (_context313) {
    while (1) switch (_context313.p = _context313.n) {
      case 0:
        best = -1;
        _iterator61 = _createForOfIteratorHelper(c310(n, k));
        _context313.p = 1;
        _iterator61.s();
      case 2:
        if ((_step61 = _iterator61.n()).done) {
          _context313.n = 4;
          break;
        }
        v = _step61.value;
        if (!(v > best)) {
          _context313.n = 3;
          break;
        }
        _context313.n = 3;
        return (best = v) * 9 + v;
      case 3:
        _context313.n = 2;
        break;
      case 4:
        _context313.n = 6;
        break;
      case 5:
        _context313.p = 5;
        _t439 = _context313.v;
        _iterator61.e(_t439);
      case 6:
        _context313.p = 6;
        _iterator61.f();
        return _context313.f(6);
      case 7:
        return _context313.a(2, best);
    }
  }, _marked187, null, [[1, 5, 6, 7]]);
}
function c315(n, k) {
  var acc, i, v, _t440, _t441;
  return _regenerator().w(function (_context314) {
    while (1) switch (_context314.n) {
      case 0:
        acc = 24;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context314.n = 5;
          break;
        }
        v = (i * 10 + k) % 5;
        if (!(v > 2)) {
          _context314.n = 3;
          break;
        }
        _t440 = acc;
        _context314.n = 2;
        return v;
      case 2:
        _t441 = _context314.v;
        acc = _t440 += _t441 | 0;
        _context314.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context314.n = 1;
        break;
      case 5:
        return _context314.a(2, acc);
    }
  }, _marked188);
}
function c316(n, k) {
  var count, i, _t442;
  return _regenerator().w(function (_context315) {
    while (1) switch (_context315.p = _context315.n) {
      case 0:
        count = 0;
        _context315.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context315.n = 8;
          break;
        }
        _t442 = (i + k) % 3;
        _context315.n = _t442 === 0 ? 3 : _t442 === 1 ? 5 : 6;
        break;
      case 3:
        _context315.n = 4;
        return i * 11;
      case 4:
        return _context315.a(3, 7);
      case 5:
        count += 6;
        return _context315.a(3, 7);
      case 6:
        return _context315.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context315.n = 2;
        break;
      case 8:
        _context315.p = 8;
        sink = sink + count | 0;
        return _context315.f(8);
      case 9:
        return _context315.a(2);
    }
  }, _marked189, null, [[1,, 8, 9]]);
}
function c317(n, k) {
  var total, i, _t443, _t444, _t445;
  return _regeneratorAsync(function (_context316) {
    while (1) switch (_context316.p = _context316.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context316.n = 6;
          break;
        }
        _context316.p = 2;
        _t443 = total;
        _context316.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t444 = _context316.v;
        total = _t443 += _t444 * 12;
        _context316.n = 5;
        break;
      case 4:
        _context316.p = 4;
        _t445 = _context316.v;
        total -= 1;
      case 5:
        i++;
        _context316.n = 1;
        break;
      case 6:
        return _context316.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c318(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context317) {
    while (1) switch (_context317.n) {
      case 0:
        _context317.n = 1;
        return _awaitAsyncGenerator(c317(n, k + 1));
      case 1:
        first = _context317.v;
        second = first * 13;
        if (!(first % 8 === 0)) {
          _context317.n = 3;
          break;
        }
        _context317.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context317.v;
      case 3:
        return _context317.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c319(n, k) {
  var best, _iterator62, _step62, v, _t446;
  return _regenerator().w(function (_context318) {
    while (1) switch (_context318.p = _context318.n) {
      case 0:
        best = -1;
        _iterator62 = _createForOfIteratorHelper(c315(n, k));
        _context318.p = 1;
        _iterator62.s();
      case 2:
        if ((_step62 = _iterator62.n()).done) {
          _context318.n = 4;
          break;
        }
        v = _step62.value;
        if (!(v > best)) {
          _context318.n = 3;
          break;
        }
        _context318.n = 3;
        return (best = v) * 3 + v;
      case 3:
        _context318.n = 2;
        break;
      case 4:
        _context318.n = 6;
        break;
      case 5:
        _context318.p = 5;
        _t446 = _context318.v;
        _iterator62.e(_t446);
      case 6:
        _context318.p = 6;
        _iterator62.f();
        return _context318.f(6);
      case 7:
        return _context318.a(2, best);
    }
  }, _marked190, null, [[1, 5, 6, 7]]);
}
function c320(n, k) {
  var acc, i, v, _t447, _t448;
  return _regenerator().w(function (_context319) {
    while (1) switch (_context319.n) {
      case 0:
        acc = 29;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context319.n = 5;
          break;
        }
        v = (i * 4 + k) % 10;
        if (!(v > 5)) {
          _context319.n = 3;
          break;
        }
        _t447 = acc;
        _context319.n = 2;
        return v;
      case 2:
        _t448 = _context319.v;
        acc = _t447 += _t448 | 0;
        _context319.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context319.n = 1;
        break;
      case 5:
        return _context319.a(2, acc);
    }
  }, _marked191);
}
function c321(n, k) {
  var count, i, _t449;
  return _regenerator().w(function (_context320) {
    while (1) switch (_context320.p = _context320.n) {
      case 0:
        count = 0;
        _context320.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context320.n = 8;
          break;
        }
        _t449 = (i + k) % 3;
        _context320.n = _t449 === 0 ? 3 : _t449 === 1 ? 5 : 6;
        break;
      case 3:
        _context320.n = 4;
        return i * 5;
      case 4:
        return _context320.a(3, 7);
      case 5:
        count += 11;
        return _context320.a(3, 7);
      case 6:
        return _context320.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context320.n = 2;
        break;
      case 8:
        _context320.p = 8;
        sink = sink + count | 0;
        return _context320.f(8);
      case 9:
        return _context320.a(2);
    }
  }, _marked192, null, [[1,, 8, 9]]);
}
function c322(n, k) {
  var total, i, _t450, _t451, _t452;
  return _regeneratorAsync(function (_context321) {
    while (1) switch (_context321.p = _context321.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context321.n = 6;
          break;
        }
        _context321.p = 2;
        _t450 = total;
        _context321.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t451 = _context321.v;
        total = _t450 += _t451 * 6;
        _context321.n = 5;
        break;
      case 4:
        _context321.p = 4;
        _t452 = _context321.v;
        total -= 1;
      case 5:
        i++;
        _context321.n = 1;
        break;
      case 6:
        return _context321.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c323(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context322) {
    while (1) switch (_context322.n) {
      case 0:
        _context322.n = 1;
        return _awaitAsyncGenerator(c322(n, k + 1));
      case 1:
        first = _context322.v;
        second = first * 7;
        if (!(first % 13 === 0)) {
          _context322.n = 3;
          break;
        }
        _context322.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context322.v;
      case 3:
        return _context322.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c324(n, k) {
  var best, _iterator63, _step63, v, _t453;
  return _regenerator().w(function (_context323) {
    while (1) switch (_context323.p = _context323.n) {
      case 0:
        best = -1;
        _iterator63 = _createForOfIteratorHelper(c320(n, k));
        _context323.p = 1;
        _iterator63.s();
      case 2:
        if ((_step63 = _iterator63.n()).done) {
          _context323.n = 4;
          break;
        }
        v = _step63.value;
        if (!(v > best)) {
          _context323.n = 3;
          break;
        }
        _context323.n = 3;
        return (best = v) * 8 + v;
      case 3:
        _context323.n = 2;
        break;
      case 4:
        _context323.n = 6;
        break;
      case 5:
        _context323.p = 5;
        _t453 = _context323.v;
        _iterator63.e(_t453);
      case 6:
        _context323.p = 6;
        _iterator63.f();
        return _context323.f(6);
      case 7:
        return _context323.a(2, best);
    }
  }, _marked193, null, [[1, 5, 6, 7]]);
}
function c325(n, k) {
  var acc, i, v, _t454, _t455;
  return _regenerator().w(function (_context324) {
    while (1) switch (_context324.n) {
      case 0:
        acc = 34;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context324.n = 5;
          break;
        }
        v = (i * 9 + k) % 6;
        if (!(v > 3)) {
          _context324.n = 3;
          break;
        }
        _t454 = acc;
        _context324.n = 2;
        return v;
      case 2:
        _t455 = _context324.v;
        acc = _t454 += _t455 | 0;
        _context324.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context324.n = 1;
        break;
      case 5:
        return _context324.a(2, acc);
    }
  }, _marked194);
}
function c326(n, k) {
  var count, i, _t456;
  return _regenerator().w(function (_context325) {
    while (1) switch (_context325.p = _context325.n) {
      case 0:
        count = 0;
        _context325.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context325.n = 8;
          break;
        }
        _t456 = (i + k) % 3;
        _context325.n = _t456 === 0 ? 3 : _t456 === 1 ? 5 : 6;
        break;
      case 3:
        _context325.n = 4;
        return i * 10;
      case 4:
        return _context325.a(3, 7);
      case 5:
        count += 7;
        return _context325.a(3, 7);
      case 6:
        return _context325.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context325.n = 2;
        break;
      case 8:
        _context325.p = 8;
        sink = sink + count | 0;
        return _context325.f(8);
      case 9:
        return _context325.a(2);
    }
  }, _marked195, null, [[1,, 8, 9]]);
}
function c327(n, k) {
  var total, i, _t457, _t458, _t459;
  return _regeneratorAsync(function (_context326) {
    while (1) switch (_context326.p = _context326.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context326.n = 6;
          break;
        }
        _context326.p = 2;
        _t457 = total;
        _context326.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t458 = _context326.v;
        total = _t457 += _t458 * 11;
        _context326.n = 5;
        break;
      case 4:
        _context326.p = 4;
        _t459 = _context326.v;
        total -= 1;
      case 5:
        i++;
        _context326.n = 1;
        break;
      case 6:
        return _context326.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c328(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context327) {
    while (1) switch (_context327.n) {
      case 0:
        _context327.n = 1;
        return _awaitAsyncGenerator(c327(n, k + 1));
      case 1:
        first = _context327.v;
        second = first * 12;
        if (!(first % 9 === 0)) {
          _context327.n = 3;
          break;
        }
        _context327.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context327.v;
      case 3:
        return _context327.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c329(n, k) {
  var best, _iterator64, _step64, v, _t460;
  return _regenerator().w(function (_context328) {
    while (1) switch (_context328.p = _context328.n) {
      case 0:
        best = -1;
        _iterator64 = _createForOfIteratorHelper(c325(n, k));
        _context328.p = 1;
        _iterator64.s();
      case 2:
        if ((_step64 = _iterator64.n()).done) {
          _context328.n = 4;
          break;
        }
        v = _step64.value;
        if (!(v > best)) {
          _context328.n = 3;
          break;
        }
        _context328.n = 3;
        return (best = v) * 13 + v;
      case 3:
        _context328.n = 2;
        break;
      case 4:
        _context328.n = 6;
        break;
      case 5:
        _context328.p = 5;
        _t460 = _context328.v;
        _iterator64.e(_t460);
      case 6:
        _context328.p = 6;
        _iterator64.f();
        return _context328.f(6);
      case 7:
        return _context328.a(2, best);
    }
  }, _marked196, null, [[1, 5, 6, 7]]);
}
function c330(n, k) {
  var acc, i, v, _t461, _t462;
  return _regenerator().w(function (_context329) {
    while (1) switch (_context329.n) {
      case 0:
        acc = 39;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context329.n = 5;
          break;
        }
        v = (i * 3 + k) % 11;
        if (!(v > 5)) {
          _context329.n = 3;
          break;
        }
        _t461 = acc;
        _context329.n = 2;
        return v;
      case 2:
        _t462 = _context329.v;
        acc = _t461 += _t462 | 0;
        _context329.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context329.n = 1;
        break;
      case 5:
        return _context329.a(2, acc);
    }
  }, _marked197);
}
function c331(n, k) {
  var count, i, _t463;
  return _regenerator().w(function (_context330) {
    while (1) switch (_context330.p = _context330.n) {
      case 0:
        count = 0;
        _context330.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context330.n = 8;
          break;
        }
        _t463 = (i + k) % 3;
        _context330.n = _t463 === 0 ? 3 : _t463 === 1 ? 5 : 6;
        break;
      case 3:
        _context330.n = 4;
        return i * 4;
      case 4:
        return _context330.a(3, 7);
      case 5:
        count += 12;
        return _context330.a(3, 7);
      case 6:
        return _context330.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context330.n = 2;
        break;
      case 8:
        _context330.p = 8;
        sink = sink + count | 0;
        return _context330.f(8);
      case 9:
        return _context330.a(2);
    }
  }, _marked198, null, [[1,, 8, 9]]);
}
function c332(n, k) {
  var total, i, _t464, _t465, _t466;
  return _regeneratorAsync(function (_context331) {
    while (1) switch (_context331.p = _context331.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context331.n = 6;
          break;
        }
        _context331.p = 2;
        _t464 = total;
        _context331.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t465 = _context331.v;
        total = _t464 += _t465 * 5;
        _context331.n = 5;
        break;
      case 4:
        _context331.p = 4;
        _t466 = _context331.v;
        total -= 1;
      case 5:
        i++;
        _context331.n = 1;
        break;
      case 6:
        return _context331.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c333(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context332) {
    while (1) switch (_context332.n) {
      case 0:
        _context332.n = 1;
        return _awaitAsyncGenerator(c332(n, k + 1));
      case 1:
        first = _context332.v;
        second = first * 6;
        if (!(first % 5 === 0)) {
          _context332.n = 3;
          break;
        }
        _context332.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context332.v;
      case 3:
        return _context332.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c334(n, k) {
  var best, _iterator65, _step65, v, _t467;
  return _regenerator().w(function (_context333) {
    while (1) switch (_context333.p = _context333.n) {
      case 0:
        best = -1;
        _iterator65 = _createForOfIteratorHelper(c330(n, k));
        _context333.p = 1;
        _iterator65.s();
      case 2:
        if ((_step65 = _iterator65.n()).done) {
          _context333.n = 4;
          break;
        }
        v = _step65.value;
        if (!(v > best)) {
          _context333.n = 3;
          break;
        }
        _context333.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context333.n = 2;
        break;
      case 4:
        _context333.n = 6;
        break;
      case 5:
        _context333.p = 5;
        _t467 = _context333.v;
        _iterator65.e(_t467);
      case 6:
        _context333.p = 6;
        _iterator65.f();
        return _context333.f(6);
      case 7:
        return _context333.a(2, best);
    }
  }, _marked199, null, [[1, 5, 6, 7]]);
}
function c335(n, k) {
  var acc, i, v, _t468, _t469;
  return _regenerator().w(function (_context334) {
    while (1) switch (_context334.n) {
      case 0:
        acc = 44;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context334.n = 5;
          break;
        }
        v = (i * 8 + k) % 7;
        if (!(v > 3)) {
          _context334.n = 3;
          break;
        }
        _t468 = acc;
        _context334.n = 2;
        return v;
      case 2:
        _t469 = _context334.v;
        acc = _t468 += _t469 | 0;
        _context334.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context334.n = 1;
        break;
      case 5:
        return _context334.a(2, acc);
    }
  }, _marked200);
}
function c336(n, k) {
  var count, i, _t470;
  return _regenerator().w(function (_context335) {
    while (1) switch (_context335.p = _context335.n) {
      case 0:
        count = 0;
        _context335.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context335.n = 8;
          break;
        }
        _t470 = (i + k) % 3;
        _context335.n = _t470 === 0 ? 3 : _t470 === 1 ? 5 : 6;
        break;
      case 3:
        _context335.n = 4;
        return i * 9;
      case 4:
        return _context335.a(3, 7);
      case 5:
        count += 8;
        return _context335.a(3, 7);
      case 6:
        return _context335.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context335.n = 2;
        break;
      case 8:
        _context335.p = 8;
        sink = sink + count | 0;
        return _context335.f(8);
      case 9:
        return _context335.a(2);
    }
  }, _marked201, null, [[1,, 8, 9]]);
}
function c337(n, k) {
  var total, i, _t471, _t472, _t473;
  return _regeneratorAsync(function (_context336) {
    while (1) switch (_context336.p = _context336.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context336.n = 6;
          break;
        }
        _context336.p = 2;
        _t471 = total;
        _context336.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t472 = _context336.v;
        total = _t471 += _t472 * 10;
        _context336.n = 5;
        break;
      case 4:
        _context336.p = 4;
        _t473 = _context336.v;
        total -= 1;
      case 5:
        i++;
        _context336.n = 1;
        break;
      case 6:
        return _context336.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c338(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context337) {
    while (1) switch (_context337.n) {
      case 0:
        _context337.n = 1;
        return _awaitAsyncGenerator(c337(n, k + 1));
      case 1:
        first = _context337.v;
        second = first * 11;
        if (!(first % 10 === 0)) {
          _context337.n = 3;
          break;
        }
        _context337.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context337.v;
      case 3:
        return _context337.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c339(n, k) {
  var best, _iterator66, _step66, v, _t474;
  return _regenerator().w(function (_context338) {
    while (1) switch (_context338.p = _context338.n) {
      case 0:
        best = -1;
        _iterator66 = _createForOfIteratorHelper(c335(n, k));
        _context338.p = 1;
        _iterator66.s();
      case 2:
        if ((_step66 = _iterator66.n()).done) {
          _context338.n = 4;
          break;
        }
        v = _step66.value;
        if (!(v > best)) {
          _context338.n = 3;
          break;
        }
        _context338.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context338.n = 2;
        break;
      case 4:
        _context338.n = 6;
        break;
      case 5:
        _context338.p = 5;
        _t474 = _context338.v;
        _iterator66.e(_t474);
      case 6:
        _context338.p = 6;
        _iterator66.f();
        return _context338.f(6);
      case 7:
        return _context338.a(2, best);
    }
  }, _marked202, null, [[1, 5, 6, 7]]);
}
function c340(n, k) {
  var acc, i, v, _t475, _t476;
  return _regenerator().w(function (_context339) {
    while (1) switch (_context339.n) {
      case 0:
        acc = 49;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context339.n = 5;
          break;
        }
        v = (i * 13 + k) % 12;
        if (!(v > 6)) {
          _context339.n = 3;
          break;
        }
        _t475 = acc;
        _context339.n = 2;
        return v;
      case 2:
        _t476 = _context339.v;
        acc = _t475 += _t476 | 0;
        _context339.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context339.n = 1;
        break;
      case 5:
        return _context339.a(2, acc);
    }
  }, _marked203);
}
function c341(n, k) {
  var count, i, _t477;
  return _regenerator().w(function (_context340) {
    while (1) switch (_context340.p = _context340.n) {
      case 0:
        count = 0;
        _context340.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context340.n = 8;
          break;
        }
        _t477 = (i + k) % 3;
        _context340.n = _t477 === 0 ? 3 : _t477 === 1 ? 5 : 6;
        break;
      case 3:
        _context340.n = 4;
        return i * 3;
      case 4:
        return _context340.a(3, 7);
      case 5:
        count += 13;
        return _context340.a(3, 7);
      case 6:
        return _context340.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context340.n = 2;
        break;
      case 8:
        _context340.p = 8;
        sink = sink + count | 0;
        return _context340.f(8);
      case 9:
        return _context340.a(2);
    }
  }, _marked204, null, [[1,, 8, 9]]);
}
function c342(n, k) {
  var total, i, _t478, _t479, _t480;
  return _regeneratorAsync(function (_context341) {
    while (1) switch (_context341.p = _context341.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context341.n = 6;
          break;
        }
        _context341.p = 2;
        _t478 = total;
        _context341.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t479 = _context341.v;
        total = _t478 += _t479 * 4;
        _context341.n = 5;
        break;
      case 4:
        _context341.p = 4;
        _t480 = _context341.v;
        total -= 1;
      case 5:
        i++;
        _context341.n = 1;
        break;
      case 6:
        return _context341.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c343(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context342) {
    while (1) switch (_context342.n) {
      case 0:
        _context342.n = 1;
        return _awaitAsyncGenerator(c342(n, k + 1));
      case 1:
        first = _context342.v;
        second = first * 5;
        if (!(first % 6 === 0)) {
          _context342.n = 3;
          break;
        }
        _context342.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context342.v;
      case 3:
        return _context342.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c344(n, k) {
  var best, _iterator67, _step67, v, _t481;
  return _regenerator().w(function (_context343) {
    while (1) switch (_context343.p = _context343.n) {
      case 0:
        best = -1;
        _iterator67 = _createForOfIteratorHelper(c340(n, k));
        _context343.p = 1;
        _iterator67.s();
      case 2:
        if ((_step67 = _iterator67.n()).done) {
          _context343.n = 4;
          break;
        }
        v = _step67.value;
        if (!(v > best)) {
          _context343.n = 3;
          break;
        }
        _context343.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context343.n = 2;
        break;
      case 4:
        _context343.n = 6;
        break;
      case 5:
        _context343.p = 5;
        _t481 = _context343.v;
        _iterator67.e(_t481);
      case 6:
        _context343.p = 6;
        _iterator67.f();
        return _context343.f(6);
      case 7:
        return _context343.a(2, best);
    }
  }, _marked205, null, [[1, 5, 6, 7]]);
}
function c345(n, k) {
  var acc, i, v, _t482, _t483;
  return _regenerator().w(function (_context344) {
    while (1) switch (_context344.n) {
      case 0:
        acc = 54;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context344.n = 5;
          break;
        }
        v = (i * 7 + k) % 8;
        if (!(v > 4)) {
          _context344.n = 3;
          break;
        }
        _t482 = acc;
        _context344.n = 2;
        return v;
      case 2:
        _t483 = _context344.v;
        acc = _t482 += _t483 | 0;
        _context344.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context344.n = 1;
        break;
      case 5:
        return _context344.a(2, acc);
    }
  }, _marked206);
}
function c346(n, k) {
  var count, i, _t484;
  return _regenerator().w(function (_context345) {
    while (1) switch (_context345.p = _context345.n) {
      case 0:
        count = 0;
        _context345.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context345.n = 8;
          break;
        }
        _t484 = (i + k) % 3;
        _context345.n = _t484 === 0 ? 3 : _t484 === 1 ? 5 : 6;
        break;
      case 3:
        _context345.n = 4;
        return i * 8;
      case 4:
        return _context345.a(3, 7);
      case 5:
        count += 9;
        return _context345.a(3, 7);
      case 6:
        return _context345.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context345.n = 2;
        break;
      case 8:
        _context345.p = 8;
        sink = sink + count | 0;
        return _context345.f(8);
      case 9:
        return _context345.a(2);
    }
  }, _marked207, null, [[1,, 8, 9]]);
}
function c347(n, k) {
  var total, i, _t485, _t486, _t487;
  return _regeneratorAsync(function (_context346) {
    while (1) switch (_context346.p = _context346.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context346.n = 6;
          break;
        }
        _context346.p = 2;
        _t485 = total;
        _context346.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t486 = _context346.v;
        total = _t485 += _t486 * 9;
        _context346.n = 5;
        break;
      case 4:
        _context346.p = 4;
        _t487 = _context346.v;
        total -= 1;
      case 5:
        i++;
        _context346.n = 1;
        break;
      case 6:
        return _context346.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c348(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context347) {
    while (1) switch (_context347.n) {
      case 0:
        _context347.n = 1;
        return _awaitAsyncGenerator(c347(n, k + 1));
      case 1:
        first = _context347.v;
        second = first * 10;
        if (!(first % 11 === 0)) {
          _context347.n = 3;
          break;
        }
        _context347.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context347.v;
      case 3:
        return _context347.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c349(n, k) {
  var best, _iterator68, _step68, v, _t488;
  return _regenerator().w(function (_context348) {
    while (1) switch (_context348.p = _context348.n) {
      case 0:
        best = -1;
        _iterator68 = _createForOfIteratorHelper(c345(n, k));
        _context348.p = 1;
        _iterator68.s();
      case 2:
        if ((_step68 = _iterator68.n()).done) {
          _context348.n = 4;
          break;
        }
        v = _step68.value;
        if (!(v > best)) {
          _context348.n = 3;
          break;
        }
        _context348.n = 3;
        return (best = v) * 11 + v;
      case 3:
        _context348.n = 2;
        break;
      case 4:
        _context348.n = 6;
        break;
      case 5:
        _context348.p = 5;
        _t488 = _context348.v;
        _iterator68.e(_t488);
      case 6:
        _context348.p = 6;
        _iterator68.f();
        return _context348.f(6);
      case 7:
        return _context348.a(2, best);
    }
  }, _marked208, null, [[1, 5, 6, 7]]);
}
function c350(n, k) {
  var acc, i, v, _t489, _t490;
  return _regenerator().w(function (_context349) {
    while (1) switch (_context349.n) {
      case 0:
        acc = 59;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context349.n = 5;
          break;
        }
        v = (i * 12 + k) % 13;
        if (!(v > 6)) {
          _context349.n = 3;
          break;
        }
        _t489 = acc;
        _context349.n = 2;
        return v;
      case 2:
        _t490 = _context349.v;
        acc = _t489 += _t490 | 0;
        _context349.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context349.n = 1;
        break;
      case 5:
        return _context349.a(2, acc);
    }
  }, _marked209);
}
function c351(n, k) {
  var count, i, _t491;
  return _regenerator().w(function (_context350) {
    while (1) switch (_context350.p = _context350.n) {
      case 0:
        count = 0;
        _context350.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context350.n = 8;
          break;
        }
        _t491 = (i + k) % 3;
        _context350.n = _t491 === 0 ? 3 : _t491 === 1 ? 5 : 6;
        break;
      case 3:
        _context350.n = 4;
        return i * 13;
      case 4:
        return _context350.a(3, 7);
      case 5:
        count += 5;
        return _context350.a(3, 7);
      case 6:
        return _context350.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context350.n = 2;
        break;
      case 8:
        _context350.p = 8;
        sink = sink + count | 0;
        return _context350.f(8);
      case 9:
        return _context350.a(2);
    }
  }, _marked210, null, [[1,, 8, 9]]);
}
function c352(n, k) {
  var total, i, _t492, _t493, _t494;
  return _regeneratorAsync(function (_context351) {
    while (1) switch (_context351.p = _context351.n) {
      case 0:
        total = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context351.n = 6;
          break;
        }
        _context351.p = 2;
        _t492 = total;
        _context351.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t493 = _context351.v;
        total = _t492 += _t493 * 3;
        _context351.n = 5;
        break;
      case 4:
        _context351.p = 4;
        _t494 = _context351.v;
        total -= 1;
      case 5:
        i++;
        _context351.n = 1;
        break;
      case 6:
        return _context351.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c353(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context352) {
    while (1) switch (_context352.n) {
      case 0:
        _context352.n = 1;
        return _awaitAsyncGenerator(c352(n, k + 1));
      case 1:
        first = _context352.v;
        second = first * 4;
        if (!(first % 7 === 0)) {
          _context352.n = 3;
          break;
        }
        _context352.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context352.v;
      case 3:
        return _context352.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c354(n, k) {
  var best, _iterator69, _step69, v, _t495;
  return _regenerator().w(function (_context353) {
    while (1) switch (_context353.p = _context353.n) {
      case 0:
        best = -1;
        _iterator69 = _createForOfIteratorHelper(c350(n, k));
        _context353.p = 1;
        _iterator69.s();
      case 2:
        if ((_step69 = _iterator69.n()).done) {
          _context353.n = 4;
          break;
        }
        v = _step69.value;
        if (!(v > best)) {
          _context353.n = 3;
          break;
        }
        _context353.n = 3;
        return (best = v) * 5 + v;
      case 3:
        _context353.n = 2;
        break;
      case 4:
        _context353.n = 6;
        break;
      case 5:
        _context353.p = 5;
        _t495 = _context353.v;
        _iterator69.e(_t495);
      case 6:
        _context353.p = 6;
        _iterator69.f();
        return _context353.f(6);
      case 7:
        return _context353.a(2, best);
    }
  }, _marked211, null, [[1, 5, 6, 7]]);
}
function c355(n, k) {
  var acc, i, v, _t496, _t497;
  return _regenerator().w(function (_context354) {
    while (1) switch (_context354.n) {
      case 0:
        acc = 64;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context354.n = 5;
          break;
        }
        v = (i * 6 + k) % 9;
        if (!(v > 4)) {
          _context354.n = 3;
          break;
        }
        _t496 = acc;
        _context354.n = 2;
        return v;
      case 2:
        _t497 = _context354.v;
        acc = _t496 += _t497 | 0;
        _context354.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context354.n = 1;
        break;
      case 5:
        return _context354.a(2, acc);
    }
  }, _marked212);
}
function c356(n, k) {
  var count, i, _t498;
  return _regenerator().w(function (_context355) {
    while (1) switch (_context355.p = _context355.n) {
      case 0:
        count = 0;
        _context355.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context355.n = 8;
          break;
        }
        _t498 = (i + k) % 3;
        _context355.n = _t498 === 0 ? 3 : _t498 === 1 ? 5 : 6;
        break;
      case 3:
        _context355.n = 4;
        return i * 7;
      case 4:
        return _context355.a(3, 7);
      case 5:
        count += 10;
        return _context355.a(3, 7);
      case 6:
        return _context355.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context355.n = 2;
        break;
      case 8:
        _context355.p = 8;
        sink = sink + count | 0;
        return _context355.f(8);
      case 9:
        return _context355.a(2);
    }
  }, _marked213, null, [[1,, 8, 9]]);
}
function c357(n, k) {
  var total, i, _t499, _t500, _t501;
  return _regeneratorAsync(function (_context356) {
    while (1) switch (_context356.p = _context356.n) {
      case 0:
        total = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context356.n = 6;
          break;
        }
        _context356.p = 2;
        _t499 = total;
        _context356.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t500 = _context356.v;
        total = _t499 += _t500 * 8;
        _context356.n = 5;
        break;
      case 4:
        _context356.p = 4;
        _t501 = _context356.v;
        total -= 1;
      case 5:
        i++;
        _context356.n = 1;
        break;
      case 6:
        return _context356.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c358(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context357) {
    while (1) switch (_context357.n) {
      case 0:
        _context357.n = 1;
        return _awaitAsyncGenerator(c357(n, k + 1));
      case 1:
        first = _context357.v;
        second = first * 9;
        if (!(first % 12 === 0)) {
          _context357.n = 3;
          break;
        }
        _context357.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context357.v;
      case 3:
        return _context357.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c359(n, k) {
  var best, _iterator70, _step70, v, _t502;
  return _regenerator().w(function (_context358) {
    while (1) switch (_context358.p = _context358.n) {
      case 0:
        best = -1;
        _iterator70 = _createForOfIteratorHelper(c355(n, k));
        _context358.p = 1;
        _iterator70.s();
      case 2:
        if ((_step70 = _iterator70.n()).done) {
          _context358.n = 4;
          break;
        }
        v = _step70.value;
        if (!(v > best)) {
          _context358.n = 3;
          break;
        }
        _context358.n = 3;
        return (best = v) * 10 + v;
      case 3:
        _context358.n = 2;
        break;
      case 4:
        _context358.n = 6;
        break;
      case 5:
        _context358.p = 5;
        _t502 = _context358.v;
        _iterator70.e(_t502);
      case 6:
        _context358.p = 6;
        _iterator70.f();
        return _context358.f(6);
      case 7:
        return _context358.a(2, best);
    }
  }, _marked214, null, [[1, 5, 6, 7]]);
}
function c360(n, k) {
  var acc, i, v, _t503, _t504;
  return _regenerator().w(function (_context359) {
    while (1) switch (_context359.n) {
      case 0:
        acc = 69;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context359.n = 5;
          break;
        }
        v = (i * 11 + k) % 5;
        if (!(v > 2)) {
          _context359.n = 3;
          break;
        }
        _t503 = acc;
        _context359.n = 2;
        return v;
      case 2:
        _t504 = _context359.v;
        acc = _t503 += _t504 | 0;
        _context359.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context359.n = 1;
        break;
      case 5:
        return _context359.a(2, acc);
    }
  }, _marked215);
}
function c361(n, k) {
  var count, i, _t505;
  return _regenerator().w(function (_context360) {
    while (1) switch (_context360.p = _context360.n) {
      case 0:
        count = 0;
        _context360.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context360.n = 8;
          break;
        }
        _t505 = (i + k) % 3;
        _context360.n = _t505 === 0 ? 3 : _t505 === 1 ? 5 : 6;
        break;
      case 3:
        _context360.n = 4;
        return i * 12;
      case 4:
        return _context360.a(3, 7);
      case 5:
        count += 6;
        return _context360.a(3, 7);
      case 6:
        return _context360.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context360.n = 2;
        break;
      case 8:
        _context360.p = 8;
        sink = sink + count | 0;
        return _context360.f(8);
      case 9:
        return _context360.a(2);
    }
  }, _marked216, null, [[1,, 8, 9]]);
}
function c362(n, k) {
  var total, i, _t506, _t507, _t508;
  return _regeneratorAsync(function (_context361) {
    while (1) switch (_context361.p = _context361.n) {
      case 0:
        total = 12;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context361.n = 6;
          break;
        }
        _context361.p = 2;
        _t506 = total;
        _context361.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t507 = _context361.v;
        total = _t506 += _t507 * 13;
        _context361.n = 5;
        break;
      case 4:
        _context361.p = 4;
        _t508 = _context361.v;
        total -= 1;
      case 5:
        i++;
        _context361.n = 1;
        break;
      case 6:
        return _context361.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c363(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context362) {
    while (1) switch (_context362.n) {
      case 0:
        _context362.n = 1;
        return _awaitAsyncGenerator(c362(n, k + 1));
      case 1:
        first = _context362.v;
        second = first * 3;
        if (!(first % 8 === 0)) {
          _context362.n = 3;
          break;
        }
        _context362.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context362.v;
      case 3:
        return _context362.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c364(n, k) {
  var best, _iterator71, _step71, v, _t509;
  return _regenerator().w(function (_context363) {
    while (1) switch (_context363.p = _context363.n) {
      case 0:
        best = -1;
        _iterator71 = _createForOfIteratorHelper(c360(n, k));
        _context363.p = 1;
        _iterator71.s();
      case 2:
        if ((_step71 = _iterator71.n()).done) {
          _context363.n = 4;
          break;
        }
        v = _step71.value;
        if (!(v > best)) {
          _context363.n = 3;
          break;
        }
        _context363.n = 3;
        return (best = v) * 4 + v;
      case 3:
        _context363.n = 2;
        break;
      case 4:
        _context363.n = 6;
        break;
      case 5:
        _context363.p = 5;
        _t509 = _context363.v;
        _iterator71.e(_t509);
      case 6:
        _context363.p = 6;
        _iterator71.f();
        return _context363.f(6);
      case 7:
        return _context363.a(2, best);
    }
  }, _marked217, null, [[1, 5, 6, 7]]);
}
function c365(n, k) {
  var acc, i, v, _t510, _t511;
  return _regenerator().w(function (_context364) {
    while (1) switch (_context364.n) {
      case 0:
        acc = 74;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context364.n = 5;
          break;
        }
        v = (i * 5 + k) % 10;
        if (!(v > 5)) {
          _context364.n = 3;
          break;
        }
        _t510 = acc;
        _context364.n = 2;
        return v;
      case 2:
        _t511 = _context364.v;
        acc = _t510 += _t511 | 0;
        _context364.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context364.n = 1;
        break;
      case 5:
        return _context364.a(2, acc);
    }
  }, _marked218);
}
function c366(n, k) {
  var count, i, _t512;
  return _regenerator().w(function (_context365) {
    while (1) switch (_context365.p = _context365.n) {
      case 0:
        count = 0;
        _context365.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context365.n = 8;
          break;
        }
        _t512 = (i + k) % 3;
        _context365.n = _t512 === 0 ? 3 : _t512 === 1 ? 5 : 6;
        break;
      case 3:
        _context365.n = 4;
        return i * 6;
      case 4:
        return _context365.a(3, 7);
      case 5:
        count += 11;
        return _context365.a(3, 7);
      case 6:
        return _context365.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context365.n = 2;
        break;
      case 8:
        _context365.p = 8;
        sink = sink + count | 0;
        return _context365.f(8);
      case 9:
        return _context365.a(2);
    }
  }, _marked219, null, [[1,, 8, 9]]);
}
function c367(n, k) {
  var total, i, _t513, _t514, _t515;
  return _regeneratorAsync(function (_context366) {
    while (1) switch (_context366.p = _context366.n) {
      case 0:
        total = 17;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context366.n = 6;
          break;
        }
        _context366.p = 2;
        _t513 = total;
        _context366.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t514 = _context366.v;
        total = _t513 += _t514 * 7;
        _context366.n = 5;
        break;
      case 4:
        _context366.p = 4;
        _t515 = _context366.v;
        total -= 1;
      case 5:
        i++;
        _context366.n = 1;
        break;
      case 6:
        return _context366.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c368(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context367) {
    while (1) switch (_context367.n) {
      case 0:
        _context367.n = 1;
        return _awaitAsyncGenerator(c367(n, k + 1));
      case 1:
        first = _context367.v;
        second = first * 8;
        if (!(first % 13 === 0)) {
          _context367.n = 3;
          break;
        }
        _context367.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context367.v;
      case 3:
        return _context367.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c369(n, k) {
  var best, _iterator72, _step72, v, _t516;
  return _regenerator().w(function (_context368) {
    while (1) switch (_context368.p = _context368.n) {
      case 0:
        best = -1;
        _iterator72 = _createForOfIteratorHelper(c365(n, k));
        _context368.p = 1;
        _iterator72.s();
      case 2:
        if ((_step72 = _iterator72.n()).done) {
          _context368.n = 4;
          break;
        }
        v = _step72.value;
        if (!(v > best)) {
          _context368.n = 3;
          break;
        }
        _context368.n = 3;
        return (best = v) * 9 + v;
      case 3:
        _context368.n = 2;
        break;
      case 4:
        _context368.n = 6;
        break;
      case 5:
        _context368.p = 5;
        _t516 = _context368.v;
        _iterator72.e(_t516);
      case 6:
        _context368.p = 6;
        _iterator72.f();
        return _context368.f(6);
      case 7:
        return _context368.a(2, best);
    }
  }, _marked220, null, [[1, 5, 6, 7]]);
}
function c370(n, k) {
  var acc, i, v, _t517, _t518;
  return _regenerator().w(function (_context369) {
    while (1) switch (_context369.n) {
      case 0:
        acc = 79;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context369.n = 5;
          break;
        }
        v = (i * 10 + k) % 6;
        if (!(v > 3)) {
          _context369.n = 3;
          break;
        }
        _t517 = acc;
        _context369.n = 2;
        return v;
      case 2:
        _t518 = _context369.v;
        acc = _t517 += _t518 | 0;
        _context369.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context369.n = 1;
        break;
      case 5:
        return _context369.a(2, acc);
    }
  }, _marked221);
}
function c371(n, k) {
  var count, i, _t519;
  return _regenerator().w(function (_context370) {
    while (1) switch (_context370.p = _context370.n) {
      case 0:
        count = 0;
        _context370.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context370.n = 8;
          break;
        }
        _t519 = (i + k) % 3;
        _context370.n = _t519 === 0 ? 3 : _t519 === 1 ? 5 : 6;
        break;
      case 3:
        _context370.n = 4;
        return i * 11;
      case 4:
        return _context370.a(3, 7);
      case 5:
        count += 7;
        return _context370.a(3, 7);
      case 6:
        return _context370.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context370.n = 2;
        break;
      case 8:
        _context370.p = 8;
        sink = sink + count | 0;
        return _context370.f(8);
      case 9:
        return _context370.a(2);
    }
  }, _marked222, null, [[1,, 8, 9]]);
}
function c372(n, k) {
  var total, i, _t520, _t521, _t522;
  return _regeneratorAsync(function (_context371) {
    while (1) switch (_context371.p = _context371.n) {
      case 0:
        total = 22;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context371.n = 6;
          break;
        }
        _context371.p = 2;
        _t520 = total;
        _context371.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t521 = _context371.v;
        total = _t520 += _t521 * 12;
        _context371.n = 5;
        break;
      case 4:
        _context371.p = 4;
        _t522 = _context371.v;
        total -= 1;
      case 5:
        i++;
        _context371.n = 1;
        break;
      case 6:
        return _context371.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c373(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context372) {
    while (1) switch (_context372.n) {
      case 0:
        _context372.n = 1;
        return _awaitAsyncGenerator(c372(n, k + 1));
      case 1:
        first = _context372.v;
        second = first * 13;
        if (!(first % 9 === 0)) {
          _context372.n = 3;
          break;
        }
        _context372.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context372.v;
      case 3:
        return _context372.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c374(n, k) {
  var best, _iterator73, _step73, v, _t523;
  return _regenerator().w(function (_context373) {
    while (1) switch (_context373.p = _context373.n) {
      case 0:
        best = -1;
        _iterator73 = _createForOfIteratorHelper(c370(n, k));
        _context373.p = 1;
        _iterator73.s();
      case 2:
        if ((_step73 = _iterator73.n()).done) {
          _context373.n = 4;
          break;
        }
        v = _step73.value;
        if (!(v > best)) {
          _context373.n = 3;
          break;
        }
        _context373.n = 3;
        return (best = v) * 3 + v;
      case 3:
        _context373.n = 2;
        break;
      case 4:
        _context373.n = 6;
        break;
      case 5:
        _context373.p = 5;
        _t523 = _context373.v;
        _iterator73.e(_t523);
      case 6:
        _context373.p = 6;
        _iterator73.f();
        return _context373.f(6);
      case 7:
        return _context373.a(2, best);
    }
  }, _marked223, null, [[1, 5, 6, 7]]);
}
function c375(n, k) {
  var acc, i, v, _t524, _t525;
  return _regenerator().w(function (_context374) {
    while (1) switch (_context374.n) {
      case 0:
        acc = 84;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context374.n = 5;
          break;
        }
        v = (i * 4 + k) % 11;
        if (!(v > 5)) {
          _context374.n = 3;
          break;
        }
        _t524 = acc;
        _context374.n = 2;
        return v;
      case 2:
        _t525 = _context374.v;
        acc = _t524 += _t525 | 0;
        _context374.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context374.n = 1;
        break;
      case 5:
        return _context374.a(2, acc);
    }
  }, _marked224);
}
function c376(n, k) {
  var count, i, _t526;
  return _regenerator().w(function (_context375) {
    while (1) switch (_context375.p = _context375.n) {
      case 0:
        count = 0;
        _context375.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context375.n = 8;
          break;
        }
        _t526 = (i + k) % 3;
        _context375.n = _t526 === 0 ? 3 : _t526 === 1 ? 5 : 6;
        break;
      case 3:
        _context375.n = 4;
        return i * 5;
      case 4:
        return _context375.a(3, 7);
      case 5:
        count += 12;
        return _context375.a(3, 7);
      case 6:
        return _context375.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context375.n = 2;
        break;
      case 8:
        _context375.p = 8;
        sink = sink + count | 0;
        return _context375.f(8);
      case 9:
        return _context375.a(2);
    }
  }, _marked225, null, [[1,, 8, 9]]);
}
function c377(n, k) {
  var total, i, _t527, _t528, _t529;
  return _regeneratorAsync(function (_context376) {
    while (1) switch (_context376.p = _context376.n) {
      case 0:
        total = 27;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context376.n = 6;
          break;
        }
        _context376.p = 2;
        _t527 = total;
        _context376.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t528 = _context376.v;
        total = _t527 += _t528 * 6;
        _context376.n = 5;
        break;
      case 4:
        _context376.p = 4;
        _t529 = _context376.v;
        total -= 1;
      case 5:
        i++;
        _context376.n = 1;
        break;
      case 6:
        return _context376.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c378(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context377) {
    while (1) switch (_context377.n) {
      case 0:
        _context377.n = 1;
        return _awaitAsyncGenerator(c377(n, k + 1));
      case 1:
        first = _context377.v;
        second = first * 7;
        if (!(first % 5 === 0)) {
          _context377.n = 3;
          break;
        }
        _context377.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context377.v;
      case 3:
        return _context377.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c379(n, k) {
  var best, _iterator74, _step74, v, _t530;
  return _regenerator().w(function (_context378) {
    while (1) switch (_context378.p = _context378.n) {
      case 0:
        best = -1;
        _iterator74 = _createForOfIteratorHelper(c375(n, k));
        _context378.p = 1;
        _iterator74.s();
      case 2:
        if ((_step74 = _iterator74.n()).done) {
          _context378.n = 4;
          break;
        }
        v = _step74.value;
        if (!(v > best)) {
          _context378.n = 3;
          break;
        }
        _context378.n = 3;
        return (best = v) * 8 + v;
      case 3:
        _context378.n = 2;
        break;
      case 4:
        _context378.n = 6;
        break;
      case 5:
        _context378.p = 5;
        _t530 = _context378.v;
        _iterator74.e(_t530);
      case 6:
        _context378.p = 6;
        _iterator74.f();
        return _context378.f(6);
      case 7:
        return _context378.a(2, best);
    }
  }, _marked226, null, [[1, 5, 6, 7]]);
}
function c380(n, k) {
  var acc, i, v, _t531, _t532;
  return _regenerator().w(function (_context379) {
    while (1) switch (_context379.n) {
      case 0:
        acc = 89;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context379.n = 5;
          break;
        }
        v = (i * 9 + k) % 7;
        if (!(v > 3)) {
          _context379.n = 3;
          break;
        }
        _t531 = acc;
        _context379.n = 2;
        return v;
      case 2:
        _t532 = _context379.v;
        acc = _t531 += _t532 | 0;
        _context379.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context379.n = 1;
        break;
      case 5:
        return _context379.a(2, acc);
    }
  }, _marked227);
}
function c381(n, k) {
  var count, i, _t533;
  return _regenerator().w(function (_context380) {
    while (1) switch (_context380.p = _context380.n) {
      case 0:
        count = 0;
        _context380.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context380.n = 8;
          break;
        }
        _t533 = (i + k) % 3;
        _context380.n = _t533 === 0 ? 3 : _t533 === 1 ? 5 : 6;
        break;
      case 3:
        _context380.n = 4;
        return i * 10;
      case 4:
        return _context380.a(3, 7);
      case 5:
        count += 8;
        return _context380.a(3, 7);
      case 6:
        return _context380.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context380.n = 2;
        break;
      case 8:
        _context380.p = 8;
        sink = sink + count | 0;
        return _context380.f(8);
      case 9:
        return _context380.a(2);
    }
  }, _marked228, null, [[1,, 8, 9]]);
}
function c382(n, k) {
  var total, i, _t534, _t535, _t536;
  return _regeneratorAsync(function (_context381) {
    while (1) switch (_context381.p = _context381.n) {
      case 0:
        total = 32;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context381.n = 6;
          break;
        }
        _context381.p = 2;
        _t534 = total;
        _context381.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t535 = _context381.v;
        total = _t534 += _t535 * 11;
        _context381.n = 5;
        break;
      case 4:
        _context381.p = 4;
        _t536 = _context381.v;
        total -= 1;
      case 5:
        i++;
        _context381.n = 1;
        break;
      case 6:
        return _context381.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c383(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context382) {
    while (1) switch (_context382.n) {
      case 0:
        _context382.n = 1;
        return _awaitAsyncGenerator(c382(n, k + 1));
      case 1:
        first = _context382.v;
        second = first * 12;
        if (!(first % 10 === 0)) {
          _context382.n = 3;
          break;
        }
        _context382.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context382.v;
      case 3:
        return _context382.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c384(n, k) {
  var best, _iterator75, _step75, v, _t537;
  return _regenerator().w(function (_context383) {
    while (1) switch (_context383.p = _context383.n) {
      case 0:
        best = -1;
        _iterator75 = _createForOfIteratorHelper(c380(n, k));
        _context383.p = 1;
        _iterator75.s();
      case 2:
        if ((_step75 = _iterator75.n()).done) {
          _context383.n = 4;
          break;
        }
        v = _step75.value;
        if (!(v > best)) {
          _context383.n = 3;
          break;
        }
        _context383.n = 3;
        return (best = v) * 13 + v;
      case 3:
        _context383.n = 2;
        break;
      case 4:
        _context383.n = 6;
        break;
      case 5:
        _context383.p = 5;
        _t537 = _context383.v;
        _iterator75.e(_t537);
      case 6:
        _context383.p = 6;
        _iterator75.f();
        return _context383.f(6);
      case 7:
        return _context383.a(2, best);
    }
  }, _marked229, null, [[1, 5, 6, 7]]);
}
function c385(n, k) {
  var acc, i, v, _t538, _t539;
  return _regenerator().w(function (_context384) {
    while (1) switch (_context384.n) {
      case 0:
        acc = 94;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context384.n = 5;
          break;
        }
        v = (i * 3 + k) % 12;
        if (!(v > 6)) {
          _context384.n = 3;
          break;
        }
        _t538 = acc;
        _context384.n = 2;
        return v;
      case 2:
        _t539 = _context384.v;
        acc = _t538 += _t539 | 0;
        _context384.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context384.n = 1;
        break;
      case 5:
        return _context384.a(2, acc);
    }
  }, _marked230);
}
function c386(n, k) {
  var count, i, _t540;
  return _regenerator().w(function (_context385) {
    while (1) switch (_context385.p = _context385.n) {
      case 0:
        count = 0;
        _context385.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context385.n = 8;
          break;
        }
        _t540 = (i + k) % 3;
        _context385.n = _t540 === 0 ? 3 : _t540 === 1 ? 5 : 6;
        break;
      case 3:
        _context385.n = 4;
        return i * 4;
      case 4:
        return _context385.a(3, 7);
      case 5:
        count += 13;
        return _context385.a(3, 7);
      case 6:
        return _context385.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context385.n = 2;
        break;
      case 8:
        _context385.p = 8;
        sink = sink + count | 0;
        return _context385.f(8);
      case 9:
        return _context385.a(2);
    }
  }, _marked231, null, [[1,, 8, 9]]);
}
function c387(n, k) {
  var total, i, _t541, _t542, _t543;
  return _regeneratorAsync(function (_context386) {
    while (1) switch (_context386.p = _context386.n) {
      case 0:
        total = 37;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context386.n = 6;
          break;
        }
        _context386.p = 2;
        _t541 = total;
        _context386.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t542 = _context386.v;
        total = _t541 += _t542 * 5;
        _context386.n = 5;
        break;
      case 4:
        _context386.p = 4;
        _t543 = _context386.v;
        total -= 1;
      case 5:
        i++;
        _context386.n = 1;
        break;
      case 6:
        return _context386.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c388(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context387) {
    while (1) switch (_context387.n) {
      case 0:
        _context387.n = 1;
        return _awaitAsyncGenerator(c387(n, k + 1));
      case 1:
        first = _context387.v;
        second = first * 6;
        if (!(first % 6 === 0)) {
          _context387.n = 3;
          break;
        }
        _context387.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context387.v;
      case 3:
        return _context387.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c389(n, k) {
  var best, _iterator76, _step76, v, _t544;
  return _regenerator().w(function (_context388) {
    while (1) switch (_context388.p = _context388.n) {
      case 0:
        best = -1;
        _iterator76 = _createForOfIteratorHelper(c385(n, k));
        _context388.p = 1;
        _iterator76.s();
      case 2:
        if ((_step76 = _iterator76.n()).done) {
          _context388.n = 4;
          break;
        }
        v = _step76.value;
        if (!(v > best)) {
          _context388.n = 3;
          break;
        }
        _context388.n = 3;
        return (best = v) * 7 + v;
      case 3:
        _context388.n = 2;
        break;
      case 4:
        _context388.n = 6;
        break;
      case 5:
        _context388.p = 5;
        _t544 = _context388.v;
        _iterator76.e(_t544);
      case 6:
        _context388.p = 6;
        _iterator76.f();
        return _context388.f(6);
      case 7:
        return _context388.a(2, best);
    }
  }, _marked232, null, [[1, 5, 6, 7]]);
}
function c390(n, k) {
  var acc, i, v, _t545, _t546;
  return _regenerator().w(function (_context389) {
    while (1) switch (_context389.n) {
      case 0:
        acc = 2;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context389.n = 5;
          break;
        }
        v = (i * 8 + k) % 8;
        if (!(v > 4)) {
          _context389.n = 3;
          break;
        }
        _t545 = acc;
        _context389.n = 2;
        return v;
      case 2:
        _t546 = _context389.v;
        acc = _t545 += _t546 | 0;
        _context389.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context389.n = 1;
        break;
      case 5:
        return _context389.a(2, acc);
    }
  }, _marked233);
}
function c391(n, k) {
  var count, i, _t547;
  return _regenerator().w(function (_context390) {
    while (1) switch (_context390.p = _context390.n) {
      case 0:
        count = 0;
        _context390.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context390.n = 8;
          break;
        }
        _t547 = (i + k) % 3;
        _context390.n = _t547 === 0 ? 3 : _t547 === 1 ? 5 : 6;
        break;
      case 3:
        _context390.n = 4;
        return i * 9;
      case 4:
        return _context390.a(3, 7);
      case 5:
        count += 9;
        return _context390.a(3, 7);
      case 6:
        return _context390.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context390.n = 2;
        break;
      case 8:
        _context390.p = 8;
        sink = sink + count | 0;
        return _context390.f(8);
      case 9:
        return _context390.a(2);
    }
  }, _marked234, null, [[1,, 8, 9]]);
}
function c392(n, k) {
  var total, i, _t548, _t549, _t550;
  return _regeneratorAsync(function (_context391) {
    while (1) switch (_context391.p = _context391.n) {
      case 0:
        total = 42;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context391.n = 6;
          break;
        }
        _context391.p = 2;
        _t548 = total;
        _context391.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t549 = _context391.v;
        total = _t548 += _t549 * 10;
        _context391.n = 5;
        break;
      case 4:
        _context391.p = 4;
        _t550 = _context391.v;
        total -= 1;
      case 5:
        i++;
        _context391.n = 1;
        break;
      case 6:
        return _context391.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c393(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context392) {
    while (1) switch (_context392.n) {
      case 0:
        _context392.n = 1;
        return _awaitAsyncGenerator(c392(n, k + 1));
      case 1:
        first = _context392.v;
        second = first * 11;
        if (!(first % 11 === 0)) {
          _context392.n = 3;
          break;
        }
        _context392.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context392.v;
      case 3:
        return _context392.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c394(n, k) {
  var best, _iterator77, _step77, v, _t551;
  return _regenerator().w(function (_context393) {
    while (1) switch (_context393.p = _context393.n) {
      case 0:
        best = -1;
        _iterator77 = _createForOfIteratorHelper(c390(n, k));
        _context393.p = 1;
        _iterator77.s();
      case 2:
        if ((_step77 = _iterator77.n()).done) {
          _context393.n = 4;
          break;
        }
        v = _step77.value;
        if (!(v > best)) {
          _context393.n = 3;
          break;
        }
        _context393.n = 3;
        return (best = v) * 12 + v;
      case 3:
        _context393.n = 2;
        break;
      case 4:
        _context393.n = 6;
        break;
      case 5:
        _context393.p = 5;
        _t551 = _context393.v;
        _iterator77.e(_t551);
      case 6:
        _context393.p = 6;
        _iterator77.f();
        return _context393.f(6);
      case 7:
        return _context393.a(2, best);
    }
  }, _marked235, null, [[1, 5, 6, 7]]);
}
function c395(n, k) {
  var acc, i, v, _t552, _t553;
  return _regenerator().w(function (_context394) {
    while (1) switch (_context394.n) {
      case 0:
        acc = 7;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context394.n = 5;
          break;
        }
        v = (i * 13 + k) % 13;
        if (!(v > 6)) {
          _context394.n = 3;
          break;
        }
        _t552 = acc;
        _context394.n = 2;
        return v;
      case 2:
        _t553 = _context394.v;
        acc = _t552 += _t553 | 0;
        _context394.n = 4;
        break;
      case 3:
        acc -= v;
      case 4:
        i++;
        _context394.n = 1;
        break;
      case 5:
        return _context394.a(2, acc);
    }
  }, _marked236);
}
function c396(n, k) {
  var count, i, _t554;
  return _regenerator().w(function (_context395) {
    while (1) switch (_context395.p = _context395.n) {
      case 0:
        count = 0;
        _context395.p = 1;
        i = 0;
      case 2:
        if (!(i < n)) {
          _context395.n = 8;
          break;
        }
        _t554 = (i + k) % 3;
        _context395.n = _t554 === 0 ? 3 : _t554 === 1 ? 5 : 6;
        break;
      case 3:
        _context395.n = 4;
        return i * 3;
      case 4:
        return _context395.a(3, 7);
      case 5:
        count += 5;
        return _context395.a(3, 7);
      case 6:
        return _context395.d(_regeneratorValues([i, count]), 7);
      case 7:
        i++;
        _context395.n = 2;
        break;
      case 8:
        _context395.p = 8;
        sink = sink + count | 0;
        return _context395.f(8);
      case 9:
        return _context395.a(2);
    }
  }, _marked237, null, [[1,, 8, 9]]);
}
function c397(n, k) {
  var total, i, _t555, _t556, _t557;
  return _regeneratorAsync(function (_context396) {
    while (1) switch (_context396.p = _context396.n) {
      case 0:
        total = 47;
        i = 0;
      case 1:
        if (!(i < n)) {
          _context396.n = 6;
          break;
        }
        _context396.p = 2;
        _t555 = total;
        _context396.n = 3;
        return _awaitAsyncGenerator(value(i + k));
      case 3:
        _t556 = _context396.v;
        total = _t555 += _t556 * 4;
        _context396.n = 5;
        break;
      case 4:
        _context396.p = 4;
        _t557 = _context396.v;
        total -= 1;
      case 5:
        i++;
        _context396.n = 1;
        break;
      case 6:
        return _context396.a(2, total);
    }
  }, null, null, [[2, 4]], Promise);
}
function c398(n, k) {
  var first, second;
  return _regeneratorAsync(function (_context397) {
    while (1) switch (_context397.n) {
      case 0:
        _context397.n = 1;
        return _awaitAsyncGenerator(c397(n, k + 1));
      case 1:
        first = _context397.v;
        second = first * 5;
        if (!(first % 7 === 0)) {
          _context397.n = 3;
          break;
        }
        _context397.n = 2;
        return _awaitAsyncGenerator(Promise.resolve(first >> 1));
      case 2:
        second = _context397.v;
      case 3:
        return _context397.a(2, first + second);
    }
  }, null, null, null, Promise);
}
function c399(n, k) {
  var best, _iterator78, _step78, v, _t558;
  return _regenerator().w(function (_context398) {
    while (1) switch (_context398.p = _context398.n) {
      case 0:
        best = -1;
        _iterator78 = _createForOfIteratorHelper(c395(n, k));
        _context398.p = 1;
        _iterator78.s();
      case 2:
        if ((_step78 = _iterator78.n()).done) {
          _context398.n = 4;
          break;
        }
        v = _step78.value;
        if (!(v > best)) {
          _context398.n = 3;
          break;
        }
        _context398.n = 3;
        return (best = v) * 6 + v;
      case 3:
        _context398.n = 2;
        break;
      case 4:
        _context398.n = 6;
        break;
      case 5:
        _context398.p = 5;
        _t558 = _context398.v;
        _iterator78.e(_t558);
      case 6:
        _context398.p = 6;
        _iterator78.f();
        return _context398.f(6);
      case 7:
        return _context398.a(2, best);
    }
  }, _marked238, null, [[1, 5, 6, 7]]);
}
const ALL = [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40, c41, c42, c43, c44, c45, c46, c47, c48, c49, c50, c51, c52, c53, c54, c55, c56, c57, c58, c59, c60, c61, c62, c63, c64, c65, c66, c67, c68, c69, c70, c71, c72, c73, c74, c75, c76, c77, c78, c79, c80, c81, c82, c83, c84, c85, c86, c87, c88, c89, c90, c91, c92, c93, c94, c95, c96, c97, c98, c99, c100, c101, c102, c103, c104, c105, c106, c107, c108, c109, c110, c111, c112, c113, c114, c115, c116, c117, c118, c119, c120, c121, c122, c123, c124, c125, c126, c127, c128, c129, c130, c131, c132, c133, c134, c135, c136, c137, c138, c139, c140, c141, c142, c143, c144, c145, c146, c147, c148, c149, c150, c151, c152, c153, c154, c155, c156, c157, c158, c159, c160, c161, c162, c163, c164, c165, c166, c167, c168, c169, c170, c171, c172, c173, c174, c175, c176, c177, c178, c179, c180, c181, c182, c183, c184, c185, c186, c187, c188, c189, c190, c191, c192, c193, c194, c195, c196, c197, c198, c199, c200, c201, c202, c203, c204, c205, c206, c207, c208, c209, c210, c211, c212, c213, c214, c215, c216, c217, c218, c219, c220, c221, c222, c223, c224, c225, c226, c227, c228, c229, c230, c231, c232, c233, c234, c235, c236, c237, c238, c239, c240, c241, c242, c243, c244, c245, c246, c247, c248, c249, c250, c251, c252, c253, c254, c255, c256, c257, c258, c259, c260, c261, c262, c263, c264, c265, c266, c267, c268, c269, c270, c271, c272, c273, c274, c275, c276, c277, c278, c279, c280, c281, c282, c283, c284, c285, c286, c287, c288, c289, c290, c291, c292, c293, c294, c295, c296, c297, c298, c299, c300, c301, c302, c303, c304, c305, c306, c307, c308, c309, c310, c311, c312, c313, c314, c315, c316, c317, c318, c319, c320, c321, c322, c323, c324, c325, c326, c327, c328, c329, c330, c331, c332, c333, c334, c335, c336, c337, c338, c339, c340, c341, c342, c343, c344, c345, c346, c347, c348, c349, c350, c351, c352, c353, c354, c355, c356, c357, c358, c359, c360, c361, c362, c363, c364, c365, c366, c367, c368, c369, c370, c371, c372, c373, c374, c375, c376, c377, c378, c379, c380, c381, c382, c383, c384, c385, c386, c387, c388, c389, c390, c391, c392, c393, c394, c395, c396, c397, c398, c399];
const KINDS = "ggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttg";
function run() {
  var h, i, fn, it, r, _t559, _t560, _t561, _t562;
  return _regeneratorAsync(function (_context399) {
    while (1) switch (_context399.n) {
      case 0:
        h = 0;
        i = 0;
      case 1:
        if (!(i < ALL.length)) {
          _context399.n = 5;
          break;
        }
        fn = ALL[i];
        if (!(KINDS[i] === 'g')) {
          _context399.n = 2;
          break;
        }
        it = fn(6, i % 5);
        r = it.next();
        while (!r.done) {
          h = h * 31 + (r.value | 0) | 0;
          r = it.next(h & 7);
        }
        h = h * 31 + (r.value | 0) | 0;
        _context399.n = 4;
        break;
      case 2:
        _t559 = h * 31;
        _context399.n = 3;
        return _awaitAsyncGenerator(fn(4, i % 5));
      case 3:
        _t560 = _context399.v;
        _t561 = _t560 | 0;
        _t562 = _t559 + _t561;
        h = _t562 | 0;
      case 4:
        i++;
        _context399.n = 1;
        break;
      case 5:
        return _context399.a(2, [h, sink]);
    }
  }, null, null, null, Promise);
}
module.exports = {
  run
};