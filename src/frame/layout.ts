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
import { addBit, hasBit, Liveness, SetTable } from '../liveness';
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
  // The graph is first built on liveness's own bit sets, one row of `W`
  // words per variable of the unit (masked to the frame's): an op then costs
  // a few word operations and allocates nothing. Lists of indexes per op
  // made this pass allocate as much as the printer.
  const W = live.words;
  const frameBits = new Int32Array(n);
  const mask = new Uint32Array(W);
  live.vars.forEach((v, b) => {
    const i = index.get(v);
    if (i !== undefined) { frameBits[i] = b; addBit(mask, W, 0, b); }
  });
  const graph = new Uint32Array(live.vars.length * W);
  /** row `b` of the graph |= `set`, for every bit b of `of` */
  const joinAll = (of: Uint32Array, set: Uint32Array): void => {
    for (let w = 0; w < W; w++) {
      for (let x = of[w]; x !== 0; x &= x - 1) {
        const row = ((w << 5) + (31 - Math.clz32(x & -x))) * W;
        for (let k = 0; k < W; k++) graph[row + k] |= set[k];
      }
    }
  };
  const clique = (set: Uint32Array): void => joinAll(set, set);
  const cross = (a: Uint32Array, b: Uint32Array): void => { joinAll(a, b); joinAll(b, a); };
  /** `into` = (row of `table` | row of `extra`) & the frame's variables; is it empty? */
  const load = (into: Uint32Array, table: SetTable, row: number, extraRow: number): boolean => {
    let any = 0;
    for (let w = 0; w < W; w++) any |= into[w] = (table[row * W + w] | extra[extraRow * W + w]) & mask[w];
    return any === 0;
  };
  // Exceptional control flow is not in the CFG's edges: a throw anywhere in
  // a try region enters its catch (or finally). What those entries need is
  // live throughout. (Where the end of a finally goes on to, liveness knows:
  // the targets of the jumps that left through it are its successors.)
  const states = cfg.states.length;
  // (row `states`: an empty one)
  const extra = new Uint32Array((states + 1) * W);
  const orInto = (state: number, liveInOf: number) => {
    for (let w = 0; w < W; w++) extra[state * W + w] |= live.liveIn[liveInOf * W + w];
  };
  for (const e of cfg.tries) {
    const handler = e.catchState ?? e.finallyEntry;
    if (handler) for (let i = e.tryStart.id; i < handler.id && i < states; i++) orInto(i, handler.id);
    if (e.catchState && e.finallyEntry) for (let i = e.catchState.id; i < e.finallyEntry.id && i < states; i++) orInto(i, e.finallyEntry.id);
  }

  const after = new Uint32Array(W);
  const written = new Uint32Array(W);
  const read = new Uint32Array(W);
  cfg.states.forEach((st, i) => {
    load(after, live.liveIn, i, i);
    clique(after);
    st.ops.forEach((op, k) => {
      const row = live.opRow[i] + k;
      load(after, live.liveAfter, row, i);
      clique(after);
      if (load(written, live.writes, row, states)) return;
      cross(written, after);
      // inside one op, a read may come after a write — unless the op is a
      // single `x = e`, whose reads all happen before its one store
      if (!isSingleAssignment(op) && !load(read, live.reads, row, states)) cross(written, read);
    });
  });
  // the parameters are all stored when the frame is made: with each other,
  // and with what is live at the start; a variable a closure uses or a box
  // holds may be accessed at any time: with every other one
  const params = new Uint32Array(W);
  const anyTime = new Uint32Array(W);
  live.frame.forEach((v, i) => {
    const b = frameBits[i];
    const info = cfg.unit.vars.get(v)!;
    if (info.kind === 'param' || info.initFrom) addBit(params, W, 0, b);
    if (live.captured.has(v) || cfg.boxed.has(v)) addBit(anyTime, W, 0, b);
  });
  clique(params);
  load(after, live.liveIn, 0, states);
  cross(params, after);
  cross(anyTime, mask);
  // the frame's part of the graph, without its diagonal
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j && hasBit(graph, W, frameBits[i], frameBits[j])) edges[i * n + j] = 1;
  }
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
