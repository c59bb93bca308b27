// Pass 4: cut a coroutine body into states — the control-flow graph.
//
// Statements and expressions that contain no suspension are kept whole (one
// `js` op); everything that does is "exploded": evaluated step by step, with
// intermediate values in temporaries, so that each suspension ends a state and
// the code after it starts a new one. Loops, conditionals, switch and try
// become explicit jumps between states; try blocks also produce entries in
// the tries table that the runtime uses to route throws and returns.
// for-of, for-in, for co_await and async co_yield* are first expanded to plain
// statements from small templates (see ./templates.ts) and then exploded.
import * as t from '../ast';
import { CoroutineUnit, containsSuspension, SuspensionMemo, VarInfo } from '../bindings';
import { copyLoc } from '../bindings/checks';
import { isCo } from '../syntax/parse';
import { CODES, CompileError, diagnosticAt } from '../diagnostics';
import { completion, CoroutineCFG, fallsThrough, InternalNames, Label, Op, State, SuspendKind, SuspensionPoint, TryEntry, stateLiteral, undefinedValue } from './ir';
import { expandTemplate, RAW_RETURN, RAW_YIELD, COMPLETION } from './templates';

interface JumpContext {
  labels: string[];
  breakL: Label;
  continueL: Label | null;
  /** is a loop or switch (target of an unlabelled break) */
  breakable: boolean;
  finallyDepth: number;
}

export interface BuildContext {
  source: string;
  filename: string;
  memo: SuspensionMemo;
  names: InternalNames;
  /** numeric literals in emitted AST that must become a label's state id */
  fixups: { node: t.NumericLiteral; label: Label }[];
}

