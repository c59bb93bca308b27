// The checks a native binding makes on its own that a frame field or a
// local of the resume function does not: the temporal dead zone of a
// coroutine's own `let`, `const` and `class` bindings, the immutability of
// its own `const` bindings, and that `delete` cannot remove a binding.
//
// Temporal dead zone. Natively such a binding exists from its block's entry,
// but reading or writing it before its declaration has run throws a
// ReferenceError. The check is made explicit where it can fail:
//
// - the binding holds the runtime's marker `$co.TDZ` from its block's entry
//   (the CFG builder's `blockEntry`, for a binding whose `tdz` is set);
// - a reference that may run before the declaration reads it through
//   `$co.tdz(x, 'x')`, which throws the native error for the marker; a write
//   `x = e` becomes `x = $co.tdzw(e, x, 'x')` (read and checked after `e`,
//   as natively: `e` may run the declaration), `x += e` and `x++` check first.
//
// Which references may run early is decided from the source order within
// one entry of the binding's block (a loop re-enters its body's block, and
// makes new bindings when it does). A reference in the coroutine's own code
// after the declaration's end cannot (unless the block is a switch and the
// reference is in a later case, which a jump may reach directly). A
// reference inside a function or class runs after that function or class
// was created: at its position for an expression or a class, and for a
// function declaration (created at its block's entry) at the earliest
// position from which it can be reached by name. Anything else is checked.
// A destructuring or for-in/of target becomes an object's setter that checks
// and stores, `({ set v($t) { $co.tdz(x, 'x'); x = $t; } }).v`.
//
// Deletion. `delete x` of a binding is false and leaves it alone; of a frame
// field it would remove the field: it becomes `false`.
//
// Constants. A write to a `const` throws a TypeError where natively the
// value would be stored, after what the write evaluates first: `c = e`
// becomes `$co.constw(e, c, 'c')`, `c += e` becomes `$co.constw(c + e, c,
// 'c')`, `c ||= e` becomes `c || $co.constw(e, c, 'c')`, `c++` becomes
// `$co.constUpdate(c, 'c')` (which converts c to a number first), and a
// destructuring or for-in/of target becomes `$co.constRef().v`, whose
// setter throws (where the const may be in its dead zone, a setter that
// calls `$co.constw`).
import * as t from '../ast';
import type { Binding, Occurrence, ResolvedCoroutine } from './index';

/**
 * Wrap the references to `owned` let/const/class bindings that may run in
 * their dead zone, and the writes to `owned` consts; returns the bindings
 * that need the dead zone's marker.
 */
