// The state-machine IR: a coroutine body cut at its suspension points into
// states (basic blocks), each a list of ops. It is the control-flow graph
// that liveness runs on and that the emitter prints as `case`s.
import * as t from '../ast';
import { CoroutineUnit } from '../bindings';

/**
 * A state number as an expression. A negative one (-1, done) is built as a
 * negation, which prints the same (@babel/types' numericLiteral builder made
 * an Error, with its stack, for every negative value: 3% of compile time;
 * src/ast's builder does not check, and the form stayed).
 */
export function stateLiteral(n: number): t.Expression {
  return n < 0 ? t.unaryExpression('-', t.numericLiteral(-n)) : t.numericLiteral(n);
}

/** A jump target. `id` is the state number, assigned when the label is marked. */
export interface Label { id: number }

export type SuspendKind = 'yield' | 'await' | 'delegate' | 'raw';

export type Op =
  /** ordinary statements; `targets` are states it may jump to from inside (rewritten break/continue) */
  | { op: 'js'; node: t.Statement; targets: Label[]; exits: boolean }
  /** if (cond) goto target  (unconditional when cond is null) */
  | { op: 'jump'; target: Label; cond: t.Expression | null }
  /** hand `value` to the runtime and stop; the runtime resumes at `resume` with the sent value in $v */
  | { op: 'suspend'; kind: SuspendKind; value: t.Expression | null; resume: Label; node: t.Node }
  /** finish the coroutine with `value` (no finally block in between) */
  | { op: 'complete'; value: t.Expression | null; node: t.Node | null }
  /** return / break / continue that must run pending finally blocks: handled by the runtime */
  | { op: 'abrupt'; type: 'return' | 'jump'; value: t.Expression | null; target: Label | null }
  /**
   * end of a finally block: continue the completion it interrupted, if any;
   * `targets`: the states a break or continue that left through this finally
   * may go on to (a return or a throw needs nothing of the frame but the completion)
   */
  | { op: 'end-finally'; completion: string; targets: Label[] };

/** does execution go on to the next op (or state) after `op`? Not after an unconditional jump, a suspension, a completion or a `js` op that always exits */
export function fallsThrough(op: Op): boolean {
  if (op.op === 'jump') return op.cond !== null;
  if (op.op === 'js') return !op.exits;
  return !(op.op === 'suspend' || op.op === 'complete' || op.op === 'abrupt');
}

export interface State {
  id: number;
  ops: Op[];
  /** first source line of the code in this state (for explain and comments) */
  line: number | null;
  /** the suspension that resumes into this state, if any */
  resumedBy: t.Node | null;
}

export interface TryEntry {
  tryStart: Label;
  catchState: Label | null;
  finallyEntry: Label | null;
  after: Label;
  completion: string | null;
}

export interface SuspensionPoint {
  kind: SuspendKind;
  node: t.Node;
  /** state that suspends */
  from: number;
  /** state that resumes */
  resume: Label;
}

export interface CoroutineCFG {
  unit: CoroutineUnit;
  states: State[];
  tries: TryEntry[];
  suspensions: SuspensionPoint[];
  /** states the runtime enters with a fresh call of the resume function */
  entries: Set<number>;
  /** the $o values used (to know whether the frame needs $o) */
  usesOp: boolean;
  /** internal names */
  names: InternalNames;
  /** variables stored in per-iteration boxes `{ v }` (captured block-scoped loop variables) */
  boxed: Set<string>;
  /** function declarations hoisted to the body's start */
}

export interface InternalNames {
  frame: string;
  sent: string;
  loop: string;
  runtime: string;
}

/**
 * The compiler's own `undefined` (marked: in a file that binds the name
 * `undefined` somewhere, lower/index.ts makes each one `void 0`).
 */
export function undefinedValue(): t.Identifier {
  const id = t.identifier('undefined');
  id.extra = { coUndefined: true };
  return id;
}

/**
 * `return $co.end($f, value)`: every completion of a body, in states and in
 * kept code. The value is evaluated before the coroutine counts as done (it
 * may throw), and the runtime counts the call (its `marks`: a body never
 * sets `$s = -1` itself).
 */
export function completion(names: InternalNames, value: t.Expression | null): t.ReturnStatement {
  const args: t.Expression[] = [t.identifier(names.frame)];
  if (value) args.push(value);
  return t.returnStatement(t.callExpression(t.memberExpression(t.identifier(names.runtime), t.identifier('end')), args));
}
