// Pass 3: the variables each coroutine owns.
//
// A coroutine's body is split into many `case`s of one resume function, so
// every binding whose scope is cut by that split (the function scope itself,
// and any block, loop, switch or catch that contains a suspension) becomes a
// variable of the coroutine: later it is either a frame field or a local of
// the resume function. Blocks without a suspension are emitted unchanged and
// keep their own `let`/`const` (and their per-iteration closures).
//
// This pass resolves the names inside each coroutine (its own small scope
// analysis, see `resolveCoroutine`), finds those bindings, renames the ones
// whose names would clash once hoisted into one scope, and tags every
// identifier that refers to one (`extra.coVar`), including references from
// nested closures. Later passes never resolve names again: they read tags.
import * as t from '../ast';
import { CoroutineInfo } from '../classify';
import { hasUseStrict, isCo } from '../syntax/parse';
import { bindingChecks, copyLoc, expandShorthand } from './checks';

export type VarKind = 'param' | 'var' | 'let' | 'const' | 'function' | 'class' | 'catch' | 'temp' | 'internal';

export interface VarInfo {
  name: string;
  /** its name in the source (`name` may be a new one: renamed apart); absent for the compiler's own */
  user?: string;
  kind: VarKind;
  /** offset of the declaring identifier in the source (-1 for temps) */
  declStart: number;
  /** referenced from a nested function */
  captured: boolean;
  /** declared in a loop body or loop head whose iterations need fresh bindings */
  inLoop: boolean;
  /** holds the TDZ marker from its block's entry: some reference may run before its declaration (./checks.ts) */
  tdz: boolean;
  /**
   * a body `var` of a parameter's name that is a binding of its own (a
   * closure in the parameter list sees the parameter): it starts with the
   * value of that parameter, named so in the wrapper function
   */
  initFrom?: string;
}

export interface CoroutineUnit {
  info: CoroutineInfo;
  vars: Map<string, VarInfo>;
  /** every identifier name in the whole file, to make fresh names */
  fileNames: Set<string>;
  /** the file may bind the name `undefined` somewhere: the lowered code says `void 0` instead */
  bindsUndefined: boolean;
  /** how many coroutines enclose this one */
  depth: number;
  /**
   * the body reads `arguments` and the parameters are plain: parameters stay
   * the wrapper's own (a sloppy-mode arguments object aliases them)
   */
  keepParams: boolean;
  /**
   * parameters a closure in the parameter list reads (`f = () => a`): the
   * body must keep using the wrapper's own binding, so they never move to the frame
   */
  heldParams: Set<string>;
  /**
   * when the resume function can be one function shared by all calls (see
   * the emitter) — a function declaration not inside another coroutine,
   * whose body reads no `this`, `arguments`, `super` or `new.target` —
   * where it goes: after `statement` (the declaration or its export) in the
   * statement list `list`; null otherwise
   */
  sharedResume: SharedResumePlace | null;
  /** the coroutine is strict code (a module, a class, or a 'use strict' around it or in it) */
  strict: boolean;
  /** direct `eval(...)` calls in the coroutine (nested functions included): the CFG builder rejects them */
  directEvals: t.CallExpression[];
  /**
   * its variables used inside a `with` statement's body (nested functions
   * included): the first use of each. Natively the name is looked up in the
   * object first; lowering keeps that only for a variable that stays a local
   * of its own name (lower/index.ts).
   */
  withUses: Map<string, t.Identifier>;
}

export interface SharedResumePlace { list: t.Node[]; statement: t.Node }

/** Answers of containsSuspension, per node, for one compile (a Map: faster than a WeakMap, and dropped with the compile) */
export type SuspensionMemo = Map<t.Node, boolean>;

export function containsSuspension(node: t.Node, kind: string, memo: SuspensionMemo): boolean {
  // leaves need no memo
  if (node.type === 'Identifier' || node.type === 'NumericLiteral' || node.type === 'StringLiteral' || node.type === 'ThisExpression') return false;
  const cached = memo.get(node);
  if (cached !== undefined) return cached;
  let found = false;
  if ((node.type === 'YieldExpression' || node.type === 'AwaitExpression') && isCo(node)) found = true;
  else if (node.type === 'ForOfStatement' && node.await && isCo(node)) found = true;
  else if (node.type === 'ReturnStatement' && isCo(node) && kind === 'asyncgen' && node.argument) found = true;
  else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.extra && (node.extra as Record<string, unknown>).coSuspend) found = true;
  if (!found && t.isFunction(node)) {
    // only a method's computed key is evaluated outside the function itself
    const key = (node as { computed?: boolean; key?: t.Node }).computed ? (node as { key: t.Node }).key : null;
    found = !!key && containsSuspension(key, kind, memo);
    memo.set(node, found);
    return found;
  }
  if (!found) {
    for (const key of t.VISITOR_KEYS[node.type] || []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) {
          if (c && typeof c === 'object' && containsSuspension(c as t.Node, kind, memo)) { found = true; break; }
        }
      } else if (child && typeof child === 'object') {
        if (containsSuspension(child as t.Node, kind, memo)) found = true;
      }
      if (found) break;
    }
  }
  memo.set(node, found);
  return found;
}

