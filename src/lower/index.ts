// The pipeline for one file, pass after pass (see docs/ARCHITECTURE.md):
//
//   parseSource -> classify -> analyzeBindings -> for each coroutine, innermost first:
//     buildCFG -> analyzeLiveness -> layoutFrame -> emitCoroutine
//
// Innermost coroutines are lowered first: when the enclosing one is cut into
// states, an inner coroutine is already an ordinary function.
import * as t from '../ast';
import { ParsedSource } from '../syntax/parse';
import { classify, CoroutineInfo } from '../classify';
import { analyzeBindings, CoroutineUnit, SharedResumePlace, SuspensionMemo } from '../bindings';
import { CODES, CompileError, diagnosticAt } from '../diagnostics';
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
  /** how many coroutines were lowered */
  count: number;
  /** each one's CFG, liveness and layout, in source order: only with `keepAnalyses` (explain) */
  coroutines: LoweredFunction[];
  /** the name the lowered code calls the runtime by (`runtimeStatement` binds it) */
  runtimeName: string;
}

/** Lower every coroutine of a parsed file in place. */
export interface LowerOptions {
  /** share frame slots between variables whose live ranges never overlap (default true) */
  shareSlots?: boolean;
  /** emit coroutine names for the runtime's tracer */
  trace?: boolean;
  /** label each `case` with its source line (explain) */
  lineComments?: boolean;
  /**
   * keep each coroutine's CFG, liveness and layout in the result (explain).
   * Without it they die once the coroutine is emitted: kept, they were a
   * third of a compile's heap, which the scavenger copied to old space.
   */
  keepAnalyses?: boolean;
}

export function lowerProgram(parsed: ParsedSource, options: LowerOptions = {}): LoweredProgram {
  const coroutines = classify(parsed);
  const memo: SuspensionMemo = new Map();
  // (one scan of the source per name, not per coroutine)
  const chosen = new Map<string, string>();
  const own = (base: string): string => {
    let name = chosen.get(base);
    if (name === undefined) chosen.set(base, name = internalName(base, parsed.source));
    return name;
  };
  const runtimeName = own(RUNTIME_NAME);
  const units = analyzeBindings(parsed.ast, coroutines, memo, runtimeName);
  const order = units.slice().sort((a, b) => b.depth - a.depth || a.info.index - b.info.index);
  const lowered: LoweredFunction[] = [];
  const placements: Placement[] = [];
  for (const unit of order) {
    const suffix = unit.depth === 0 ? '' : String(unit.depth);
    const names: InternalNames = {
      frame: own(`$f${suffix}`),
      sent: own(`$v${suffix}`),
      loop: own(`$L${suffix}`),
      runtime: runtimeName,
    };
    const fixups: { node: t.NumericLiteral; label: { id: number } }[] = [];
    const cfg = buildCFG(unit, { source: parsed.source, filename: parsed.filename, memo, names, fixups });
    const liveness = analyzeLiveness(cfg);
    const layout = layoutFrame(cfg, liveness, { shareSlots: options.shareSlots });
    rejectRelocatedWithUses(unit, cfg, layout, parsed.source, parsed.filename);
    const resumeName = unit.sharedResume ? freshResumeName(unit.info.name, unit.fileNames) : undefined;
    const out = emitCoroutine(cfg, liveness, layout, { fixups, trace: options.trace, lineComments: options.lineComments, resumeName });
    const fn = unit.info.node;
    fn.body = out.body;
    if (out.params) fn.params = out.params;
    if (fn.type === 'ArrowFunctionExpression') fn.expression = false;
    if (out.resumeDeclaration) placements.push({ ...unit.sharedResume!, decl: out.resumeDeclaration });
    if (options.keepAnalyses) lowered.push({ info: unit.info, cfg, liveness, layout, resume: out.resumeDeclaration });
  }
  placeAll(placements);
  if (units.some((u) => u.bindsUndefined)) voidUndefined(parsed.ast);
  lowered.sort((a, b) => a.info.index - b.info.index);
  return { ast: parsed.ast, count: units.length, coroutines: lowered, runtimeName };
}

