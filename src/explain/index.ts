// `coframe explain`: the lowering made visible. Everything is computed by
// the real pipeline (the same passes compile() runs); this module only turns
// the passes' data into one plain, documented data model (docs/EXPLAIN.md),
// which the text and dot renderers then draw.
import generate from '@babel/generator';
import * as t from '../ast';
import { parseSource } from '../syntax/parse';
import { CompileError, Diagnostic, positionOf } from '../diagnostics';
import { lowerProgram, LoweredFunction } from '../lower';
import { Op } from '../cfg/ir';
import { anyRowNames, endFallsThrough, rowNames } from '../liveness';

export interface ExplainOptions {
  filename?: string;
  /** only the coroutines with this name */
  fn?: string;
  /** share frame slots (default true, as compile()) */
  shareSlots?: boolean;
}

export interface SourcePosition { line: number; column: number }

export interface ExplainedSuspension {
  /** co_yield, co_yield*, co_await, for co_await, or co_return (an async generator's co_return awaits) */
  keyword: string;
  line: number;
  column: number;
  /** state that suspends */
  state: number;
  /** state that runs when the coroutine is resumed */
  resumeState: number;
  /** variables whose values survive this suspension (live on entry to resumeState) */
  liveAcross: string[];
}

export interface ExplainedEdge {
  to: number;
  /** jump, fallthrough, resume (crosses a suspension), break (a jump out of kept code) */
  kind: 'jump' | 'fallthrough' | 'resume' | 'break';
}

export interface ExplainedState {
  id: number;
  /** first source line of the code in this state, if any */
  line: number | null;
  /** how the runtime can enter this state fresh: resume, catch, finally, jump (through a finally), or null */
  entry: 'start' | 'resume' | 'catch' | 'finally' | 'jump' | null;
  liveIn: string[];
  edges: ExplainedEdge[];
}

export interface ExplainedVariable {
  name: string;
  /** param, var, let, const, function, class, catch, temp */
  kind: string;
  inFrame: boolean;
  slot: string | null;
  /** why it is (or is not) in the frame */
  reason: string;
  /** states on whose entry it is live */
  liveStates: number[];
  /** referenced by a nested function */
  captured: boolean;
  /** kept in a per-iteration box `{ v }` */
  boxed: boolean;
}

export interface ExplainedSlot {
  name: string;
  vars: string[];
  /** parameter the slot is initialised from, if any */
  param: string | null;
  /** per variable: states on whose entry it is live (its live range, in states) */
  ranges: Record<string, number[]>;
}

export interface ExplainedCoroutine {
  name: string;
  kind: 'generator' | 'task' | 'asyncgen';
  line: number;
  column: number;
  suspensions: ExplainedSuspension[];
  states: ExplainedState[];
  variables: ExplainedVariable[];
  frame: {
    /** bookkeeping fields of every frame: $s (state), and $o (suspension kind) when needed */
    runtimeFields: string[];
    slots: ExplainedSlot[];
    /** how many fields the frame would have with one slot per variable */
    fieldsWithoutSharing: number;
  };
  /** the emitted function; each `case` is preceded by a `// line N` comment */
  code: string;
}

export interface ExplainResult {
  version: 1;
  file: string;
  coroutines: ExplainedCoroutine[];
  diagnostics: Diagnostic[];
}

export function explain(source: string, options: ExplainOptions = {}): ExplainResult {
  const file = options.filename ?? 'input.co.js';
  let lowered: LoweredFunction[];
  try {
    lowered = lowerProgram(parseSource(source, file), { shareSlots: options.shareSlots, lineComments: true, keepAnalyses: true }).coroutines;
  } catch (e) {
    if (e instanceof CompileError) return { version: 1, file, coroutines: [], diagnostics: e.diagnostics };
    throw e;
  }
  const picked = options.fn === undefined ? lowered : lowered.filter((c) => c.info.name === options.fn);
  return { version: 1, file, coroutines: picked.map((c) => explainOne(c, source)), diagnostics: [] };
}

function keywordOf(op: Extract<Op, { op: 'suspend' }>): string {
  const n = op.node;
  if (op.kind === 'delegate' || op.kind === 'raw') return 'co_yield*';
  if (op.kind === 'yield') return 'co_yield';
  if (n.type === 'ForOfStatement' || (n.extra as { template?: string } | undefined)?.template === 'forAwait') return 'for co_await';
  if (n.type === 'ReturnStatement') return 'co_return';
  if (n.type === 'YieldExpression') return n.delegate ? 'co_yield*' : 'co_yield';
  return 'co_await';
}