export function buildCFG(unit: CoroutineUnit, ctx: BuildContext): CoroutineCFG {
  const { memo, names } = ctx;
  const kind = unit.info.kind;
  const fn = unit.info.node;
  const states: State[] = [{ id: 0, ops: [], line: fn.loc ? fn.loc.start.line : null, resumedBy: null }];
  let cur = states[0];
  const tries: TryEntry[] = [];
  const suspensions: SuspensionPoint[] = [];
  const entryLabels: Label[] = [];
  const jumpStack: JumpContext[] = [];
  const finallyStack: TryEntry[] = [];
  /** per try with a finally: the targets of the jumps that leave through it (its end-finally's targets) */
  const finallyExits = new Map<TryEntry, Label[]>();
  let usesOp = false;
  let tempCount = 0;

  const susp = (n: t.Node | null | undefined): boolean => !!n && containsSuspension(n, kind, memo);
  const fail = (node: t.Node, message: string): never => {
    throw new CompileError([diagnosticAt(ctx.source, ctx.filename, node.start ?? 0, CODES.UNSUPPORTED, message)]);
  };

  // Code run by a direct eval sees the function's variables by name, and a
  // coroutine's live in its frame or its resume function: it could not.
  if (unit.directEvals.length) {
    fail(unit.directEvals[0], "direct eval in a coroutine: the code it runs would not see the coroutine's variables (they live in its frame); use an indirect eval, (0, eval)(code), or new Function");
  }

  // ------------------------------------------------------------ states

  const newLabel = (): Label => ({ id: -1 });
  const terminates = (op: Op | undefined): boolean => !!op && !fallsThrough(op);
  const mark = (label: Label, resumedBy: t.Node | null = null, fresh = false): void => {
    if (cur.ops.length === 0 && !cur.resumedBy && !resumedBy && !fresh) { label.id = cur.id; return; }
    const s: State = { id: states.length, ops: [], line: null, resumedBy };
    states.push(s);
    cur = s;
    label.id = s.id;
  };
  const emit = (op: Op, node?: t.Node | null): void => {
    if (terminates(cur.ops[cur.ops.length - 1])) {
      // unreachable code after a jump/return: give it its own (dead) state
      mark(newLabel());
    }
    if (cur.line === null && node && node.loc) cur.line = node.loc.start.line;
    cur.ops.push(op);
  };
  const emitJs = (node: t.Statement, source?: t.Node | null): void => {
    emit({ op: 'js', node, targets: [], exits: node.type === 'ThrowStatement' }, source ?? node);
  };
  const jump = (target: Label, cond: t.Expression | null = null, node?: t.Node | null): void => emit({ op: 'jump', target, cond }, node);

  // ------------------------------------------------------------ names

  const tagged = (name: string): t.Identifier => {
    const id = t.identifier(name);
    id.extra = { coVar: name, coOwner: unit.info.index };
    return id;
  };
  /** a name used nowhere in the file nor among the coroutine's variables */
  const freshName = (hint: string): string => {
    let name: string;
    do { name = `$${hint}${++tempCount}`; } while (unit.fileNames.has(name) || unit.vars.has(name));
    return name;
  };
  const newTemp = (hint = 't'): string => {
    const name = freshName(hint);
    const info: VarInfo = { name, kind: 'temp', declStart: -1, captured: false, inLoop: false, tdz: false };
    unit.vars.set(name, info);
    return name;
  };
  // Block-scoped variables that a closure captures inside a loop get a fresh
  // binding per iteration natively. Here they live in a box `{ v }`: closures
  // capture the box they saw (see the emitter), and every other reference
  // reads and writes `box.v`. A block's own declarations (let, const, class,
  // function) get their boxes when the block is entered, as its scope's
  // bindings exist natively from there: a closure made before the
  // declaration (a hoisted function, say) sees this entry's binding. A loop
  // head's variables and a catch parameter get a new box where they are bound.
  const boxed = new Set<string>();
  for (const [name, v] of unit.vars) {
    if (v.captured && v.inLoop && (v.kind === 'let' || v.kind === 'const' || v.kind === 'class' || v.kind === 'function' || v.kind === 'catch')) boxed.add(name);
  }
  /** boxed names whose boxes are made at their block's entry (blockEntry) */
  const entryBoxed = new Set<string>();
  const varName = (id: t.Node): string | null =>
    id.type === 'Identifier' && id.extra && (id.extra as Record<string, unknown>).coOwner === unit.info.index ? (id.extra as Record<string, string>).coVar : null;
  const boxRef = (name: string): t.Identifier => {
    const id = tagged(name);
    (id.extra as Record<string, unknown>).coBoxRef = true;
    return id;
  };
  const newBox = (v: t.Expression): t.Expression => t.objectExpression([t.objectProperty(t.identifier('v'), v)]);
  /** a `var` in a catch block named like the parameter: its declaration assigns the parameter (B.3.5) */
  const assignsCatchParam = (id: t.Node): boolean => !!(id.extra as { coAssignsCatchParam?: boolean } | undefined)?.coAssignsCatchParam;
  /** the assignment a declaration `target = v` becomes */
  const declAssign = (target: t.LVal, v: t.Expression): t.Expression => {
    const own = varName(target);
    if (own !== null && (entryBoxed.has(own) || assignsCatchParam(target))) return t.assignmentExpression('=', target, v);
    if (own !== null && boxed.has(own)) {
      // a closure in the initializer already sees this binding: make the box first
      if (containsFunction(v)) return t.sequenceExpression([t.assignmentExpression('=', boxRef(own), newBox(undefinedValue())), t.assignmentExpression('=', tagged(own), v)]);
      return t.assignmentExpression('=', boxRef(own), newBox(v));
    }
    const inPattern = t.bindingIdentifiers(target as t.Node)
      .filter((id) => !assignsCatchParam(id)).map(varName).filter((n): n is string => n !== null && boxed.has(n) && !entryBoxed.has(n));
    if (inPattern.length === 0) return t.assignmentExpression('=', target, v);
    return t.sequenceExpression([...inPattern.map((n) => t.assignmentExpression('=', boxRef(n), newBox(unit.vars.get(n)?.tdz ? rt('TDZ') : undefinedValue()))), t.assignmentExpression('=', target, v)]);
  };
  let declaring = false;
  const sent = (): t.Identifier => t.identifier(names.sent);
  const rt = (member: string): t.MemberExpression => t.memberExpression(t.identifier(names.runtime), t.identifier(member));
  /** `$f.$s = value;` */
  const setState = (value: t.Expression): t.Statement =>
    t.expressionStatement(t.assignmentExpression('=', t.memberExpression(t.identifier(names.frame), t.identifier('$s')), value));
  const assignStmt = (target: t.LVal, value: t.Expression): t.ExpressionStatement => t.expressionStatement(t.assignmentExpression('=', target, value));

  /** a value that must survive later evaluation (maybe a suspension): store it */
  const keep = (e: t.Expression, later: boolean): t.Expression => {
    if (!later || isConstant(e)) return e;
    const name = newTemp();
    emitJs(assignStmt(tagged(name), e), e);
    return tagged(name);
  };

  /**
   * A computed key evaluated before something that may suspend: stored
   * already converted (ToPropertyKey, `toString` and all), because natively
   * the conversion happens when the key is evaluated, not when it is used.
   */
  const keepKey = (e: t.Expression, later: boolean): t.Expression => {
    if (!later || (isConstant(e) && e.type !== 'ThisExpression')) return e;
    const name = newTemp();
    emitJs(assignStmt(tagged(name), t.callExpression(rt('key'), [e])), e);
    return tagged(name);
  };

  // ------------------------------------------------------------ suspensions

  const suspend = (kindOf: SuspendKind, value: t.Expression | null, node: t.Node): t.Expression => {
    const resume = newLabel();
    const from = cur.id;
    if (kindOf === 'delegate' || kindOf === 'raw' || (kindOf === 'await' && kind === 'asyncgen')) usesOp = true;
    emit({ op: 'suspend', kind: kindOf, value, resume, node }, node);
    suspensions.push({ kind: kindOf, node, from: cur.id === from ? from : cur.id, resume });
    entryLabels.push(resume);
    mark(resume, node);
    return sent();
  };

  // ------------------------------------------------------------ expressions

  const expr = (e: t.Expression, ignore = false): t.Expression | null => {
    if (!susp(e)) return e;
    switch (e.type) {
      case 'YieldExpression': {
        if (e.delegate) {
          if (kind === 'asyncgen') return asyncDelegate(e);
          return suspend('delegate', e.argument ? value(e.argument) : undefinedValue(), e);
        }
        let v: t.Expression | null = e.argument ? value(e.argument) : null;
        if (kind === 'asyncgen') v = suspend('await', v ?? undefinedValue(), e);
        return suspend('yield', v, e);
      }
      case 'AwaitExpression':
        return suspend('await', value(e.argument), e);
      case 'CallExpression':
        if (e.callee.type === 'Identifier' && e.callee.name === RAW_YIELD) {
          return suspend('raw', value(e.arguments[0] as t.Expression), e);
        }
        return call(e);
      case 'NewExpression':
        return call(e);
      case 'SequenceExpression': {
        const xs = e.expressions;
        for (let i = 0; i < xs.length - 1; i++) statementOf(expr(xs[i], true), xs[i]);
        const last = xs[xs.length - 1];
        const v = expr(last, ignore);
        // a comma's value is a value, not a reference: `(a, o.m)()` calls
        // with no `this`, `delete (a, o.x)` deletes nothing, `typeof (a, x)`
        // of an undeclared x throws; the last operand alone would be one
        const isReference = last.type === 'Identifier' || last.type === 'MemberExpression' || last.type === 'OptionalMemberExpression';
        return v && !ignore && isReference ? t.sequenceExpression([t.numericLiteral(0), v]) : v;
      }
      case 'BinaryExpression': {
        const left = e.left.type === 'PrivateName' ? e.left : keep(value(e.left), susp(e.right));
        return t.binaryExpression(e.operator, left, value(e.right));
      }
      case 'LogicalExpression': {
        if (!susp(e.right)) return t.logicalExpression(e.operator, value(e.left), e.right);
        const r = newTemp();
        const end = newLabel();
        emitJs(assignStmt(tagged(r), value(e.left)), e.left);
        jump(end, shortCircuit(e.operator, tagged(r)), e);
        emitJs(assignStmt(tagged(r), value(e.right)), e.right);
        mark(end);
        return tagged(r);
      }
      case 'ConditionalExpression': {
        const test = value(e.test);
        if (!susp(e.consequent) && !susp(e.alternate)) return t.conditionalExpression(test, e.consequent, e.alternate);
        const r = newTemp();
        const otherwise = newLabel();
        const end = newLabel();
        jump(otherwise, t.unaryExpression('!', test), e);
        emitJs(assignStmt(tagged(r), value(e.consequent)), e.consequent);
        jump(end);
        mark(otherwise);
        emitJs(assignStmt(tagged(r), value(e.alternate)), e.alternate);
        mark(end);
        return tagged(r);
      }
      case 'UnaryExpression': {
        if (e.operator === 'delete' && (e.argument.type === 'MemberExpression')) {
          return t.unaryExpression('delete', member(e.argument, false));
        }
        return t.unaryExpression(e.operator, value(e.argument), e.prefix);
      }
      case 'UpdateExpression': {
        if (e.argument.type === 'MemberExpression') return t.updateExpression(e.operator, member(e.argument, false), e.prefix);
        return fail(e, 'unsupported suspension inside an update expression');
      }
      case 'MemberExpression':
        return member(e, false);
      case 'OptionalMemberExpression':
      case 'OptionalCallExpression':
        return optionalChain(e);
      case 'AssignmentExpression':
        return assign(e);
      case 'ArrayExpression': {
        const els: (t.Expression | t.SpreadElement | null)[] = [];
        e.elements.forEach((el, i) => {
          const later = e.elements.slice(i + 1).some((x) => susp(x));
          if (el === null) els.push(null);
          else if (el.type === 'SpreadElement') els.push(spread(el, later));
          else els.push(keep(value(el), later));
        });
        return t.arrayExpression(els);
      }
      case 'ObjectExpression': {
        const props: (t.ObjectProperty | t.ObjectMethod | t.SpreadElement)[] = [];
        e.properties.forEach((p, i) => {
          const later = e.properties.slice(i + 1).some((x) => susp(x));
          if (p.type === 'SpreadElement') {
            if (later && susp(p) === false) {
              const name = newTemp();
              emitJs(assignStmt(tagged(name), t.objectExpression([t.spreadElement(p.argument)])), p);
              props.push(t.spreadElement(tagged(name)));
            } else props.push(t.spreadElement(later ? keep(t.objectExpression([t.spreadElement(value(p.argument))]), true) : value(p.argument)));
          } else if (p.type === 'ObjectMethod') {
            if (p.computed) p.key = keepKey(value(p.key as t.Expression), later);
            props.push(p);
          } else {
            const key = p.computed ? keepKey(value(p.key as t.Expression), later || susp(p.value)) : p.key;
            const v = keep(value(p.value as t.Expression), later);
            props.push(t.objectProperty(key, v, p.computed, false));
          }
        });
        return t.objectExpression(props);
      }
      case 'TemplateLiteral': {
        const exprs = e.expressions.map((x, i) => {
          const later = e.expressions.slice(i + 1).some((y) => susp(y));
          const v = value(x as t.Expression);
          if (!later || isConstant(v)) return v;
          // ToString happens before the next substitution is evaluated
          return keep(t.templateLiteral([t.templateElement({ raw: '', cooked: '' }), t.templateElement({ raw: '', cooked: '' }, true)], [v]), true);
        });
        return t.templateLiteral(e.quasis, exprs);
      }
      case 'TaggedTemplateExpression':
        return taggedTemplate(e);
      case 'ParenthesizedExpression':
        return expr(e.expression, ignore);
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
        return value(e.expression);
      case 'ImportExpression':
        return t.importExpression(value(e.source));
      case 'ClassExpression':
        return classExpression(e);
      case 'JSXElement':
      case 'JSXFragment':
        return jsxElement(e);
      default:
        return fail(e, `a suspension inside ${e.type} is not supported yet`);
    }
  };

  /**
   * A class whose heritage or a computed key suspends. Natively the heritage
   * is evaluated first and checked (a constructor or null, its `prototype`
   * read), then each computed key in order, converted by ToPropertyKey as it
   * is evaluated; the class exists after the last one. Here the parts up to
   * the last suspension are evaluated before it, as any operands are, and
   * the rest stays in the class, in order. Refused (CF1090), because the
   * order or the meaning would change: decorators; a suspending key in a
   * class with a heritage (its checks would come after the keys); a part
   * evaluated early that names the class (natively its binding is not yet
   * initialised there) or a private name; and, outside strict code, a part
   * evaluated early that holds an assignment, an update, `delete`, a
   * function or a class (the class's parts are strict code, the resume
   * function around them is not).
   */
  const classExpression = (c: t.ClassExpression): t.Expression => {
    const elements = c.body.body;
    const keyOf = (m: t.Node): t.Expression | null =>
      'computed' in m && m.computed && 'key' in m ? m.key as t.Expression : null;
    if (c.decorators?.length || elements.some((m) => 'decorators' in m && m.decorators?.length)) fail(c, 'a suspension inside a decorated class is not supported');
    let last = -1;
    elements.forEach((m, i) => { const k = keyOf(m); if (k && susp(k)) last = i; });
    if (last >= 0 && c.superClass) fail(keyOf(elements[last])!, 'a suspension in a computed key of a class with a heritage (`extends`) is not supported: natively the heritage is checked before any key is evaluated');
    if (last < 0 && !(c.superClass && susp(c.superClass))) fail(c, 'a suspension inside a class is not supported there');
    const early: t.Node[] = last >= 0 ? elements.slice(0, last + 1).map(keyOf).filter((k): k is t.Expression => k !== null) : [c.superClass!];
    for (const part of early) {
      t.traverseFast(part, (n) => {
        if (c.id && n.type === 'Identifier' && n.name === c.id.name) fail(n, "a suspension in a class's heritage or computed keys is not supported where they name the class (its binding is not initialised there yet)");
        if (n.type === 'PrivateName') fail(n, "a suspension in a class's computed keys is not supported where they use a private name");
        if (!unit.strict && (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression' || (n.type === 'UnaryExpression' && n.operator === 'delete') ||
          t.isFunction(n) || t.isClass(n))) fail(n, "outside strict code, a suspension in a class's heritage or computed keys is not supported around an assignment, an update, `delete`, a function or a class (in the class that code is strict)");
      });
    }
    const superClass = c.superClass ? value(c.superClass) : null;
    elements.forEach((m, i) => {
      const k = keyOf(m);
      if (k && i <= last) (m as { key: t.Expression }).key = i < last ? keepKey(value(k), true) : value(k);
    });
    return copyLoc(t.classExpression(c.id, superClass, c.body, c.decorators), c);
  };
  /**
   * JSX with a suspension inside. It stays JSX (the next tool compiles it),
   * in the order a JSX transform evaluates it as a call: the tag (a
   * component: `<Widget>`, `<ns.Widget>`; not `<div>`), then the attributes
   * and the children, in order. What comes before the last suspension is
   * evaluated before it: a component tag into a temporary that the element
   * names instead (`<$f.$t1>`), an expression or a spread into one, a
   * nested element whole (`{$t2}` in its place).
   */
  const jsxElement = (e: t.JSXElement | t.JSXFragment): t.Expression => {
    // each part that evaluates something, and how to put its value back
    const parts: { node: t.Node; set: (v: t.Expression) => void }[] = [];
    const isElement = (n: t.Node): n is t.JSXElement | t.JSXFragment => n.type === 'JSXElement' || n.type === 'JSXFragment';
    // (an element kept in a temporary goes back as a container of it)
    const inPlace = (v: t.Expression): t.JSXElement | t.JSXFragment | t.JSXExpressionContainer => (isElement(v) ? v : t.jsxExpressionContainer(v));
    const tag = e.type === 'JSXElement' ? jsxNameAsExpression(e.openingElement.name) : null;
    const attributes = e.type === 'JSXElement' ? e.openingElement.attributes : [];
    for (const a of attributes) {
      const v = a.type === 'JSXAttribute' ? a.value : null;
      if (a.type === 'JSXSpreadAttribute') parts.push({ node: a.argument, set: (x) => { a.argument = x; } });
      else if (v && v.type === 'JSXExpressionContainer' && v.expression.type !== 'JSXEmptyExpression') parts.push({ node: v.expression, set: (x) => { v.expression = x; } });
      else if (v && isElement(v)) parts.push({ node: v, set: (x) => { (a as t.JSXAttribute).value = inPlace(x); } });
    }
    e.children.forEach((c, i) => {
      if ((c.type === 'JSXExpressionContainer' && c.expression.type !== 'JSXEmptyExpression') || c.type === 'JSXSpreadChild') {
        parts.push({ node: c.expression, set: (x) => { c.expression = x; } });
      } else if (isElement(c)) parts.push({ node: c, set: (x) => { e.children[i] = inPlace(x); } });
    });
    const last = parts.reduce((k, p, i) => (susp(p.node) ? i : k), -1);
    if (tag && last >= 0) {
      // (the tag is read first: a temporary, which lives in the frame across the suspension)
      const kept = keep(tag, true);
      if (kept.type === 'Identifier' && e.type === 'JSXElement') {
        const name = (): t.JSXIdentifier => { const j = t.jsxIdentifier(kept.name); j.extra = kept.extra; return j; };
        e.openingElement.name = copyLoc(name(), e.openingElement.name);
        if (e.closingElement) e.closingElement.name = copyLoc(name(), e.closingElement.name);
      }
    }
    parts.forEach((p, i) => {
      const later = i < last;
      if (!susp(p.node) && !later) return;
      const v = isElement(p.node) ? (susp(p.node) ? jsxElement(p.node) : p.node) : value(p.node as t.Expression);
      p.set(keep(v, later));
    });
    return e;
  };
  const value = (e: t.Expression): t.Expression => expr(e, false)!;
  const statementOf = (e: t.Expression | null, source: t.Node): void => {
    if (e && !isConstant(e) && !(e.type === 'Identifier' && e.name === names.sent)) emitJs(t.expressionStatement(e), source);
  };

  const spread = (el: t.SpreadElement, later: boolean): t.SpreadElement => {
    const v = value(el.argument);
    if (!later) return t.spreadElement(v);
    const name = newTemp();
    emitJs(assignStmt(tagged(name), t.arrayExpression([t.spreadElement(v)])), el);
    return t.spreadElement(tagged(name));
  };

  const member = (m: t.MemberExpression, later: boolean): t.MemberExpression => {
    const propSusp = m.computed && susp(m.property);
    const obj = m.object.type === 'Super' ? m.object : keep(value(m.object as t.Expression), propSusp || later);
    const prop = m.computed ? keep(value(m.property as t.Expression), later) : m.property;
    return t.memberExpression(obj as t.Expression, prop as t.Expression, m.computed);
  };

  const args = (list: (t.Expression | t.SpreadElement | t.ArgumentPlaceholder | t.JSXNamespacedName)[]): (t.Expression | t.SpreadElement)[] =>
    list.map((a, i) => {
      const later = list.slice(i + 1).some((x) => susp(x));
      if (a.type === 'SpreadElement') return spread(a, later);
      return keep(value(a as t.Expression), later);
    });

  const call = (e: t.CallExpression | t.NewExpression): t.Expression => {
    const argsSusp = e.arguments.some((a) => susp(a));
    const callee = e.callee;
    const runtimeCallee = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === names.runtime;
    if (e.type === 'CallExpression' && callee.type === 'MemberExpression' && argsSusp && !runtimeCallee) {
      // the method is looked up before the arguments are evaluated
      const thisValue = callee.object.type === 'Super' ? t.thisExpression() : null;
      const m = member(callee, true);
      const fnName = newTemp();
      emitJs(assignStmt(tagged(fnName), m), callee);
      const self = thisValue ?? m.object as t.Expression;
      return t.callExpression(rt('call'), [tagged(fnName), cloneRef(self), ...args(e.arguments)]);
    }
    if (e.type === 'CallExpression' && callee.type === 'OptionalMemberExpression') {
      const { fn, self } = optionalCallee(callee);
      return t.callExpression(rt('call'), [fn, self, ...args(e.arguments)]);
    }
    let c: t.Expression;
    const isRuntimeHelper = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === names.runtime && !callee.computed;
    if (isRuntimeHelper) c = callee as t.MemberExpression; // `$co.helper(...)` from a template: nothing to evaluate early
    else if (callee.type === 'MemberExpression') c = member(callee, argsSusp);
    // import(specifier, options): the arguments are evaluated in order, converted inside
    else if (callee.type === 'Import') c = callee as unknown as t.Expression;
    else if (callee.type === 'Super' || callee.type === 'V8IntrinsicIdentifier') return fail(e, 'unsupported callee');
    else c = keep(value(callee), argsSusp);
    const a = args(e.arguments);
    return e.type === 'NewExpression' ? t.newExpression(c, a) : t.callExpression(c, a);
  };

  /**
   * tag`a${x}b` with a suspension in it: the tag (and its `this`) is evaluated
   * first, then the substitutions; the strings object still comes from a
   * tagged template at this one source site, so it keeps its identity.
   */
  const taggedTemplate = (e: t.TaggedTemplateExpression): t.Expression => {
    const tag = e.tag;
    let fnRef: t.Expression;
    let self: t.Expression | null = null;
    if (tag.type === 'MemberExpression') {
      const m = member(tag, true);
      self = m.object.type === 'Super' ? t.thisExpression() : m.object as t.Expression;
      const name = newTemp();
      emitJs(assignStmt(tagged(name), m), tag);
      fnRef = tagged(name);
    } else fnRef = keep(value(tag), true);
    const quasi = e.quasi;
    const strings = t.taggedTemplateExpression(rt('strings'), t.templateLiteral(quasi.quasis, quasi.expressions.map(() => t.numericLiteral(0))));
    const subs = quasi.expressions.map((x, i) => keep(value(x as t.Expression), quasi.expressions.slice(i + 1).some((y) => susp(y))));
    return self
      ? t.callExpression(rt('call'), [fnRef, cloneRef(self), strings, ...subs])
      : t.callExpression(fnRef, [strings, ...subs]);
  };

  /** one link of an optional chain, evaluated in order; a `?.` on null or undefined jumps to `end` */
  const chainPart = (n: t.Expression, end: Label): t.Expression => {
    if (n.type === 'OptionalMemberExpression' || (n.type === 'MemberExpression' && isChain(n.object))) {
      const obj = keep(chainPart(n.object, end), true);
      if (n.type === 'OptionalMemberExpression' && n.optional) jump(end, t.binaryExpression('==', cloneRef(obj), t.nullLiteral()), n);
      const prop = n.computed ? keep(value(n.property as t.Expression), true) : n.property;
      return t.memberExpression(cloneRef(obj), prop as t.Expression, n.computed);
    }
    if (n.type === 'OptionalCallExpression' || (n.type === 'CallExpression' && isChain(n.callee))) {
      const callee = n.callee;
      let fnRef: t.Expression;
      let self: t.Expression | null = null;
      if (callee.type === 'OptionalMemberExpression' || callee.type === 'MemberExpression') ({ fn: fnRef, self } = chainMethod(callee, end));
      else fnRef = keep(chainPart(callee as t.Expression, end), true);
      if (n.type === 'OptionalCallExpression' && n.optional) jump(end, t.binaryExpression('==', cloneRef(fnRef), t.nullLiteral()), n);
      const a = args(n.arguments);
      return self ? t.callExpression(rt('call'), [cloneRef(fnRef), cloneRef(self), ...a]) : t.callExpression(cloneRef(fnRef), a);
    }
    return value(n);
  };

  /** the method a chain calls, looked up in order (a `?.` before it may jump to `end`), and its `this` */
  const chainMethod = (callee: t.OptionalMemberExpression | t.MemberExpression, end: Label): { fn: t.Expression; self: t.Expression } => {
    const obj = keep(callee.object.type === 'Super' ? t.thisExpression() : chainPart(callee.object as t.Expression, end), true);
    if (callee.type === 'OptionalMemberExpression' && callee.optional) jump(end, t.binaryExpression('==', cloneRef(obj), t.nullLiteral()), callee);
    const prop = callee.computed ? keep(value(callee.property as t.Expression), true) : callee.property;
    const name = newTemp();
    emitJs(assignStmt(tagged(name), t.memberExpression(callee.object.type === 'Super' ? t.super() : cloneRef(obj), prop as t.Expression, callee.computed)), callee);
    return { fn: tagged(name), self: obj };
  };

  const optionalChain = (e: t.OptionalMemberExpression | t.OptionalCallExpression): t.Expression => {
    const r = newTemp();
    const end = newLabel();
    emitJs(assignStmt(tagged(r), undefinedValue()), e);
    const v = chainPart(e, end);
    emitJs(assignStmt(tagged(r), v), e);
    mark(end);
    return tagged(r);
  };

  /**
   * A parenthesized optional chain called, `(o?.m)(args)`: still a
   * reference, so the call's `this` is the last object; a short circuit
   * leaves the callee undefined (and the call throws)
   */
  const optionalCallee = (callee: t.OptionalMemberExpression): { fn: t.Expression; self: t.Expression } => {
    const fn = newTemp();
    const end = newLabel();
    emitJs(assignStmt(tagged(fn), undefinedValue()), callee);
    const method = chainMethod(callee, end);
    emitJs(assignStmt(tagged(fn), method.fn), callee);
    mark(end);
    // (after a short circuit `self` may be unset, but the call of undefined throws first)
    return { fn: tagged(fn), self: cloneRef(method.self) };
  };

  const assign = (e: t.AssignmentExpression): t.Expression => {
    const op = e.operator;
    const left = e.left;
    if (op === '&&=' || op === '||=' || op === '??=') {
      const target = reference(left as t.LVal);
      const r = newTemp();
      const end = newLabel();
      emitJs(assignStmt(tagged(r), target.get()), e);
      jump(end, shortCircuit(op.slice(0, 2) as '&&' | '||' | '??', tagged(r)), e);
      emitJs(assignStmt(tagged(r), value(e.right)), e.right);
      emitJs(t.expressionStatement(target.set(tagged(r))), e);
      mark(end);
      return tagged(r);
    }
    if (left.type === 'Identifier' || left.type === 'MemberExpression') {
      const target = reference(left);
      if (op === '=') return target.set(value(e.right));
      const old = keep(target.get(), true);
      return target.set(t.binaryExpression(op.slice(0, -1) as t.BinaryExpression['operator'], old, value(e.right)));
    }
    if (susp(left)) {
      const v = keep(value(e.right), true);
      destructure(left as t.LVal, v);
      return cloneRef(v);
    }
    return t.assignmentExpression(op, left, value(e.right));
  };

  /** an assignable place whose parts are evaluated once, now */
  const reference = (left: t.LVal): { get: () => t.Expression; set: (v: t.Expression) => t.Expression } => {
    if (left.type === 'Identifier') {
      return { get: () => cloneRef(left), set: (v) => t.assignmentExpression('=', cloneRef(left) as t.Identifier, v) };
    }
    if (left.type === 'MemberExpression') {
      const m = member(left, true);
      const obj = m.object.type === 'Super' ? m.object : keep(m.object as t.Expression, true);
      const prop = m.computed ? keep(m.property as t.Expression, true) : m.property;
      const make = () => t.memberExpression(cloneRef(obj as t.Expression), cloneRef(prop as t.Expression), m.computed);
      return { get: make, set: (v) => t.assignmentExpression('=', make(), v) };
    }
    return fail(left, 'unsupported assignment target');
  };

  /** destructuring whose pattern itself contains a suspension (a default or a computed key) */
  const destructure = (pattern: t.LVal | t.PatternLike, v: t.Expression): void => {
    switch (pattern.type) {
      case 'Identifier':
        emitJs(t.expressionStatement(declaring ? declAssign(pattern, v) : t.assignmentExpression('=', pattern, v)), pattern);
        return;
      case 'MemberExpression':
        // the target reference is evaluated before the value is fetched
        if (susp(pattern)) emitJs(t.expressionStatement(reference(pattern).set(v)), pattern);
        else emitJs(assignStmt(pattern, v), pattern);
        return;
      case 'AssignmentPattern': {
        // a member target's reference is evaluated first, then the value is
        // fetched and the default evaluated (a nested pattern comes after them)
        const target = pattern.left.type === 'MemberExpression' ? reference(pattern.left) : null;
        const name = newTemp();
        emitJs(assignStmt(tagged(name), v), pattern);
        const skip = newLabel();
        jump(skip, t.binaryExpression('!==', tagged(name), undefinedValue()), pattern);
        emitJs(assignStmt(tagged(name), value(pattern.right)), pattern.right);
        mark(skip);
        if (target) emitJs(t.expressionStatement(target.set(tagged(name))), pattern.left);
        else destructure(pattern.left, tagged(name));
        return;
      }
      case 'ObjectPattern': {
        const o = newTemp();
        emitJs(assignStmt(tagged(o), v), pattern);
        // null/undefined must throw before anything else; a plain first key's
        // property read does that with the same message as native destructuring
        const first = pattern.properties[0];
        if (!first || first.type === 'RestElement' || first.computed) {
          emitJs(t.ifStatement(t.binaryExpression('==', tagged(o), t.nullLiteral()), t.expressionStatement(t.assignmentExpression('=', t.objectPattern([]), tagged(o)))), pattern);
        }
        const keys: t.Expression[] = [];
        for (const p of pattern.properties) {
          if (p.type === 'RestElement') {
            destructure(p.argument, t.callExpression(rt('objRest'), [tagged(o), t.arrayExpression(keys.map(cloneRef))]));
            continue;
          }
          let key: t.Expression;
          if (p.computed) key = keepKey(value(p.key as t.Expression), true);
          else if (p.key.type === 'Identifier') key = t.stringLiteral(p.key.name);
          // (objRest compares keys with the object's own ones: `1` is '1' there)
          else if (p.key.type === 'NumericLiteral' || p.key.type === 'BigIntLiteral') key = t.stringLiteral(String(p.key.type === 'NumericLiteral' ? p.key.value : BigInt(p.key.value)));
          else key = p.key as t.Expression;
          keys.push(key);
          destructure(p.value as t.PatternLike, t.memberExpression(tagged(o), cloneRef(key), true));
        }
        return;
      }
      case 'ArrayPattern': {
        // the source iterator is closed however the destructuring ends
        // (IteratorClose), so the steps run in a try region with a finally
        const s = newTemp();
        emitJs(assignStmt(tagged(s), t.callExpression(rt('arrStart'), [v])), pattern);
        tryRegion([], () => {
          for (const el of pattern.elements) {
            if (el === null) emitJs(t.expressionStatement(t.callExpression(rt('arrStep'), [tagged(s)])));
            else if (el.type === 'RestElement') destructure(el.argument, t.callExpression(rt('arrRest'), [tagged(s)]));
            else destructure(el, t.callExpression(rt('arrStep'), [tagged(s)]));
          }
        }, null, (completion) => {
          emitJs(t.expressionStatement(t.callExpression(rt('arrEnd'), [tagged(s), tagged(completion)])), pattern);
        });
        return;
      }
      case 'RestElement':
        destructure(pattern.argument, v);
        return;
      default:
        fail(pattern, `unsupported destructuring target ${pattern.type}`);
    }
  };

  const asyncDelegate = (e: t.YieldExpression): t.Expression => {
    const result = newTemp();
    const stmts = expandTemplate('asyncDelegate', {
      ARG: e.argument ?? undefinedValue(),
      RESULT: tagged(result),
    }, { temp: (h) => tagged(newTemp(h)), runtime: names.runtime, node: e });
    for (const s of stmts) statement(s);
    return tagged(result);
  };

  // ------------------------------------------------------------ statements

  const findJump = (label: string | null, isContinue: boolean): JumpContext | null => {
    for (let i = jumpStack.length - 1; i >= 0; i--) {
      const c = jumpStack[i];
      if (label === null) {
        if (isContinue ? c.continueL !== null : c.breakable) return c;
      } else if (c.labels.includes(label)) {
        return c;
      }
    }
    return null;
  };

  // Jumps and completions emitted into kept code so far (see keptTryFinally).
  let keptExits = 0;
  /**
   * AST for a jump from inside kept (native) code; through the runtime when
   * it leaves a finally (those of finallyStack from `jumpDepth` on) or a for-of
   */
  const jumpAst = (target: Label, jumpDepth: number, viaRuntime: boolean): t.Statement => {
    keptExits++;
    const lit = t.numericLiteral(0);
    ctx.fixups.push({ node: lit, label: target });
    if (viaRuntime) {
      entryLabels.push(target);
      // every finally it leaves ends by going on to the target
      for (let i = jumpDepth; i < finallyStack.length; i++) finallyExits.get(finallyStack[i])!.push(target);
      return t.returnStatement(t.callExpression(rt('abrupt'), [t.identifier(names.frame), t.numericLiteral(3), lit]));
    }
    return t.blockStatement([
      setState(lit),
      t.continueStatement(t.identifier(names.loop)),
    ]);
  };
  /** AST for co_return inside kept code; through the runtime when it leaves a finally or a for-of */
  const completeAst = (v: t.Expression | null, viaRuntime: boolean): t.Statement => {
    keptExits++;
    if (viaRuntime) {
      return t.returnStatement(t.callExpression(rt('abrupt'), [t.identifier(names.frame), t.numericLiteral(1), v ?? undefinedValue()]));
    }
    return completion(names, v);
  };

  /**
   * Prepare a statement without suspensions to be kept as it is: break /
   * continue that leave it become state jumps, co_return completes the
   * coroutine, and declarations of coroutine variables become assignments.
   */
  const keepNative = (s: t.Statement): void => {
    const targets: Label[] = [];
    const innerLabels: string[] = [];
    let loops = 0;
    let breakables = 0;
    // An exit from a kept for-of closes its iterator on the way out, which may
    // throw: natively that throw replaces the exit, so `$s` must stay where
    // the loop is until it has closed. Such exits go through the runtime.
    let forOfs = 0;
    const visitStmt = (n: t.Statement): t.Statement => {
      switch (n.type) {
        case 'BreakStatement':
        case 'ContinueStatement': {
          const isContinue = n.type === 'ContinueStatement';
          const label = n.label ? n.label.name : null;
          if (label !== null ? innerLabels.includes(label) : isContinue ? loops > 0 : breakables > 0) return n;
          const c = findJump(label, isContinue);
          if (!c) return n;
          const target = isContinue ? c.continueL! : c.breakL;
          targets.push(target);
          return jumpAst(target, c.finallyDepth, finallyStack.length > c.finallyDepth || forOfs > 0);
        }
        case 'ReturnStatement':
          if (isCo(n)) return completeAst(n.argument ?? null, finallyStack.length > 0 || forOfs > 0);
          return n;
        case 'VariableDeclaration': {
          const d = declarationToAssignments(n);
          return d ?? n;
        }
        case 'ClassDeclaration':
          if (n.id && isOwned(n.id)) {
            const cls = t.classExpression(t.identifier(userName(n.id)), n.superClass, n.body, n.decorators);
            copyLoc(cls, n);
            return copyLoc(t.expressionStatement(declAssign(n.id, cls)), n);
          }
          return n;
        case 'FunctionDeclaration':
          if (n.id && isOwned(n.id)) return hoistedFunction(n);
          return n;
        case 'LabeledStatement':
          innerLabels.push(n.label.name);
          n.body = visitStmt(n.body);
          innerLabels.pop();
          return n;
        case 'BlockStatement':
          // a function declared in the block exists from the block's entry:
          // the assignment an owned one becomes goes first
          n.body = [...blockEntry(n.body), ...n.body.filter(ownedFunction), ...n.body.filter((x) => !ownedFunction(x))].map(visitStmt);
          return n;
        case 'IfStatement':
          n.consequent = visitStmt(n.consequent);
          if (n.alternate) n.alternate = visitStmt(n.alternate);
          return n;
        case 'WhileStatement':
        case 'DoWhileStatement':
          loops++; breakables++;
          n.body = visitStmt(n.body);
          loops--; breakables--;
          return n;
        case 'ForStatement':
          if (n.init && n.init.type === 'VariableDeclaration') {
            const d = declarationToExpression(n.init);
            if (d !== undefined) n.init = d;
          }
          loops++; breakables++;
          n.body = visitStmt(n.body);
          loops--; breakables--;
          return n;
        case 'ForInStatement':
        case 'ForOfStatement': {
          if (n.left.type === 'VariableDeclaration' && ownsDeclaration(n.left)) {
            n.left = n.left.declarations[0].id as t.LVal;
          }
          const closes = n.type === 'ForOfStatement' ? 1 : 0;
          loops++; breakables++; forOfs += closes;
          n.body = visitStmt(n.body);
          loops--; breakables--; forOfs -= closes;
          return n;
        }
        case 'SwitchStatement': {
          // (the case block's owned functions: assigned before the switch)
          const entry = blockEntry(n.cases.flatMap((c) => c.consequent));
          const hoisted = [...entry, ...n.cases.flatMap((c) => c.consequent.filter(ownedFunction)).map(visitStmt)];
          breakables++;
          for (const c of n.cases) c.consequent = c.consequent.filter((x) => !ownedFunction(x)).map(visitStmt);
          breakables--;
          return hoisted.length ? t.blockStatement([...hoisted, n]) : n;
        }
        case 'TryStatement': {
          const exitsBefore = keptExits;
          n.block = visitStmt(n.block) as t.BlockStatement;
          if (n.handler) n.handler.body = visitStmt(n.handler.body) as t.BlockStatement;
          if (!n.finalizer) return n;
          n.finalizer = visitStmt(n.finalizer) as t.BlockStatement;
          return keptExits > exitsBefore ? keptTryFinally(n) : n;
        }
        case 'WithStatement':
          n.body = visitStmt(n.body);
          return n;
        default:
          return n;
      }
    };
    const out = visitStmt(s);
    if (out.type === 'EmptyStatement' && s.type !== 'EmptyStatement') return;
    const exits = out.type === 'ThrowStatement' || out.type === 'ReturnStatement' || (out.type === 'BlockStatement' && (s.type === 'BreakStatement' || s.type === 'ContinueStatement' || s.type === 'ReturnStatement'));
    emit({ op: 'js', node: out, targets, exits }, s);
  };

  /**
   * A kept try/finally whose try or catch leaves through a state jump or a
   * completion: that exit has already moved `$s` (to its target, to an outer
   * finally's entry, or to done) when the native finally runs. The finally
   * may still complete abruptly itself (a throw, another jump, co_return),
   * which must be routed from where the try statement is, as natively its
   * completion replaces the pending one. So the finally runs with `$s` put
   * back to the try's state and restores the exit's `$s` when it completes
   * normally:
   *   { const $k = $f.$s; try {...} finally { const $r = $f.$s; $f.$s = $k; ...; $f.$s = $r; } }
   */
  const keptTryFinally = (n: t.TryStatement): t.Statement => {
    const atTry = freshName('k');
    const atExit = freshName('r');
    const saveState = (name: string): t.Statement => t.variableDeclaration('const', [
      t.variableDeclarator(t.identifier(name), t.memberExpression(t.identifier(names.frame), t.identifier('$s'))),
    ]);
    n.finalizer = t.blockStatement([saveState(atExit), setState(t.identifier(atTry)), n.finalizer!, setState(t.identifier(atExit))]);
    return t.blockStatement([saveState(atTry), n]);
  };

  const isOwned = (id: t.Node | null | undefined): boolean =>
    !!id && id.type === 'Identifier' && !!id.extra && (id.extra as Record<string, unknown>).coOwner === unit.info.index;

  const firstBindingId = (p: t.Node): t.Identifier | null => {
    return t.bindingIdentifiers(p)[0] ?? null;
  };

  const hoistedFunction = (n: t.FunctionDeclaration): t.Statement => {
    const own = (n.id!.extra as { coVar?: string } | undefined)?.coVar;
    const fnExpr = declarationAsExpression(n, userName(n.id!),
      (x) => isOwned(x) && (x.extra as { coVar?: string }).coVar === own);
    copyLoc(fnExpr, n);
    return copyLoc(assignStmt(n.id!, fnExpr), n);
  };

  /**
   * Is this declaration the coroutine's? Every `var` of its own code is (the
   * function's var), even one whose name means a catch parameter (B.3.5:
   * its initialiser assigns the parameter).
   */
  const ownsDeclaration = (d: t.VariableDeclaration): boolean =>
    (d.kind === 'var' && !d.declare) || d.declarations.some((x) => isOwned(firstBindingId(x.id)));
  /** `let a = 1, b;` of owned variables -> `a = 1; b = undefined;` (null when not owned) */
  const declarationToAssignments = (d: t.VariableDeclaration): t.Statement | null => {
    if (!ownsDeclaration(d)) return null;
    const e = declarationToExpression(d);
    if (e === null || e === undefined) return t.emptyStatement();
    return copyLoc(t.expressionStatement(e), d);
  };
  const declarationToExpression = (d: t.VariableDeclaration): t.Expression | null | undefined => {
    if (!ownsDeclaration(d)) return undefined;
    const parts: t.Expression[] = [];
    for (const x of d.declarations) {
      if (x.init) parts.push(copyLoc(declAssign(x.id as t.LVal, x.init), x));
      else if (d.kind !== 'var' && x.id.type === 'Identifier') parts.push(declAssign(x.id, undefinedValue()));
    }
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0] : t.sequenceExpression(parts);
  };

  const ownedFunction = (s: t.Statement): s is t.FunctionDeclaration => s.type === 'FunctionDeclaration' && !!s.id && isOwned(s.id);
  /**
   * What the variables declared directly in a block's statements (or a
   * switch's cases) start with when the block is entered, before its
   * functions are assigned: a new box for a boxed one (`x = { v: undefined }`,
   * see `boxed`), the TDZ marker for one whose references check it
   * (`x = $co.TDZ`, or in its box; see bindings/checks.ts). A for(;;)
   * head's declaration gets only the markers (`onlyDeadZone`): its boxes are
   * made by the declaration, unless a marker is in one.
   */
  const blockEntry = (stmts: t.Statement[], onlyDeadZone = false): t.Statement[] => {
    const out: t.Statement[] = [];
    for (const s of stmts) {
      const ids = s.type === 'VariableDeclaration' ? (s.kind === 'var' ? [] : s.declarations.flatMap((d) => t.bindingIdentifiers(d.id as t.Node)))
        : (s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') && s.id ? [s.id] : [];
      for (const id of ids) {
        const name = varName(id);
        if (name === null || entryBoxed.has(name)) continue;
        const tdz = !!unit.vars.get(name)?.tdz;
        if (onlyDeadZone && !tdz) continue;
        if (boxed.has(name)) {
          entryBoxed.add(name);
          out.push(copyLoc(assignStmt(boxRef(name), newBox(tdz ? rt('TDZ') : undefinedValue())), id));
        } else if (tdz) {
          out.push(copyLoc(assignStmt(tagged(name), rt('TDZ')), id));
        }
      }
    }
    return out;
  };
  /** function declarations are initialised when their block (or switch) is entered */
  const hoistFunctions = (stmts: t.Statement[]): void => {
    for (const s of stmts) if (ownedFunction(s)) emitJs(hoistedFunction(s), s);
  };

  const block = (stmts: t.Statement[]): void => {
    for (const b of blockEntry(stmts)) emitJs(b, b);
    hoistFunctions(stmts);
    for (const s of stmts) if (!ownedFunction(s)) statement(s);
  };

  const loopBody = (body: t.Statement, labels: string[], breakL: Label, continueL: Label): void => {
    jumpStack.push({ labels, breakL, continueL, breakable: true, finallyDepth: finallyStack.length });
    statement(body);
    jumpStack.pop();
  };

  const statement = (s: t.Statement, labels: string[] = []): void => {
    if (s.type === 'LabeledStatement' && susp(s)) { statement(s.body, [...labels, s.label.name]); return; }
    // Every statement of a block or switch case that suspends comes here.
    // (Only with the types kept: stripping turns these into variables first.)
    if (tsRuntimeDeclaration(s)) {
      fail(s, `a TypeScript ${s.type === 'TSEnumDeclaration' ? 'enum' : 'namespace'} declared in a block that suspends ` +
        'is not supported with the types kept: its binding would not outlive the suspension (strip the types, or declare it outside the coroutine)');
    }
    if (!susp(s)) {
      if (labels.length) {
        // a labelled statement whose body we keep: keep the labels too
        let n: t.Statement = s;
        for (let i = labels.length - 1; i >= 0; i--) n = t.labeledStatement(t.identifier(labels[i]), n);
        keepNative(n);
      } else keepNative(s);
      return;
    }
    switch (s.type) {
      case 'ExpressionStatement':
        statementOf(expr(s.expression, true), s);
        return;
      case 'VariableDeclaration':
        for (const d of s.declarations) {
          if (susp(d.id)) {
            const init = d.init ? value(d.init) : undefinedValue();
            declaring = true;
            destructure(d.id as t.LVal, init);
            declaring = false;
          } else if (d.init) emitJs(copyLoc(t.expressionStatement(declAssign(d.id as t.LVal, value(d.init))), d), d);
          else if (s.kind !== 'var' && d.id.type === 'Identifier') emitJs(t.expressionStatement(declAssign(d.id, undefinedValue())), d);
        }
        return;
      case 'BlockStatement':
        if (labels.length) {
          const end = newLabel();
          jumpStack.push({ labels, breakL: end, continueL: null, breakable: false, finallyDepth: finallyStack.length });
          block(s.body);
          jumpStack.pop();
          mark(end);
        } else block(s.body);
        return;
      case 'IfStatement': {
        const test = value(s.test);
        if (!susp(s.consequent) && !susp(s.alternate) && !labels.length) {
          keepNative(copyLoc(t.ifStatement(test, s.consequent, s.alternate), s));
          return;
        }
        const end = newLabel();
        if (labels.length) jumpStack.push({ labels, breakL: end, continueL: null, breakable: false, finallyDepth: finallyStack.length });
        if (s.alternate) {
          const otherwise = newLabel();
          jump(otherwise, t.unaryExpression('!', test), s.test);
          statement(s.consequent);
          jump(end);
          mark(otherwise);
          statement(s.alternate);
        } else {
          jump(end, t.unaryExpression('!', test), s.test);
          statement(s.consequent);
        }
        if (labels.length) jumpStack.pop();
        mark(end);
        return;
      }
      case 'WhileStatement': {
        const head = newLabel();
        const end = newLabel();
        mark(head);
        if (!isTrue(s.test)) jump(end, t.unaryExpression('!', value(s.test)), s.test);
        loopBody(s.body, labels, end, head);
        jump(head);
        mark(end);
        return;
      }
      case 'DoWhileStatement': {
        const top = newLabel();
        const test = newLabel();
        const end = newLabel();
        mark(top);
        loopBody(s.body, labels, end, test);
        mark(test);
        jump(top, value(s.test), s.test);
        mark(end);
        return;
      }
      case 'ForStatement': {
        if (s.init) {
          if (s.init.type === 'VariableDeclaration') {
            for (const b of blockEntry([s.init], true)) emitJs(b, b);
            statement(s.init);
          }
          else statementOf(expr(s.init, true), s.init);
        }
        // per-iteration bindings: each iteration gets a copy of each boxed loop variable
        const copyLoopBindings = () => {
          if (!s.init || s.init.type !== 'VariableDeclaration' || s.init.kind === 'var') return;
          for (const id of t.bindingIdentifiers(s.init)) {
            const name = varName(id);
            if (name !== null && boxed.has(name)) emitJs(t.expressionStatement(t.assignmentExpression('=', boxRef(name), newBox(tagged(name)))));
          }
        };
        copyLoopBindings();
        const head = newLabel();
        const update = newLabel();
        const end = newLabel();
        mark(head);
        if (s.test && !isTrue(s.test)) jump(end, t.unaryExpression('!', value(s.test)), s.test);
        loopBody(s.body, labels, end, update);
        mark(update);
        copyLoopBindings();
        if (s.update) statementOf(expr(s.update, true), s.update);
        jump(head);
        mark(end);
        return;
      }
      case 'ForOfStatement':
      case 'ForInStatement': {
        if (!(s.type === 'ForOfStatement' && s.await) && !susp(s.body) && !susp(s.left)) {
          // only the iterated expression suspends: evaluate it, then keep a native loop
          const right = value(s.right);
          let n: t.Statement = copyLoc(s.type === 'ForInStatement' ? t.forInStatement(s.left, right, s.body) : t.forOfStatement(s.left, right, s.body), s);
          for (let i = labels.length - 1; i >= 0; i--) n = t.labeledStatement(t.identifier(labels[i]), n);
          keepNative(n);
          return;
        }
        const which = s.type === 'ForInStatement' ? 'forIn' : s.await ? 'forAwait' : 'forOf';
        const stmts = expandTemplate(which, {
          RIGHT: s.right,
          ASSIGN: loopAssignment(s.left),
          BODY: s.body,
        }, { temp: (h) => tagged(newTemp(h)), runtime: names.runtime, node: s, labels });
        for (const x of stmts) statement(x);
        return;
      }
      case 'SwitchStatement': {
        const d = keep(value(s.discriminant), true);
        // the case block's functions exist from its entry, before the tests run
        // (emitted after the tests' jumps, they were dead code)
        const caseStmts = s.cases.flatMap((c) => c.consequent);
        for (const b of blockEntry(caseStmts)) emitJs(b, b);
        hoistFunctions(caseStmts);
        const end = newLabel();
        const caseLabels = s.cases.map(() => newLabel());
        let defaultLabel: Label | null = null;
        s.cases.forEach((c, i) => {
          if (c.test) jump(caseLabels[i], t.binaryExpression('===', cloneRef(d), value(c.test)), c.test);
          else defaultLabel = caseLabels[i];
        });
        jump(defaultLabel ?? end);
        jumpStack.push({ labels, breakL: end, continueL: null, breakable: true, finallyDepth: finallyStack.length });
        s.cases.forEach((c, i) => {
          mark(caseLabels[i]);
          for (const x of c.consequent) if (!ownedFunction(x)) statement(x);
        });
        jumpStack.pop();
        mark(end);
        return;
      }
      case 'TryStatement':
        tryStatement(s, labels);
        return;
      case 'ReturnStatement': {
        let arg = s.argument ? s.argument : null;
        let v: t.Expression | null = null;
        if (arg && arg.type === 'CallExpression' && arg.callee.type === 'Identifier' && arg.callee.name === RAW_RETURN) {
          v = value(arg.arguments[0] as t.Expression);
          arg = null;
        } else if (arg) {
          v = value(arg);
          if (kind === 'asyncgen') v = suspend('await', v, s);
        }
        if (finallyStack.length) emit({ op: 'abrupt', type: 'return', value: v, target: null }, s);
        else emit({ op: 'complete', value: v, node: s }, s);
        return;
      }
      case 'ThrowStatement':
        emitJs(copyLoc(t.throwStatement(value(s.argument)), s), s);
        return;
      case 'ClassDeclaration': {
        // (its heritage or a computed key suspends: see classExpression)
        if (!isOwned(s.id)) return void fail(s, 'a suspension inside a class declaration is not supported');
        const cls = classExpression(copyLoc(t.classExpression(t.identifier(userName(s.id!)), s.superClass, s.body, s.decorators), s));
        emitJs(copyLoc(t.expressionStatement(declAssign(s.id!, cls)), s), s);
        return;
      }
      default:
        return void fail(s, `a suspension inside ${s.type} is not supported`);
    }
  };

  /** the `x = $value` step of a for-of / for-in over `left` */
  const loopAssignment = (left: t.VariableDeclaration | t.LVal): ((v: t.Expression) => t.Statement[]) => {
    return (v: t.Expression) => {
      const target = left.type === 'VariableDeclaration' ? left.declarations[0].id : left;
      const markers = left.type === 'VariableDeclaration' ? iterationMarkers(left) : [];
      if (susp(target)) {
        // expanded later by statement(): use a declaration-shaped marker
        return [...markers, t.variableDeclaration('let', [t.variableDeclarator(target as t.LVal, v)])];
      }
      if (left.type === 'VariableDeclaration') return [...markers, copyLoc(t.expressionStatement(declAssign(target as t.LVal, v)), left)];
      return [copyLoc(assignStmt(target as t.LVal, v), left)];
    };
  };

  /**
   * A for-in/of head's bindings that a reference in the head itself reads
   * early (`for (const [a = b, b] of …)`) start each iteration in their dead
   * zone: `b = $co.TDZ;` (a boxed one gets the marker in its new box, from
   * declAssign)
   */
  const iterationMarkers = (d: t.VariableDeclaration): t.Statement[] =>
    t.bindingIdentifiers(d.declarations[0].id as t.Node)
      .map(varName).filter((n): n is string => n !== null && !!unit.vars.get(n)?.tdz && !boxed.has(n))
      .map((n) => assignStmt(tagged(n), rt('TDZ')));

  /** a part of a try statement that does not suspend is kept whole, braces and block scope included */
  const part = (b: t.BlockStatement) => (susp(b) ? block(b.body) : keepNative(b));

  const tryStatement = (s: t.TryStatement, labels: string[]): void => {
    const handler = s.handler;
    const finalizer = s.finalizer;
    tryRegion(labels, () => part(s.block), handler ? () => {
      const param = handler.param;
      if (param) {
        if (susp(param)) {
          declaring = true;
          destructure(param as t.LVal, sent());
          declaring = false;
        } else emitJs(t.expressionStatement(declAssign(param as t.LVal, sent())), param);
      }
      part(handler.body);
    } : null, finalizer ? (completion) => {
      replaceCompletionMarker(finalizer, completion, tagged);
      part(finalizer);
    } : null);
  };

  /**
   * The states of a try region: the protected part, an optional catch part
   * (entered with the exception in $v) and an optional finally part (which
   * knows the completion that entered it, {t, v} or null, by name).
   */
  const tryRegion = (labels: string[], body: () => void, handler: (() => void) | null, finalizer: ((completion: string) => void) | null): void => {
    const end = labels.length ? newLabel() : null;
    if (end) jumpStack.push({ labels, breakL: end, continueL: null, breakable: false, finallyDepth: finallyStack.length });
    const entry: TryEntry = {
      tryStart: newLabel(),
      catchState: handler ? newLabel() : null,
      finallyEntry: finalizer ? newLabel() : null,
      after: newLabel(),
      completion: finalizer ? newTemp('c') : null,
    };
    const finallyBody = newLabel();
    tries.push(entry);
    // a try region starts a new state, so no code before the try is inside it
    // (and its first state is its own: a jump to a label before the try must not land inside it)
    mark(entry.tryStart, null, true);
    if (finalizer) { finallyStack.push(entry); finallyExits.set(entry, []); }
    body();
    const toFinally = () => {
      emitJs(assignStmt(tagged(entry.completion!), t.nullLiteral()));
      jump(finallyBody);
    };
    if (finalizer) toFinally(); else jump(entry.after);
    if (handler) {
      mark(entry.catchState!);
      entryLabels.push(entry.catchState!);
      handler();
      if (finalizer) toFinally(); else jump(entry.after);
    }
    if (finalizer) {
      finallyStack.pop();
      mark(entry.finallyEntry!);
      entryLabels.push(entry.finallyEntry!);
      emitJs(assignStmt(tagged(entry.completion!), sent()));
      mark(finallyBody);
      finalizer(entry.completion!);
      emit({ op: 'end-finally', completion: entry.completion!, targets: finallyExits.get(entry)! });
    }
    mark(entry.after);
    if (end) { jumpStack.pop(); mark(end); }
  };

  // ------------------------------------------------------------ the body

  const body = fn.body;
  if (body.type === 'BlockStatement') block(body.body);
  else statement(t.returnStatement(body));
  if (!terminates(cur.ops[cur.ops.length - 1])) emit({ op: 'complete', value: null, node: null });

  const entries = new Set<number>();
  for (const l of entryLabels) entries.add(l.id);
  for (const s of suspensions) s.from = findStateOf(states, s);
  return { unit, states, tries, suspensions, entries, usesOp, names, boxed };
}

