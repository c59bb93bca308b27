// Pass 3: the variables each coroutine owns.
//
// A coroutine's body is split into many `case`s of one resume function, so
// every binding whose scope is cut by that split (the function scope itself,
// and any block, loop, switch or catch that contains a suspension) becomes a
// variable of the coroutine: later it is either a frame field or a local of
// the resume function. Blocks without a suspension are emitted unchanged and
// keep their own `let`/`const` (and their per-iteration closures).
//
// This pass finds those bindings with Babel's scope analysis, renames the
// ones whose names would clash once hoisted into one scope, and tags every
// identifier that refers to one (`extra.coVar`), including references from
// nested closures. Later passes never resolve names again: they read tags.
import traverse, { NodePath, Binding, Scope, Visitor } from '@babel/traverse';
import * as t from '@babel/types';
import { CoroutineInfo } from '../classify';
import { isCo } from '../syntax/parse';

export type VarKind = 'param' | 'var' | 'let' | 'const' | 'function' | 'class' | 'catch' | 'temp' | 'internal';

export interface VarInfo {
  name: string;
  kind: VarKind;
  /** offset of the declaring identifier in the source (-1 for temps) */
  declStart: number;
  /** referenced from a nested function */
  captured: boolean;
  /** declared in a loop body or loop head whose iterations need fresh bindings */
  inLoop: boolean;
}

export interface CoroutineUnit {
  info: CoroutineInfo;
  vars: Map<string, VarInfo>;
  /** every identifier name in the whole file, to make fresh names */
  fileNames: Set<string>;
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
}

export interface SharedResumePlace { list: t.Node[]; statement: t.Node }

export function containsSuspension(node: t.Node, kind: string, memo: WeakMap<t.Node, boolean>): boolean {
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
function isManaged(p: NodePath, kind: string, memo: WeakMap<t.Node, boolean>): boolean {
  const node = p.node;
  // a for-of/for-in whose only suspension is in the iterated expression
  // stays a native loop (the CFG builder keeps it): its bindings are its own
  const loopSuspends = (loop: t.Node): boolean => {
    if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') {
      return (loop.type === 'ForOfStatement' && loop.await && isCo(loop)) ||
        containsSuspension(loop.left, kind, memo) || containsSuspension(loop.body, kind, memo);
    }
    return containsSuspension(loop, kind, memo);
  };
  const parent = p.parentPath ? p.parentPath.node : null;
  if (node.type === 'CatchClause') return containsSuspension(p.parent, kind, memo);
  if (node.type === 'BlockStatement' && parent && LOOPS.has(parent.type)) return loopSuspends(parent);
  if (node.type === 'BlockStatement' && parent && parent.type === 'CatchClause') return containsSuspension(parent, kind, memo);
  if (LOOPS.has(node.type)) return loopSuspends(node);
  return containsSuspension(node, kind, memo);
}