const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** Does the coroutine manage this scope (its bindings become coroutine variables)? */
function isManaged(node: t.Node, parent: t.Node | null, kind: string, memo: SuspensionMemo): boolean {
  // a for-of/for-in whose only suspension is in the iterated expression
  // stays a native loop (the CFG builder keeps it): its bindings are its own
  const loopSuspends = (loop: t.Node): boolean => {
    if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') {
      return (loop.type === 'ForOfStatement' && loop.await && isCo(loop)) ||
        containsSuspension(loop.left, kind, memo) || containsSuspension(loop.body, kind, memo);
    }
    return containsSuspension(loop, kind, memo);
  };
  if (node.type === 'CatchClause') return containsSuspension(parent!, kind, memo);
  if (node.type === 'BlockStatement' && parent && LOOPS.has(parent.type)) return loopSuspends(parent);
  if (LOOPS.has(node.type)) return loopSuspends(node);
  return containsSuspension(node, kind, memo);
}

// ------------------------------------------------------------------ names

// The scopes of one coroutine, as JavaScript (and Babel's scope tracker,
// whose model this follows) defines them: a function scope holds its
// parameters, its `var`s and the declarations of its body's top level; a
// block, loop head, switch, catch clause or static block holds its
// `let`/`const`/`class`/function declarations; a class holds the name of a
// class expression. Only the coroutine's subtree is resolved: a name found
// in none of its scopes is a global or a binding of the code around it.

export type BindingKind = 'param' | 'var' | 'let' | 'const' | 'hoisted' | 'local' | 'catch';

export interface Scope {
  node: t.Node;
  parent: Scope | null;
  /** `var` declarations go here (functions and static blocks) */
  isFunction: boolean;
  bindings: Map<string, Binding>;
  /** the coroutine manages it: its bindings become coroutine variables */
  managed: boolean;
  /** its node is a loop or inside one, within the coroutine */
  inLoop: boolean;
}

export interface Binding {
  kind: BindingKind;
  /** the declaring identifier (the first one, for a repeated `var`) */
  identifier: t.Identifier;
  scope: Scope;
}

export interface Occurrence {
  id: t.Identifier;
  parent: t.Node;
  scope: Scope;
  /** the outermost function or class around it inside the coroutine (null: in the coroutine's own code) */
  inside: t.Function | t.Class | null;
  /** inside a function nested in the coroutine */
  nested: boolean;
  /** in the coroutine's parameter list */
  inParams: boolean;
  /** Babel's isReferenced: a read (false for a declaration, and for the target of an assignment) */
  referenced: boolean;
  /** declares its binding (a declared name, parameter or pattern element), rather than reading or writing it */
  declaration: boolean;
  binding: Binding | undefined;
  /** the shorthand property `{ x }` (or `{ x = 1 }` in a pattern) it is the value of, if any */
  shorthand: t.ObjectProperty | null;
  /** inside the body of a `with` statement */
  inWith?: boolean;
}

export interface ResolvedCoroutine {
  scope: Scope;
  strict: boolean;
  /** where each let, const or class declaration's binding is initialised: the end of its declarator or class */
  initialisedAt: Map<t.Identifier, number>;
  /** the managed scopes, the coroutine's own first, then in source order */
  managed: Scope[];
  /** every identifier in the parameters and the body in a binding or reference position */
  occurrences: Occurrence[];
  /** JSX names that refer to bindings (`<Widget />`): renamed and tagged like references (reads only) */
  jsxNames: { id: t.JSXIdentifier; binding: Binding | undefined; nested: boolean }[];
  usesArguments: boolean;
  /** this, super, new.target, import.meta (a class counts, to be safe) outside nested non-arrow functions */
  usesCallContext: boolean;
  /** direct `eval(...)` calls anywhere in the coroutine, nested functions included */
  directEvals: t.CallExpression[];
  /** the function-level vars that sloppy-mode functions declared in blocks are copied to (Annex B), to be renamed */
  annexB: Binding[];
  /** body vars named like a parameter that a closure in the parameter list reads: each with that parameter */
  paramShadows: Map<Binding, Binding>;
}

const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeParameters', 'superTypeArguments', 'implements', 'predicate']);
const TS_EXPRESSIONS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSInstantiationExpression']);

