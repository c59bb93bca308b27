// Seeded, reproducible generator of random but valid coframe programs.
//
// A program is a tree of small nodes (this file's own AST) that prints to
// co_ source text. The tree is what the reducer (reduce.js) shrinks: it
// deletes items of statement lists (`q` nodes) and replaces nodes by one of
// their `alts` (a simpler statement or expression that is still valid code).
//
//   X(...parts)  an expression     S(...parts)  a statement
//   Q(items)     a statement list, printed one item per line, indented
//
// Every program has helper coroutines, one `main` coroutine of the requested
// kind (generator / task / async generator), and an `async function drive()`
// that calls main and drives it with next(v) / return(v) / throw(e) at random
// points, printing every result through `out(...)`. For the async kinds every
// line is prefixed with a microtask tick counter, so the microtask order of
// the two targets is compared too. All loops are bounded (and call FUEL(), so
// even a miscompiled loop counter stops).
'use strict';

// ------------------------------------------------------------------ PRNG

/** mulberry32: a small, fast 32-bit PRNG; same seed, same sequence. */
function mulberry32(a) {
  return function () {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of program `index` of a run with seed `seed` (a 32-bit hash). */
function programSeed(seed, index) {
  let h = (Number(seed) >>> 0) ^ 0x9e3779b9;
  h = Math.imul(h ^ ((index + 0x7f4a7c15) >>> 0), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ index, 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> 0;
}

class Rng {
  constructor(seed) { this.f = mulberry32(seed >>> 0); }
  float() { return this.f(); }
  int(n) { return Math.floor(this.f() * n); }
  range(a, b) { return a + this.int(b - a + 1); }
  chance(p) { return this.f() < p; }
  pick(a) { return a[this.int(a.length)]; }
  /** pairs: [[weight, value], ...] with weight 0 meaning "not allowed" */
  weighted(pairs) {
    let total = 0;
    for (const [w] of pairs) total += w;
    let r = this.f() * total;
    for (const [w, v] of pairs) {
      if ((r -= w) < 0 && w > 0) return v;
    }
    for (let i = pairs.length - 1; i >= 0; i--) if (pairs[i][0] > 0) return pairs[i][1];
    throw new Error('weighted: nothing allowed');
  }
}

// ------------------------------------------------------------------ nodes

const X = (...p) => ({ k: 'x', p });
const S = (...p) => ({ k: 's', p });
const Q = (items) => ({ k: 'q', items });
/** Give `node` simpler replacements for the reducer. */
function alt(node, ...alts) {
  const a = alts.filter((x) => x !== undefined && x !== null);
  if (a.length) node.alts = a;
  return node;
}
/** A block statement; the reducer may also splice its statements into the enclosing list. */
const block = (q) => {
  const b = S('{', q, '\n}');
  b.inline = q;
  return b;
};

/**
 * Where a coroutine's native form puts its `async` / `*`: a mark before the
 * `function` keyword, the method name or the arrow's parameters. The co_
 * form drops it (coframe infers the kind from the body); the native form
 * (nativeText) spells the kind out there.
 */
const MARK = '\u00a7';
const mark = (kind) => `${MARK}${kind}${MARK}`;
/**
 * Source text with co_ words that are not keywords (in a string, a comment,
 * a name): kept as they are in both forms (nativeText renames only the
 * unprotected ones).
 */
const PROTECT = '\u00b6';
const notKeywords = (s) => s.replace(/co_/g, `co${PROTECT}_`);

function print(n, ind = 0) {
  if (typeof n === 'string') return ind ? n.replace(/\n/g, '\n' + '  '.repeat(ind)) : n;
  if (n.k === 'q') return n.items.map((it) => '\n' + '  '.repeat(ind + 1) + print(it, ind + 1)).join('');
  let s = '';
  for (const c of n.p) s += print(c, ind);
  return s;
}

// ------------------------------------------------------------------ kinds

const KINDS = ['gen', 'task', 'agen'];
const KIND_ALIASES = { generator: 'gen', gen: 'gen', async: 'task', task: 'task', asyncgen: 'agen', agen: 'agen' };
const isAsync = (kind) => kind !== 'gen';
const canYield = (kind) => kind !== 'task';

// ------------------------------------------------------------------ contexts

class Scope {
  constructor() { this.vars = []; this.count = 0; }
  /** (`at`: the index in the list of the statement that declares it) */
  add(name, mut, extra = {}) { this.vars.push({ name, mut, at: this.count, ...extra }); }
  has(name) { return this.vars.some((v) => v.name === name); }
}

/**
 * Statement context. `f` is per coroutine, the rest is lexical and copied
 * when it changes (with()).
 */
class Ctx {
  constructor(props) { Object.assign(this, props); }
  with(props) { return new Ctx({ ...this, ...props }); }
  /** Visible variables, innermost binding of each name. */
  visible() {
    const seen = new Set();
    const out = [];
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      for (const v of this.scopes[i].vars) {
        if (seen.has(v.name)) continue;
        seen.add(v.name);
        if (this.hidden && this.hidden.has(v.name)) continue;
        out.push(v);
      }
    }
    return out;
  }
  get scope() { return this.scopes[this.scopes.length - 1]; }
}

class Generator {
  constructor(rng, kind) {
    this.rng = rng;
    this.kind = kind;
    this.counter = 0;
  }

  fresh(prefix) { return prefix + ++this.counter; }
  tag(prefix = 't') { return `'${prefix}${++this.counter}'`; }

  // ---------------------------------------------------------------- expressions

  literal() {
    const r = this.rng;
    return r.weighted([
      [6, () => String(r.int(10))],
      [2, () => `'${r.pick(['a', 'b', 'c', 'x', 'y'])}'`],
      [1, () => r.pick(['true', 'false', 'null', 'undefined'])],
    ])();
  }

  varRef(ctx, pred = () => true) {
    const vs = ctx.visible().filter((v) => !v.special && pred(v));
    return vs.length ? this.rng.pick(vs) : null;
  }

  atom(ctx) {
    const r = this.rng;
    const v = r.chance(0.6) ? this.varRef(ctx) : null;
    if (v) return v.name;
    if (ctx.f && ctx.f.isMain && !ctx.inArrowFn && r.chance(0.08)) {
      return r.pick(['this.k', 'arguments.length', 'arguments[0]']);
    }
    return this.literal();
  }

  /** An expression; `d` bounds its depth. May suspend unless ctx.noSusp. */
  expr(ctx, d = 2) {
    const r = this.rng;
    if (d <= 0) return this.atom(ctx);
    const susp = !ctx.noSusp && ctx.f;
    // (ctx.early: a class's heritage or computed key, evaluated before a
    // suspension and so outside the class: no assignment, function or class,
    // which would be strict code in the class and are not in sloppy code)
    const mutable = ctx.early ? null : this.varRef(ctx, (v) => v.mut);
    const choice = r.weighted([
      [5, 'atom'],
      [susp ? 6 : 0, 'susp'],
      [3, 'bin'],
      [2, 'logic'],
      [1.5, 'cond'],
      [1.5, 'tr'],
      [1, 'pair'],
      [0.7, 'method'],
      [0.5, 'optional'],
      [0.8, 'template'],
      [0.6, 'array'],
      [0.5, 'object'],
      [0.3, 'spread'],
      [ctx.early ? 0 : 0.4, 'member'],
      [mutable ? 1.5 : 0, 'assign'],
      [ctx.early ? 0 : 0.5, 'arrow'],
      [0.4, 'comma'],
      [0.6, 'unary'],
      [ctx.f && ctx.f.hasMe ? 0.4 : 0, 'me'],
      [ctx.early ? 0 : 0.3, 'klass'],
      [susp && !ctx.early ? 0.3 : 0, 'klassSusp'],
      [ctx.early ? 0 : 0.5, 'lexical'],
    ]);
    const sub = () => this.expr(ctx, d - 1);
    switch (choice) {
      case 'atom': return this.atom(ctx);
      case 'me': return r.chance(0.7) ? X('me(', sub(), ')') : X('me`${', sub(), '}`');
      case 'susp': return this.suspension(ctx, d);
      case 'bin': {
        const a = sub(), b = sub();
        return alt(X('(', a, ` ${r.pick(['+', '+', '-', '*', '<', '===', '!==', '%'])} `, b, ')'), '0', a, b);
      }
      case 'logic': {
        const a = sub(), b = sub();
        return alt(X('(', a, ` ${r.pick(['&&', '||', '??'])} `, b, ')'), '0', a, b);
      }
      case 'cond': {
        const c = sub(), a = sub(), b = sub();
        return alt(X('(', c, ' ? ', a, ' : ', b, ')'), '0', a, b, c);
      }
      case 'tr': {
        const a = sub();
        return alt(X('tr(', this.tag(), ', ', a, ')'), a);
      }
      case 'pair': {
        const a = sub(), b = sub();
        return alt(X('pair(', a, ', ', b, ')'), '0', a, b);
      }
      case 'method': {
        const a = sub(), b = sub();
        return alt(X('box.m(', a, ', ', b, ')'), '0', a, b);
      }
      case 'optional': {
        const c = sub(), a = sub();
        return alt(X('(', c, ' ? null : box)?.m(', a, ')'), '0', a, c);
      }
      case 'template': {
        const a = sub(), b = sub();
        return alt(X('`${', a, '}:${', b, '}`'), '0', a, b);
      }
      case 'array': {
        const a = sub(), b = sub();
        return alt(X('[', a, ', ', b, ']'), '0', a, b);
      }
      case 'object': {
        const a = sub(), b = sub();
        if (r.chance(0.3)) {
          const k = r.chance(0.5) ? X('K(', sub(), ')') : sub();
          return alt(X('({ a: ', a, ', [', k, ']: ', b, ' })'), '0', a, b, k);
        }
        return alt(X('({ a: ', a, ', b: ', b, ' }).', r.pick(['a', 'b'])), '0', a, b);
      }
      case 'spread': {
        const a = sub(), b = sub();
        // a suspension right after the dots (the scanner must see a spread, not a member access)
        if (susp && ctx.f.kind !== 'gen' && r.chance(0.3)) return alt(X('pair(...co_await [', a, ', ', b, '])'), X('pair(...[', a, ', ', b, '])'), '0', a, b);
        return alt(X('pair(...[', a, ', ', b, '])'), '0', a, b);
      }
      case 'member': {
        const a = sub();
        const op = r.pick(['=', '+=', '??=', '||=']);
        return alt(X('(box.n ', op, ' ', a, ')'), a, 'box.n');
      }
      case 'assign': {
        const a = sub();
        const op = r.pick(['=', '+=', '??=', '||=', '&&=', '++']);
        if (op === '++') return alt(X('(', mutable.name, '++)'), mutable.name);
        return alt(X('(', mutable.name, ` ${op} `, a, ')'), a, mutable.name);
      }
      case 'arrow': {
        const a = this.expr(ctx.with({ noSusp: true, inArrowFn: true }), d - 1);
        return alt(X('(() => ', a, ')()'), a);
      }
      case 'klass': {
        // the coroutine's variables read and written from a class body or an accessor
        const a = this.expr(ctx.with({ noSusp: true, inArrowFn: true }), d - 1);
        return alt(r.pick([
          () => X('new (class { m() { return ', a, '; } })().m()'),
          () => X('(class { static s = ', a, '; }).s'),
          () => X('({ get g() { return ', a, '; } }).g'),
        ])(), a);
      }
      case 'klassSusp': {
        // a class whose heritage or computed keys may suspend: natively
        // evaluated in order before the class exists, keys converted as
        // they are evaluated (K prints when)
        const early = ctx.with({ early: true });
        const p = this.expr(early, d - 1);
        if (r.chance(0.4)) return alt(X('new (class extends (', p, ' ? Object : Array) {})().length'), p);
        const q = this.expr(early, d - 1);
        return alt(X('Object.getOwnPropertyNames((class { [K(', p, ')]() {} [K(', q, ')]() {} }).prototype).join()'), p, q);
      }
      case 'comma': {
        const a = sub(), b = sub();
        // a comma ending in a method: called with no `this` (box.m prints its `this.k`)
        if (r.chance(0.25)) return alt(X('(', a, ', box.m)(', b, ')'), a, b);
        return alt(X('(', a, ', ', b, ')'), a, b);
      }
      case 'unary': {
        const a = sub();
        return alt(X('(', r.pick(['-', '!', 'typeof ']), a, ')'), a);
      }
      case 'lexical': {
        // co_ words that are not keywords (in a string, a template's text, a
        // comment, a regular expression, a property or method name), and a
        // `/` that divides: what coframe's scanner must read as natively
        const a = sub();
        const plain = this.expr(ctx.with({ noSusp: true, inArrowFn: true }), d - 1);
        return alt(r.pick([
          () => X("('", notKeywords('co_yield '), "' + ", a, ')'),
          () => X('`', notKeywords('co_await'), ' ${', a, '}`'),
          () => X('(/* ', notKeywords('co_yield'), ' */ ', a, ')'),
          () => X('(/', notKeywords('co_yield'), "+/.test('", notKeywords('co_yieldd'), "') && ", a, ')'),
          () => X('({ ', notKeywords('co_return'), ': ', a, ' }).', notKeywords('co_return')),
          () => X('({ ', notKeywords('co_await'), '() { return ', plain, '; } }).', notKeywords('co_await'), '()'),
          () => X('((', a, ') / 2 / 1)'),
          // (an escaped quote or backtick, a `/` in a class: the literal goes on)
          () => X("('it\\'s ", notKeywords('co_return'), "' + ", a, ')'),
          () => X('`\\` ', notKeywords('co_yield'), ' ${', a, '}`'),
          () => X("(/[/]", notKeywords('co_await'), "/.test('/", notKeywords('co_await'), "') && ", a, ')'),
        ])(), a);
      }
    }
    throw new Error('unreachable');
  }

  helpersOf(ctx, kinds) {
    return ctx.f.helpers.filter((h) => kinds.includes(h.kind));
  }

  /** A helper call expression of one of `kinds`, or null. */
  helperCall(ctx, kinds, d) {
    const hs = this.helpersOf(ctx, kinds);
    if (!hs.length) return null;
    const h = this.rng.pick(hs);
    const arg = this.expr(ctx, Math.min(d - 1, 1));
    return X(h.name, '(', arg, ')');
  }

  yieldExpr(ctx, d) {
    const r = this.rng;
    const a = this.expr(ctx, d - 1);
    const kind = ctx.f.kind;
    const delegKinds = kind === 'agen' ? ['agen', 'gen'] : ['gen'];
    return r.weighted([
      [8, () => alt(X('(co_yield ', a, ')'), a)],
      [1, () => alt(X('(co_yield)'), 'undefined')],
      // (a regular expression right after the keyword)
      [0.3, () => alt(X('(co_yield /', notKeywords('co_await'), '+/g)'), a)],
      [3, () => {
        const call = this.helperCall(ctx, delegKinds, d);
        // delegate to the generator kept in SELF.d/e, if any: it may be
        // suspended in another chain, done, or in the middle of the running
        // chain (a request that must stop above it with a TypeError)
        if (kind === 'gen' && r.chance(call ? 0.2 : 0.3)) {
          const other = call ?? X('[', a, ']');
          return alt(X(`(co_yield* (SELF.${r.pick(['d', 'e'])} ?? `, other, '))'), X('(co_yield* ', other, ')'), '0');
        }
        if (!call) return alt(X('(co_yield ', a, ')'), a);
        // a generator in the middle of a chain, kept where the driver can step it directly
        if (kind === 'gen' && !ctx.early && r.chance(0.3)) return alt(X(`(co_yield* (SELF.${r.pick(['d', 'e'])} = `, call, '))'), X('(co_yield* ', call, ')'), '0');
        return alt(X('(co_yield* ', call, ')'), '0');
      }],
      [1.5, () => {
        const b = this.expr(ctx, d - 1);
        const items = kind === 'agen' && r.chance(0.4) ? X('Promise.resolve(', a, '), ', b) : X(a, ', ', b);
        return alt(X('(co_yield* [', items, '])'), a, b);
      }],
    ])();
  }

  awaitExpr(ctx, d) {
    const r = this.rng;
    const a = this.expr(ctx, d - 1);
    return r.weighted([
      [5, () => alt(X('(co_await ', a, ')'), a)],
      [3, () => alt(X('(co_await Promise.resolve(', a, '))'), a)],
      [1.5, () => alt(X('(co_await thenable(', a, '))'), a)],
      [3, () => {
        const call = this.helperCall(ctx, ['task'], d);
        return call ? alt(X('(co_await ', call, ')'), '0') : alt(X('(co_await ', a, ')'), a);
      }],
      [0.4, () => alt(X(`(co_await Promise.reject(new Error(${this.tag('rej')})))`), '0')],
      // (a regular expression right after the keyword, a division after its operand)
      [0.3, () => alt(X('(co_await /', notKeywords('co_yield'), '/.source)'), a)],
      [0.3, () => alt(X('(co_await ', a, ' / 2)'), a)],
      [0.4, () => alt(X('(co_await (', a, ', Promise.resolve(', this.expr(ctx, d - 1), ')))'), a)],
    ])();
  }

  /**
   * A nested coroutine created and consumed in place: an arrow task that is
   * awaited, or a generator function expression delegated to. Its body sees
   * (and may assign) the enclosing coroutine's variables, loop variables
   * included.
   */
  nested(ctx, d) {
    const r = this.rng;
    const kind = ctx.f.kind;
    const asTask = kind === 'task' || (kind === 'agen' && r.chance(0.5));
    const p = this.fresh('p');
    const f = { kind: asTask ? 'task' : (kind === 'agen' && r.chance(0.3) ? 'agen' : 'gen'), helpers: ctx.f.helpers, isMain: false, budget: r.range(1, 3), maxDepth: ctx.depth + 2, hasFns: false };
    const scope = new Scope();
    scope.add(p, true);
    // (names hidden here stay hidden: a generator delegated to in an
    // initialiser runs while the binding it would read is in its TDZ)
    const inner = new Ctx({ ...ctx, f, scopes: [...ctx.scopes, scope], jumps: [], noSusp: false, noDecl: false, inArrowFn: true, inNested: true, depth: ctx.depth + 1 });
    const items = [];
    while (f.budget > 0) {
      items.push(this.statement(inner));
      scope.count++;
    }
    items.push(S('co_return ', this.expr(inner, 1), ';'));
    const q = Q(items);
    this.ensureKind(f.kind, q, inner);
    const arg = this.expr(ctx, d - 1);
    const x = asTask
      ? X('(co_await (', mark('task'), '(', p, ') => {', q, '\n})(', arg, '))')
      : X('(co_yield* (', mark(f.kind), 'function (', p, ') {', q, '\n})(', arg, '))');
    // (its body is not the enclosing coroutine's: ensureKind reads around it)
    x.body = q;
    return alt(x, arg);
  }

  suspension(ctx, d) {
    const kind = ctx.f.kind;
    if (!ctx.inNested && !ctx.early && d >= 2 && this.rng.chance(0.04)) return this.nested(ctx, d);
    if (kind === 'gen') return this.yieldExpr(ctx, d);
    if (kind === 'task') return this.awaitExpr(ctx, d);
    return this.rng.chance(0.5) ? this.yieldExpr(ctx, d) : this.awaitExpr(ctx, d);
  }

  cond(ctx) {
    const r = this.rng;
    const e = this.expr(ctx, r.range(1, 2));
    return r.weighted([
      [3, () => e],
      [2, () => alt(X('(', e, ` % ${r.range(2, 3)})`), e, '1')],
      [2, () => alt(X('(', e, ` > ${r.range(1, 5)})`), e, '1')],
    ])();
  }

  // ---------------------------------------------------------------- statements

  /** A list of `n` statements in a new scope (extra vars declared in it). */
  body(ctx, n, extraVars = [], props = {}) {
    const scope = new Scope();
    for (const v of extraVars) scope.add(v.name, v.mut, { ...v, head: true });
    const inner = ctx.with({ scopes: [...ctx.scopes, scope], depth: ctx.depth + 1, noDecl: false, ...props });
    const items = [];
    for (let i = 0; i < n; i++) {
      items.push(this.statement(inner));
      scope.count++;
    }
    // a closure made before a declaration of the list: called in the
    // binding's dead zone it catches the ReferenceError (a new binding per
    // entry of the list: per iteration in a loop body)
    if (ctx.f.hasFns && this.rng.chance(0.2)) {
      const early = scope.vars.filter((v) => !v.isVar && !v.head && !v.special);
      if (early.length) {
        const v = this.rng.pick(early);
        items.splice(this.rng.int(v.at + 1), 0, S(`fns.push(() => { try { return [${v.name}]; } catch (e) { return String(e); } });`));
      }
    }
    const q = Q(items);
    Object.defineProperty(q, 'scope', { value: scope, enumerable: false });
    return q;
  }

  statement(ctx) {
    const r = this.rng;
    const f = ctx.f;
    f.budget--;
    const canNest = ctx.depth < f.maxDepth && f.budget > 0;
    const breakable = ctx.jumps.some((j) => j.breakable && !j.label);
    const continuable = ctx.jumps.some((j) => j.loop);
    const kind = f.kind;
    const choice = r.weighted([
      [5, 'out'],
      [ctx.noDecl ? 0 : 4, 'decl'],
      [ctx.noDecl ? 0 : 1.2, 'destructure'],
      [2, 'assign'],
      [0.8, 'destructAssign'],
      [2, 'suspend'],
      [canNest ? 3 : 0, 'if'],
      [canNest ? 2.5 : 0, 'for'],
      [canNest ? 1.2 : 0, 'while'],
      [canNest ? 1.5 : 0, 'forof'],
      [canNest && isAsync(kind) ? 1.2 : 0, 'forawait'],
      [canNest ? 0.5 : 0, 'forin'],
      [canNest ? 0.4 : 0, 'forofclose'],
      [canNest ? 1.5 : 0, 'switch'],
      [canNest ? 3 : 0, 'try'],
      [canNest ? 0.6 : 0, 'labelblock'],
      [canNest ? 0.6 : 0, 'block'],
      [canNest ? 0.5 : 0, 'handoff'],
      [canNest ? 0.4 : 0, 'handoffFinally'],
      [breakable || ctx.jumps.length ? 2 : 0, 'break'],
      [continuable ? 1.5 : 0, 'continue'],
      [1, 'return'],
      [1, 'throw'],
      [f.hasFns ? 2 : 0, 'closure'],
      [f.hasFns ? 0.7 : 0, 'callfns'],
      [f.isMain && kind !== 'task' ? 0.3 : 0, 'reenter'],
      [kind === 'gen' ? 0.3 : 0, 'reenterInner'],
      [0.3, 'comment'],
    ]);
    return this[`st_${choice}`](ctx);
  }

  /** A line comment with co_ words (the scanner must skip to the line's end). */
  st_comment() {
    return S('// ', notKeywords('co_return'), ' ', notKeywords('co_yield'), " / 'x' `");
  }

  st_out(ctx) {
    const r = this.rng;
    const a = this.expr(ctx, r.range(1, 3));
    if (r.chance(0.3)) {
      const b = this.expr(ctx, 2);
      return S('out(', this.tag('s'), ', ', a, ', ', b, ');');
    }
    return S('out(', this.tag('s'), ', ', a, ');');
  }

  /** A name for a new declaration: fresh, or (rarely) shadowing an outer one. */
  declName(ctx, prefix) {
    const r = this.rng;
    if (ctx.depth > 0 && !ctx.scope.count && r.chance(0.12)) {
      const outer = ctx.visible().filter((v) => !v.special && !v.isVar && !ctx.scope.has(v.name) && /^[a-z]\d+$/.test(v.name));
      if (outer.length) return { name: r.pick(outer).name, shadow: true };
    }
    return { name: this.fresh(prefix), shadow: false };
  }

  st_decl(ctx) {
    const r = this.rng;
    const kw = r.weighted([[5, 'let'], [3, 'const'], [2, 'var']]);
    let { name, shadow } = kw === 'var' ? { name: this.fresh('v'), shadow: false } : this.declName(ctx, 'v');
    // the initializer must not see the (TDZ) binding it shadows
    const init = this.expr(shadow ? this.hide(ctx, [name]) : ctx, r.range(1, 3));
    ctx.scope.add(name, kw !== 'const', { isVar: kw === 'var' });
    return S(`${kw} ${name} = `, init, ';');
  }

  /** Source of values for destructuring: an array / object literal or a generator call. */
  st_destructure(ctx) {
    const r = this.rng;
    const kw = r.pick(['let', 'const', 'var']);
    const names = [];
    const dflt = () => this.expr(ctx, r.range(1, 2));
    const mk = () => { const n = this.fresh('d'); names.push(n); return n; };
    let pattern, source;
    if (r.chance(0.5)) {
      // array pattern
      const genSrc = r.chance(0.35) ? this.helperCall(ctx, ['gen'], 2) : null;
      const parts = [mk()];
      parts.push(X(mk(), ' = ', dflt()));
      // (a nested pattern only over arrays: a generator's numbers are not iterable)
      if (!genSrc && r.chance(0.4)) parts.push(X('[', mk(), ' = ', dflt(), '] = []'));
      if (r.chance(0.4)) parts.push(X('...', mk()));
      pattern = X('[', ...join(parts), ']');
      source = genSrc || X('[', this.expr(ctx, 1), r.chance(0.5) ? X(', ', this.expr(ctx, 1)) : '', ']');
    } else {
      const parts = [X('a: ', mk())];
      // a computed key is converted once, when it is evaluated (and a rest leaves its property out)
      const b = X(mk(), ' = ', dflt());
      parts.push(r.chance(0.35) ? alt(X("[K('b')]: ", b), X('b: ', b)) : X('b: ', b));
      if (r.chance(0.4)) parts.push(X('c: { d: ', mk(), ' = ', dflt(), ' } = {}'));
      if (r.chance(0.3)) parts.push(X('...', mk()));
      pattern = X('{ ', ...join(parts), ' }');
      source = X('{ a: ', this.expr(ctx, 1), r.chance(0.5) ? X(', b: ', this.expr(ctx, 1)) : '', r.chance(0.3) ? ', e: 5' : '', ' }');
    }
    for (const n of names) ctx.scope.add(n, kw !== 'const', { isVar: kw === 'var' });
    return S(`${kw} `, pattern, ' = ', source, ';');
  }

  st_assign(ctx) {
    const r = this.rng;
    const muts = ctx.visible().filter((v) => v.mut && !v.special);
    if (!muts.length) return this.st_out(ctx);
    const v = r.pick(muts);
    if (muts.length >= 2 && r.chance(0.2)) {
      const w = r.pick(muts.filter((x) => x !== v));
      return S('[', v.name, ', ', w.name, ' = ', this.expr(ctx, 1), '] = [', w.name, ', ', this.expr(ctx, 2), '];');
    }
    const e = this.expr(ctx, r.range(1, 3));
    return S(v.name, ` ${r.pick(['=', '=', '+=', '-=', '||=', '??='])} `, e, ';');
  }

  /**
   * A destructuring assignment to members of `box`, most with defaults:
   * natively each target's reference (its key: `tr` prints it) is evaluated
   * before its value is fetched and its default evaluated.
   */
  st_destructAssign(ctx) {
    const r = this.rng;
    const target = (name) => {
      const ref = r.chance(0.5) ? X("box['d' + tr('t', ", this.expr(ctx, 1), ')]') : `box.${name}`;
      return r.chance(0.7) ? X(ref, ' = ', this.expr(ctx, r.range(1, 2))) : ref;
    };
    const item = () => (r.chance(0.5) ? 'undefined' : this.expr(ctx, 1));
    const stmt = r.chance(0.5)
      ? S('[', target('p'), ', ', target('q'), '] = [', item(), ', ', item(), '];')
      : S('({ a: ', target('p'), ', b: ', target('q'), ' } = { a: ', item(), ', b: ', item(), ' });');
    return Q([stmt, S("out('dst', box);")]);
  }

  st_suspend(ctx) {
    // (a bare co_yield: with --asi, it may end a line that a `(` or `[` line follows)
    if (canYield(ctx.f.kind) && this.rng.chance(0.1)) return S('co_yield;');
    const e = this.suspension(ctx, 2);
    return alt(S(e, ';'));
  }

  st_if(ctx) {
    const r = this.rng;
    const c = this.cond(ctx);
    const then = this.body(ctx, r.range(1, 3));
    if (r.chance(0.4)) {
      const els = this.body(ctx, r.range(1, 2));
      return alt(S('if (', c, ') {', then, '\n} else {', els, '\n}'), block(then), block(els));
    }
    return alt(S('if (', c, ') {', then, '\n}'), block(then));
  }

  label(ctx) {
    return this.rng.chance(0.35) ? this.fresh('L') : null;
  }

  loopBody(ctx, label, vars, n) {
    const jumps = [...ctx.jumps, { loop: true, breakable: true, label: null }];
    if (label) jumps.push({ loop: true, breakable: true, label });
    const q = this.body(ctx.with({ jumps }), n, vars);
    q.items.unshift('FUEL();');
    // closures capturing the loop variable, often
    if (ctx.f.hasFns && vars.length && this.rng.chance(0.4)) {
      q.items.splice(1 + this.rng.int(q.items.length), 0, S(`fns.push(() => [${vars.map((v) => v.name).join(', ')}]);`));
    }
    return q;
  }

  withLabel(label, stmt, bodyAlt) {
    if (!label) return alt(stmt, bodyAlt);
    return alt(S(`${label}: `, stmt), stmt, bodyAlt);
  }

  st_for(ctx) {
    const r = this.rng;
    const label = this.label(ctx);
    const kw = r.weighted([[5, 'let'], [1, 'var']]);
    const { name } = kw === 'var' ? { name: this.fresh('i') } : this.declName(ctx, 'i');
    const bound = r.range(0, 3);
    const body = this.loopBody(ctx, label, [{ name, mut: false, isVar: kw === 'var' }], r.range(1, 3));
    const test = r.chance(0.2) ? X(`${name} < `, alt(X('(', this.suspension(ctx, 1), ', ' + bound + ')'), String(bound))) : `${name} < ${bound}`;
    const update = r.chance(0.1) ? alt(X(`${name}++, `, this.suspension(ctx, 1)), `${name}++`) : `${name}++`;
    // (a read of the head's own binding in its initializer: its dead zone)
    const init = kw === 'let' && r.chance(0.1) ? alt(X('(DEAD(', this.tag('dz'), `, () => ${name}), 0)`), '0') : '0';
    const stmt = S(`for (${kw} ${name} = `, init, '; ', test, '; ', update, ') {', body, '\n}');
    return this.withLabel(label, stmt, block(body));
  }

  /**
   * A for-in/of's iterated expression that reads the head's bindings: they
   * exist there but are never initialised (a read throws, now and from a
   * closure called later), and they hide outer ones of the same name.
   */
  deadInSource(ctx, names, source) {
    const r = this.rng;
    if (!r.chance(0.12)) return source;
    const x = r.pick(names);
    // (or a store to it, as a destructuring or for-of target: for a const
    // too, the dead zone's ReferenceError comes before the constant's TypeError)
    const use = r.chance(0.7) ? x : r.pick([`[${x}] = [1]`, `({ k: ${x} } = { k: 1 })`, `{ for (${x} of [1]); }`]);
    const read = ctx.f.hasFns && r.chance(0.5)
      ? `fns.push(() => { try { return [${x}]; } catch (e) { return String(e); } })`
      : `DEAD(${this.tag('dz')}, () => ${use})`;
    return alt(X('(', read, ', ', source, ')'), source);
  }

  st_while(ctx) {
    const r = this.rng;
    const label = this.label(ctx);
    const w = this.fresh('w');
    const bound = r.range(0, 3);
    const body = this.loopBody(ctx, label, [{ name: w, mut: false }], r.range(1, 3));
    const lab = label ? `${label}: ` : '';
    if (r.chance(0.5)) {
      return alt(S(`{\nlet ${w} = 0;\n${lab}while (${w}++ < ${bound}) {`, body, '\n}\n}'), block(body));
    }
    const tail = r.chance(0.2) ? X(`while ((`, this.suspension(ctx, 1), `, ++${w} < ${bound}));`) : `while (++${w} < ${bound});`;
    return alt(S(`{\nlet ${w} = 0;\n${lab}do {`, body, '\n} ', tail, '\n}'), block(body));
  }

  iterable(ctx, async) {
    const r = this.rng;
    const kinds = async ? ['agen', 'gen'] : ['gen'];
    const call = r.chance(0.5) ? this.helperCall(ctx, kinds, 2) : null;
    if (call) return call;
    const a = this.expr(ctx, 1), b = this.expr(ctx, 1);
    if (async && r.chance(0.5)) return X('[Promise.resolve(', a, '), ', b, ']');
    return r.chance(0.15) ? `'ab'` : X('[', a, ', ', b, r.chance(0.5) ? ', 7' : '', ']');
  }

  forOfHead(ctx) {
    const r = this.rng;
    if (r.chance(0.2)) {
      const a = this.fresh('x'), b = this.fresh('x');
      // (one in four: a's default reads b, which is in its dead zone then)
      const first = r.chance(0.25) ? alt(X(`${a} = DEAD(`, this.tag('dz'), `, () => ${b})`), a) : a;
      return { head: X('const [', first, `, ${b} = `, this.expr(ctx, 1), ']'), vars: [{ name: a, mut: false }, { name: b, mut: false }], destr: true };
    }
    const kw = r.weighted([[4, 'const'], [2, 'let'], [1, 'var']]);
    const x = this.fresh('x');
    return { head: `${kw} ${x}`, vars: [{ name: x, mut: kw !== 'const', isVar: kw === 'var' }] };
  }

  st_forof(ctx) {
    const r = this.rng;
    const label = this.label(ctx);
    const it = this.iterable(ctx, false);
    const { head, vars, destr } = this.forOfHead(ctx);
    // a destructuring head needs iterable elements
    const source = destr ? X('[[', r.chance(0.3) ? '' : alt(X(this.expr(ctx, 1)), ''), '], [', this.expr(ctx, 1), ', 1]]') : it;
    const body = this.loopBody(ctx, label, vars, r.range(1, 3));
    const stmt = S('for (', head, ' of ', this.deadInSource(ctx, vars.map((v) => v.name), source), ') {', body, '\n}');
    return this.withLabel(label, stmt, block(body));
  }

  // A for-of over a helper generator whose body does not suspend (so the
  // compiler keeps it as a native loop), left early by a jump out of it or a
  // co_return, in a try/catch: when the helper's finally throws, that throw
  // replaces the exit and the catch gets it (gen/173 by hand; rare in the
  // general shapes).
  st_forofclose(ctx) {
    const r = this.rng;
    const call = this.helperCall(ctx, ['gen'], 2);
    if (!call) return this.st_out(ctx);
    const x = this.fresh('x');
    const e = this.fresh('e');
    // the jumps out: to the enclosing labelled statements, or to a labelled
    // loop made here around the try (with a suspension in it, so that the
    // loop becomes states and the jump goes to one)
    const own = !ctx.jumps.some((j) => j.label) || r.chance(0.4) ? this.fresh('L') : null;
    const exits = [S('co_return ', this.expr(ctx.with({ noSusp: true }), 1), ';')];
    const labels = own ? [{ label: own, loop: true }] : ctx.jumps.filter((j) => j.label);
    for (const j of labels) {
      exits.push(S(`break ${j.label};`));
      if (j.loop) exits.push(S(`continue ${j.label};`));
    }
    const exit = r.pick(exits);
    const loop = S(`for (const ${x} of `, call, `) {\nout(${this.tag('k')}, ${x});\nif (${r.chance(0.5) ? 'true' : `${x} !== 0`}) `, exit, '\n}');
    // a suspension in the try makes it states too: then a close that throws
    // must be routed from the loop, not from the jump's target
    const inTry = r.chance(0.6) ? [S('out(', this.tag('kt'), ', ', this.suspension(ctx, 1), ');')] : [];
    const guarded = alt(S('try {', Q([...inTry, loop]), `\n} catch (${e}) {\nout(${this.tag('kc')}, ${e});\n}`), loop);
    if (!own) return guarded;
    const i = this.fresh('i');
    const susp = S('out(', this.tag('ks'), ', ', this.suspension(ctx, 1), ');');
    return alt(S(`${own}: for (let ${i} = 0; ${i} < 2; ${i}++) {\nFUEL();`, Q([susp, guarded]), '\n}'), guarded);
  }

  st_forawait(ctx) {
    const r = this.rng;
    const label = this.label(ctx);
    const it = this.iterable(ctx, true);
    const { head, vars, destr } = this.forOfHead(ctx);
    const source = destr ? X('[[', this.expr(ctx, 1), '], Promise.resolve([', this.expr(ctx, 1), ', 1])]') : it;
    const body = this.loopBody(ctx, label, vars, r.range(1, 3));
    const stmt = S('for co_await (', head, ' of ', this.deadInSource(ctx, vars.map((v) => v.name), source), ') {', body, '\n}');
    return this.withLabel(label, stmt, block(body));
  }

  st_forin(ctx) {
    const r = this.rng;
    const label = this.label(ctx);
    const k = this.fresh('k');
    const body = this.loopBody(ctx, label, [{ name: k, mut: false }], r.range(1, 2));
    const obj = X('{ p: ', this.expr(ctx, 1), ', q: 2', r.chance(0.5) ? ', r: 3' : '', ' }');
    const stmt = S(`for (const ${k} in `, this.deadInSource(ctx, [k], obj), ') {', body, '\n}');
    return this.withLabel(label, stmt, block(body));
  }

  st_switch(ctx) {
    const r = this.rng;
    const disc = r.chance(0.6) ? X('(', this.expr(ctx, 2), ' % 3)') : this.expr(ctx, 1);
    const jumps = [...ctx.jumps, { loop: false, breakable: true, label: null }];
    const n = r.range(1, 4);
    const cases = [];
    let hasDefault = false;
    const values = [0, 1, 2, "'a'", 3];
    for (let i = 0; i < n; i++) {
      let test;
      if (!hasDefault && r.chance(0.25)) { test = 'default'; hasDefault = true; }
      else if (r.chance(0.15) && !ctx.noSusp) test = X('case (', this.suspension(ctx, 1), ', ', String(i), ')');
      else test = `case ${r.pick(values)}`;
      const body = this.body(ctx.with({ jumps }), r.range(0, 2), [], { noDecl: true, depth: ctx.depth + 1 });
      if (r.chance(0.55)) body.items.push('break;');
      cases.push(S(test, ':', body));
    }
    return alt(S('switch (', disc, ') {', Q(cases), '\n}'), ...cases.map((c) => block(c.p[2])));
  }

  st_try(ctx) {
    const r = this.rng;
    const form = r.weighted([[3, 'tcf'], [3, 'tc'], [3, 'tf']]);
    const tryBody = this.body(ctx, r.range(1, 3));
    if (r.chance(0.5)) tryBody.items.splice(r.int(tryBody.items.length + 1), 0, this.st_throw(this.hideDeclared(ctx, tryBody), true));
    const parts = ['try {', tryBody, '\n}'];
    const alts = [block(tryBody)];
    let catchVar = null;
    if (form !== 'tf') {
      let param = this.fresh('e');
      let vars = [{ name: param, mut: true }];
      let head = ` catch (${param}) {`;
      const pick = r.int(10);
      if (pick === 0) { head = ' catch {'; vars = []; }
      else if (pick === 1) { head = ` catch ({ message: ${param} }) {`; }
      else if (pick === 2) head = X(` catch ({ message: ${param} = `, this.expr(ctx, 1), ' }) {');
      const cbody = this.body(ctx, r.range(0, 2), vars);
      if (vars.length) cbody.items.unshift(S(`out(${this.tag('c')}, ${param});`));
      // B.3.5: a var named like the simple catch parameter (its initialiser
      // assigns the parameter; the function's var, read after the statement, stays undefined)
      if (pick >= 3 && r.chance(0.15)) {
        cbody.items.splice(r.range(1, cbody.items.length), 0, S(`var ${param} = `, this.expr(ctx, 1), ';'));
        catchVar = param;
      }
      parts.push(head, cbody, '\n}');
      alts.push(block(cbody));
    }
    if (form !== 'tc') {
      const fbody = this.body(ctx, r.range(0, 2));
      parts.push(' finally {', fbody, '\n}');
      alts.push(block(fbody));
    }
    if (catchVar) parts.push(`\nout(${this.tag('cv')}, ${catchVar});`);
    return alt(S(...parts), ...alts);
  }

  st_labelblock(ctx) {
    const label = this.fresh('L');
    const jumps = [...ctx.jumps, { loop: false, breakable: true, label }];
    const body = this.body(ctx.with({ jumps }), this.rng.range(1, 3));
    body.items.splice(this.rng.int(body.items.length + 1), 0, S('if (', this.cond(this.hideDeclared(ctx, body)), `) break ${label};`));
    return alt(S(`${label}: {`, body, '\n}'), block(body));
  }

  /** ctx for code inserted anywhere into `q`: its own declarations may be in TDZ there. */
  hideDeclared(ctx, q) {
    return this.hide(ctx, q.scope.vars.map((v) => v.name));
  }

  /** ctx in which `names` are hidden too (hidden names stay hidden in everything nested) */
  hide(ctx, names) {
    return ctx.with({ hidden: new Set([...(ctx.hidden ?? []), ...names]) });
  }

  /**
   * Two frame variables whose live ranges meet only inside one statement,
   * where one is written before the other is read for the last time: the
   * frame layout may give them one slot only if it knows the write comes
   * first (most variables of these programs are read until the end, so
   * they rarely hand a slot over otherwise). Both stay out of the scope:
   * no other statement reads them.
   */
  st_handoff(ctx) {
    const r = this.rng;
    const m = this.fresh('m');
    const d = this.fresh('d');
    const value = this.expr(ctx, r.range(0, 2));
    const write = X('(', m, ' = ', value, ')');
    const handoff = r.weighted([
      [2, () => S(write, ', out(', this.tag('h'), ', ', d, ');')],
      [1, () => S('out(', this.tag('h'), ', ', write, ', ', d, ');')],
      [1, () => S('out(', this.tag('h'), ', [', write, ', ', d, ' + 1]);')],
    ])();
    const q = Q([
      S(`let ${m};`),
      S(`let ${d} = `, this.expr(ctx, r.range(1, 2)), ';'),
      this.st_suspend(ctx),
      handoff,
      this.st_suspend(ctx),
      S('out(', this.tag('h'), ', ', m, ');'),
    ]);
    return alt(block(q));
  }

  /**
   * A value that only a `break` out of a `try` needs (`yN`: the normal path
   * overwrites it), kept through a `finally` that suspends and writes
   * another frame variable (`zN`, dead since its last read): the two may
   * share a slot only if liveness follows the jump from the finally's end to
   * its target.
   */
  st_handoffFinally(ctx) {
    const r = this.rng;
    const z = this.fresh('z');
    const y = this.fresh('y');
    const label = this.fresh('L');
    const jump = r.chance(0.7) ? S(`break ${label};`) : S('if (', this.cond(ctx), `) break ${label};`);
    const q = Q([
      S(`let ${z} = `, this.expr(ctx, r.range(0, 2)), ';'),
      this.st_suspend(ctx),
      S('out(', this.tag('h'), ', ', z, ');'),
      S(`let ${y};`),
      S(`${label}: {`, Q([
        S(`${y} = `, this.expr(ctx, r.range(0, 2)), ';'),
        S('try {', Q([this.st_suspend(ctx), jump]), '\n} finally {', Q([S(`${z} = `, this.expr(ctx, r.range(0, 1)), ';'), this.st_suspend(ctx)]), '\n}'),
        S(`${y} = 'normal';`),
      ]), '\n}'),
      S('out(', this.tag('h'), ', ', y, ');'),
    ]);
    return alt(block(q));
  }

  st_block(ctx) {
    const body = this.body(ctx, this.rng.range(1, 3));
    return alt(block(body));
  }

  /** A conditional jump (most often), so that code after it stays reachable. */
  guarded(ctx, stmt) {
    if (this.rng.chance(0.8)) {
      const c = this.cond(ctx);
      return alt(S('if (', c, ') {', Q([stmt]), '\n}'), stmt);
    }
    return stmt;
  }

  st_break(ctx) {
    const r = this.rng;
    const labelled = ctx.jumps.filter((j) => j.label);
    const plain = ctx.jumps.some((j) => j.breakable && !j.label);
    let s;
    if (labelled.length && (!plain || r.chance(0.4))) s = `break ${r.pick(labelled).label};`;
    else if (plain) s = 'break;';
    else return this.st_out(ctx);
    return this.guarded(ctx, s);
  }

  st_continue(ctx) {
    const r = this.rng;
    const labelled = ctx.jumps.filter((j) => j.label && j.loop);
    const s = labelled.length && r.chance(0.4) ? `continue ${r.pick(labelled).label};` : 'continue;';
    return this.guarded(ctx, s);
  }

  st_return(ctx) {
    const r = this.rng;
    const kind = ctx.f.kind;
    let e = this.expr(ctx, r.range(0, 2));
    if (isAsync(kind) && r.chance(0.3)) e = X(r.pick(['Promise.resolve(', 'thenable(']), e, ')');
    const s = r.chance(0.15) ? S('co_return;') : S('co_return ', e, ';');
    return this.guarded(ctx, s);
  }

  st_throw(ctx, guardedAlways = false) {
    const r = this.rng;
    const v = r.weighted([
      [4, () => `new Error(${this.tag('err')})`],
      [1, () => this.tag('str')],
      [1, () => X('tr(', this.tag('thr'), ', ', this.expr(ctx, 1), ')')],
    ])();
    const s = S('throw ', v, ';');
    if (guardedAlways) {
      const c = this.cond(ctx);
      return alt(S('if (', c, ') {', Q([s]), '\n}'));
    }
    return this.guarded(ctx, s);
  }

  st_closure(ctx) {
    const r = this.rng;
    const vs = ctx.visible().filter((v) => !v.special);
    if (!vs.length) return this.st_out(ctx);
    const some = [];
    for (let i = 0; i < r.range(1, 3); i++) some.push(r.pick(vs).name);
    const muts = vs.filter((v) => v.mut);
    if (muts.length && r.chance(0.35)) {
      const m = r.pick(muts).name;
      return S(`fns.push(() => (${m} = ${m} + 1, [${[...new Set(some)].join(', ')}]));`);
    }
    if (r.chance(0.3)) {
      // a function declaration: created when its block (or switch) is entered,
      // with that iteration's bindings (those declared later in the list
      // too: it reads them only when called, after this line), usable
      // before its line
      const wrapped = r.chance(0.5);
      const name = this.fresh('fd');
      // (sometimes with its own name in it, in its body or a parameter's
      // default: the name, and the binding it means)
      const own = r.chance(0.3) ? r.pick(['body', 'body', 'param']) : null;
      const decl = own === 'param'
        ? `function ${name}(n = ${name}.name) { return [n, ${[...new Set(some)].join(', ')}]; }`
        : `function ${name}() { return [${own ? `${name}.name, ` : ''}${[...new Set(some)].join(', ')}]; }`;
      const push = `fns.push(${name});`;
      const text = r.chance(0.5) ? `${push}\n${decl}` : `${decl}\n${push}`;
      return wrapped ? S(`{\n${text}\n}`) : S(text);
    }
    const list = [...new Set(some)].join(', ');
    if (r.chance(0.15)) {
      // an object literal's method or getter, called later: it reads the
      // bindings of the iteration that made the object
      return r.chance(0.5) ? S(`fns.push({ m() { return [${list}]; } }.m);`) : S(`fns.push(((o) => () => o.g)({ get g() { return [${list}]; } }));`);
    }
    if (r.chance(0.15)) {
      // an arrow named by its declaration, which reports its name
      const nm = this.fresh('nm');
      return S(`const ${nm} = () => [${list}];\nfns.push(() => [${nm}.name, ${nm}()]);`);
    }
    return S(`fns.push(() => [${list}]);`);
  }

  /** main calls its own next() while it runs (TypeError for a generator, queued for an async one) */
  st_reenter() {
    return S(`out(${this.tag('re')}, reenter());`);
  }

  // step the last generator a co_yield* was kept for (SELF.d or .e) from inside a
  // body: it may be this one, a level of the running chain, or out of it
  st_reenterInner() {
    return S(`out(${this.tag('rd')}, reenter('${this.rng.pick(['d', 'e'])}'));`);
  }

  st_callfns() {
    return S(`out(${this.tag('f')}, fns.map((g) => g()));`);
  }

  // ---------------------------------------------------------------- functions

  /** Does the printed body make the function the intended kind? */
  ensureKind(kind, q, ctx) {
    // the coroutine's own text: a nested coroutine's co_ words do not give it its kind
    const own = (n) => (typeof n === 'string' ? n : n.k === 'q' ? n.items.map(own).join('\n') : n.p.map((c) => (c === n.body ? '' : own(c))).join(''));
    const text = own(q);
    const hasYield = /\bco_yield\b/.test(text);
    const hasAwait = /\bco_await\b/.test(text);
    const hasReturn = /\bco_return\b/.test(text);
    if (canYield(kind) && !hasYield) q.items.splice(this.rng.int(q.items.length + 1), 0, S(`out(${this.tag('k')}, (co_yield ${this.rng.int(10)}));`));
    if (isAsync(kind) && !hasAwait) {
      if (kind === 'task' && hasReturn && this.rng.chance(0.3)) return;
      q.items.splice(this.rng.int(q.items.length + 1), 0, S(`co_await ${this.literal()};`));
    }
  }

  params() {
    const r = this.rng;
    const a = this.fresh('a');
    const vars = [{ name: a, mut: true }];
    const form = r.int(5);
    this.lastForm = form;
    let text;
    if (form <= 1) {
      const b = this.fresh('a');
      vars.push({ name: b, mut: true });
      text = `${a}, ${b}`;
    } else if (form === 2) {
      const b = this.fresh('a');
      vars.push({ name: b, mut: true });
      text = `${a}, ${b} = tr('pb', ${a} + 1)`;
    } else if (form === 3) {
      const b = this.fresh('a'), c = this.fresh('a');
      vars.push({ name: b, mut: true }, { name: c, mut: true });
      text = `${a}, [${b}, ${c} = 5] = [], ...rest`;
      vars.push({ name: 'rest', mut: true });
    } else {
      const b = this.fresh('a'), c = this.fresh('a');
      vars.push({ name: b, mut: true }, { name: c, mut: true });
      text = `${a}, { p: ${b} = ${a}, q: ${c} } = {}`;
    }
    const simple = vars.map((v) => v.name).join(', ');
    return { text: text === simple ? text : alt(X(text), simple), vars };
  }

  coroutine(name, kind, helpers, isMain) {
    const r = this.rng;
    const { text, vars } = this.params();
    const simpleParams = typeof text === 'string';
    // main's form: declaration, function expression, object method, static
    // class method, or (tasks only) an arrow
    const form = isMain ? r.weighted([[5, 'decl'], [1, 'expr'], [1, 'method'], [1, 'static'], [kind === 'task' ? 1 : 0, 'arrow']]) : 'decl';
    if (isMain) this.mainForm = this.lastForm;
    const f = {
      kind, helpers, isMain: isMain && form !== 'arrow',
      budget: isMain ? r.range(8, 26) : r.range(2, 9),
      maxDepth: isMain ? 4 : 2,
      hasFns: r.chance(isMain ? 0.6 : 0.25),
      // a variable holding a function that reports its \`this\` (called as \`me()\`: the global object)
      hasMe: r.chance(0.3),
    };
    const scope = new Scope();
    for (const v of vars) scope.add(v.name, v.mut);
    const ctx = new Ctx({ f, scopes: [scope], jumps: [], depth: 0, noSusp: false, noDecl: false, hidden: null });
    const items = [];
    if (f.hasFns) {
      items.push(S('const fns = [];'));
      scope.add('fns', false, { special: true });
    }
    if (f.hasMe) {
      items.push(S('let me = WHO;'));
      scope.add('me', false, { special: true });
    }
    while (f.budget > 0) items.push(this.statement(ctx));
    if (f.hasFns) items.push(S(`out(${this.tag('f')}, fns.map((g) => g()));`));
    if (r.chance(0.6) || kind === 'task') items.push(S('co_return ', this.expr(ctx, r.range(0, 2)), ';'));
    // a strict body in a sloppy file (its resume function must be strict too);
    // only with simple parameters, which the directive requires
    if (isMain && simpleParams && r.chance(0.2)) items.unshift(S("'use strict';"));
    let q = Q(items);
    this.ensureKind(kind, q, ctx);
    if (!isMain && kind !== 'task' && r.chance(0.5)) {
      // a helper generator that says when it is closed (return() from an
      // early exit of for-of, destructuring, co_yield*)
      // (one in four throws from that finally: a close that throws, which
      // replaces the consumer's break, continue or co_return)
      const closing = r.chance(0.25) ? `\n  throw new Error('${name} close');` : '';
      q = Q([alt(S('try {', q, `\n} finally {\n  out('${name} closed');${closing}\n}`), block(q))]);
    }
    const m = mark(kind);
    const decl = S(`${m}function ${name}(`, text, ') {', q, '\n}');
    switch (form) {
      case 'expr': return alt(S(`const ${name} = ${m}function (`, text, ') {', q, '\n};'), decl);
      case 'method': return alt(S(`const ${name} = ({ k: 'obj', ${m}m(`, text, ') {', q, '\n} }).m;'), decl);
      case 'static': return alt(S(`const ${name} = (class { static ${m}m(`, text, ') {', q, '\n} }).m;'), decl);
      case 'arrow': return alt(S(`const ${name} = ${m}(`, text, ') => {', q, '\n};'), decl);
    }
    return decl;
  }

  helperKinds(mainKind) {
    if (mainKind === 'gen') return ['gen'];
    if (mainKind === 'task') return ['task', 'agen', 'gen'];
    return ['agen', 'gen', 'task'];
  }

  // ---------------------------------------------------------------- drivers

  sentValue() {
    const r = this.rng;
    return r.weighted([[6, () => String(r.int(10))], [1, () => 'undefined'], [1, () => `'s${r.int(5)}'`]])();
  }

  genDriver() {
    const r = this.rng;
    const items = [S(`const it = main.call(THIS${this.args()});`), S('SELF.it = it;')];
    const n = r.range(3, 14);
    for (let i = 0; i < n; i++) {
      const tag = `'${i}'`;
      const op = r.weighted([[8, 'next'], [1, 'return'], [1.2, 'throw'], [1.5, 'inner']]);
      if (op === 'next') items.push(S(`step(${tag}, () => it.next(${this.sentValue()}));`));
      else if (op === 'inner') {
        // step the last generator main delegated to (it may still be in main's chain)
        const m = r.weighted([[5, () => `next(${this.sentValue()})`], [1, () => `return(${this.sentValue()})`], [1, () => `throw(new Error('i${i}'))`]])();
        const k = r.pick(['d', 'e']);
        items.push(S(`step(${tag}, () => (SELF.${k} ? SELF.${k}.${m} : { done: 'none', value: 0 }));`));
      }
      else if (op === 'return') items.push(S(`step(${tag}, () => it.return(${this.sentValue()}));`));
      else items.push(S(`step(${tag}, () => it.throw(${r.chance(0.7) ? `new Error('d${i}')` : `'d${i}'`}));`));
    }
    const extra = r.int(4);
    if (extra === 1) items.push(S(`out('spread', [...main.call(THIS${this.args()})]);`));
    else if (extra === 2) {
      items.push(S(`{\nlet n = 0;\nfor (const v of main.call(THIS${this.args()})) {\nout('of', v);\nif (++n > ${r.range(0, 4)}) break;\n}\n}`));
    } else if (extra === 3) items.push(S(`out('rest', [...it]);`));
    return items;
  }

  taskDriver() {
    const r = this.rng;
    const items = [];
    if (r.chance(0.7)) {
      items.push(S(`const p = main.call(THIS${this.args()});`));
      items.push(S(`out('called');`));
      items.push(S(`await settle('main', p);`));
    } else {
      items.push(S(`const p1 = main.call(THIS${this.args()}), p2 = main.call(THIS${this.args()});`));
      items.push(S(`out('called');`));
      items.push(S(`await Promise.all([settle('p1', p1), settle('p2', p2)]);`));
    }
    return items;
  }

  agenDriver() {
    const r = this.rng;
    const items = [S(`const it = main.call(THIS${this.args()});`), S('SELF.it = it;')];
    const n = r.range(3, 12);
    for (let i = 0; i < n; i++) {
      const tag = `'${i}'`;
      const op = r.weighted([[8, 'next'], [1, 'return'], [1.2, 'throw'], [1.5, 'queued']]);
      if (op === 'next') items.push(S(`await astep(${tag}, () => it.next(${this.sentValue()}));`));
      else if (op === 'return') items.push(S(`await astep(${tag}, () => it.return(${this.sentValue()}));`));
      else if (op === 'throw') items.push(S(`await astep(${tag}, () => it.throw(${r.chance(0.7) ? `new Error('d${i}')` : `'d${i}'`}));`));
      else {
        const reqs = [];
        for (let k = r.range(2, 3); k > 0; k--) {
          reqs.push(r.weighted([[5, () => `it.next(${this.sentValue()})`], [1, () => `it.return(${this.sentValue()})`], [1, () => `it.throw('q${i}')`]])());
        }
        items.push(S(`await queued(${tag}, [${reqs.join(', ')}]);`));
      }
    }
    if (r.chance(0.3)) {
      items.push(S(`{\nlet n = 0;\nfor await (const v of main.call(THIS${this.args()})) {\nout('of', v);\nif (++n > ${r.range(0, 4)}) break;\n}\n}`));
    }
    return items;
  }

  args() {
    const r = this.rng;
    const n = r.range(0, 3);
    const a = [];
    for (let i = 0; i < n; i++) {
      // main's array pattern parameter gets an array (a number would only test V8's error wording)
      if (i === 1 && this.mainForm === 3) a.push(r.chance(0.5) ? `[${r.int(9)}]` : `[${r.int(9)}, ${r.int(9)}]`);
      else a.push(r.chance(0.2) ? `{ p: ${r.int(9)} }` : String(r.int(9)));
    }
    return a.map((x) => ', ' + x).join('');
  }

  program() {
    const r = this.rng;
    const kinds = this.helperKinds(this.kind);
    const helpers = [];
    const items = [];
    const nh = r.range(0, 3);
    for (let i = 0; i < nh; i++) {
      const kind = r.pick(kinds);
      const name = this.fresh('h');
      const fn = this.coroutine(name, kind, helpers.slice(), false);
      helpers.push({ name, kind });
      items.push(fn);
    }
    items.push(this.coroutine('main', this.kind, helpers.slice(), true));
    const driver = this.kind === 'gen' ? this.genDriver() : this.kind === 'task' ? this.taskDriver() : this.agenDriver();
    items.push(S('async function drive() {', Q(driver), '\n}'));
    return Q(items);
  }
}

function join(parts, sep = ', ') {
  const out = [];
  parts.forEach((p, i) => { if (i) out.push(sep); out.push(p); });
  return out;
}

// ------------------------------------------------------------------ prelude

// Small helpers the programs use; a program only gets the ones it mentions.
const PRELUDE = [
  // (a string that doubles in a loop, \`a += [a]\`, would print up to 1 GB:
  // long strings are shown by length and head)
  ['fmt', `function fmt(x) {
  const cut = (s) => (s.length > 1000 ? '<' + s.length + ' chars: ' + s.slice(0, 40) + '>' : s);
  if (typeof x === 'string') return JSON.stringify(cut(x));
  if (x instanceof Error) return x.name + ': ' + cut(x.message);
  if (typeof x === 'function') return 'fn';
  if (x && typeof x === 'object') {
    try { return JSON.stringify(x, (k, v) => (v === undefined ? '<u>' : typeof v === 'function' ? 'fn' : typeof v === 'string' ? cut(v) : v)); } catch (e) { return '[object]'; }
  }
  return cut(String(x));
}`],
  ['tick', `let tick = 0;
function pump() { if (++tick < 400) queueMicrotask(pump); }`],
  ['out', null], // depends on the kind, see below
  ['tr', `function tr(tag, v) { out('tr', tag, v); return v; }`],
  // (a read that may fall in a dead zone: prints the value or the error)
  ['DEAD', `function DEAD(tag, f) { try { out(tag, f()); } catch (e) { out(tag, e); } return 0; }`],
  ['pair', `function pair(a, b) { return [a, b]; }`],
  ['K', `function K(v) { return { toString() { out('key', v); return String(v); } }; }`],
  // (a call must not read the method's \`call\`: native code calls it by [[Call]])
  ['box', `const box = { k: 'box', m(a, b) { return [this.k, a, b]; } };
box.m.call = () => ['box.m.call was read'];`],
  ['thenable', `function thenable(v) { return { then(ok) { out('then', v); ok(v); } }; }`],
  ['FUEL', `let fuel = 0;
function FUEL() { if (++fuel > 5000) throw new Error('out of fuel'); }`],
  ['THIS', `const THIS = { k: 'this' };`],
  ['WHO', `function WHO() { return this === globalThis ? 'global' : this === undefined ? 'undefined' : 'this: ' + fmt(this); }`],
  ['SELF', `const SELF = { it: null, d: null, e: null };`],
  ['reenter', `function reenter(k = 'it') {
  try {
    if (!SELF[k]) return 'none';
    const r = SELF[k].next('re');
    if (r && typeof r.then === 'function') {
      r.then((x) => out('re settled', x.done, x.value), (e) => out('re rejected', e));
      return 'queued';
    }
    return r;
  } catch (e) { return e; }
}`],
  ['step', `function step(tag, f) {
  try { const r = f(); out(tag, r.done, r.value); } catch (e) { out(tag, 'threw', e); }
}`],
  ['astep', `async function astep(tag, f) {
  try { const r = await f(); out(tag, r.done, r.value); } catch (e) { out(tag, 'threw', e); }
}`],
  ['queued', `function queued(tag, ps) {
  return Promise.all(ps.map((p, i) => p.then((r) => out(tag + '.' + i, r.done, r.value), (e) => out(tag + '.' + i, 'threw', e))));
}`],
  ['settle', `function settle(tag, p) {
  return p.then((v) => out(tag, 'resolved', v), (e) => out(tag, 'rejected', e));
}`],
];

/** The program's own text: coroutines and driver (no prelude). */
/**
 * The program's text in `form` 'co' (what coframe compiles) or 'native' (the
 * same program as plain JavaScript, written here, without coframe: the
 * fuzzer's oracle, so that a misreading in coframe's front end, which its
 * own `--target native` output would share, shows as a mismatch). A program
 * made with `asi` is printed without the semicolons that end lines (both
 * forms), so the statements end by automatic semicolon insertion.
 */
function programText(prog, form = 'co') {
  let body = print(prog.root, -1).replace(/^\n/, '');
  // async drivers start the tick counter first
  if (isAsync(prog.kind)) body = body.replace('async function drive() {', 'async function drive() {\n  queueMicrotask(pump);');
  if (prog.asi) body = dropSemicolons(body);
  return (form === 'native' ? nativeText(body) : body.split(new RegExp(`${MARK}\\w+${MARK}`)).join('')).split(PROTECT).join('');
}

/**
 * The text without line-ending semicolons, written as semicolon-free code
 * is: a line that starts with a character that would continue the line
 * before it (`(`, `[`, a template, `+`, `-`, `/`) starts with `;` instead;
 * except after a `co_yield`, `co_return`, `break` or `continue` with nothing
 * after it, where the line break alone ends the statement (its production
 * is restricted: ASI), and where coframe's front end must see that too.
 */
function dropSemicolons(text) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].endsWith(';')) continue;
    lines[i] = lines[i].slice(0, -1);
    let j = i + 1;
    while (j < lines.length && !lines[j].trim()) j++;
    const m = j < lines.length && /^(\s*)([([`+\-/].*)$/.exec(lines[j]);
    if (m && !/\b(co_yield|co_return|break|continue)$/.test(lines[i])) lines[j] = `${m[1]};${m[2]}`;
  }
  return lines.join('\n');
}

const NATIVE_HEAD = { gen: ['', '*'], task: ['async ', ''], agen: ['async ', '*'] };

/** co_ text → native text: kinds spelled at their marks, co_ keywords renamed. */
function nativeText(text) {
  return text
    .replace(new RegExp(`${MARK}(\\w+)${MARK}(function\\b)?`, 'g'), (_, kind, fn) => {
      const [pre, star] = NATIVE_HEAD[kind];
      return fn ? `${pre}function${star}` : `${pre}${star}`;
    })
    .replace(/\bfor co_await\b/g, 'for await')
    .replace(/\bco_(yield|await|return)\b/g, '$1');
}

/** Prelude helpers used by `text`, in prelude order. */
function preludeFor(text, async) {
  const uses = (name) => new RegExp(`\\b${name}\\b`).test(text) || (name === 'SELF' && /\breenter\b/.test(text));
  const out = [];
  for (const [name, src] of PRELUDE) {
    if (name === 'out') {
      out.push([name, async
        ? `function out(...a) { print('[' + tick + '] ' + a.map(fmt).join(' ')); }`
        : `function out(...a) { print(a.map(fmt).join(' ')); }`]);
    } else if (name === 'fmt' || (name === 'tick' && async) || (name !== 'tick' && uses(name))) {
      out.push([name, src]);
    }
  }
  return out;
}

/** Prelude + program body (without the final call of drive). */
function programBody(prog, form) {
  const main = programText(prog, form);
  return `${preludeFor(main, isAsync(prog.kind)).map(([, src]) => src).join('\n')}\n${main}\n`;
}

// The batch form takes its prelude from one factory defined once per batch
// file (the compiler need not see the same helpers again for every program).
// It is the same text as the standalone prelude, in a function per program.
const PRELUDE_NAMES = ['fmt', 'out', 'tr', 'DEAD', 'pair', 'K', 'box', 'thenable', 'FUEL', 'THIS', 'WHO', 'SELF', 'reenter', 'step', 'astep', 'queued', 'settle', 'pump'];
// (a helper missing here is undefined in every batch program, on both sides: no mismatch would show it)
for (const [n] of PRELUDE) if (n !== 'tick' && !PRELUDE_NAMES.includes(n)) throw new Error(`PRELUDE_NAMES lacks ${n}`);
const PRELUDE_FACTORY = `function __prelude(print, async) {
${PRELUDE.filter(([n]) => n !== 'out').map(([, src]) => src).join('\n')}
const out = async
  ? (...a) => print('[' + tick + '] ' + a.map(fmt).join(' '))
  : (...a) => print(a.map(fmt).join(' '));
return { ${PRELUDE_NAMES.join(', ')} };
}`;

const HEADER = (prog) => `// coframe fuzz: seed ${prog.seed}, program ${prog.index}, kind ${prog.kind}`;

/**
 * The program as one function `__main(print)` (for the batch runner: each
 * program gets its own scope and its own print).
 */
function batchSource(prog, form) {
  return `${HEADER(prog)}
async function __main(print) {
const { ${PRELUDE_NAMES.join(', ')} } = __prelude(print, ${isAsync(prog.kind)});
${programText(prog, form)}
try { await drive(); } catch (e) { print('driver threw ' + fmt(e)); }
}
`;
}

/** The program as a standalone file (for fixtures): prints with console.log. */
function standaloneSource(prog, comment = '', form) {
  return `${HEADER(prog)}${comment ? '\n' + comment.split('\n').map((l) => '// ' + l).join('\n') : ''}
const print = (s) => console.log(s);
${programBody(prog, form)}drive().catch((e) => print('driver threw ' + fmt(e)));
`;
}

/**
 * A program's entry for batch.js's differential: its co_ form, and with the
 * 'text' oracle its native form as written by nativeText (with 'compiled',
 * the native side is coframe's `--target native` output of the co_ form).
 */
function batchEntry(prog, id, oracle = 'text') {
  return { id, source: batchSource(prog), nativeSource: oracle === 'text' ? batchSource(prog, 'native') : undefined };
}

/**
 * Program `index` of the run with `seed`; kind is 'gen', 'task' or 'agen'
 * (or an alias: generator, async, asyncgen), or random when not given.
 * With `asi`, the program is printed without line-ending semicolons.
 */
function generate(seed, index, kind, { asi = false } = {}) {
  const rng = new Rng(programSeed(seed, index));
  const k = kind ? KIND_ALIASES[kind] : rng.pick(KINDS);
  if (!k) throw new Error(`unknown kind ${kind}`);
  const g = new Generator(rng, k);
  return { seed, index, kind: k, root: g.program(), ...(asi ? { asi } : {}) };
}

/** Deep copy of a program tree (alts included, sharing preserved). */
function cloneTree(node, memo = new Map()) {
  if (typeof node === 'string') return node;
  if (memo.has(node)) return memo.get(node);
  const copy = { k: node.k };
  memo.set(node, copy);
  if (node.k === 'q') copy.items = node.items.map((n) => cloneTree(n, memo));
  else copy.p = node.p.map((n) => cloneTree(n, memo));
  if (node.alts) copy.alts = node.alts.map((n) => cloneTree(n, memo));
  if (node.inline) copy.inline = cloneTree(node.inline, memo);
  return copy;
}

module.exports = {
  generate, programSeed, Rng, mulberry32, KINDS, KIND_ALIASES,
  print, programBody, programText, batchSource, batchEntry, PRELUDE_FACTORY, standaloneSource, cloneTree, X, S, Q,
};

if (require.main === module) {
  // node test/fuzz/generate.js SEED INDEX [KIND] [--native] [--asi]  → print the standalone program
  const args = process.argv.slice(2);
  const [seed = '1', index = '0', kind] = args.filter((a) => !a.startsWith('--'));
  const prog = generate(Number(seed), Number(index), kind, { asi: args.includes('--asi') });
  process.stdout.write(standaloneSource(prog, '', args.includes('--native') ? 'native' : 'co'));
}
