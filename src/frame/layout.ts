// Pass 6: frame layout — which frame slot holds which variable.
//
// Frame variables whose live ranges never overlap can share one slot, like
// registers. Two frame variables interfere when
//   - both are live on entry to the same state, or
//   - one is written (even conditionally) while the other is live, or
//   - both are parameters (they are all stored when the frame is made), or a
//     parameter is written at creation while the other is live on entry, or
//   - either is used by a nested closure or kept in a per-iteration box
//     (its accesses can happen at any time: it interferes with everything).
// The interference graph is coloured greedily in declaration order, so the
// result is deterministic. A shared slot is named by joining its variables'
// names with `$`, so the emitted code still says what it holds.
import { Liveness } from '../liveness';
import * as t from '@babel/types';
import { CoroutineCFG, Op } from '../cfg/ir';

export interface FrameSlot {
  /** property name on the frame object */
  name: string;
  /** coroutine variables stored in this slot */
  vars: string[];
  /** initial value: the parameter it is copied from, or undefined */
  param: string | null;
}

export interface FrameLayout {
  slots: FrameSlot[];
  /** variable -> slot name */
  slotOf: Map<string, string>;
  /** does the frame need the $o (suspension kind) field */
  hasOp: boolean;
  /** pairs of frame variables that may not share a slot ("a\0b", both orders) */
  interference: Set<string>;
}

export interface LayoutOptions {
  /** share slots between non-interfering variables (default true) */
  shareSlots?: boolean;
}

export function layoutFrame(cfg: CoroutineCFG, live: Liveness, options: LayoutOptions = {}): FrameLayout {
  const vars = live.frame;
  const share = options.shareSlots !== false;
  // nothing to share with fewer than two frame variables
  const interference = share && vars.length > 1 ? interferenceOf(cfg, live) : new Set<string>();
  const slots: FrameSlot[] = [];
  const slotOf = new Map<string, string>();
  for (const v of vars) {
    const isParam = cfg.unit.vars.get(v)!.kind === 'param';
    let slot = share
      ? slots.find((s) => s.vars.every((w) => !interference.has(`${v}\0${w}`)) && !(isParam && s.param !== null))
      : undefined;
    if (!slot) {
      slot = { name: v, vars: [], param: null };
      slots.push(slot);
    }
    slot.vars.push(v);
    if (isParam) slot.param = v;
  }
  // readable, unique names
  const taken = new Set<string>();
  for (const s of slots) {
    let name = s.vars.join('$');
    if (taken.has(name)) { let k = 2; while (taken.has(`${name}$${k}`)) k++; name = `${name}$${k}`; }
    taken.add(name);
    s.name = name;
    for (const v of s.vars) slotOf.set(v, name);
  }
  return { slots, slotOf, hasOp: cfg.usesOp, interference };
}

function interferenceOf(cfg: CoroutineCFG, live: Liveness): Set<string> {
  const inFrame = new Set(live.frame);
  const edges = new Set<string>();
  const add = (a: string, b: string) => {
    if (a === b || !inFrame.has(a) || !inFrame.has(b)) return;
    edges.add(`${a}\0${b}`);
    edges.add(`${b}\0${a}`);
  };
  const clique = (set: Iterable<string>) => {
    const xs: string[] = [];
    for (const x of set) if (inFrame.has(x)) xs.push(x);
    for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) add(xs[i], xs[j]);
  };
  // Exceptional control flow is not in the CFG's edges: a throw anywhere in
  // a try region enters its catch (or finally), and the end of a finally may
  // continue to any jump target. What those entries need is live throughout.
  const extra: Set<string>[] = cfg.states.map(() => new Set<string>());
  const addRange = (from: number, to: number, vars: Set<string>) => {
    for (let i = from; i < to && i < extra.length; i++) for (const v of vars) extra[i].add(v);
  };
  for (const e of cfg.tries) {
    const handler = e.catchState ?? e.finallyEntry;
    if (handler) addRange(e.tryStart.id, handler.id, live.liveIn[handler.id]);
    if (e.catchState && e.finallyEntry) addRange(e.catchState.id, e.finallyEntry.id, live.liveIn[e.finallyEntry.id]);
  }
  const atEntries = new Set<string>();
  for (const id of cfg.entries) for (const v of live.liveIn[id]) atEntries.add(v);
  cfg.states.forEach((st, i) => {
    if (st.ops.some((op) => op.op === 'end-finally')) for (const v of atEntries) extra[i].add(v);
  });

  live.liveIn.forEach((s, i) => clique([...s, ...extra[i]]));
  cfg.states.forEach((st, i) => {
    st.ops.forEach((op, k) => {
      const after = new Set([...live.liveAfter[i][k], ...extra[i]]);
      clique(after);
      for (const w of live.writes[i][k]) for (const v of after) add(w, v);
      // inside one op, a read may come after a write — unless the op is a
      // single `x = e`, whose reads all happen before its one store
      if (!isSingleAssignment(op)) for (const w of live.writes[i][k]) for (const v of live.reads[i][k]) add(w, v);
    });
  });
  const params = [...cfg.unit.vars.values()].filter((v) => v.kind === 'param').map((v) => v.name);
  clique(params);
  for (const p of params) for (const v of live.liveIn[0]) add(p, v);
  for (const v of live.frame) {
    if (live.captured.has(v) || cfg.boxed.has(v)) for (const w of live.frame) add(v, w);
  }
  return edges;
}

function isSingleAssignment(op: Op): boolean {
  if (op.op !== 'js' || op.node.type !== 'ExpressionStatement') return false;
  const e = op.node.expression;
  if (e.type !== 'AssignmentExpression' || e.operator !== '=' || e.left.type !== 'Identifier') return false;
  // no other write hidden in the right-hand side
  let nested = false;
  t.traverseFast(e.right, (n) => { if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression') nested = true; });
  return !nested;
}