function resolveCoroutine(fn: t.Function, kind: string, memo: SuspensionMemo, strict: boolean): ResolvedCoroutine {
  const occurrences: Occurrence[] = [];
  const jsx: { id: t.JSXIdentifier; scope: Scope; nested: boolean }[] = [];
  const managed: Scope[] = [];
  let nested = 0; // functions around the current node, inside the coroutine
  let plainNested = 0; // of those, non-arrow ones
  let withBodies = 0; // `with` statement bodies around the current node
  let loops = 0; // loops around the current node, inside the coroutine
  let inBody = false;
  let inside: t.Function | t.Class | null = null;
  const initialisedAt = new Map<t.Identifier, number>();
  let usesArguments = false;
  let usesCallContext = false;
  const evalCalls: { call: t.CallExpression; scope: Scope }[] = [];
  /** the coroutine's own body vars that name one of its parameters */
  const paramVars: t.Identifier[] = [];
  /** sloppy-mode function declarations in a block or switch of the coroutine's own body */
  const blockFunctions: { decl: t.FunctionDeclaration; list: t.Node[]; scope: Scope }[] = [];

  const newScope = (node: t.Node, parentNode: t.Node | null, parent: Scope | null, isFunction: boolean): Scope => {
    const own = parent === null;
    const scope: Scope = {
      node, parent, isFunction, bindings: new Map(),
      managed: own || (nested === 0 && !t.isFunction(node) && isManaged(node, parentNode, kind, memo)),
      inLoop: !own && (loops > 0 || LOOPS.has(node.type)),
    };
    if (scope.managed) managed.push(scope);
    return scope;
  };
  const declare = (scope: Scope, id: t.Identifier, bk: BindingKind): void => {
    // the first declaration of a name in a scope gives the binding its kind
    if (!scope.bindings.has(id.name)) scope.bindings.set(id.name, { kind: bk, identifier: id, scope });
  };
  /**
   * B.3.5: a `var` in a catch block may have the name of the (simple) catch
   * parameter. It declares the function's var, but its initialiser assigns
   * the parameter, as does any use of the name in the block: the
   * declaration's identifier refers to the parameter, and the var gets an
   * identifier of its own.
   */
  const catchParamBetween = (from: Scope, to: Scope, name: string): boolean => {
    for (let s: Scope | null = from; s !== null && s !== to; s = s.parent) if (s.bindings.get(name)?.kind === 'catch') return true;
    return false;
  };
  const functionScope = (s: Scope): Scope => {
    while (!s.isFunction) s = s.parent!;
    return s;
  };
  const occurrence = (id: t.Identifier, scope: Scope, parent: t.Node, grandparent: t.Node | null, declaration: boolean): void => {
    const referenced = t.isReferenced(id, parent, grandparent ?? undefined);
    const prop = parent.type === 'ObjectProperty' ? parent : parent.type === 'AssignmentPattern' && grandparent?.type === 'ObjectProperty' ? grandparent : null;
    const shorthand = prop && prop.shorthand ? prop : null;
    occurrences.push({ id, parent, scope, inside, nested: nested > 0, inParams: !inBody, referenced, declaration, binding: undefined, shorthand, inWith: withBodies > 0 });
    if (id.name === 'eval' && parent.type === 'CallExpression' && parent.callee === id) evalCalls.push({ call: parent, scope });
    if (inBody && id.name === 'arguments' && plainNested === 0 && referenced) usesArguments = true;
  };
  /** the name of a function or class declaration or expression */
  const declareName = (scope: Scope, id: t.Identifier, bk: BindingKind, owner: t.Node, parent: t.Node | null): void => {
    declare(scope, id, bk);
    occurrence(id, scope, owner, parent, true);
  };
  const callContext = (): void => { if (inBody && plainNested === 0) usesCallContext = true; };

  /** a declared pattern: its identifiers are declared in `into` (`scope` is where the pattern is) */
  const pattern = (p: t.Node | null | undefined, scope: Scope, into: Scope, bk: BindingKind, parent: t.Node, grandparent: t.Node | null): void => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier':
        if (bk === 'var' && inBody && into.parent === null && into.bindings.get(p.name)?.kind === 'param') paramVars.push(p);
        if (bk === 'var' && catchParamBetween(scope, into, p.name)) {
          declare(into, copyLoc(t.identifier(p.name), p), bk);
          // (the CFG builder's declaration of it assigns the parameter: no new box)
          p.extra = { ...(p.extra || {}), coAssignsCatchParam: true };
        } else declare(into, p, bk);
        occurrence(p, scope, parent, grandparent, true);
        return;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') pattern(prop.argument, scope, into, bk, prop, p);
          else {
            if (prop.computed) visit(prop.key, prop, p, scope);
            pattern(prop.value, scope, into, bk, prop, p);
          }
        }
        return;
      case 'ArrayPattern':
        for (const el of p.elements) pattern(el, scope, into, bk, p, parent);
        return;
      case 'AssignmentPattern':
        pattern(p.left, scope, into, bk, p, parent);
        visit(p.right, p, parent, scope);
        return;
      case 'RestElement':
        pattern(p.argument, scope, into, bk, p, parent);
        return;
      case 'TSParameterProperty':
        pattern(p.parameter, scope, into, bk, p, parent);
        return;
      default:
        // not a declaration target (a member expression in an assignment pattern, say)
        visit(p, parent, grandparent, scope);
    }
  };

  const statements = (list: t.Node[], parent: t.Node, grandparent: t.Node | null, scope: Scope): void => {
    for (const s of list) {
      if (!strict && nested === 0 && !scope.isFunction && s.type === 'FunctionDeclaration' && s.id && !s.generator && !s.async) {
        blockFunctions.push({ decl: s, list, scope });
      }
      visit(s, parent, grandparent, scope);
    }
  };

  const func = (f: t.Function, parent: t.Node | null, outer: Scope | null): Scope => {
    const arrow = f.type === 'ArrowFunctionExpression';
    if (outer !== null) { nested++; if (!arrow) plainNested++; }
    const outermost = outer !== null && inside === null;
    if (outermost) inside = f;
    const scope = newScope(f, parent, outer, true);
    for (const param of f.params) pattern(param, scope, scope, 'param', f, parent);
    if (outer === null) inBody = true;
    if (f.body.type === 'BlockStatement') statements(f.body.body, f.body, f, scope);
    else visit(f.body, f, parent, scope);
    // A function expression's own name is bound outside its parameters and
    // body: a parameter, var, function or let of that name hides it.
    if (f.type === 'FunctionExpression' && f.id && !scope.bindings.has(f.id.name)) declareName(scope, f.id, 'local', f, parent);
    if (outer !== null) { nested--; if (!arrow) plainNested--; }
    if (outermost) inside = null;
    return scope;
  };

  const cls = (c: t.Class, parent: t.Node, scope: Scope): void => {
    callContext();
    if (c.type === 'ClassDeclaration' && c.id) {
      declareName(scope, c.id, 'let', c, parent);
      initialisedAt.set(c.id, c.end ?? 0);
    }
    for (const d of c.decorators ?? []) visit(d, c, parent, scope);
    const outermost = inside === null;
    if (outermost) inside = c;
    const inner = newScope(c, parent, scope, false);
    if (c.type === 'ClassExpression' && c.id) declareName(inner, c.id, 'local', c, parent);
    // a class declaration's body (and heritage) sees its own immutable inner
    // binding of the name, not the outer one a later assignment changes
    else if (c.id) declare(inner, c.id, 'local');
    if (c.superClass) visit(c.superClass, c, parent, inner);
    for (const m of c.body.body) {
      for (const d of (m as { decorators?: t.Decorator[] | null }).decorators ?? []) visit(d, m, c.body, inner);
      switch (m.type) {
        case 'ClassMethod':
        case 'ClassPrivateMethod':
          if (m.type === 'ClassMethod' && m.computed) visit(m.key, m, c.body, inner);
          func(m, c.body, inner);
          break;
        case 'ClassProperty':
        case 'ClassPrivateProperty':
        case 'ClassAccessorProperty':
          if ('computed' in m && m.computed) visit(m.key, m, c.body, inner);
          if (m.value) visit(m.value, m, c.body, inner);
          break;
        case 'StaticBlock': {
          const sb = newScope(m, c.body, inner, true);
          statements(m.body, m, c.body, sb);
          break;
        }
        default:
          break; // TypeScript index signatures and the like: types only
      }
    }
    if (outermost) inside = null;
  };

  const visit = (node: t.Node | null | undefined, parent: t.Node, grandparent: t.Node | null, scope: Scope): void => {
    if (!node) return;
    switch (node.type) {
      case 'Identifier':
        occurrence(node, scope, parent, grandparent, false);
        return;
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        visit(node.object, node, parent, scope);
        if (node.computed) visit(node.property, node, parent, scope);
        return;
      case 'ObjectProperty':
        if (node.computed) visit(node.key, node, parent, scope);
        visit(node.value, node, parent, scope);
        return;
      case 'ObjectMethod':
        if (node.computed) visit(node.key, node, parent, scope);
        func(node, parent, scope);
        return;
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        func(node, parent, scope);
        return;
      case 'FunctionDeclaration':
        if (node.id) declareName(scope, node.id, 'hoisted', node, parent);
        func(node, parent, scope);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression':
        cls(node, parent, scope);
        return;
      case 'VariableDeclaration': {
        const bk: BindingKind = node.kind === 'var' ? 'var' : node.kind === 'let' ? 'let' : 'const';
        const into = bk === 'var' ? functionScope(scope) : scope;
        for (const d of node.declarations) {
          pattern(d.id, scope, into, bk, d, node);
          visit(d.init, d, node, scope);
          if (bk === 'var') continue;
          if (d.id.type === 'Identifier') initialisedAt.set(d.id, d.end ?? 0);
          else for (const id of t.bindingIdentifiers(d.id as t.Node)) initialisedAt.set(id, d.end ?? 0);
        }
        return;
      }
      case 'BlockStatement': {
        const inner = newScope(node, parent, scope, false);
        statements(node.body, node, parent, inner);
        return;
      }
      case 'CatchClause': {
        const inner = newScope(node, parent, scope, false);
        pattern(node.param, inner, inner, 'catch', node, parent);
        // The block's declarations are the catch clause's (managed with it),
        // but the parameter's default values do not see them.
        const block: Scope = { ...inner, node: node.body, parent: inner, bindings: new Map() };
        if (block.managed) managed.push(block);
        statements(node.body.body, node.body, node, block);
        return;
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement': {
        const inner = newScope(node, parent, scope, false);
        loops++;
        for (const key of t.VISITOR_KEYS[node.type]) visit((node as unknown as Record<string, t.Node | null>)[key], node, parent, inner);
        loops--;
        return;
      }
      case 'SwitchStatement': {
        const inner = newScope(node, parent, scope, false);
        visit(node.discriminant, node, parent, inner);
        for (const c of node.cases) {
          visit(c.test, c, node, inner);
          statements(c.consequent, c, node, inner);
        }
        return;
      }
      case 'ThisExpression':
      case 'Super':
      case 'MetaProperty':
        callContext();
        return;
      case 'WithStatement':
        visit(node.object, node, parent, scope);
        withBodies++;
        visit(node.body, node, parent, scope);
        withBodies--;
        return;
      case 'LabeledStatement':
        visit(node.body, node, parent, scope);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'PrivateName':
        return;
      case 'JSXOpeningElement':
      case 'JSXClosingElement':
        jsxName(node.name, scope);
        if (node.type === 'JSXOpeningElement') for (const a of node.attributes) visit(a, node, parent, scope);
        return;
      case 'JSXAttribute':
        visit(node.value, node, parent, scope);
        return;
    }
    if (node.type.startsWith('TS')) {
      if (TS_EXPRESSIONS.has(node.type)) visit((node as { expression: t.Node }).expression, node, parent, scope);
      return; // types
    }
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      if (TYPE_KEYS.has(key)) continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === 'object') visit(c as t.Node, node, parent, scope);
      } else if (child && typeof child === 'object') {
        visit(child as t.Node, node, parent, scope);
      }
    }
  };

  const jsxName = (name: t.Node, scope: Scope): void => {
    // `<Widget>` and `<ns.Widget>` refer to a binding; `<div>` is a tag name
    if (name.type === 'JSXIdentifier') {
      if (!t.isIntrinsicJsxName(name.name)) jsx.push({ id: name, scope, nested: nested > 0 });
    } else if (name.type === 'JSXMemberExpression') {
      let root: t.Node = name;
      while (root.type === 'JSXMemberExpression') root = root.object;
      if (root.type === 'JSXIdentifier') jsx.push({ id: root, scope, nested: nested > 0 });
    }
  };

  const own = func(fn, null, null);
  // `var arguments` in a (non-arrow) function declares nothing new: the name
  // keeps meaning the arguments object until it is assigned (a parameter of
  // that name or a function declared at the top level is another binding,
  // of its own kind). So it is the wrapper's own, like a parameter.
  const argumentsVar = own.bindings.get('arguments');
  if (argumentsVar && argumentsVar.kind === 'var' && fn.type !== 'ArrowFunctionExpression') argumentsVar.kind = 'param';
  const lookup = (scope: Scope | null, name: string): Binding | undefined => {
    for (let s = scope; s !== null; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return b;
    }
    return undefined;
  };
  const annexB = blockFunctionVars(blockFunctions, own, occurrences);
  for (const o of occurrences) {
    const b = lookup(o.scope, o.id.name);
    // The parameter list, and the closures in it, cannot see the body's own
    // declarations: natively those are in an environment of their own
    // (a body `var` of a parameter's name is the parameter's binding here:
    // separateParamVars). Only the parameters and the function
    // expression's own name are there.
    o.binding = b && o.inParams && b.scope === own && b.kind !== 'param' && b.kind !== 'local' ? undefined : b;
  }
  const paramShadows = separateParamVars(paramVars, own, occurrences);
  return {
    scope: own, strict, initialisedAt, managed, occurrences,
    jsxNames: jsx.map((j) => ({ id: j.id, binding: lookup(j.scope, j.id.name), nested: j.nested })),
    usesArguments, usesCallContext,
    // (a call of a local named eval is an ordinary call)
    directEvals: evalCalls.filter((e) => lookup(e.scope, 'eval') === undefined).map((e) => e.call),
    annexB, paramShadows,
  };
}