export function bindingChecks(r: ResolvedCoroutine, owned: Set<Binding>, userNames: Map<Binding, string>, runtime: string): Set<Binding> {
  const eligible = (b: Binding): boolean =>
    owned.has(b) && (b.kind === 'let' || b.kind === 'const') && r.initialisedAt.has(b.identifier);
  // A for-in/of head's iterated expression is evaluated where the head's
  // bindings exist but are never initialised (each iteration makes new ones):
  // a reference there, even from a closure called later, is always dead.
  // (That holds for a loop the CFG builder keeps native too, whose bindings
  // the coroutine does not own: its iterated expression, which suspends, is
  // evaluated in the state machine, where the name would find an outer one.)
  const headOf = (b: Binding): t.ForInStatement | t.ForOfStatement | null => {
    const loop = b.scope.node;
    if ((loop.type !== 'ForInStatement' && loop.type !== 'ForOfStatement') || (b.kind !== 'let' && b.kind !== 'const')) return null;
    let s = b.scope;
    while (!s.isFunction && s.parent) s = s.parent;
    return s === r.scope ? loop : null; // (a nested function's loops stay native)
  };
  const inIterated = (o: Occurrence, b: Binding): boolean => {
    const loop = headOf(b);
    return loop !== null && within(o.id, loop.right);
  };

  // `delete x` of a binding deletes nothing and is false (sloppy code: strict code cannot say it)
  const deleted = new Set<Occurrence>();
  for (const o of r.occurrences) {
    const p = o.parent;
    if (o.binding && owned.has(o.binding) && p.type === 'UnaryExpression' && p.operator === 'delete' && p.argument === o.id) {
      become(p, t.booleanLiteral(false));
      deleted.add(o);
    }
  }
  if (![...owned].some((b) => b.kind === 'let' || b.kind === 'const') && !r.occurrences.some((o) => o.binding && inIterated(o, o.binding))) return new Set();
  const refsTo = new Map<Binding, Occurrence[]>();
  const declarationOf = new Map<Binding, t.Node>(); // the function or class declaration of a binding
  for (const o of r.occurrences) {
    if (!o.binding || deleted.has(o)) continue;
    if (o.id === o.binding.identifier) { declarationOf.set(o.binding, o.parent); continue; }
    let list = refsTo.get(o.binding);
    if (!list) refsTo.set(o.binding, (list = []));
    list.push(o);
  }

  // When each outermost function declaration is created or can first be called
  const bindingOfFunction = new Map<t.Node, Binding>();
  for (const [b, decl] of declarationOf) if (decl.type === 'FunctionDeclaration') bindingOfFunction.set(decl, b);
  const reachable = new Map<t.Node, number>();
  for (const o of r.occurrences) {
    if (o.inside && o.inside.type === 'FunctionDeclaration' && bindingOfFunction.has(o.inside)) reachable.set(o.inside, Infinity);
  }
  const runsAt = (o: Occurrence): number => {
    if (o.inside === null) return o.id.start ?? 0;
    if (o.inside.type === 'FunctionDeclaration') return reachable.get(o.inside) ?? (o.inside.start ?? 0);
    return o.inside.start ?? 0;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [fn, at] of reachable) {
      const b = bindingOfFunction.get(fn)!;
      const created = b.scope.node.start ?? 0;
      let first = Infinity;
      // (outside strict code a function declared in a block is also copied to a var: Annex B)
      if (!r.strict && !b.scope.isFunction) first = created;
      else for (const o of refsTo.get(b) ?? []) if (o.inside !== fn) first = Math.min(first, runsAt(o));
      const next = Math.max(created, first);
      if (next < at) { reachable.set(fn, next); changed = true; }
    }
  }

  const early = (o: Occurrence, b: Binding): boolean => {
    const decl = declarationOf.get(b);
    if (decl && decl.type === 'ClassDeclaration' && o.inside === decl) return false; // the class's own inner binding
    const at = runsAt(o);
    if (at < r.initialisedAt.get(b.identifier)!) return true;
    const scope = b.scope.node;
    if (scope.type === 'SwitchStatement') {
      const own = scope.cases.find((c) => (c.start ?? 0) <= (b.identifier.start ?? 0) && (b.identifier.start ?? 0) < (c.end ?? 0));
      return !own || at >= (own.end ?? 0);
    }
    return false;
  };

  const needed = new Set<Binding>();
  const rt = (name: string): t.MemberExpression => t.memberExpression(t.identifier(runtime), t.identifier(name));
  const call = (fn: string, args: t.Expression[], from: t.Node): t.CallExpression => copyLoc(t.callExpression(rt(fn), args), from);
  for (const [b, refs] of refsTo) {
    const tdz = eligible(b);
    const constant = owned.has(b) && b.kind === 'const';
    const keptHead = !owned.has(b) && headOf(b) !== null;
    if (!tdz && !constant && !keptHead) continue;
    const userName = userNames.get(b) ?? b.identifier.name;
    const name = (): t.StringLiteral => t.stringLiteral(userName);
    for (const o of refs) {
      const dead = inIterated(o, b); // (always early)
      const isEarly = dead || (tdz && early(o, b));
      if (!isEarly && !constant) continue;
      /** a new read of the binding, tagged as the reference is */
      const read = (): t.Identifier => {
        const id = t.identifier(o.id.name);
        id.extra = { ...o.id.extra };
        return copyLoc(id, o.id);
      };
      /** what the binding holds as far as the dead-zone check goes */
      const held = (): t.Expression => (dead ? rt('TDZ') : read());
      const checkedRead = (): t.Expression => (isEarly ? call('tdz', [held(), name()], o.id) : read());
      const p = o.parent;
      const target = !o.referenced || ((p.type === 'ForInStatement' || p.type === 'ForOfStatement') && p.left === o.id);
      if (p.type === 'AssignmentExpression' && p.left === o.id) {
        if (constant) {
          const logical = LOGICAL.get(p.operator);
          if (p.operator === '=') become(p, call('constw', [p.right, held(), name()], p));
          else if (logical) become(p, t.logicalExpression(logical, checkedRead(), call('constw', [p.right, held(), name()], p)));
          else become(p, call('constw', [t.binaryExpression(p.operator.slice(0, -1) as t.BinaryExpression['operator'], checkedRead(), p.right), held(), name()], p));
        } else if (p.operator === '=') {
          // (the value is no longer assigned directly: an anonymous function
          // is named by the emitter, lower/emit.ts's wrap)
          if (t.isAnonymousFunctionDefinition(p.right)) p.right.extra = { ...p.right.extra, coNameAs: userName };
          p.right = call('tdzw', [p.right, held(), name()], p.right);
        } else {
          become(p, t.sequenceExpression([call('tdz', [held(), name()], o.id), { ...p }]));
        }
      } else if (p.type === 'UpdateExpression') {
        if (constant) become(p, call('constUpdate', [held(), name()], p));
        else become(p, t.sequenceExpression([call('tdz', [held(), name()], o.id), { ...p }]));
      } else if (!target) {
        if (!isEarly) continue;
        if (o.shorthand) expandShorthand(o.shorthand);
        become(o.id, call('tdz', [dead ? rt('TDZ') : { ...o.id }, name()], o.id));
      } else {
        // a destructuring or for-in/of target: stored to through an object's
        // setter `v`, which throws for a const, and for a let (early, here)
        // checks and stores, `({ set v($t) { $co.tdz(x, 'x'); x = $t; } }).v`;
        // an early const checks its dead zone first, when the value is stored
        // (a ReferenceError before the TypeError), `$co.constw($t, x, 'x')`
        if (o.shorthand) expandShorthand(o.shorthand);
        if (constant && !isEarly) { // (its setter reads nothing: no marker needed)
          become(o.id, t.memberExpression(call('constRef', [], o.id), t.identifier('v')));
          continue;
        }
        const store = constant
          ? [t.expressionStatement(call('constw', [t.identifier('$t'), held(), name()], o.id))]
          : [t.expressionStatement(call('tdz', [held(), name()], o.id)), t.expressionStatement(t.assignmentExpression('=', read(), t.identifier('$t')))];
        const setter = copyLoc(t.objectExpression([
          t.objectMethod('set', t.identifier('v'), [t.identifier('$t')], t.blockStatement(store)),
        ]), o.id);
        become(o.id, t.memberExpression(setter, t.identifier('v')));
      }
      if (isEarly && !dead) needed.add(b); // (a dead reference checks a constant marker)
    }
  }
  return needed;
}