function findStateOf(states: State[], s: SuspensionPoint): number {
  for (const st of states) for (const op of st.ops) if (op.op === 'suspend' && op.resume === s.resume) return st.id;
  return s.from;
}

function shortCircuit(op: '&&' | '||' | '??', r: t.Expression): t.Expression {
  if (op === '&&') return t.unaryExpression('!', r);
  if (op === '||') return r;
  return t.binaryExpression('!=', r, t.nullLiteral());
}

/** The name the user gave a declaration the bindings pass renamed (`f` for `f$1`): its function's or class's `name`. */
function userName(id: t.Identifier): string {
  return ((id.extra as { coUserName?: string } | undefined)?.coUserName) ?? id.name;
}

/** A component tag as the expression a JSX transform reads (`<ns.W>`: ns.W); null for an intrinsic tag (`<div>`, `<svg:rect>`). */
function jsxNameAsExpression(name: t.JSXElement['openingElement']['name']): t.Expression | null {
  if (name.type === 'JSXNamespacedName' || (name.type === 'JSXIdentifier' && t.isIntrinsicJsxName(name.name))) return null;
  // (the root of a member tag is a reference, lowercase or not)
  const ref = (n: t.JSXIdentifier | t.JSXMemberExpression): t.Expression => {
    if (n.type === 'JSXMemberExpression') return copyLoc(t.memberExpression(ref(n.object), t.identifier(n.property.name)), n);
    if (n.name === 'this') return t.thisExpression();
    const id = t.identifier(n.name);
    id.extra = n.extra;
    return copyLoc(id, n);
  };
  return ref(name);
}