/**
 * With expressions in the parameter list, a body `var` of a parameter's
 * name is a binding of its own, starting with the parameter's value: a
 * closure in the parameter list keeps seeing the parameter. Only where such
 * a closure reads the name (elsewhere the two cannot be told apart, and stay
 * one): the body's occurrences of the name go to the new var.
 */
function separateParamVars(paramVars: t.Identifier[], own: Scope, occurrences: Occurrence[]): Map<Binding, Binding> {
  const shadows = new Map<Binding, Binding>();
  if (paramVars.length === 0) return shadows;
  const held = new Set<Binding>();
  for (const o of occurrences) if (o.nested && o.inParams && o.binding && o.binding.scope === own && o.binding.kind === 'param') held.add(o.binding);
  const byParam = new Map<Binding, Binding>();
  for (const id of paramVars) {
    const param = own.bindings.get(id.name)!;
    if (!held.has(param) || byParam.has(param)) continue;
    byParam.set(param, { kind: 'var', identifier: id, scope: own });
  }
  for (const o of occurrences) {
    const v = !o.inParams && o.binding ? byParam.get(o.binding) : undefined;
    if (v) o.binding = v;
  }
  for (const [param, v] of byParam) shadows.set(v, param);
  return shadows;
}

/**
 * Annex B.3.3: outside strict code, a function declared in a block is also
 * a `var` of the function, assigned when its declaration is evaluated, so
 * that its name still means it after the block. A coroutine's blocks are
 * cut into states (and a kept block's own var would belong to one run of
 * the resume function), so the copy is made explicit: a function-level var
 * binding (the function's own `var` of that name, if any) and `F = F;`
 * after the declaration, whose left side resolves to that var and right
 * side to the block's function; the var is renamed later, so that the two
 * never meet under one name. Only where the native rule applies, with no
 * other binding of the name in between or at the function level (a
 * parameter or a `let` there: no copy natively either); a function of the
 * same name declared at the top level is the binding the copy goes to, and
 * a simple catch parameter in between does not stop it.
 */
