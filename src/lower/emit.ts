// Pass 7: print one coroutine's CFG as a switch-based state machine.
//
//   function f(a, b) {
//     return $co.gen({ $s: 0, a: a, x: undefined },    // the heap frame
//       f$r, 1);                                        // resume function, 1 if it has try blocks
//   }
//   function f$r($f, $v) {                             // the resume function
//     let tmp;                                          // locals not live across a suspension
//     $L: for (;;) switch ($f.$s) {
//       case 0: ...; $f.$s = 1; return value;           // suspend
//       case 1: x = $v; ...                             // resume with the sent value
//       case -2: return [[1, -1, 4, 5]];                // the try table, read by the runtime
//     }
//   }
//
// Frame variables are read and written as `$f.name`; all other coroutine
// variables become `let` locals of the resume function.
//
// The resume function is one function declared next to the coroutine and
// shared by all its calls when it can be (`sharedResume`: a function
// declaration whose body reads no `this`, `arguments`, `super` or
// `new.target`); the parameters it reads then come in the frame. Otherwise
// it is an arrow made per call, `($f, $v) => { ... }`, which reads those
// from the wrapper and leaves parameters not in the frame to the wrapper.
import * as t from '../ast';
import { completion, CoroutineCFG, fallsThrough, Op, State, stateLiteral, undefinedValue } from '../cfg/ir';
import { anyRowNames, Liveness } from '../liveness';
import { declarationAsExpression } from '../cfg/build';
import { FrameLayout } from '../frame/layout';
import { hasUseStrict } from '../syntax/parse';
import { copyLoc, expandShorthand } from '../bindings/checks';
import { VarInfo } from '../bindings';

export interface LoweredCoroutine {
  /** the new body of the coroutine's function */
  body: t.BlockStatement;
  /** new parameter list for the function, when the body took its parameters */
  params: (t.Identifier | t.RestElement)[] | null;
  /** the shared resume function, to declare next to the coroutine's declaration */
  resumeDeclaration: t.FunctionDeclaration | null;
}

export interface EmitContext {
  fixups: { node: t.NumericLiteral; label: { id: number } }[];
  /** pass the coroutine's name to the runtime so that `run --trace` can report it */
  trace?: boolean;
  /** label each `case` with a `// line N` comment (explain) */
  lineComments?: boolean;
  /** the name of the shared resume function (given when the unit has one) */
  resumeName?: string;
}

const RUNTIME_CALL = { generator: 'gen', task: 'task', asyncgen: 'agen' } as const;