export function analyzeBindings(ast: t.File, coroutines: CoroutineInfo[], memo: WeakMap<t.Node, boolean>): CoroutineUnit[] {
  const byNode = new Map<t.Node, CoroutineInfo>();
  for (const c of coroutines) byNode.set(c.node, c);
  const paths = new Map<CoroutineInfo, NodePath<t.Function>>();
  const fileNames = new Set<string>();
  traverse(ast, {
    Function(path) {
      const info = byNode.get(path.node);
      if (info) paths.set(info, path);
    },
    Identifier(path) { fileNames.add(path.node.name); },
  });

  const units: CoroutineUnit[] = [];
  for (const info of coroutines) {
    const path = paths.get(info)!;
    const kind = info.kind;
    const managedScopes: Scope[] = [path.scope];
    // One walk over the parameters and the body collects what the steps
    // below need: the scopes this coroutine manages (not those of nested
    // functions), every identifier with the binding it resolves to (resolved
    // now: renaming keeps Binding objects), and whether the body reads
    // `arguments` outside nested non-arrow functions.
    const idents: { p: NodePath<t.Identifier>; b: Binding | undefined; nested: boolean; inParams: boolean }[] = [];
    let nested = 0; // nested functions around the current node
    let plainNested = 0; // of those, non-arrow ones
    let inBody = false;
    let usesArguments = false;
    let usesCallContext = false; // this, super, new.target (a class body counts, to be safe)
    const visitor: Visitor = {
      Function: {
        enter(p) { nested++; if (!p.isArrowFunctionExpression()) plainNested++; },
        exit(p) { nested--; if (!p.isArrowFunctionExpression()) plainNested--; },
      },
      'ThisExpression|Super|MetaProperty|Class'() { if (inBody && plainNested === 0) usesCallContext = true; },
      Scopable(p) {
        if (nested > 0 || p.scope.path !== p || p.scope === path.scope) return;
        if (isManaged(p, kind, memo)) managedScopes.push(p.scope);
      },
      Identifier(p) { collect(p); },
    };
    const collect = (p: NodePath<t.Identifier>): void => {
      const name = p.node.name;
      let b = p.scope.getBinding(name);
      if (!b) {
        // Babel gives identifiers in a catch clause's pattern no scope binding; look it up there
        const cc = p.findParent((q) => q.isCatchClause());
        if (cc) b = cc.scope.getOwnBinding(name);
      }
      idents.push({ p, b, nested: nested > 0, inParams: !inBody });
      if (inBody && name === 'arguments' && plainNested === 0 && p.isReferencedIdentifier()) usesArguments = true;
    };
    for (const param of path.get('params')) {
      if (param.isIdentifier()) collect(param);
      param.traverse(visitor);
    }
    inBody = true;
    path.get('body').traverse(visitor);

    // the bindings this coroutine owns
    const owned: { binding: Binding; scope: Scope; inLoop: boolean }[] = [];
    for (const scope of managedScopes) {
      for (const name of Object.keys(scope.bindings)) {
        const b = scope.bindings[name];
        if (b.kind === 'local') continue; // a named function expression's own name
        if (b.kind === 'module') continue;
        let inLoop = false;
        for (let q: NodePath | null = scope.path; q && q !== path; q = q.parentPath) {
          if (LOOPS.has(q.node.type)) { inLoop = true; break; }
        }
        owned.push({ binding: b, scope, inLoop });
      }
    }

    // names referenced in the coroutine that resolve elsewhere (outer or global)
    const ownedSet = new Set(owned.map((o) => o.binding));
    const foreignNames = new Set<string>();
    for (const { p, b } of idents) {
      if ((!b || !ownedSet.has(b)) && p.isReferencedIdentifier()) foreignNames.add(p.node.name);
    }
    foreignNames.add('arguments');

    // rename clashes: first binding of a name (function scope first) keeps it
    const taken = new Set<string>();
    const ordered = owned.slice().sort((a, b) => (a.scope === path.scope ? 0 : 1) - (b.scope === path.scope ? 0 : 1) || (a.binding.identifier.start ?? 0) - (b.binding.identifier.start ?? 0));
    for (const o of ordered) {
      const name = o.binding.identifier.name;
      const isFunctionScope = o.scope === path.scope;
      const internal = /^\$(f|v|co|L|T|t)\d*$/.test(name);
      if (taken.has(name) || internal || (!isFunctionScope && foreignNames.has(name))) {
        let k = 1;
        let fresh = `${name}$${k}`;
        while (fileNames.has(fresh) || taken.has(fresh)) fresh = `${name}$${++k}`;
        o.scope.rename(name, fresh);
        fileNames.add(fresh);
        taken.add(fresh);
      } else {
        taken.add(name);
      }
    }

    const vars = new Map<string, VarInfo>();
    for (const o of ordered) {
      const b = o.binding;
      const name = b.identifier.name;
      let kind2: VarKind;
      switch (b.kind) {
        case 'param': kind2 = 'param'; break;
        case 'var': kind2 = 'var'; break;
        case 'let': kind2 = b.path.isCatchClause() ? 'catch' : 'let'; break;
        case 'const': kind2 = 'const'; break;
        case 'hoisted': kind2 = 'function'; break;
        default: kind2 = b.path.isClassDeclaration() ? 'class' : 'let';
      }
      if (b.path.isCatchClause()) kind2 = 'catch';
      vars.set(name, { name, kind: kind2, declStart: b.identifier.start ?? -1, captured: false, inLoop: o.inLoop && kind2 !== 'var' && kind2 !== 'function' });
    }

    // tag every identifier that refers to an owned binding
    const ownedByName = new Map<Binding, string>();
    for (const o of owned) ownedByName.set(o.binding, o.binding.identifier.name);
    for (const { p, b, nested: inNested } of idents) {
      if (!b) continue;
      const name = ownedByName.get(b);
      if (name === undefined) continue;
      if (isPropertyName(p)) continue;
      p.node.extra = { ...(p.node.extra || {}), coVar: name, coOwner: info.index };
      if (inNested) vars.get(name)!.captured = true;
    }
    const keepParams = usesArguments && info.node.type !== 'ArrowFunctionExpression' && info.node.params.every((x) => x.type === 'Identifier');
    const heldParams = new Set<string>();
    for (const { b, nested: inNested, inParams } of idents) {
      if (b && inNested && inParams && b.kind === 'param' && ownedByName.has(b)) heldParams.add(ownedByName.get(b)!);
    }
    // the statement list holding the declaration (or its export)
    const holder = path.parentPath && (path.parentPath.isExportNamedDeclaration() || path.parentPath.isExportDefaultDeclaration()) ? path.parentPath : path;
    const inStatementList = info.node.type === 'FunctionDeclaration' && Array.isArray(holder.container) && holder.parentPath !== null &&
      (holder.parentPath.isProgram() || holder.parentPath.isBlockStatement() || holder.parentPath.isSwitchCase());
    const sharedResume = inStatementList && !usesArguments && !usesCallContext && heldParams.size === 0
      ? { list: holder.container as t.Node[], statement: holder.node } : null;
    units.push({ info, vars, fileNames, depth: 0, keepParams, heldParams, sharedResume });
  }

  // depth: how many coroutines enclose each one (for unique frame names)
  for (const u of units) {
    let d = 0;
    for (let p: NodePath | null = paths.get(u.info)!.parentPath; p; p = p.parentPath) if (byNode.has(p.node)) d++;
    u.depth = d;
    if (d > 0) u.sharedResume = null;
  }
  return units;
}

function isPropertyName(p: NodePath<t.Identifier>): boolean {
  const parent = p.parent;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && p.key === 'property' && !parent.computed) return true;
  if ((parent.type === 'ObjectProperty' || parent.type === 'ObjectMethod' || parent.type === 'ClassMethod' || parent.type === 'ClassProperty' || parent.type === 'ClassPrivateMethod') && p.key === 'key' && !(parent as { computed?: boolean }).computed) return true;
  if (parent.type === 'LabeledStatement' || parent.type === 'BreakStatement' || parent.type === 'ContinueStatement') return true;
  if (parent.type === 'ExportSpecifier' && p.key === 'exported') return true;
  if (parent.type === 'MetaProperty') return true;
  return false;
}