function blockFunctionVars(
  candidates: { decl: t.FunctionDeclaration; list: t.Node[]; scope: Scope }[], own: Scope, occurrences: Occurrence[],
): Binding[] {
  const vars = new Map<string, Binding>();
  for (const { decl, list, scope } of candidates) {
    const name = decl.id!.name;
    if (name === 'arguments') continue;
    let clash = false;
    for (let s = scope.parent; s !== null && !clash; s = s.parent) {
      const b = s.bindings.get(name);
      // (a `var` or a function declared at the function's top level is the
      // binding the copy goes to; a simple catch parameter in between does
      // not stop it, B.3.5, though the name means the parameter in the catch)
      const simpleCatchParam = !!b && b.kind === 'catch' && s.node.type === 'CatchClause' && s.node.param === b.identifier;
      if (b && vars.get(name) !== b && !(s === own && (b.kind === 'var' || b.kind === 'hoisted')) && !simpleCatchParam) clash = true;
      if (s === own) break;
    }
    if (clash) continue;
    const left = t.identifier(name);
    left.start = decl.id!.start;
    let binding = vars.get(name);
    if (!binding) {
      binding = own.bindings.get(name) ?? { kind: 'var', identifier: left, scope: own };
      own.bindings.set(name, binding);
      vars.set(name, binding);
    }
    const right = t.identifier(name);
    const copy = t.expressionStatement(t.assignmentExpression('=', left, right));
    copy.loc = decl.loc;
    copy.start = decl.start;
    copy.end = decl.end;
    list.splice(list.indexOf(decl) + 1, 0, copy);
    const assignment = copy.expression;
    occurrences.push({ id: left, parent: assignment, scope: own, inside: null, nested: false, inParams: false, referenced: true, declaration: false, binding: undefined, shorthand: null });
    occurrences.push({ id: right, parent: assignment, scope, inside: null, nested: false, inParams: false, referenced: true, declaration: false, binding: undefined, shorthand: null });
  }
  return [...vars.values()];
}

