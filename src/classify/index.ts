// Pass 2: decide which functions are coroutines, of which kind, and reject
// every misplaced keyword (§2 and §4 of the language contract).
//
// A function is a coroutine exactly when its *own* body contains a co_ form:
// nested functions and class bodies belong to themselves. We walk the tree
// keeping the innermost "owner" of each position: a function body, a
// parameter list, a class field initializer, a static block, or the top level.
import * as t from '../ast';
import { isCo, ParsedSource } from '../syntax/parse';
import { CODES, CompileError, Diagnostic, diagnosticAt } from '../diagnostics';

export type CoroutineKind = 'generator' | 'asyncgen' | 'task';

export interface CoroutineInfo {
  node: t.Function;
  kind: CoroutineKind;
  /** readable name: function id, method key, or the variable it is bound to */
  name: string;
  /** 0-based index in source order; used for deterministic naming */
  index: number;
}

type Owner =
  | { type: 'top' }
  | { type: 'function'; fn: t.Function; role: 'plain' | 'constructor' | 'get' | 'set'; name: string }
  // (words: the function whose native form decides whether `yield` / `await`
  // can be names here: the function itself, or for an arrow the function it
  // stands in, since an arrow's parameters are read in that context; null at
  // top level and in fields)
  | { type: 'params'; fn: t.Function; words: t.Function | null }
  | { type: 'field' }
  | { type: 'static-block' };

interface FunctionFacts {
  fn: t.Function;
  name: string;
  coYield: boolean;
  coAwait: boolean;
  coReturn: boolean;
  /** native yield/await/for-await/return nodes in the own body (and `yield`/`await` used as names there or in its parameters) */
  natives: t.Node[];
}

const CO_NAMES = new Set(['co_await', 'co_yield', 'co_return']);

