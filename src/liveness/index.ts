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
import { CoroutineCFG, fallsThrough, Op } from '../cfg/ir';

/**
 * Sets of the coroutine's variables are bit sets: variable `i` (of
 * `Liveness.vars`) is bit `i % 32` of word `i >> 5`, and a table holds one
 * set per row, `words` words each (rows are states, or ops). A
 * `Set<string>` per state and per op, tens of thousands per file, made this
 * pass 1.7-1.9x as slow and gave the scavenger their garbage.
 */
export type SetTable = Uint32Array;

export interface Liveness {
  /** the variables the tables speak of, by bit index (the unit's, in declaration order) */
  vars: string[];
  /** words per row of every table */
  words: number;
  /** per state (row = state id): variables live on entry */
  liveIn: SetTable;
  /** per op (row = opRow[state] + op index): variables live right after the op */
  liveAfter: SetTable;
  /** per op: variables the op writes (even conditionally) */
  writes: SetTable;
  /** per op: variables the op reads before writing them */
  reads: SetTable;
  /** per state: the row of its first op in the per-op tables (one more entry: the row count) */
  opRow: number[];
  /** per state: successor state ids */
  succ: number[][];
  /** per state (row = state id): variables referenced (read or written) */
  refs: SetTable;
  /** variables referenced from nested functions */
  captured: Set<string>;
  /** variables that must live in the frame, in declaration order */
  frame: string[];
  /** why each frame variable is there */
  reasons: Map<string, string>;
}

/** the bit indexes of a table's row, ascending */
export function rowBits(table: SetTable, words: number, row: number): number[] {
  const out: number[] = [];
  for (let w = 0, base = row * words; w < words; w++) {
    for (let x = table[base + w]; x !== 0; x &= x - 1) out.push((w << 5) + (31 - Math.clz32(x & -x)));
  }
  return out;
}

/** add bit `i` to a table's row */
export function addBit(table: SetTable, words: number, row: number, i: number): void {
  table[row * words + (i >> 5)] |= 1 << (i & 31);
}

/** is bit `i` in a table's row? */
export function hasBit(table: SetTable, words: number, row: number, i: number): boolean {
  return ((table[row * words + (i >> 5)] >>> (i & 31)) & 1) === 1;
}

/** the variables in any row of a table */
export function anyRowNames(live: Pick<Liveness, 'vars' | 'words'>, table: SetTable): string[] {
  const union = new Uint32Array(live.words);
  for (let k = 0; k < table.length; k++) union[k % live.words] |= table[k];
  return rowNames(live, union, 0);
}

/** the variables in a table's row */
export function rowNames(live: Pick<Liveness, 'vars' | 'words'>, table: SetTable, row: number): string[] {
  return rowBits(table, live.words, row).map((i) => live.vars[i]);
}