function explainOne(c: LoweredFunction, source: string): ExplainedCoroutine {
  const { cfg, liveness, layout, info } = c;
  const order = [...cfg.unit.vars.keys()];
  const sorted = (xs: Iterable<string>) => [...xs].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const pos = (node: t.Node): SourcePosition => {
    const start = (node.extra as { keywordStart?: number } | undefined)?.keywordStart ?? node.start;
    if (typeof start === 'number' && start >= 0) return positionOf(source, start);
    return { line: node.loc ? node.loc.start.line : 0, column: node.loc ? node.loc.start.column + 1 : 0 };
  };

  // What survives a suspension: what the resume state needs, and what a
  // catch or finally around it needs (return(), throw() or a rejection
  // re-enter there instead).
  const handlersOf = (state: number): number[] => {
    const out: number[] = [];
    for (const e of cfg.tries) {
      const handler = e.catchState ?? e.finallyEntry;
      if (handler && state >= e.tryStart.id && state < handler.id) out.push(handler.id);
      if (e.catchState && e.finallyEntry && state >= e.catchState.id && state < e.finallyEntry.id) out.push(e.finallyEntry.id);
    }
    return out;
  };
  const liveIn = cfg.states.map((_, i) => new Set(rowNames(liveness, liveness.liveIn, i)));
  const suspensions: ExplainedSuspension[] = [];
  const resumeOf = new Map<number, number>();
  cfg.states.forEach((st) => {
    for (const op of st.ops) {
      if (op.op !== 'suspend') continue;
      const p = pos(op.node);
      const across = new Set(liveIn[op.resume.id]);
      for (const h of handlersOf(st.id)) for (const v of liveIn[h]) across.add(v);
      suspensions.push({ keyword: keywordOf(op), line: p.line, column: p.column, state: st.id, resumeState: op.resume.id, liveAcross: sorted(across) });
      resumeOf.set(op.resume.id, st.id);
    }
  });

  const catchStates = new Set(cfg.tries.filter((e) => e.catchState).map((e) => e.catchState!.id));
  const finallyStates = new Set(cfg.tries.filter((e) => e.finallyEntry).map((e) => e.finallyEntry!.id));
  const states: ExplainedState[] = cfg.states.map((st, i) => {
    const edges: ExplainedEdge[] = [];
    const add = (to: number, kind: ExplainedEdge['kind']) => { if (!edges.some((e) => e.to === to && e.kind === kind)) edges.push({ to, kind }); };
    for (const op of st.ops) {
      if (op.op === 'jump') add(op.target.id, 'jump');
      else if (op.op === 'js') for (const l of op.targets) add(l.id, 'break');
      else if (op.op === 'suspend') add(op.resume.id, 'resume');
      else if (op.op === 'abrupt' && op.target) add(op.target.id, 'break');
      else if (op.op === 'end-finally') for (const l of op.targets) add(l.id, 'break');
    }
    const falls = endFallsThrough(st.ops);
    if (falls && i + 1 < cfg.states.length) add(i + 1, 'fallthrough');
    let entry: ExplainedState['entry'] = null;
    if (i === 0) entry = 'start';
    else if (resumeOf.has(st.id)) entry = 'resume';
    else if (catchStates.has(st.id)) entry = 'catch';
    else if (finallyStates.has(st.id)) entry = 'finally';
    else if (cfg.entries.has(st.id)) entry = 'jump';
    return { id: st.id, line: st.line, entry, liveIn: sorted(liveIn[i]), edges };
  });

  const liveAt = (name: string, i: number) => liveIn[i].has(name) || handlersOf(i).some((h) => liveIn[h].has(name));
  const variables: ExplainedVariable[] = [];
  const referenced = new Set(anyRowNames(liveness, liveness.refs));
  for (const [name, v] of cfg.unit.vars) {
    const liveStates = liveIn.map((_, i) => (liveAt(name, i) ? i : -1)).filter((i) => i >= 0);
    const slot = layout.slotOf.get(name) ?? null;
    let reason: string;
    const across = suspensions.filter((x) => x.liveAcross.includes(name));
    if (slot !== null && across.length) reason = `live across ${across.map((x) => `${x.keyword} at ${x.line}:${x.column}`).join(', ')}`;
    else if (slot !== null) reason = (liveness.reasons.get(name) ?? 'live across a suspension').replace(/^live on entry to state (\d+)$/, 'needed on entry to state $1 (a catch, finally or jump target)');
    else if (v.kind === 'param' && cfg.unit.keepParams) reason = 'parameter read through `arguments`: kept as the wrapper function\'s own parameter';
    else if (v.kind === 'param' && cfg.unit.heldParams.has(name)) reason = 'parameter read by a closure in the parameter list: kept as the wrapper function\'s own parameter';
    else if (v.kind === 'param' && cfg.unit.sharedResume && !referenced.has(name)) reason = 'never used by the lowered code';
    else if (v.kind === 'param' && cfg.unit.sharedResume) reason = 'parameter assigned before it is read: a local of the resume function';
    else if (v.kind === 'param') reason = 'never live across a suspension: read only before the first one (stays the wrapper\'s parameter)';
    else if (!referenced.has(name)) reason = 'never used by the lowered code';
    else if (liveness.captured.has(name)) reason = 'used after a suspension only by a closure, which keeps its own binding';
    else reason = 'never live across a suspension: after every resumption it is assigned before it is read';
    variables.push({ name, kind: v.kind, inFrame: slot !== null, slot, reason, liveStates, captured: liveness.captured.has(name), boxed: cfg.boxed.has(name) });
  }

  const slots: ExplainedSlot[] = layout.slots.map((s) => {
    const ranges: Record<string, number[]> = {};
    for (const v of s.vars) ranges[v] = variables.find((x) => x.name === v)!.liveStates;
    return { name: s.name, vars: s.vars.slice(), param: s.param, ranges };
  });

  const p = pos(info.node);
  const fnNode = { ...info.node, leadingComments: null, trailingComments: null } as t.Node;
  let code = generate(fnNode, { comments: true }).code;
  if (c.resume) code += '\n' + generate(c.resume, { comments: true }).code;
  return {
    name: info.name,
    kind: info.kind,
    line: p.line,
    column: p.column,
    suspensions,
    states,
    variables,
    frame: { runtimeFields: layout.hasOp ? ['$s', '$o'] : ['$s'], slots, fieldsWithoutSharing: liveness.frame.length },
    code,
  };
}
