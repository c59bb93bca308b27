// Pass 5: which coroutine variables are live across a suspension.
//
// Classic backward dataflow over the states of the CFG. A state's uses are
// the coroutine variables it reads before writing them; its kills are the
// plain `x = e` assignments at the top level of its ops (a write nested in
// a condition is not a kill: the old value may survive it). Edges are
// jumps, fall-through, and the edge from each suspension to its resume
// state, so a value needed after a resumption is live before the suspension.
//
// A fresh call of the resume function starts with empty locals, so any
// variable live on entry to a state the runtime enters (a resume point, a
// catch or finally entry, the target of a jump through a finally) must be
// kept in the frame. So must a variable a nested closure shares with code in
// another state: the closure may run, or be created, in another activation.
import * as t from '../ast';
import { CoroutineCFG, Op } from '../cfg/ir';

export interface Liveness {
  /** per state: variables live on entry */
  liveIn: Set<string>[];
  /** per state: successor state ids */
  succ: number[][];
  /** per state: variables referenced (read or written) */
  refs: Set<string>[];
  /** per state, per op: variables live right after the op */
  liveAfter: Set<string>[][];
  /** per state, per op: variables the op writes (even conditionally) */
  writes: Set<string>[][];
  /** per state, per op: variables the op reads before writing them */
  reads: Set<string>[][];
  /** variables referenced from nested functions */
  captured: Set<string>;
  /** variables that must live in the frame, in declaration order */
  frame: string[];
  /** why each frame variable is there */
  reasons: Map<string, string>;
}

interface Effect { uses: Set<string>; kills: Set<string>; writes: Set<string> }