/** a value that no code can change (a user's `undefined` only where the file binds no such name: see coOuterUndefined) */
export function isConstant(e: t.Node): boolean {
  return e.type === 'NumericLiteral' || e.type === 'StringLiteral' || e.type === 'BooleanLiteral' || e.type === 'NullLiteral' ||
    e.type === 'BigIntLiteral' || e.type === 'ThisExpression' ||
    (e.type === 'Identifier' && e.name === 'undefined' && (!e.extra || !!(e.extra as Record<string, unknown>).coUndefined)) ||
    (e.type === 'TemplateLiteral' && e.expressions.length === 0);
}

function containsFunction(e: t.Node): boolean {
  let found = false;
  t.traverseFast(e, (n) => { if (t.isFunction(n) || t.isClass(n)) found = true; });
  return found;
}

function isTrue(e: t.Expression): boolean {
  return e.type === 'BooleanLiteral' && e.value === true;
}

function isChain(n: t.Node): boolean {
  return n.type === 'OptionalMemberExpression' || n.type === 'OptionalCallExpression' ||
    ((n.type === 'MemberExpression') && isChain(n.object)) || (n.type === 'CallExpression' && isChain(n.callee));
}

/** a fresh copy of a simple reference (identifiers keep their tags) */
export function cloneRef<T extends t.Node>(n: T): T {
  if (n.type === 'Identifier') {
    const id = t.identifier(n.name);
    if (n.extra) id.extra = { ...n.extra };
    return id as unknown as T;
  }
  return t.cloneNode(n, true, false);
}