export function emitCoroutine(cfg: CoroutineCFG, live: Liveness, layout: FrameLayout, ctx: EmitContext): LoweredCoroutine {
  const { names, unit } = cfg;
  const owner = unit.info.index;
  for (const f of ctx.fixups) f.node.value = f.label.id;

  const frameRef = () => t.identifier(names.frame);
  const stateRef = () => t.memberExpression(frameRef(), t.identifier('$s'));
  const setState = (n: number) => t.expressionStatement(t.assignmentExpression('=', stateRef(), stateLiteral(n)));
  const rt = (m: string) => t.memberExpression(t.identifier(names.runtime), t.identifier(m));
  const hasTries = cfg.tries.length > 0;
  const gotoState = (n: number): t.Statement[] => [setState(n), t.continueStatement(t.identifier(names.loop))];

  const caseBody = (s: State, next: State | undefined): t.Statement[] => {
    const out: t.Statement[] = [];
    let falls = true;
    s.ops.forEach((op, i) => {
      const last = i === s.ops.length - 1;
      out.push(...opStatements(op, last && next !== undefined ? next.id : -1));
      if (last) falls = fallsThrough(op);
    });
    if (falls && next !== undefined && hasTries) out.push(setState(next.id));
    if (falls && next === undefined) out.push(completion(names, null));
    return out;
  };

  // the ops' own code, with the coroutine's variables where they live now (see frameRewriter)
  const rewrite = frameRewriter(owner, layout, names.frame, cfg.boxed, unit.vars);
  const code = (e: t.Expression | null): t.Expression | null => (e === null ? null : rewrite.expression(e));
  const opStatements = (op: Op, fallTarget: number): t.Statement[] => {
    switch (op.op) {
      case 'js':
        return [rewrite.statement(op.node)];
      case 'jump': {
        if (op.cond === null) {
          if (op.target.id === fallTarget) return hasTries ? [setState(fallTarget)] : [];
          return gotoState(op.target.id);
        }
        return [t.ifStatement(rewrite.expression(op.cond), t.blockStatement(gotoState(op.target.id)))];
      }
      case 'suspend': {
        const kind = op.kind === 'delegate' ? 1 : op.kind === 'raw' ? 3 : op.kind === 'await' && unit.info.kind === 'asyncgen' ? 2 : 0;
        // ($o only through the runtime's `op`, and $s = -1 only through `end`: see the runtime's header)
        const value = kind ? t.callExpression(rt('op'), [frameRef(), t.numericLiteral(kind), code(op.value) ?? undefinedValue()]) : code(op.value);
        return [setState(op.resume.id), t.returnStatement(value)];
      }
      case 'complete':
        return [completion(names, code(op.value))];
      case 'abrupt':
        if (op.type === 'return') {
          return [t.returnStatement(t.callExpression(rt('abrupt'), [frameRef(), t.numericLiteral(1), code(op.value) ?? undefinedValue()]))];
        }
        return [t.returnStatement(t.callExpression(rt('abrupt'), [frameRef(), t.numericLiteral(3), t.numericLiteral(op.target!.id)]))];
      case 'end-finally': {
        const c = () => rewrite.expression(tagged(op.completion, owner));
        return [t.ifStatement(
          t.binaryExpression('!==', c(), t.nullLiteral()),
          t.returnStatement(t.callExpression(rt('abrupt'), [frameRef(),
            t.memberExpression(c(), t.identifier('t')), t.memberExpression(c(), t.identifier('v'))])),
        )];
      }
    }
  };

  // states no path reaches (code after an endless loop, say) are not emitted
  const reachable = new Set<number>();
  const work = [0, ...cfg.entries];
  while (work.length) {
    const x = work.pop()!;
    if (reachable.has(x)) continue;
    reachable.add(x);
    work.push(...live.succ[x]);
  }
  const cases = cfg.states.filter((s) => reachable.has(s.id)).map((s) => {
    const i = s.id;
    const c = t.switchCase(t.numericLiteral(s.id), caseBody(s, cfg.states[i + 1]));
    if (s.line !== null && ctx.lineComments) t.addComment(c, 'leading', ` line ${s.line}`, true);
    return c;
  });
  if (hasTries) {
    // The runtime asks for the table (with a frame at state -2) the first time
    // it routes a completion: the table needs no name, and costs nothing until then.
    const rows = cfg.tries.map((e) => t.arrayExpression([
      t.numericLiteral(e.tryStart.id),
      stateLiteral(e.catchState ? e.catchState.id : -1),
      stateLiteral(e.finallyEntry ? e.finallyEntry.id : -1),
      t.numericLiteral(e.after.id),
    ]));
    const table = t.switchCase(stateLiteral(-2), [t.returnStatement(t.arrayExpression(rows))]);
    if (ctx.lineComments) t.addComment(table, 'leading', ' the try table, read by the runtime: [tryStart, catch, finally, after] per try', true);
    cases.push(table);
  }
  const loop = t.labeledStatement(t.identifier(names.loop),
    t.forStatement(null, null, null, t.switchStatement(stateRef(), cases)));

  // locals: coroutine variables that are not in the frame
  const referenced = new Set(anyRowNames(live, live.refs));
  const locals: string[] = [];
  for (const [name, info] of unit.vars) {
    if (layout.slotOf.has(name) || (info.kind === 'param' && !unit.sharedResume)) continue;
    if (referenced.has(name) || info.kind === 'function' || info.kind === 'class' || info.kind === 'catch') locals.push(name);
  }
  const resumeBody: t.Statement[] = [];
  if (locals.length) resumeBody.push(t.variableDeclaration('let', locals.map((n) => t.variableDeclarator(t.identifier(n)))));
  resumeBody.push(loop);
  // In stack traces (through source maps) the resume function is named after the coroutine.
  const at = unit.info.node.loc;
  const named = <T extends t.Identifier>(id: T): T => {
    if (at) id.loc = { start: at.start, end: at.start, filename: at.filename, identifierName: unit.info.name };
    return id;
  };
  const resumeParams = [t.identifier(names.frame), t.identifier(names.sent)];
  const resumeBlock = t.blockStatement(resumeBody);
  // The function's directives stay on it ('use strict' above all: the body
  // runs in the resume function, which must be strict too; an arrow inherits
  // it, a shared resume function declared beside the coroutine gets its own).
  const fnBody = unit.info.node.body;
  const directives = fnBody.type === 'BlockStatement' ? fnBody.directives : [];
  let resumeDeclaration: t.FunctionDeclaration | null = null;
  let resume: t.Expression;
  if (ctx.resumeName) {
    if (hasUseStrict(directives)) resumeBlock.directives = [t.directive(t.directiveLiteral('use strict'))];
    resumeDeclaration = t.functionDeclaration(named(t.identifier(ctx.resumeName)), resumeParams, resumeBlock);
    resume = t.identifier(ctx.resumeName);
  } else {
    named(resumeParams[1]);
    resume = t.arrowFunctionExpression(resumeParams, resumeBlock);
  }

  // the frame object: state first, then slots in declaration order (one stable shape)
  const props: t.ObjectProperty[] = [t.objectProperty(t.identifier('$s'), t.numericLiteral(0))];
  if (layout.hasOp) props.push(t.objectProperty(t.identifier('$o'), t.numericLiteral(0)));
  for (const slot of layout.slots) {
    props.push(t.objectProperty(t.identifier(slot.name), slot.param ? t.identifier(slot.param) : undefinedValue()));
  }
  const args: t.Expression[] = [t.objectExpression(props), resume];
  if (hasTries || ctx.trace) args.push(hasTries ? t.numericLiteral(1) : undefinedValue());
  if (ctx.trace) args.push(t.stringLiteral(unit.info.name));
  const prologue: t.Statement[] = [];
  const fn = unit.info.node;
  if (fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') {
    // generator and async functions are not constructors
    const newTarget = () => t.metaProperty(t.identifier('new'), t.identifier('target'));
    prologue.push(t.ifStatement(newTarget(), t.expressionStatement(t.callExpression(rt('notConstructor'), [newTarget()]))));
  }
  const start: t.Statement[] = [t.returnStatement(t.callExpression(rt(RUNTIME_CALL[unit.info.kind]), args))];
  let body = t.blockStatement([...prologue, ...start], directives);
  let params: LoweredCoroutine['params'] = null;
  if (unit.info.kind === 'task' && fn.params.some((p) => p.type !== 'Identifier')) {
    // An error while binding parameters rejects the task's promise instead of
    // throwing: bind them in an inner arrow (same this, arguments, new.target)
    // called inside a try. Simple placeholders keep the function's length.
    let length = fn.params.findIndex((p) => p.type === 'AssignmentPattern' || p.type === 'RestElement');
    if (length < 0) length = fn.params.length;
    // (the placeholders are around the parameters' defaults: names the file does not use)
    const own = (base: string): string => {
      let name = base;
      for (let k = 1; unit.fileNames.has(name); k++) name = `${base}_${k}`;
      return name;
    };
    const names = Array.from({ length }, (_, i) => own(`$p${i}`));
    const placeholders: (t.Identifier | t.RestElement)[] = names.map((n) => t.identifier(n));
    let callArgs: (t.Expression | t.SpreadElement)[];
    if (fn.type === 'ArrowFunctionExpression') {
      const rest = own('$rest');
      placeholders.push(t.restElement(t.identifier(rest)));
      callArgs = [...names.map((n) => t.identifier(n)), t.spreadElement(t.identifier(rest))];
    } else callArgs = [t.spreadElement(t.identifier('arguments'))];
    const inner = t.arrowFunctionExpression(fn.params as t.FunctionParameter[], t.blockStatement(start));
    // (no directives here: a function with a 'use strict' one has simple parameters)
    body = t.blockStatement([
      ...prologue,
      t.tryStatement(
        t.blockStatement([t.returnStatement(t.callExpression(inner, callArgs))]),
        t.catchClause(t.identifier('$e'), t.blockStatement([t.returnStatement(t.callExpression(rt('rejected'), [t.identifier('$e')]))]))),
    ]);
    params = placeholders;
  }

  return { body, params, resumeDeclaration };
}