// ------------------------------------------------------------------ the file

interface Placement {
  /** how many coroutines enclose this one */
  depth: number;
  /** where a shared resume function would go (before the checks on the body) */
  place: SharedResumePlace | null;
  /** the coroutine is strict code (a module, a class, or a 'use strict' around it or in it) */
  strict: boolean;
}

/** Every identifier name in the file, and where each coroutine sits. */
function surveyFile(ast: t.File, byNode: Map<t.Node, CoroutineInfo>): { fileNames: Set<string>; placement: Map<t.Node, Placement>; bindsUndefined: boolean } {
  const fileNames = new Set<string>();
  let bindsUndefined = false;
  const placement = new Map<t.Node, Placement>();
  /** a statement of a Program, BlockStatement or SwitchCase: its list */
  const listOf = new Map<t.Node, t.Node[]>();
  const walk = (node: t.Node, parent: t.Node | null, depth: number, outerStrict: boolean): void => {
    if (node.type === 'Identifier') {
      fileNames.add(node.name);
      // (any `undefined` not read as a value: a binding, or only a property name, to be safe)
      if (node.name === 'undefined' && parent && !t.isReferenced(node, parent)) bindsUndefined = true;
    }
    let inner = depth;
    let strict = outerStrict;
    if (node.type === 'Program') strict = node.sourceType === 'module' || hasUseStrict(node.directives);
    else if (t.isFunction(node)) strict ||= node.body.type === 'BlockStatement' && hasUseStrict(node.body.directives);
    else if (t.isClass(node)) strict = true;
    if (byNode.has(node)) {
      let place: SharedResumePlace | null = null;
      if (node.type === 'FunctionDeclaration' && parent) {
        // the declaration, or its export, in a statement list
        const exported = parent.type === 'ExportNamedDeclaration' || parent.type === 'ExportDefaultDeclaration';
        const statement = exported ? parent : node;
        const list = listOf.get(statement);
        if (list) place = { list, statement };
      }
      placement.set(node, { depth, place, strict });
      inner++;
    }
    const statements = node.type === 'Program' || node.type === 'BlockStatement' ? node.body : node.type === 'SwitchCase' ? node.consequent : null;
    if (statements) {
      for (const st of statements) {
        const decl = st.type === 'ExportNamedDeclaration' || st.type === 'ExportDefaultDeclaration' ? st.declaration : st;
        if (decl && byNode.has(decl)) listOf.set(st, statements);
      }
    }
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c === 'object') walk(c as t.Node, node, inner, strict);
      } else if (child && typeof child === 'object') {
        walk(child as t.Node, node, inner, strict);
      }
    }
  };
  walk(ast, null, 0, false);
  return { fileNames, placement, bindsUndefined };
}

