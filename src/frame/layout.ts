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
import { Liveness, rowBits, SetTable } from '../liveness';
import * as t from '../ast';
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
  /** pairs of frame variables that may not share a slot */
  interference: Interference;
}

/** The interference graph: an adjacency matrix over the frame variables. */
export interface Interference {
  /** frame variable -> its row and column */
  index: Map<string, number>;
  /** edges[i * size + j] === 1 when variables i and j interfere (symmetric) */
  edges: Uint8Array;
}

const NO_INTERFERENCE: Interference = { index: new Map(), edges: new Uint8Array(0) };

export interface LayoutOptions {
  /** share slots between non-interfering variables (default true) */
  shareSlots?: boolean;
}

export function layoutFrame(cfg: CoroutineCFG, live: Liveness, options: LayoutOptions = {}): FrameLayout {
  const vars = live.frame;
  const share = options.shareSlots !== false;
  // nothing to share with fewer than two frame variables
  const interference = share && vars.length > 1 ? interferenceOf(cfg, live) : NO_INTERFERENCE;
  const slots: FrameSlot[] = [];
  const slotOf = new Map<string, string>();
  for (const v of vars) {
    const info = cfg.unit.vars.get(v)!;
    const isParam = info.kind === 'param' || !!info.initFrom;
    let slot = share
      ? slots.find((s) => s.vars.every((w) => !interferes(interference, v, w)) && !(isParam && s.param !== null))
      : undefined;
    if (!slot) {
      slot = { name: v, vars: [], param: null };
      slots.push(slot);
    }
    slot.vars.push(v);
    if (isParam) slot.param = info.initFrom ?? v;
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

function interferenceOf(cfg: CoroutineCFG, live: Liveness): Interference {
  const index = new Map<string, number>();
  live.frame.forEach((v, i) => index.set(v, i));
  const n = live.frame.length;
  const edges = new Uint8Array(n * n);
  // liveness numbers all the unit's variables; the matrix only the frame's
  const frameIndex = new Int32Array(live.vars.length).fill(-1);
  live.vars.forEach((v, b) => { const i = index.get(v); if (i !== undefined) frameIndex[b] = i; });
  /** the frame variables in a row of a liveness table, by index, appended to `into` */
  const ids = (table: SetTable, row: number, into: number[] = []): number[] => {
    for (const b of rowBits(table, live.words, row)) if (frameIndex[b] >= 0) into.push(frameIndex[b]);
    return into;
  };
  const add = (a: number, b: number) => {
    if (a === b) return;
    edges[a * n + b] = 1;
    edges[b * n + a] = 1;
  };
  // (a list may hold an index twice: that only adds nothing)
  const clique = (xs: number[]) => {
    for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) add(xs[i], xs[j]);
  };
  // Exceptional control flow is not in the CFG's edges: a throw anywhere in
  // a try region enters its catch (or finally), and the end of a finally may
  // continue to any jump target. What those entries need is live throughout.
  const extra: number[][] = cfg.states.map(() => []);
  const addRange = (from: number, to: number, liveInOf: number) => {
    const xs = ids(live.liveIn, liveInOf);
    for (let i = from; i < to && i < extra.length; i++) extra[i].push(...xs);
  };
  for (const e of cfg.tries) {
    const handler = e.catchState ?? e.finallyEntry;
    if (handler) addRange(e.tryStart.id, handler.id, handler.id);
    if (e.catchState && e.finallyEntry) addRange(e.catchState.id, e.finallyEntry.id, e.finallyEntry.id);
  }
  const atEntries = new Set<number>();
  for (const id of cfg.entries) for (const i of ids(live.liveIn, id)) atEntries.add(i);
  const entryIds = [...atEntries];
  cfg.states.forEach((st, i) => {
    if (st.ops.some((op) => op.op === 'end-finally')) extra[i].push(...entryIds);
  });

  cfg.states.forEach((st, i) => {
    clique(ids(live.liveIn, i, extra[i].slice()));
    st.ops.forEach((op, k) => {
      const row = live.opRow[i] + k;
      const after = ids(live.liveAfter, row, extra[i].slice());
      clique(after);
      const written = ids(live.writes, row);
      for (const w of written) for (const v of after) add(w, v);
      // inside one op, a read may come after a write — unless the op is a
      // single `x = e`, whose reads all happen before its one store
      if (written.length && !isSingleAssignment(op)) for (const w of written) for (const v of ids(live.reads, row)) add(w, v);
    });
  });
  const params: number[] = [];
  for (const v of cfg.unit.vars.values()) {
    const i = index.get(v.name);
    if (i !== undefined && (v.kind === 'param' || v.initFrom)) params.push(i);
  }
  clique(params);
  const atStart = ids(live.liveIn, 0);
  for (const p of params) for (const v of atStart) add(p, v);
  live.frame.forEach((v, i) => {
    if (live.captured.has(v) || cfg.boxed.has(v)) for (let j = 0; j < n; j++) add(i, j);
  });
  return { index, edges };
}

/** Do frame variables `a` and `b` interfere? */
export function interferes(g: Interference, a: string, b: string): boolean {
  const i = g.index.get(a);
  const j = g.index.get(b);
  return i !== undefined && j !== undefined && g.edges[i * g.index.size + j] === 1;
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