function tagged(name: string, owner: number): t.Identifier {
  const id = t.identifier(name);
  id.extra = { coVar: name, coOwner: owner };
  return id;
}

/** the assignments that name an anonymous function definition assigned to an identifier */
const NAMING_ASSIGNMENTS = new Set(['=', '||=', '&&=', '??=']);

/**
 * The rewrite of the code an op carries (a statement, or an expression, which
 * may itself be replaced: the result is what to emit): every reference to a
 * variable of coroutine `owner` that needs it is replaced, frame variables by
 * `$f.slot` and boxed (per-iteration) variables by `box.v`. A nested function
 * or class, or an object literal with methods, that reads a boxed variable is
 * wrapped as `((x) => fn)(box)`, so it keeps the box of the iteration that
 * created it (and its name: see wrap).
 *
 * Only the ops' own code is walked, not the state machine around it (which
 * holds no variable of the coroutine): a walk of a Babel tree costs about
 * 0.1-0.2 µs a node, and the scaffolding is most of a resume function's nodes.
 */
function frameRewriter(owner: number, layout: FrameLayout, frame: string, boxed: Set<string>, vars: Map<string, VarInfo>): FrameRewriter {
  const varOf = (n: t.Node): string | undefined => {
    if ((n.type !== 'Identifier' && n.type !== 'JSXIdentifier') || !n.extra) return undefined;
    const x = n.extra as Record<string, unknown>;
    if (x.coOwner !== owner) return undefined;
    return x.coVar as string;
  };
  const storage = (name: string, from: t.Node): t.Expression => {
    const slot = layout.slotOf.get(name);
    if (slot === undefined) return t.identifier(name);
    return member(frame, slot, from);
  };
  /** the replacement of a reference, or undefined to keep it */
  const replacement = (n: t.Node, captured: Set<string>): t.Expression | undefined => {
    const name = varOf(n);
    if (name === undefined) return undefined;
    if (boxed.has(name)) {
      const boxRefOnly = !!(n.extra as Record<string, unknown>).coBoxRef;
      const box = captured.has(name) ? t.identifier(name) : storage(name, n);
      return boxRefOnly ? box : t.memberExpression(box, t.identifier('v'));
    }
    if (layout.slotOf.has(name)) return storage(name, n);
    return undefined;
  };
  /**
   * A variable called as a function (`f()`, `f?.()`, f`…`) gets `this`
   * undefined; its replacement `$f.f` or `box.v` would be called as a method
   * of the frame or the box: `(0, $f.f)()`.
   */
  const calledAs = (parent: t.Node, key: string, r: t.Expression): t.Expression => {
    const callee = (key === 'callee' && (parent.type === 'CallExpression' || parent.type === 'OptionalCallExpression')) ||
      (key === 'tag' && parent.type === 'TaggedTemplateExpression');
    if (!callee || r.type !== 'MemberExpression') return r;
    return copyLoc(t.sequenceExpression([t.numericLiteral(0), r]), r);
  };
  const boxedInside = (fn: t.Node, captured: Set<string>): string[] => {
    const found = new Set<string>();
    t.traverseFast(fn, (n) => {
      const name = varOf(n);
      if (name !== undefined && boxed.has(name) && !captured.has(name)) found.add(name);
    });
    return [...found].sort();
  };
  /**
   * What captures the box of the iteration that creates it: a function, arrow
   * or class expression that uses a boxed variable, or an object literal with
   * a method, getter or setter that does (methods cannot be wrapped one by
   * one), or with an anonymous function under a computed key that does (its
   * name is the key's value: wrapped alone, it would have none).
   */
  const boxesToCapture = (e: t.Expression, captured: Set<string>): string[] => {
    if (boxed.size === 0) return [];
    if (e.type === 'FunctionExpression' || e.type === 'ArrowFunctionExpression' || e.type === 'ClassExpression') return boxedInside(e, captured);
    const whole = (p: t.ObjectExpression['properties'][number]): boolean =>
      (p.type === 'ObjectMethod' || (p.type === 'ObjectProperty' && p.computed && t.isAnonymousFunctionDefinition(p.value))) && boxedInside(p, captured).length > 0;
    if (e.type === 'ObjectExpression' && e.properties.some(whole)) return boxedInside(e, captured);
    return [];
  };
  /**
   * `e`, wrapped as `((x) => e)(box)` if it must capture boxes (above), and
   * named where it must be: a function marked `coNameAs` (its name is no
   * longer given by where it stands: keepName, hoisted functions), and a
   * wrapped anonymous function that its place would have named (`nameHere`),
   * because the call around it takes the name away: `({ name: e }).name`.
   */
  const wrap = (e: t.Expression, captured: Set<string>, nameHere: string | undefined): t.Expression => {
    const names = boxesToCapture(e, captured);
    const nameAs = (e.extra as { coNameAs?: string } | undefined)?.coNameAs;
    if (names.length === 0) {
      if (nameAs === undefined) return e;
      visit(e, captured);
      return namedByProperty(e, nameAs);
    }
    visit(e, new Set([...captured, ...names]));
    const name = nameAs ?? nameHere;
    return t.callExpression(t.arrowFunctionExpression(names.map((x) => t.identifier(x)), name === undefined ? e : namedByProperty(e, name)),
      names.map((x) => captured.has(x) ? t.identifier(x) : storage(x, e)));
  };
  /** the name an anonymous function, arrow or class gets from its place (NamedEvaluation), where that is known before it runs */
  const nameFromPlace = (parent: t.Node, key: string, c: t.Node): string | undefined => {
    if (!t.isAnonymousFunctionDefinition(c)) return undefined;
    const userName = (id: t.Identifier): string => { const v = varOf(id); return (v !== undefined ? vars.get(v)?.user : undefined) ?? id.name; };
    switch (parent.type) {
      case 'VariableDeclarator':
        return key === 'init' && parent.id.type === 'Identifier' ? userName(parent.id) : undefined;
      case 'AssignmentExpression':
        return key === 'right' && NAMING_ASSIGNMENTS.has(parent.operator) && parent.left.type === 'Identifier' ? userName(parent.left) : undefined;
      case 'AssignmentPattern':
        return key === 'right' && parent.left.type === 'Identifier' ? userName(parent.left) : undefined;
      case 'ObjectProperty':
        if (key !== 'value' || parent.computed) return undefined;
        return parent.key.type === 'Identifier' ? parent.key.name
          : parent.key.type === 'StringLiteral' ? parent.key.value
          : parent.key.type === 'NumericLiteral' ? String(parent.key.value)
          : undefined;
      default:
        return undefined;
    }
  };
  /** the declaration a statement is, under its labels (sloppy code may label a function declaration) */
  const declared = (s: t.Statement): t.Statement => (s.type === 'LabeledStatement' ? declared(s.body) : s);
  const needsExpression = (s: t.Statement, captured: Set<string>): boolean => {
    const d = declared(s);
    return (d.type === 'FunctionDeclaration' || (d.type === 'ClassDeclaration' && !d.abstract && !d.declare)) && !!d.id && boxedInside(d, captured).length > 0;
  };
  /** `let name = function name …` / `let name = class name …` for a declaration */
  const asLet = (d: t.FunctionDeclaration | t.ClassDeclaration): t.VariableDeclaration => {
    const id = t.identifier(d.id!.name);
    // (any use of the name counts: an anonymous function that wrap names is the same function)
    const value: t.Expression = d.type === 'FunctionDeclaration'
      ? declarationAsExpression(d, d.id!.name, () => true)
      : t.classExpression(t.identifier(d.id!.name), d.superClass, d.body, d.decorators ?? []);
    copyLoc(value, d);
    // (types, when kept)
    for (const k of ['typeParameters', 'returnType', 'superTypeParameters', 'implements'] as const) {
      if (k in d && (d as unknown as Record<string, unknown>)[k]) (value as unknown as Record<string, unknown>)[k] = (d as unknown as Record<string, unknown>)[k];
    }
    return copyLoc(t.variableDeclaration('let', [t.variableDeclarator(id, value)]), d);
  };
  /** the function declarations' names of a statement list, or null when one repeats (sloppy duplicates: left as they are) */
  const functionNames = (list: t.Statement[]): string[] | null => {
    const names = list.map(declared).filter((s) => s.type === 'FunctionDeclaration').map((s) => (s as t.FunctionDeclaration).id!.name);
    return new Set(names).size === names.length ? names : null;
  };
  /**
   * A function or class declared in a kept block, whose code reads a boxed
   * variable, must capture the box of the iteration that entered the block,
   * as an expression does (wrap): it becomes `let name = function name ...`
   * (first in the block, where a function declaration is initialised) or
   * `let name = class name ...` (where it stands), which wrap then sees.
   * A function whose code uses its own name means the block's (reassignable)
   * binding, which a function expression's own name would hide: it becomes
   * anonymous, and wrap names it as a property would (`({ name: … }).name`).
   */
  const declarationsAsExpressions = (block: t.BlockStatement, captured: Set<string>): void => {
    if (boxed.size === 0 || !block.body.some((s) => needsExpression(s, captured)) || !functionNames(block.body)) return;
    const hoisted: t.Statement[] = [];
    const rest = asLets(block.body, captured, hoisted);
    block.body = [...hoisted, ...rest];
  };
  /**
   * A statement list with the declarations that need it as `let`s: a class's
   * where it stands, a function's pushed to `hoisted` (for the start of its
   * block). A label on a function declaration labels nothing else: it goes
   * with the declaration.
   */
  const asLets = (list: t.Statement[], captured: Set<string>, hoisted: t.Statement[]): t.Statement[] => {
    const rest: t.Statement[] = [];
    for (const s of list) {
      if (!needsExpression(s, captured)) { rest.push(s); continue; }
      const d = declared(s) as t.FunctionDeclaration | t.ClassDeclaration;
      (d.type === 'FunctionDeclaration' ? hoisted : rest).push(asLet(d));
    }
    return rest;
  };
  /**
   * The same in a kept `switch`, whose cases share one block: a function
   * declared in a case is initialised when the switch's block is entered,
   * before any case runs, so its `let` goes first in a block made around
   * the switch (`{ let name = …; switch (…) {…} }`: the switch node becomes
   * that block, which its parent already holds); a class becomes a `let`
   * where it stands. The discriminant is evaluated outside the switch's
   * block: when it names one of those functions, it would see the `let`, so
   * it is evaluated first, into a `const` (in a block of its own around
   * that one) whose name the switch does not use.
   */
  const switchDeclarationsAsExpressions = (sw: t.SwitchStatement, captured: Set<string>): void => {
    if (boxed.size === 0) return;
    const names = functionNames(sw.cases.flatMap((c) => c.consequent));
    if (!names || !sw.cases.some((c) => c.consequent.some((s) => needsExpression(s, captured)))) return;
    const hoisted: t.Statement[] = [];
    for (const c of sw.cases) c.consequent = asLets(c.consequent, captured, hoisted);
    if (hoisted.length === 0) return;
    const namesIn = (n: t.Node): Set<string> => {
      const found = new Set<string>();
      t.traverseFast(n, (x) => { if (x.type === 'Identifier') found.add(x.name); });
      return found;
    };
    let discriminant = sw.discriminant;
    let first: t.Statement | null = null;
    const inDiscriminant = namesIn(discriminant);
    if (names.some((x) => inDiscriminant.has(x))) {
      const used = namesIn(sw);
      let temp = '$d';
      for (let k = 1; used.has(temp); k++) temp = `$d${k}`;
      first = copyLoc(t.variableDeclaration('const', [t.variableDeclarator(t.identifier(temp), discriminant)]), sw.discriminant);
      discriminant = t.identifier(temp);
    }
    const inner = copyLoc(t.switchStatement(discriminant, sw.cases), sw);
    const block = sw as unknown as t.BlockStatement & { discriminant?: unknown; cases?: unknown };
    delete block.discriminant;
    delete block.cases;
    const body = first ? [first, t.blockStatement([...hoisted, inner])] : [...hoisted, inner];
    Object.assign(block, { type: 'BlockStatement', body, directives: [] });
  };
  /**
   * `x = function () {}` names the function `x` (also `x ||= …` and a
   * pattern's default, `{ x = () => {} }`); with `x` now `$f.x`, `box.v` or
   * `x$1`, the value is named as a property definition would: `({ x: … }).x`
   * (by wrap, which may first have to put it in a wrapper).
   */
  const keepName = (node: t.Node, left: t.Node, r: t.Expression | undefined): void => {
    const name = varOf(left);
    if (name === undefined) return;
    const user = vars.get(name)?.user;
    if (user === undefined || (r === undefined && name === user)) return;
    const naming = node.type === 'AssignmentPattern' || (node.type === 'AssignmentExpression' && NAMING_ASSIGNMENTS.has(node.operator));
    if (naming && t.isAnonymousFunctionDefinition(node.right)) node.right.extra = { ...node.right.extra, coNameAs: user };
  };
  /** can wrap change `c`: an expression, and a box to capture or a name to keep (most nodes: neither) */
  const mayWrap = (c: t.Node): c is t.Expression =>
    (boxed.size > 0 || (!!c.extra && (c.extra as { coNameAs?: string }).coNameAs !== undefined)) && t.isExpression(c);
  const visit = (node: t.Node, captured: Set<string>): void => {
    if (node.type === 'SwitchStatement') switchDeclarationsAsExpressions(node, captured);
    if (node.type === 'BlockStatement') declarationsAsExpressions(node, captured);
    if ((node.type === 'AssignmentExpression' || node.type === 'AssignmentPattern') && node.left.type === 'Identifier') {
      keepName(node, node.left, replacement(node.left, captured));
    }
    if (node.type === 'ObjectProperty' && node.shorthand && replacement(node.value, captured) !== undefined) {
      node.key = t.identifier((node.key as t.Identifier).name);
      expandShorthand(node);
    }
    for (const key of t.VISITOR_KEYS[node.type] || []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const c = child[i] as t.Node | null;
          if (!c) continue;
          const r = replacement(c, captured);
          if (r !== undefined) child[i] = r;
          else {
            const w = mayWrap(c) ? wrap(c, captured, undefined) : c;
            if (w !== c) child[i] = w; else visit(c, captured);
          }
        }
      } else if (child && typeof child === 'object') {
        const c = child as t.Node;
        const r = replacement(c, captured);
        if (r !== undefined) (node as unknown as Record<string, unknown>)[key] = c.type === 'JSXIdentifier' ? jsxNameOf(r) : calledAs(node, key, r);
        else {
          const w = mayWrap(c) ? wrap(c, captured, nameFromPlace(node, key, c)) : c;
          if (w !== c) (node as unknown as Record<string, unknown>)[key] = w; else visit(c, captured);
        }
      }
    }
  };
  const none = new Set<string>();
  return {
    statement(s) { visit(s, none); return s; },
    expression(e) {
      const r = replacement(e, none);
      if (r !== undefined) return r;
      const w = mayWrap(e) ? wrap(e, none, undefined) : e;
      if (w === e) visit(e, none);
      return w;
    },
  };
}