const LOGICAL = new Map<string, '||' | '&&' | '??'>([['||=', '||'], ['&&=', '&&'], ['??=', '??']]);

const within = (inner: t.Node, outer: t.Node): boolean =>
  (outer.start ?? 0) <= (inner.start ?? 0) && (inner.end ?? 0) <= (outer.end ?? 0);

/** `to`, with the source position of `from` (for source maps and diagnostics). */
export function copyLoc<T extends t.Node>(to: T, from: t.Node): T {
  to.loc = from.loc;
  to.start = from.start;
  to.end = from.end;
  return to;
}

/**
 * Turn `node` into `replacement` in place, keeping its position: whatever
 * refers to the node object (its parent, other occurrences) sees the new one.
 */
function become(node: t.Node, replacement: t.Node): void {
  const { start, end, loc } = node;
  for (const k of Object.keys(node)) delete (node as unknown as Record<string, unknown>)[k];
  Object.assign(node, replacement, { start, end, loc });
}

/**
 * `{ x }` to `{ x: value }` (its value is about to change). `{ __proto__ }`
 * makes an own property but `{ __proto__: v }` sets the prototype, so that
 * key becomes `["__proto__"]`.
 */
export function expandShorthand(prop: t.ObjectProperty): void {
  prop.shorthand = false;
  const key = prop.key;
  if (key.type === 'Identifier' && key.name === '__proto__' && !prop.computed) {
    prop.computed = true;
    prop.key = t.stringLiteral('__proto__');
  }
}