/**
 * The compiler's own names (the runtime `$co`, a resume function's `$f`
 * and `$v`, its loop label `$L`) must not meet a name of the file: an outer
 * `$f` read in a coroutine would be its frame, a top-level `$co` a second
 * declaration. One the source text uses anywhere (in a string or comment
 * too: the check is only conservative) becomes `$co_1`, `$co_2`, …
 */
function internalName(base: string, source: string): string {
  const used = (name: string): boolean => {
    for (let i = source.indexOf(name); i !== -1; i = source.indexOf(name, i + 1)) {
      if (!/[\w$]/.test(source[i - 1] ?? '') && !/[\w$]/.test(source[i + name.length] ?? '')) return true;
    }
    return false;
  };
  if (!used(base)) return base;
  let k = 1;
  while (used(`${base}_${k}`)) k++;
  return `${base}_${k}`;
}

/**
 * Inside a `with` statement's body a name is looked up in the object first.
 * The lowered code keeps that only for a coroutine variable that stays a
 * local of the resume function under the user's name: one in the frame
 * (`$f.x`), in a per-iteration box (`x.v`) or renamed apart (`x$1`) would
 * skip the object, so such a use is rejected (CF1090) rather than miscompiled.
 */
function rejectRelocatedWithUses(unit: CoroutineUnit, cfg: CoroutineCFG, layout: FrameLayout, source: string, filename: string): void {
  for (const [name, id] of unit.withUses) {
    const user = unit.vars.get(name)?.user ?? name;
    const where = layout.slotOf.has(name) ? 'lives in the coroutine\'s frame' : cfg.boxed.has(name) ? 'is a per-iteration binding the coroutine keeps in a box'
      : name !== user ? `is renamed apart (${name})` : null;
    if (where === null) continue;
    throw new CompileError([diagnosticAt(source, filename, id.start ?? 0, CODES.UNSUPPORTED,
      `\`${user}\` is used inside a \`with\` statement but ${where}: the object would not be consulted for it`)]);
  }
}

/** The compiler's own `undefined`s (cfg/ir.ts undefinedValue) become `void 0`, which no binding can shadow. */
function voidUndefined(root: t.Node): void {
  const isOwn = (n: unknown): boolean => !!n && (n as t.Node).type === 'Identifier' && !!(n as t.Node).extra && !!((n as t.Node).extra as Record<string, unknown>).coUndefined;
  const voidZero = (): t.Expression => t.unaryExpression('void', t.numericLiteral(0));
  t.traverseFast(root, (node) => {
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) if (isOwn(child[i])) child[i] = voidZero();
      } else if (isOwn(child)) {
        (node as unknown as Record<string, unknown>)[key] = voidZero();
      }
    }
  });
}

interface Placement extends SharedResumePlace { decl: t.FunctionDeclaration }

/**
 * Declare each shared resume function right after its coroutine. All at the
 * end, one rebuild per statement list: a splice per coroutine into a
 * program of thousands of statements was quadratic.
 */
function placeAll(placements: Placement[]): void {
  const byList = new Map<t.Node[], Map<t.Node, t.FunctionDeclaration>>();
  for (const p of placements) {
    let after = byList.get(p.list);
    if (!after) byList.set(p.list, (after = new Map()));
    after.set(p.statement, p.decl);
  }
  for (const [list, after] of byList) {
    const old = list.slice();
    list.length = 0;
    old.forEach((statement, i) => {
      list.push(statement);
      const decl = after.get(statement);
      if (decl) {
        moveTrailingComments(statement, old[i + 1], decl);
        list.push(decl);
      }
    });
  }
}

function moveTrailingComments(statement: t.Node, next: t.Node | undefined, decl: t.FunctionDeclaration): void {
  // Comments after the coroutine are attached to it as trailing ones, and
  // usually also to the next statement as leading ones: those stay with the
  // next statement, any others follow the resume function.
  const leading = new Set((next?.leadingComments ?? []).map((c) => c.start));
  const own = (statement.trailingComments ?? []).filter((c) => !leading.has(c.start));
  statement.trailingComments = null;
  decl.trailingComments = own.length ? own : null;
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