export function analyzeLiveness(cfg: CoroutineCFG): Liveness {
  const owner = cfg.unit.info.index;
  const n = cfg.states.length;
  const isVar = (node: t.Node): node is t.Identifier =>
    node.type === 'Identifier' && !!node.extra && (node.extra as Record<string, unknown>).coOwner === owner;
  const refs: Set<string>[] = cfg.states.map(() => new Set<string>());
  const capturedRefs = new Map<string, Set<number>>();

  let curWrites: Set<string> | null = null;
  /** collect reads of `node` into `uses`; `write` means node is an assignment target */
  const collect = (node: t.Node | null | undefined, uses: Set<string>, state: number, write = false, nested = false): void => {
    if (!node) return;
    if (isVar(node)) {
      const name = (node.extra as Record<string, string>).coVar;
      refs[state].add(name);
      if (nested) {
        let s = capturedRefs.get(name);
        if (!s) capturedRefs.set(name, (s = new Set()));
        s.add(state);
      }
      if (write && !nested && curWrites) curWrites.add(name);
      // writing into a box reads the box
      if (!write || nested || (cfg.boxed.has(name) && !(node.extra as Record<string, unknown>).coBoxRef)) uses.add(name);
      return;
    }
    if (write && !nested) {
      switch (node.type) {
        case 'MemberExpression':
          collect(node.object, uses, state);
          if (node.computed) collect(node.property, uses, state);
          return;
        case 'ObjectPattern':
          for (const p of node.properties) {
            if (p.type === 'RestElement') collect(p.argument, uses, state, true);
            else {
              if (p.computed) collect(p.key, uses, state);
              collect(p.value, uses, state, true);
            }
          }
          return;
        case 'ArrayPattern':
          for (const el of node.elements) collect(el, uses, state, true);
          return;
        case 'AssignmentPattern':
          collect(node.left, uses, state, true);
          collect(node.right, uses, state);
          return;
        case 'RestElement':
          collect(node.argument, uses, state, true);
          return;
        default:
          break;
      }
    }
    if (node.type === 'AssignmentExpression' && !nested) {
      collect(node.left, uses, state, node.operator === '=');
      collect(node.right, uses, state);
      return;
    }
    const inner = nested || t.isFunction(node) || node.type === 'ClassBody';
    for (const key of t.VISITOR_KEYS[node.type] || []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === 'object') collect(c as t.Node, uses, state, false, inner);
      } else if (child && typeof child === 'object') collect(child as t.Node, uses, state, false, inner);
    }
  };

  /** the effect of one op, and the states it may jump to */
  const effectOf = (op: Op, state: number): Effect => {
    const uses = new Set<string>();
    const kills = new Set<string>();
    const writes = new Set<string>();
    curWrites = writes;
    switch (op.op) {
      case 'js': {
        // Statements run in order: walk them backward so that a plain `x = e`
        // kills x for what precedes it. Blocks are entered only when the op
        // cannot jump out of them (a jump would skip the later kills).
        const backward = (st: t.Statement): void => {
          if (st.type === 'ExpressionStatement') {
            const exprs = st.expression.type === 'SequenceExpression' ? st.expression.expressions : [st.expression];
            for (let i = exprs.length - 1; i >= 0; i--) {
              const e = exprs[i];
              if (e.type === 'AssignmentExpression' && e.operator === '=' && isVar(e.left) &&
                (!cfg.boxed.has((e.left.extra as Record<string, string>).coVar) || (e.left.extra as Record<string, unknown>).coBoxRef)) {
                const name = (e.left.extra as Record<string, string>).coVar;
                refs[state].add(name);
                uses.delete(name);
                kills.add(name);
                writes.add(name);
                collect(e.right, uses, state);
              } else collect(e, uses, state);
            }
          } else if (st.type === 'BlockStatement' && op.targets.length === 0) {
            for (let i = st.body.length - 1; i >= 0; i--) backward(st.body[i]);
          } else collect(st, uses, state);
        };
        backward(op.node);
        for (const u of uses) kills.delete(u);
        break;
      }
      case 'jump':
        collect(op.cond, uses, state);
        break;
      case 'suspend':
      case 'complete':
      case 'abrupt':
        collect(op.value, uses, state);
        break;
      case 'end-finally':
        uses.add(op.completion);
        refs[state].add(op.completion);
        break;
    }
    curWrites = null;
    return { uses, kills, writes };
  };

  const effects = cfg.states.map((s) => s.ops.map((op) => effectOf(op, s.id)));
  const succ: number[][] = cfg.states.map((s, i) => {
    const out = new Set<number>();
    for (const op of s.ops) {
      if (op.op === 'jump') out.add(op.target.id);
      if (op.op === 'js') for (const l of op.targets) out.add(l.id);
      if (op.op === 'suspend') out.add(op.resume.id);
      if (op.op === 'abrupt' && op.target) out.add(op.target.id);
    }
    if (fallsThrough(s.ops) && i + 1 < n) out.add(i + 1);
    return [...out].sort((a, b) => a - b);
  });

  const liveIn: Set<string>[] = cfg.states.map(() => new Set<string>());
  // A throw can happen anywhere in a try region and enter its catch (or
  // finally): what those need is live at every point of the region. These
  // edges are not in `succ`; they are added here.
  const handlers: number[][] = cfg.states.map(() => []);
  for (const e of cfg.tries) {
    const h = e.catchState ?? e.finallyEntry;
    if (h) for (let i = e.tryStart.id; i < h.id; i++) handlers[i].push(h.id);
    if (e.catchState && e.finallyEntry) for (let i = e.catchState.id; i < e.finallyEntry.id; i++) handlers[i].push(e.finallyEntry.id);
  }
  const addAll = (into: Set<string>, from: Set<string>): void => { for (const v of from) into.add(v); };
  /** backward over one state's ops; `after` (if given) receives the live set after each op */
  const transfer = (i: number, after?: Set<string>[]): Set<string> => {
    const s = cfg.states[i];
    let live = fallsThrough(s.ops) && i + 1 < n ? new Set<string>(liveIn[i + 1]) : new Set<string>();
    let onThrow: Set<string> | null = null;
    if (handlers[i].length) {
      onThrow = new Set<string>();
      for (const h of handlers[i]) addAll(onThrow, liveIn[h]);
    }
    if (onThrow) addAll(live, onThrow);
    for (let k = s.ops.length - 1; k >= 0; k--) {
      const op = s.ops[k];
      const eff = effects[i][k];
      if (op.op === 'jump') {
        if (op.cond === null) live = new Set();
        addAll(live, liveIn[op.target.id]);
      } else if (op.op === 'js') {
        if (op.exits) live = new Set();
        for (const l of op.targets) addAll(live, liveIn[l.id]);
      } else if (op.op === 'suspend') {
        live = new Set();
        addAll(live, liveIn[op.resume.id]);
      } else if (op.op === 'complete' || op.op === 'abrupt') {
        live = new Set();
        if (op.op === 'abrupt' && op.target) addAll(live, liveIn[op.target.id]);
      }
      if (onThrow) addAll(live, onThrow);
      if (after) after[k] = new Set(live);
      for (const v of eff.kills) live.delete(v);
      for (const v of eff.uses) live.add(v);
      if (onThrow) addAll(live, onThrow);
    }
    return live;
  };
  const same = (a: Set<string>, b: Set<string>): boolean => {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = n - 1; i >= 0; i--) {
      const live = transfer(i);
      if (!same(live, liveIn[i])) {
        liveIn[i] = live;
        changed = true;
      }
    }
  }
  const liveAfter: Set<string>[][] = cfg.states.map((s, i) => {
    const after: Set<string>[] = new Array(s.ops.length);
    transfer(i, after);
    return after;
  });
  const writes: Set<string>[][] = effects.map((ops) => ops.map((e) => e.writes));
  const reads: Set<string>[][] = effects.map((ops) => ops.map((e) => e.uses));

  const inFrame = new Set<string>();
  const reasons = new Map<string, string>();
  for (const e of [...cfg.entries].sort((a, b) => a - b)) {
    for (const v of liveIn[e]) {
      if (!inFrame.has(v)) { inFrame.add(v); reasons.set(v, `live on entry to state ${e}`); }
    }
  }
  // A closure keeps the binding of the activation that created it. That is
  // right only if the code referencing the variable runs in one activation:
  // all references in one state, which no resumption can reach again (a
  // per-iteration box is the exception: a fresh one per activation is right).
  const later = new Set<number>();
  const work = [...cfg.entries].filter((e) => e !== 0);
  while (work.length) {
    const s = work.pop()!;
    if (later.has(s)) continue;
    later.add(s);
    for (const x of succ[s]) work.push(x);
  }
  for (const name of capturedRefs.keys()) {
    if (inFrame.has(name)) continue;
    const all = new Set<number>();
    refs.forEach((r, i) => { if (r.has(name)) all.add(i); });
    if (all.size > 1) { inFrame.add(name); reasons.set(name, `shared with a closure across states ${[...all].join(', ')}`); }
    else if (!cfg.boxed.has(name) && [...all].some((x) => later.has(x))) {
      inFrame.add(name);
      reasons.set(name, `shared with closures created in state ${[...all].join(', ')}, which runs again after a resumption`);
    }
  }
  if (cfg.unit.sharedResume) {
    // one resume function for all calls: it has no closure over the call's
    // parameters, so the ones it reads before writing them come in the frame
    for (const v of liveIn[0]) {
      if (!inFrame.has(v) && cfg.unit.vars.get(v)?.kind === 'param') { inFrame.add(v); reasons.set(v, 'parameter live at the start (the resume function is shared by all calls)'); }
    }
  }
  // a body var that starts with a parameter's value (bindings: initFrom) gets it in the frame
  for (const v of liveIn[0]) {
    if (!inFrame.has(v) && cfg.unit.vars.get(v)?.initFrom) { inFrame.add(v); reasons.set(v, 'starts with the value of the parameter it redeclares'); }
  }
  if (cfg.unit.keepParams) {
    for (const [name, info] of cfg.unit.vars) if (info.kind === 'param') inFrame.delete(name);
  }
  for (const name of cfg.unit.heldParams) inFrame.delete(name);
  const frame = [...cfg.unit.vars.keys()].filter((v) => inFrame.has(v));
  const captured = new Set(capturedRefs.keys());
  return { liveIn, liveAfter, writes, reads, succ, refs, frame, reasons, captured };
}

function fallsThrough(ops: Op[]): boolean {
  const last = ops[ops.length - 1];
  if (!last) return true;
  if (last.op === 'jump') return last.cond !== null;
  if (last.op === 'js') return !last.exits;
  return !(last.op === 'suspend' || last.op === 'complete' || last.op === 'abrupt');
}