/**
 * names like the compiler's own ($f, $v1, $co, $L, $T, $t3) and the frame's
 * own fields ($s, $o): a user binding with one is renamed
 */
const INTERNAL_NAME = /^\$(f|v|co|L|T|t|s|o)\d*$/;

export function analyzeBindings(ast: t.File, coroutines: CoroutineInfo[], memo: SuspensionMemo, runtime: string): CoroutineUnit[] {
  const byNode = new Map<t.Node, CoroutineInfo>();
  for (const c of coroutines) byNode.set(c.node, c);
  const { fileNames, placement, bindsUndefined } = surveyFile(ast, byNode);

  const units: CoroutineUnit[] = [];
  for (const info of coroutines) {
    const { depth, place, strict } = placement.get(info.node)!;
    const r = resolveCoroutine(info.node, info.kind, memo, strict);

    // the bindings this coroutine owns
    const owned: Binding[] = [];
    for (const scope of r.managed) {
      for (const b of scope.bindings.values()) if (b.kind !== 'local') owned.push(b); // not a named function expression's own name
    }
    owned.push(...r.paramShadows.keys());

    // names read or written in the coroutine that resolve elsewhere (outer or global)
    const ownedSet = new Set(owned);
    const foreignNames = new Set<string>();
    for (const o of r.occurrences) {
      if ((!o.binding || !ownedSet.has(o.binding)) && !o.declaration) foreignNames.add(o.id.name);
    }
    foreignNames.add('arguments');

    // rename clashes: first binding of a name (function scope first) keeps it
    const taken = new Set<string>();
    /** `name$1`, `name$2`, …: the first that occurs nowhere in the file and is not taken; reserved from now on */
    const freshName = (name: string): string => {
      let k = 1;
      while (fileNames.has(`${name}$${k}`) || taken.has(`${name}$${k}`)) k++;
      fileNames.add(`${name}$${k}`);
      return `${name}$${k}`;
    };

    // the vars Annex B adds get names of their own (the block's function keeps the user's)
    const annexUser = new Map<Binding, string>();
    for (const b of r.annexB) {
      const user = b.identifier.name;
      annexUser.set(b, user);
      const fresh = freshName(user);
      for (const o of r.occurrences) {
        if (o.binding !== b) continue;
        // (a function declared at the top level keeps its `name`)
        if (o.id === b.identifier) o.id.extra = { ...(o.id.extra || {}), coUserName: user };
        o.id.name = fresh;
      }
    }

    const userNames = new Map<Binding, string>(owned.map((b) => [b, annexUser.get(b) ?? b.identifier.name]));
    const ordered = owned.slice().sort((a, b) => (a.scope === r.scope ? 0 : 1) - (b.scope === r.scope ? 0 : 1) || (a.identifier.start ?? 0) - (b.identifier.start ?? 0));
    const renamed = new Map<Binding, string>();
    for (const b of ordered) {
      const name = b.identifier.name;
      // (`__proto__` too: as a frame field's key it would set the frame's
      // prototype; and a sloppy-mode `var let`, which a resume function's
      // `let` declaration could not declare)
      const internal = INTERNAL_NAME.test(name) || name === '__proto__' || name === 'let';
      if (taken.has(name) || internal || (b.scope !== r.scope && foreignNames.has(name))) {
        const fresh = freshName(name);
        renamed.set(b, fresh);
        taken.add(fresh);
      } else {
        taken.add(name);
      }
    }
    if (renamed.size) {
      for (const o of r.occurrences) {
        const fresh = o.binding && renamed.get(o.binding);
        if (!fresh) continue;
        // a renamed function or class keeps the user's name as its `name` (the CFG builder reads it)
        // (not a name like the compiler's own, `$f`, which the function's body may need to reach)
        if (o.id === o.binding!.identifier && !INTERNAL_NAME.test(o.id.name)) o.id.extra = { ...(o.id.extra || {}), coUserName: o.id.name };
        o.id.name = fresh;
        if (o.shorthand) expandShorthand(o.shorthand); // `{ x }` becomes `{ x: x$1 }`
      }
      // (a binding whose identifier is not one of the occurrences: a var named like a catch parameter)
      for (const [b, fresh] of renamed) b.identifier.name = fresh;
      for (const j of r.jsxNames) {
        const fresh = j.binding && renamed.get(j.binding);
        if (fresh) j.id.name = fresh;
      }
    }

    const vars = new Map<string, VarInfo>();
    for (const b of ordered) {
      const name = b.identifier.name;
      const kind: VarKind = b.kind === 'hoisted' ? 'function' : b.kind as Exclude<BindingKind, 'hoisted' | 'local'>; // (no 'local' is owned)
      vars.set(name, { name, user: userNames.get(b), kind, declStart: b.identifier.start ?? -1, captured: false, inLoop: b.scope.inLoop && kind !== 'var', tdz: false });
    }
    for (const [v, param] of r.paramShadows) vars.get(v.identifier.name)!.initFrom = param.identifier.name;

    // tag every identifier that refers to an owned binding
    const heldParams = new Set<string>();
    const withUses = new Map<string, t.Identifier>();
    for (const o of r.occurrences) {
      if (!o.binding || !ownedSet.has(o.binding)) {
        // (in a file that binds the name, an outer `undefined` may be a
        // variable that changes during a suspension: not a constant)
        if (bindsUndefined && o.id.name === 'undefined') o.id.extra = { ...(o.id.extra || {}), coOuterUndefined: true };
        continue;
      }
      const name = o.binding.identifier.name;
      o.id.extra = { ...(o.id.extra || {}), coVar: name, coOwner: info.index };
      if (o.nested) vars.get(name)!.captured = true;
      if (o.nested && o.inParams && o.binding.kind === 'param') heldParams.add(name);
      if (o.inWith && !withUses.has(name)) withUses.set(name, o.id);
    }
    // `<Widget />` reads Widget: a variable live across a suspension lives in
    // the frame, and the emitter writes `<$f.Widget />` (or the box's `.v`)
    for (const j of r.jsxNames) {
      if (!j.binding || !ownedSet.has(j.binding)) continue;
      const name = j.binding.identifier.name;
      j.id.extra = { ...(j.id.extra || {}), coVar: name, coOwner: info.index };
      if (j.nested) vars.get(name)!.captured = true;
    }
    for (const b of bindingChecks(r, ownedSet, userNames, runtime)) vars.get(b.identifier.name)!.tdz = true;
    const keepParams = r.usesArguments && info.node.type !== 'ArrowFunctionExpression' && info.node.params.every((x) => x.type === 'Identifier');
    const sharedResume = place && depth === 0 && !r.usesArguments && !r.usesCallContext && heldParams.size === 0 ? place : null;
    units.push({ info, vars, fileNames, bindsUndefined, depth, keepParams, heldParams, sharedResume, strict: r.strict, directEvals: r.directEvals, withUses });
  }
  return units;
}