export function analyzeLiveness(cfg: CoroutineCFG): Liveness {
  const owner = cfg.unit.info.index;
  const n = cfg.states.length;
  const vars = [...cfg.unit.vars.keys()];
  const bit = new Map<string, number>();
  vars.forEach((v, i) => bit.set(v, i));
  const W = Math.max(1, (vars.length + 31) >> 5);
  const opRow: number[] = [0];
  for (const s of cfg.states) opRow.push(opRow[opRow.length - 1] + s.ops.length);
  const opCount = opRow[n];
  const reads = new Uint32Array(opCount * W);
  const writes = new Uint32Array(opCount * W);
  const kills = new Uint32Array(opCount * W);
  // (every tagged name is one of the unit's variables; another could never be in the frame)
  const put = (table: SetTable, row: number, name: string): void => {
    const i = bit.get(name);
    if (i !== undefined) addBit(table, W, row, i);
  };
  const drop = (table: SetTable, row: number, name: string): void => {
    const i = bit.get(name);
    if (i !== undefined) table[row * W + (i >> 5)] &= ~(1 << (i & 31));
  };

  // (a JSX name, `<Widget />`, is a read of its variable)
  const isVar = (node: t.Node): node is t.Identifier | t.JSXIdentifier =>
    (node.type === 'Identifier' || node.type === 'JSXIdentifier') && !!node.extra && (node.extra as Record<string, unknown>).coOwner === owner;
  const refs = new Uint32Array(n * W);
  /** variables referenced from nested functions */
  const captured = new Set<string>();

  // the op being collected: its row in reads/writes/kills, its state
  let row = 0;
  let state = 0;
  /** collect the reads of `node` into the op's row; `write` means node is an assignment target */
  const collect = (node: t.Node | null | undefined, write = false, nested = false): void => {
    if (!node) return;
    if (isVar(node)) {
      const name = (node.extra as Record<string, string>).coVar;
      put(refs, state, name);
      if (nested) captured.add(name);
      if (write && !nested) put(writes, row, name);
      // writing into a box reads the box
      if (!write || nested || (cfg.boxed.has(name) && !(node.extra as Record<string, unknown>).coBoxRef)) put(reads, row, name);
      return;
    }
    if (write && !nested) {
      switch (node.type) {
        case 'MemberExpression':
          collect(node.object);
          if (node.computed) collect(node.property);
          return;
        case 'ObjectPattern':
          for (const p of node.properties) {
            if (p.type === 'RestElement') collect(p.argument, true);
            else {
              if (p.computed) collect(p.key);
              collect(p.value, true);
            }
          }
          return;
        case 'ArrayPattern':
          for (const el of node.elements) collect(el, true);
          return;
        case 'AssignmentPattern':
          collect(node.left, true);
          collect(node.right);
          return;
        case 'RestElement':
          collect(node.argument, true);
          return;
        default:
          break;
      }
    }
    if (node.type === 'AssignmentExpression' && !nested) {
      collect(node.left, node.operator === '=');
      collect(node.right);
      return;
    }
    const inner = nested || t.isFunction(node) || node.type === 'ClassBody';
    for (const key of t.VISITOR_KEYS[node.type] || []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === 'object') collect(c as t.Node, false, inner);
      } else if (child && typeof child === 'object') collect(child as t.Node, false, inner);
    }
  };

  /** the reads, writes and kills of one op into its row */
  const effectOf = (op: Op): void => {
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
                put(refs, state, name);
                drop(reads, row, name);
                put(kills, row, name);
                put(writes, row, name);
                collect(e.right);
              } else collect(e);
            }
          } else if (st.type === 'BlockStatement' && op.targets.length === 0) {
            for (let i = st.body.length - 1; i >= 0; i--) backward(st.body[i]);
          } else collect(st);
        };
        backward(op.node);
        // (a variable the op reads is not killed for what precedes it)
        for (let w = row * W; w < row * W + W; w++) kills[w] &= ~reads[w];
        break;
      }
      case 'jump':
        collect(op.cond);
        break;
      case 'suspend':
      case 'complete':
      case 'abrupt':
        collect(op.value);
        break;
      case 'end-finally':
        put(reads, row, op.completion);
        put(refs, state, op.completion);
        break;
    }
  };

  cfg.states.forEach((s, i) => {
    state = s.id;
    s.ops.forEach((op, k) => { row = opRow[i] + k; effectOf(op); });
  });
  const succ: number[][] = cfg.states.map((s, i) => {
    const out = new Set<number>();
    for (const op of s.ops) {
      if (op.op === 'jump') out.add(op.target.id);
      if (op.op === 'js') for (const l of op.targets) out.add(l.id);
      if (op.op === 'suspend') out.add(op.resume.id);
      if (op.op === 'abrupt' && op.target) out.add(op.target.id);
      if (op.op === 'end-finally') for (const l of op.targets) out.add(l.id);
    }
    if (endFallsThrough(s.ops) && i + 1 < n) out.add(i + 1);
    return [...out].sort((a, b) => a - b);
  });

  const liveIn = new Uint32Array(n * W);
  // A throw can happen anywhere in a try region and enter its catch (or
  // finally): what those need is live at every point of the region. These
  // edges are not in `succ`; they are added here.
  const handlers: number[][] = cfg.states.map(() => []);
  for (const e of cfg.tries) {
    const h = e.catchState ?? e.finallyEntry;
    if (h) for (let i = e.tryStart.id; i < h.id; i++) handlers[i].push(h.id);
    if (e.catchState && e.finallyEntry) for (let i = e.catchState.id; i < e.finallyEntry.id; i++) handlers[i].push(e.finallyEntry.id);
  }
  const liveAfter = new Uint32Array(opCount * W);
  // scratch rows: the set being carried backward, and what a throw needs
  const live = new Uint32Array(W);
  const onThrow = new Uint32Array(W);
  const clear = (): void => { live.fill(0); };
  /** `into` |= liveIn of state s */
  const orIn = (into: Uint32Array, s: number): void => { for (let w = 0; w < W; w++) into[w] |= liveIn[s * W + w]; };
  const addIn = (s: number): void => orIn(live, s);
  const addThrow = (): void => { for (let w = 0; w < W; w++) live[w] |= onThrow[w]; };
  /** backward over one state's ops into `live`; with `record`, the set after each op goes to liveAfter */
  const transfer = (i: number, record: boolean): void => {
    const s = cfg.states[i];
    clear();
    if (endFallsThrough(s.ops) && i + 1 < n) addIn(i + 1);
    onThrow.fill(0);
    for (const h of handlers[i]) orIn(onThrow, h);
    addThrow();
    for (let k = s.ops.length - 1; k >= 0; k--) {
      const op = s.ops[k];
      const r = (opRow[i] + k) * W;
      if (op.op === 'jump') {
        if (op.cond === null) clear();
        addIn(op.target.id);
      } else if (op.op === 'js') {
        if (op.exits) clear();
        for (const l of op.targets) addIn(l.id);
      } else if (op.op === 'suspend') {
        clear();
        addIn(op.resume.id);
      } else if (op.op === 'complete' || op.op === 'abrupt') {
        clear();
        if (op.op === 'abrupt' && op.target) addIn(op.target.id);
      } else if (op.op === 'end-finally') {
        // (or it falls through, or returns, or throws to a handler: onThrow)
        for (const l of op.targets) addIn(l.id);
      }
      addThrow();
      if (record) liveAfter.set(live, r);
      for (let w = 0; w < W; w++) live[w] = (live[w] & ~kills[r + w]) | reads[r + w] | onThrow[w];
    }
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = n - 1; i >= 0; i--) {
      transfer(i, false);
      for (let w = 0; w < W; w++) {
        if (liveIn[i * W + w] !== live[w]) { liveIn[i * W + w] = live[w]; changed = true; }
      }
    }
  }
  for (let i = 0; i < n; i++) transfer(i, true);
  const namesIn = (s: number): string[] => rowNames({ vars, words: W }, liveIn, s);

  const inFrame = new Set<string>();
  const reasons = new Map<string, string>();
  for (const e of [...cfg.entries].sort((a, b) => a - b)) {
    for (const v of namesIn(e)) {
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
  for (const name of captured) {
    if (inFrame.has(name)) continue;
    const i = bit.get(name);
    if (i === undefined) continue; // (not one of the unit's variables: never in the frame)
    const all: number[] = [];
    for (let s = 0; s < n; s++) if (hasBit(refs, W, s, i)) all.push(s);
    if (all.length > 1) { inFrame.add(name); reasons.set(name, `shared with a closure across states ${all.join(', ')}`); }
    else if (!cfg.boxed.has(name) && all.some((x) => later.has(x))) {
      inFrame.add(name);
      reasons.set(name, `shared with closures created in state ${all.join(', ')}, which runs again after a resumption`);
    }
  }
  const liveAtStart = namesIn(0);
  if (cfg.unit.sharedResume) {
    // one resume function for all calls: it has no closure over the call's
    // parameters, so the ones it reads before writing them come in the frame
    for (const v of liveAtStart) {
      if (!inFrame.has(v) && cfg.unit.vars.get(v)?.kind === 'param') { inFrame.add(v); reasons.set(v, 'parameter live at the start (the resume function is shared by all calls)'); }
    }
  }
  // a body var that starts with a parameter's value (bindings: initFrom) gets it in the frame
  for (const v of liveAtStart) {
    if (!inFrame.has(v) && cfg.unit.vars.get(v)?.initFrom) { inFrame.add(v); reasons.set(v, 'starts with the value of the parameter it redeclares'); }
  }
  if (cfg.unit.keepParams) {
    for (const [name, info] of cfg.unit.vars) if (info.kind === 'param') inFrame.delete(name);
  }
  for (const name of cfg.unit.heldParams) inFrame.delete(name);
  const frame = vars.filter((v) => inFrame.has(v));
  return { vars, words: W, liveIn, liveAfter, writes, reads, opRow, succ, refs, frame, reasons, captured };
}

/** does a state with these ops go on to the next state? */
export function endFallsThrough(ops: Op[]): boolean {
  const last = ops[ops.length - 1];
  return !last || fallsThrough(last);
}
