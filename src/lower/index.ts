// The pipeline for one file, pass after pass (see docs/ARCHITECTURE.md):
//
//   parseSource -> classify -> analyzeBindings -> for each coroutine, innermost first:
//     buildCFG -> analyzeLiveness -> layoutFrame -> emitCoroutine
//
// Innermost coroutines are lowered first: when the enclosing one is cut into
// states, an inner coroutine is already an ordinary function.
import * as t from '@babel/types';
import { ParsedSource } from '../syntax/parse';
import { classify, CoroutineInfo } from '../classify';
import { analyzeBindings, SharedResumePlace, SuspensionMemo } from '../bindings';
import { buildCFG } from '../cfg/build';
import { CoroutineCFG, InternalNames } from '../cfg/ir';
import { analyzeLiveness, Liveness } from '../liveness';
import { FrameLayout, layoutFrame } from '../frame/layout';
import { emitCoroutine } from './emit';

export const RUNTIME_NAME = '$co';

export interface LoweredFunction {
  info: CoroutineInfo;
  cfg: CoroutineCFG;
  liveness: Liveness;
  layout: FrameLayout;
  /** the shared resume function declared next to the coroutine, if it has one */
  resume: t.FunctionDeclaration | null;
}

export interface LoweredProgram {
  ast: t.File;
  coroutines: LoweredFunction[];
}

/** Lower every coroutine of a parsed file in place. */
export interface LowerOptions {
  /** share frame slots between variables whose live ranges never overlap (default true) */
  shareSlots?: boolean;
  /** emit coroutine names for the runtime's tracer */
  trace?: boolean;
  /** label each `case` with its source line (explain) */
  lineComments?: boolean;
}

export function lowerProgram(parsed: ParsedSource, options: LowerOptions = {}): LoweredProgram {
  const coroutines = classify(parsed);
  const memo: SuspensionMemo = new Map();
  const units = analyzeBindings(parsed.ast, coroutines, memo);
  const order = units.slice().sort((a, b) => b.depth - a.depth || a.info.index - b.info.index);
  const lowered: LoweredFunction[] = [];
  for (const unit of order) {
    const suffix = unit.depth === 0 ? '' : String(unit.depth);
    const names: InternalNames = {
      frame: `$f${suffix}`,
      sent: `$v${suffix}`,
      loop: `$L${suffix}`,
      runtime: RUNTIME_NAME,
    };
    const fixups: { node: t.NumericLiteral; label: { id: number } }[] = [];
    const cfg = buildCFG(unit, { source: parsed.source, filename: parsed.filename, memo, names, fixups });
    const liveness = analyzeLiveness(cfg);
    const layout = layoutFrame(cfg, liveness, { shareSlots: options.shareSlots });
    const resumeName = unit.sharedResume ? freshResumeName(unit.info.name, unit.fileNames) : undefined;
    const out = emitCoroutine(cfg, liveness, layout, { fixups, trace: options.trace, lineComments: options.lineComments, resumeName });
    const fn = unit.info.node;
    fn.body = out.body;
    if (out.params) fn.params = out.params;
    if (fn.type === 'ArrowFunctionExpression') fn.expression = false;
    if (out.resumeDeclaration) placeAfter(unit.sharedResume!, out.resumeDeclaration);
    lowered.push({ info: unit.info, cfg, liveness, layout, resume: out.resumeDeclaration });
  }
  lowered.sort((a, b) => a.info.index - b.info.index);
  return { ast: parsed.ast, coroutines: lowered };
}

/** Declare the shared resume function right after its coroutine. */
function placeAfter({ list, statement }: SharedResumePlace, decl: t.FunctionDeclaration): void {
  // Comments after the coroutine are attached to it as trailing ones, and
  // usually also to the next statement as leading ones: those stay with the
  // next statement, any others follow the resume function.
  const at = list.indexOf(statement);
  const next = list[at + 1];
  const leading = new Set((next?.leadingComments ?? []).map((c) => c.start));
  const own = (statement.trailingComments ?? []).filter((c) => !leading.has(c.start));
  statement.trailingComments = null;
  decl.trailingComments = own.length ? own : null;
  list.splice(at + 1, 0, decl);
}

/** `name$r`, unless the file already uses that name somewhere. */
function freshResumeName(name: string, fileNames: Set<string>): string {
  const base = `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : ''}$r`;
  let fresh = base;
  for (let k = 2; fileNames.has(fresh); k++) fresh = `${base}${k}`;
  fileNames.add(fresh);
  return fresh;
}

/** After imports, so that hoisted declarations never precede them. */
export function insertAtTop(program: t.Program, stmts: t.Statement[]): void {
  let i = 0;
  while (i < program.body.length && program.body[i].type === 'ImportDeclaration') i++;
  program.body.splice(i, 0, ...stmts);
}

/** --target native: the oracle form of §3 — each coroutine becomes a native function*, async function or async function*. */
export function toNative(parsed: ParsedSource): CoroutineInfo[] {
  const coroutines = classify(parsed);
  for (const c of coroutines) {
    const fn = c.node;
    fn.async = c.kind !== 'generator';
    if (fn.type !== 'ArrowFunctionExpression') fn.generator = c.kind !== 'task';
  }
  return coroutines;
}