/** A reference's replacement (`x$1`, `$f.x`, `box.v`) as a JSX element name: `<$f.Widget />` */
function jsxNameOf(e: t.Expression): t.JSXIdentifier | t.JSXMemberExpression {
  if (e.type === 'Identifier') return copyLoc(t.jsxIdentifier(e.name), e);
  if (e.type === 'MemberExpression' && !e.computed && e.property.type === 'Identifier') {
    return copyLoc(t.jsxMemberExpression(jsxNameOf(e.object as t.Expression) as t.JSXMemberExpression, t.jsxIdentifier(e.property.name)), e);
  }
  throw new Error(`no JSX name for a ${e.type}`);
}

interface FrameRewriter {
  statement<S extends t.Statement>(s: S): S;
  /** (an expression may be replaced as a whole: use the result) */
  expression(e: t.Expression): t.Expression;
}

/**
 * `({ name: value }).name`: an anonymous function definition named as a
 * property definition names it (`name` is set before a class's static
 * initialisers run, as natively). For a value whose variable is no longer a
 * plain binding of that name (a frame field, a box, renamed apart), where an
 * assignment would not name it, and for one in a wrapper (frameRewriter).
 */
function namedByProperty(value: t.Expression, name: string): t.Expression {
  const plain = /^[A-Za-z_$][\w$]*$/.test(name) && name !== '__proto__';
  const key = (): t.Expression => (plain ? t.identifier(name) : t.stringLiteral(name));
  const object = t.objectExpression([t.objectProperty(key(), value, !plain)]);
  return copyLoc(t.memberExpression(object, key(), !plain), value);
}

function member(frame: string, slot: string, from: t.Node): t.MemberExpression {
  const m = t.memberExpression(t.identifier(frame), t.identifier(slot));
  m.loc = from.loc;
  m.start = from.start;
  m.end = from.end;
  return m;
}