function replaceCompletionMarker(node: t.Node, name: string, tagged: (n: string) => t.Identifier): void {
  for (const key of t.VISITOR_KEYS[node.type] || []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      child.forEach((c, i) => {
        if (c && c.type === 'Identifier' && c.name === COMPLETION) child[i] = tagged(name);
        else if (c && typeof c === 'object') replaceCompletionMarker(c, name, tagged);
      });
    } else if (child && typeof child === 'object') {
      const c = child as t.Node;
      if (c.type === 'Identifier' && c.name === COMPLETION) (node as unknown as Record<string, unknown>)[key] = tagged(name);
      else if (!t.isFunction(c)) replaceCompletionMarker(c, name, tagged);
    }
  }
}

/** A TypeScript declaration that the TypeScript compiler turns into a variable: an enum, or a namespace with values. */
function tsRuntimeDeclaration(s: t.Statement): boolean {
  if (s.type === 'TSEnumDeclaration') return !s.declare && !s.const;
  if (s.type !== 'TSModuleDeclaration' || s.declare) return false;
  // a namespace has values unless all it holds is types
  const typeOnly = (x: t.Node | null | undefined): boolean => {
    if (!x) return true;
    if (x.type === 'ExportNamedDeclaration') return x.exportKind === 'type' || typeOnly(x.declaration);
    if (x.type === 'TSModuleDeclaration') return !tsRuntimeDeclaration(x);
    return x.type === 'TSInterfaceDeclaration' || x.type === 'TSTypeAliasDeclaration' || ('declare' in x && !!x.declare);
  };
  return s.body.type === 'TSModuleBlock' ? !s.body.body.every(typeOnly) : !typeOnly(s.body);
}

/**
 * A function declaration as the function expression the lowering assigns to
 * its binding. A function expression's own name is a binding inside it, so
 * where the function's code (its parameters' defaults or its body) uses the
 * declared name, which means the declaration's reassignable binding (as
 * `meansBinding` says), the expression is anonymous instead, and marked to
 * be named as a property would name it (`coNameAs`: lower/emit.ts's wrap).
 */
export function declarationAsExpression(d: t.FunctionDeclaration, name: string, meansBinding: (id: t.Identifier) => boolean): t.FunctionExpression {
  let selfReference = false;
  const visit = (x: t.Node): void => {
    if (!selfReference && x.type === 'Identifier' && x.name === name && meansBinding(x)) selfReference = true;
  };
  for (const part of d.params) t.traverseFast(part, visit);
  t.traverseFast(d.body, visit);
  const e = t.functionExpression(selfReference ? null : t.identifier(name), d.params, d.body, d.generator, d.async);
  if (selfReference) e.extra = { ...e.extra, coNameAs: name };
  return e;
}