export function classify(parsed: ParsedSource): CoroutineInfo[] {
  const { source, filename } = parsed;
  const diagnostics: Diagnostic[] = [];
  const report = (offset: number, code: string, message: string) => diagnostics.push(diagnosticAt(source, filename, offset, code, message));
  const facts = new Map<t.Function, FunctionFacts>();
  const order: FunctionFacts[] = [];

  const keywordOf = (node: t.Node): string => {
    if (node.type === 'AwaitExpression') return 'co_await';
    if (node.type === 'YieldExpression') return node.delegate ? 'co_yield*' : 'co_yield';
    if (node.type === 'ForOfStatement') return 'for co_await';
    return 'co_return';
  };
  const keywordStart = (node: t.Node): number => {
    const extra = node.extra as { keywordStart?: number } | undefined;
    return extra?.keywordStart ?? node.start ?? 0;
  };

  const onCoNode = (node: t.Node, owner: Owner) => {
    const kw = keywordOf(node);
    const at = keywordStart(node);
    switch (owner.type) {
      case 'top': report(at, CODES.AT_TOP_LEVEL, `'${kw}' at top level: only a function body can suspend`); return;
      case 'field': report(at, CODES.IN_FIELD, `'${kw}' in a class field initializer`); return;
      case 'static-block': report(at, CODES.IN_STATIC_BLOCK, `'${kw}' in a class static block`); return;
      case 'params': report(at, CODES.IN_PARAM_DEFAULT, `'${kw}' in a parameter list: parameters are evaluated before the coroutine body starts`); return;
      case 'function': {
        if (owner.role === 'constructor') { report(at, CODES.IN_CONSTRUCTOR, `'${kw}' in a constructor: a constructor cannot be a coroutine`); return; }
        if (owner.role === 'get') { report(at, CODES.IN_GETTER, `'${kw}' in a getter: a getter cannot be a coroutine`); return; }
        if (owner.role === 'set') { report(at, CODES.IN_SETTER, `'${kw}' in a setter: a setter cannot be a coroutine`); return; }
        const f = facts.get(owner.fn)!;
        if (node.type === 'YieldExpression') {
          if (owner.fn.type === 'ArrowFunctionExpression') { report(at, CODES.YIELD_IN_ARROW, `'${kw}' in an arrow function: arrows cannot be generators (use a function expression)`); return; }
          f.coYield = true;
        } else if (node.type === 'ReturnStatement') f.coReturn = true;
        else f.coAwait = true;
      }
    }
  };

  const onNativeNode = (node: t.Node, owner: Owner) => {
    if (owner.type === 'function') { facts.get(owner.fn)!.natives.push(node); return; }
    if (owner.type === 'top') {
      if (node.type === 'YieldExpression') report(node.start ?? 0, CODES.SYNTAX, `'yield' outside a generator function`);
      // top-level await / return are left to the module system
      return;
    }
    if (node.type === 'YieldExpression') report(node.start ?? 0, CODES.SYNTAX, `'yield' outside a generator function`);
  };

  const enterFunction = (fn: t.Function, role: 'plain' | 'constructor' | 'get' | 'set', name: string, at: Owner) => {
    const f: FunctionFacts = { fn, name, coYield: false, coAwait: false, coReturn: false, natives: [] };
    facts.set(fn, f);
    order.push(f);
    const words = fn.type !== 'ArrowFunctionExpression' ? fn : at.type === 'function' ? at.fn : at.type === 'params' ? at.words : null;
    for (const p of fn.params) walk(p, { type: 'params', fn, words }, null);
    const owner: Owner = { type: 'function', fn, role, name };
    walk(fn.body, owner, null);
  };

  const walk = (node: t.Node | null | undefined, owner: Owner, nameHint: string | null): void => {
    if (!node) return;
    // names that must not be co_ words
    checkBindingNames(node);
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
        enterFunction(node, 'plain', node.id?.name ?? nameHint ?? 'anonymous', owner);
        return;
      case 'ArrowFunctionExpression':
        enterFunction(node, 'plain', nameHint ?? 'arrow', owner);
        return;
      case 'ObjectMethod':
      case 'ClassMethod':
      case 'ClassPrivateMethod': {
        if (node.computed) walk(node.key, owner, null);
        const role = node.kind === 'constructor' ? 'constructor' : node.kind === 'get' ? 'get' : node.kind === 'set' ? 'set' : 'plain';
        for (const d of ('decorators' in node && node.decorators) || []) walk(d, owner, null);
        enterFunction(node, role, keyName(node.key) ?? 'method', owner);
        return;
      }
      case 'ClassProperty':
      case 'ClassPrivateProperty':
      case 'ClassAccessorProperty': {
        if ('computed' in node && node.computed) walk(node.key, owner, null);
        for (const d of node.decorators || []) walk(d, owner, null);
        walk(node.value, { type: 'field' }, keyName(node.key));
        return;
      }
      case 'StaticBlock':
        for (const s of node.body) walk(s, { type: 'static-block' }, null);
        return;
      case 'VariableDeclarator':
        walk(node.id, owner, null);
        walk(node.init, owner, node.id.type === 'Identifier' ? node.id.name : null);
        return;
      case 'ObjectProperty':
        if (node.computed) walk(node.key, owner, null);
        else if (node.shorthand) walk(node.value, owner, null);
        if (!node.shorthand) walk(node.value, owner, keyName(node.key));
        return;
      case 'AssignmentExpression':
        walk(node.left, owner, null);
        walk(node.right, owner, node.left.type === 'Identifier' ? node.left.name : null);
        return;
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        walk(node.object, owner, null);
        if (node.computed) walk(node.property, owner, null);
        return;
      case 'ExportSpecifier':
        // (the exported name is a property name of the module)
        walk(node.local, owner, null);
        return;
      case 'ImportSpecifier':
        walk(node.local, owner, null);
        return;
      case 'Identifier':
        // `yield` / `await` as a name (the parser allowed it: sloppy code, a script)
        if (node.name === 'yield' || node.name === 'await') {
          const words = owner.type === 'function' ? owner.fn : owner.type === 'params' ? owner.words : null;
          if (words) facts.get(words)!.natives.push(node);
        }
        // a co_ word left as a name where the scanner took it for a property name
        badName(node, 'a name');
        return;
    }
    if (node.type === 'AwaitExpression' || node.type === 'YieldExpression' || node.type === 'ReturnStatement' || (node.type === 'ForOfStatement' && node.await)) {
      if (isCo(node)) onCoNode(node, owner);
      else if (node.type !== 'ReturnStatement' || owner.type === 'function') onNativeNode(node, owner);
    }
    if (node.type === 'ReturnStatement' && owner.type !== 'function' && !isCo(node)) {
      if (owner.type === 'top') report(node.start ?? 0, CODES.SYNTAX, `'return' outside of function`);
    }
    const keys = t.VISITOR_KEYS[node.type] || [];
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) for (const c of child) walk(c as t.Node, owner, null);
      else if (child && typeof child === 'object') walk(child as t.Node, owner, null);
    }
  };

  const reported = new Set<t.Node>();
  const badName = (id: t.Node | null | undefined, what: string) => {
    if (id && id.type === 'Identifier' && CO_NAMES.has(id.name) && !reported.has(id)) {
      reported.add(id);
      report(id.start ?? 0, CODES.RESERVED_NAME, `'${id.name}' is a reserved word and cannot be used as ${what}`);
    }
  };
  const checkPattern = (p: t.Node | null | undefined, what: string): void => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier': badName(p, what); return;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') checkPattern(prop.argument, what);
          else checkPattern(prop.value as t.Node, what);
        }
        return;
      case 'ArrayPattern': for (const e of p.elements) checkPattern(e, what); return;
      case 'AssignmentPattern': checkPattern(p.left, what); return;
      case 'RestElement': checkPattern(p.argument, what); return;
      case 'TSParameterProperty': checkPattern(p.parameter, what); return;
    }
  };
  const checkBindingNames = (node: t.Node) => {
    switch (node.type) {
      case 'VariableDeclarator': checkPattern(node.id, 'a variable name'); break;
      case 'FunctionDeclaration': case 'FunctionExpression': badName(node.id, 'a function name'); break;
      case 'ClassDeclaration': case 'ClassExpression': badName(node.id, 'a class name'); break;
      case 'CatchClause': checkPattern(node.param, 'a catch parameter'); break;
      case 'LabeledStatement': badName(node.label, 'a label'); break;
      case 'ImportSpecifier': case 'ImportDefaultSpecifier': case 'ImportNamespaceSpecifier': badName(node.local, 'an import name'); break;
      case 'ForOfStatement': case 'ForInStatement':
        if (node.left.type !== 'VariableDeclaration') checkPattern(node.left, 'an assignment target');
        break;
      case 'AssignmentExpression': checkPattern(node.left, 'an assignment target'); break;
      case 'UpdateExpression': badName(node.argument, 'an assignment target'); break;
    }
    if (t.isFunction(node)) for (const p of node.params) checkPattern(p, 'a parameter name');
  };

  walk(parsed.ast.program, { type: 'top' }, null);

  const coroutines: CoroutineInfo[] = [];
  for (const f of order) {
    const isCoroutine = f.coYield || f.coAwait || f.coReturn;
    const fn = f.fn;
    if (isCoroutine) {
      if (fn.async) report(asyncKeywordStart(fn, source), CODES.ASYNC_COROUTINE, `'async' on a coroutine: its kind comes from its body (remove 'async')`);
      if (fn.generator) report(starStart(fn, source), CODES.STAR_COROUTINE, `'*' on a coroutine: its kind comes from its body (remove '*')`);
      for (const nat of f.natives) {
        if (nat.type === 'ReturnStatement') report(nat.start ?? 0, CODES.PLAIN_RETURN, `'return' in a coroutine: use 'co_return'`);
        else if (nat.type === 'YieldExpression') report(nat.start ?? 0, CODES.PLAIN_YIELD, `'yield' in a coroutine: use 'co_yield'`);
        else if (nat.type === 'AwaitExpression') report(nat.start ?? 0, CODES.PLAIN_AWAIT, `'await' in a coroutine: use 'co_await'`);
        else if (nat.type === 'Identifier') {
          // a name here, but a keyword in the function's native form (§3): `yield` in a generator, `await` in an async function
          if (nat.name === 'yield' && f.coYield) report(nat.start ?? 0, CODES.PLAIN_YIELD, `'yield' in a generator coroutine: use 'co_yield' ('yield' cannot be a name here)`);
          else if (nat.name === 'await' && (f.coAwait || !f.coYield)) report(nat.start ?? 0, CODES.PLAIN_AWAIT, `'await' in an async coroutine: use 'co_await' ('await' cannot be a name here)`);
        }
        else report(nat.start ?? 0, CODES.PLAIN_FOR_AWAIT, `'for await' in a coroutine: use 'for co_await'`);
      }
      const kind: CoroutineKind = f.coYield ? (f.coAwait ? 'asyncgen' : 'generator') : 'task';
      coroutines.push({ node: fn, kind, name: f.name, index: coroutines.length });
    } else {
      for (const nat of f.natives) {
        if (nat.type === 'YieldExpression' && !fn.generator) report(nat.start ?? 0, CODES.SYNTAX, `'yield' outside a generator function`);
        if (nat.type === 'AwaitExpression' && !fn.async) report(nat.start ?? 0, CODES.SYNTAX, `'await' is only allowed within async functions`);
        if (nat.type === 'ForOfStatement' && !fn.async) report(nat.start ?? 0, CODES.SYNTAX, `'for await' is only allowed within async functions`);
      }
    }
  }
  if (diagnostics.length) {
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new CompileError(diagnostics);
  }
  return coroutines;
}

function keyName(key: t.Node | null | undefined): string | null {
  if (!key) return null;
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  if (key.type === 'NumericLiteral') return String(key.value);
  if (key.type === 'PrivateName') return '#' + key.id.name;
  return null;
}

function headEnd(fn: t.Function): number {
  if ((fn.type === 'ObjectMethod' || fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod') && fn.key.start != null) return fn.key.start;
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id?.start != null) return fn.id.start;
  return fn.params.length && fn.params[0].start != null ? fn.params[0].start : fn.body.start ?? 0;
}

function findWord(source: string, from: number, to: number, word: string): number {
  const re = new RegExp(`\\b${word.replace('*', '\\*')}`, 'g');
  re.lastIndex = from;
  const m = re.exec(source);
  return m && m.index < to ? m.index : from;
}

function asyncKeywordStart(fn: t.Function, source: string): number {
  return findWord(source, fn.start ?? 0, headEnd(fn), 'async');
}

function starStart(fn: t.Function, source: string): number {
  const from = fn.start ?? 0;
  const to = headEnd(fn);
  const i = source.slice(from, to).indexOf('*');
  return i >= 0 ? from + i : from;
}
