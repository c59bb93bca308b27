// Pass 1b: parse the placeholder text with Babel and turn the placeholder
// nodes back into coroutine nodes.
//
// The co_ forms are represented with Babel's own node types, flagged:
//   co_await x      -> AwaitExpression        { extra.co = true }
//   co_yield x      -> YieldExpression        { extra.co = true }
//   co_return x     -> ReturnStatement        { extra.co = true }
//   for co_await    -> ForOfStatement await   { extra.co = true }
// Native yield/await/for-await are restored unflagged. Using Babel's types
// means every later pass (and @babel/generator) understands
// them; the flag is what tells "co_yield" from "yield".
import { parse as babelParse, ParserOptions, ParserPlugin } from '@babel/parser';
import * as t from '../ast';
import { scan, Mark } from './scan';
import { CODES, CompileError, Diagnostic, diagnosticAt } from '../diagnostics';

export interface ParsedSource {
  ast: t.File;
  source: string;
  filename: string;
  /** does the source mention a co_ keyword at all */
  hasCoKeyword: boolean;
}

/** Does a directive prologue make its code strict? */
export function hasUseStrict(directives: t.Directive[]): boolean {
  return directives.some((d) => d.value.value === 'use strict');
}

export function isCo(node: t.Node | null | undefined): boolean {
  return !!node && !!(node.extra && (node.extra as Record<string, unknown>).co);
}

function flag(node: t.Node, mark: Mark): void {
  node.extra = { ...(node.extra || {}), co: !mark.native, native: mark.native, keywordStart: mark.keywordStart };
}

export function parserPluginsFor(filename: string): ParserPlugin[] {
  const plugins: ParserPlugin[] = [];
  if (/\.tsx?$/.test(filename) || /\.[cm]ts$/.test(filename)) plugins.push('typescript');
  if (/\.(jsx|tsx)$/.test(filename)) plugins.push('jsx');
  if (/\.(js|cjs|mjs)$/.test(filename)) plugins.push('jsx');
  return plugins;
}

/** Does the parser read JSX with these options (so the scanner must skip JSX text)? */
export function readsJsx(opts: ParserOptions): boolean {
  return (opts.plugins ?? []).some((p) => (Array.isArray(p) ? p[0] : p) === 'jsx');
}

/** How a host pipeline (the Babel plugin's parserOverride) wants the text parsed. */
export interface ParseHostOptions {
  /**
   * The host's parser options. They replace coframe's defaults, and their
   * plugins replace the ones chosen from the file extension (a Babel
   * pipeline already says whether the file is TypeScript, JSX, …).
   * `allowReturnOutsideFunction` and `errorRecovery: false` are still forced:
   * the placeholders need them, and classify reports misplaced co_return.
   */
  parserOpts?: ParserOptions;
  /** the parse function to call instead of @babel/parser's (Babel hands its own to parserOverride) */
  parse?: (code: string, opts: ParserOptions) => t.File;
}

export function parseSource(source: string, filename: string, extraPlugins: ParserPlugin[] = [], host: ParseHostOptions = {}): ParsedSource {
  if (source.charCodeAt(0) === 0xfeff) source = ' ' + source.slice(1);
  const opts: ParserOptions = host.parserOpts
    ? {
      ...host.parserOpts,
      plugins: [...(host.parserOpts.plugins ?? []), ...extraPlugins],
      allowReturnOutsideFunction: true,
      errorRecovery: false,
    }
    : {
      sourceType: 'unambiguous',
      // no sourceFilename: it would be copied into every node's loc.filename, and
      // @babel/generator maps such nodes to that name rather than to its
      // sourceFileName (the one that carries sourcesContent): maps would get
      // two sources, the used one without content (Babel's own pipeline
      // leaves it unset as well)
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: false,
      plugins: [...parserPluginsFor(filename), ...extraPlugins],
      // placeholders are assignments to `$y`; never let Babel's own strictness
      // checks see them as anything else
      errorRecovery: false,
    };
  const parse = host.parse ?? babelParse;
  const scanned = scan(source, false, readsJsx(opts));
  let ast: t.File | undefined;
  let failure: unknown;
  let misplaced = false;
  try {
    ast = parseText(scanned.text, opts, parse, source, filename, scanned.marks);
    misplaced = restore(ast, scanned.marks, source, filename);
  } catch (err) {
    if (!(err instanceof CompileError) || err.diagnostics[0]?.code === CODES.TOO_DEEP) throw err;
    failure = err;
  }
  // A native `yield` or `await` where it cannot be a keyword may be a name
  // (`var await`, `function f(yield)` in a script): let Babel judge the text
  // with the native words left alone. If that fails too, the placeholder
  // parse's errors (or classify's, about the misplaced words) are the ones
  // to report: they speak of the co_ forms.
  if ((failure || misplaced) && [...scanned.marks.values()].some((m) => m.native)) {
    const named = parseKeepingNative(source, filename, opts, parse);
    if (named) return named;
  }
  if (failure) throw failure;
  return { ast: ast!, source, filename, hasCoKeyword: scanned.hasCoKeyword };
}

function parseText(text: string, opts: ParserOptions, parse: NonNullable<ParseHostOptions['parse']>, source: string, filename: string, marks: Map<number, Mark>): t.File {
  try {
    return parse(text, opts) as t.File;
  } catch (err) {
    if (err instanceof RangeError) {
      throw new CompileError([diagnosticAt(source, filename, 0, CODES.TOO_DEEP, 'the program is nested too deeply to parse (the parser ran out of stack)')]);
    }
    const e = err as { loc?: { line: number; column: number }; pos?: number; message: string; reasonCode?: string };
    let offset = typeof e.pos === 'number' ? e.pos : 0;
    let message = restoreKeywords(String(e.message).replace(/\s*\(\d+:\d+\)\s*$/, ''));
    // `1 + co_yield x` parses, through its placeholder, as an assignment to
    // `1 + $y`: say what is wrong, at the keyword
    const operand = e.reasonCode === 'InvalidLhs' ? yieldOperandAfter(marks, offset, source) : undefined;
    if (operand) {
      offset = operand.keywordStart;
      const word = operand.native ? 'yield' : 'co_yield';
      message = `'${word}' cannot be an operand of another operator (it has the lowest precedence, as an assignment): put it in parentheses, (${word} …)`;
    }
    const error = new CompileError([diagnosticAt(source, filename, offset, CODES.SYNTAX, message)]);
    // the parser's own error (e.g. its `missingPlugin` hint), for hosts that can use it
    (error as { cause?: unknown }).cause = err;
    throw error;
  }
}

/** The parse with only the co_ forms as placeholders; null if Babel rejects it. */
function parseKeepingNative(source: string, filename: string, opts: ParserOptions, parse: NonNullable<ParseHostOptions['parse']>): ParsedSource | null {
  const scanned = scan(source, true, readsJsx(opts));
  try {
    const ast = parseText(scanned.text, opts, parse, source, filename, scanned.marks);
    restore(ast, scanned.marks, source, filename);
    return { ast, source, filename, hasCoKeyword: scanned.hasCoKeyword };
  } catch {
    return null;
  }
}

/**
 * The yield with an operand (a `$y=` or `$d=` placeholder) whose `=` is the
 * assignment Babel found invalid at `offset`: the first one after it, with
 * no assignment or statement boundary of the user's in between.
 */
function yieldOperandAfter(marks: Map<number, Mark>, offset: number, source: string): Mark | undefined {
  let found: Mark | undefined;
  for (const m of marks.values()) {
    if (m.kind.startsWith('yield') && m.hasOperand && m.start >= offset && (!found || m.start < found.start)) found = m;
  }
  if (!found) return undefined;
  const between = source.slice(offset, found.keywordStart).replace(/[=!<>]==?|=>/g, '');
  return /[=;{}]/.test(between) ? undefined : found;
}

// Babel's messages may mention the placeholder; speak of the user's keyword.
function restoreKeywords(message: string): string {
  return message.replace(/\$y\b|\$d\b/g, 'co_yield');
}

// What a position allows natively: `yield` in a generator's parameters and
// body, `await` in an async function's (and at a module's top level).
const GEN = 1;
const ASYNC = 2;

function childContext(node: t.Node, key: string, ctx: number): number {
  switch (node.type) {
    case 'FunctionDeclaration': case 'FunctionExpression': case 'ObjectMethod': case 'ClassMethod': case 'ClassPrivateMethod':
      return key === 'params' || key === 'body' ? (node.generator ? GEN : 0) | (node.async ? ASYNC : 0) : ctx;
    case 'ArrowFunctionExpression':
      return key === 'params' || key === 'body' ? (node.async ? ASYNC : 0) : ctx;
    case 'ClassProperty': case 'ClassPrivateProperty': case 'ClassAccessorProperty':
      return key === 'value' ? 0 : ctx;
    case 'StaticBlock':
      return 0;
  }
  return ctx;
}

/**
 * Turn the placeholders back into co_ (and native) nodes. Returns whether a
 * native `yield` or `await` stands where it cannot be a keyword.
 */
function restore(ast: t.File, marks: Map<number, Mark>, source: string, filename: string): boolean {
  const used = new Set<number>();
  let misplaced = false;
  // Only the nodes around a placeholder need a look: a subtree whose text
  // holds no mark is skipped (most of a file's statements). Should a child
  // ever lie outside its parent's range (decorators before `export`?), a
  // mark would be missed: then the whole tree is walked once more
  // (restoring is idempotent) before any mark is called misplaced.
  let everyNode = false;
  const offsets = [...marks.keys()].sort((a, b) => a - b);
  const holdsMark = (node: t.Node): boolean => {
    const start = node.start ?? 0;
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid] < start) lo = mid + 1; else hi = mid;
    }
    return lo < offsets.length && offsets[lo] < (node.end ?? Infinity);
  };
  const visit = (node: t.Node, ctx: number): t.Node => {
    if (!everyNode && !holdsMark(node)) return node;
    const keys = t.VISITOR_KEYS[node.type] || [];
    for (const key of keys) {
      const child = (node as unknown as Record<string, unknown>)[key];
      const inner = childContext(node, key, ctx);
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          if (child[i] && typeof child[i] === 'object' && 'type' in child[i]) child[i] = visit(child[i], inner);
        }
      } else if (child && typeof child === 'object' && 'type' in (child as object)) {
        (node as unknown as Record<string, unknown>)[key] = visit(child as t.Node, inner);
      }
    }
    const start = node.start ?? -1;
    const mark = marks.get(start);
    if (!mark) return node;
    if (mark.native && !used.has(start) && (ctx & (mark.kind.startsWith('yield') ? GEN : ASYNC)) === 0) misplaced = true;
    switch (node.type) {
      case 'UnaryExpression':
        if (mark.kind === 'await' && node.operator === 'void') {
          used.add(start);
          const out = t.awaitExpression(node.argument);
          copyPos(out, node);
          flag(out, mark);
          return out;
        }
        break;
      case 'AssignmentExpression':
        if ((mark.kind === 'yield' || mark.kind === 'yield*') && node.left.type === 'Identifier' && node.operator === '=') {
          used.add(start);
          const out = t.yieldExpression(node.right, mark.kind === 'yield*');
          copyPos(out, node);
          flag(out, mark);
          return out;
        }
        break;
      case 'Identifier':
        if (mark.kind === 'yield' && !mark.hasOperand) {
          used.add(start);
          const out = t.yieldExpression(null, false);
          copyPos(out, node);
          flag(out, mark);
          return out;
        }
        break;
      case 'ReturnStatement':
        if (mark.kind === 'return') { used.add(start); flag(node, mark); }
        break;
      case 'ForOfStatement':
        if (mark.kind === 'for-await') { used.add(start); node.await = true; flag(node, mark); }
        break;
    }
    return node;
  };
  const top = ast.program.sourceType === 'module' ? ASYNC : 0;
  visit(ast, top);
  if (used.size < marks.size) {
    everyNode = true;
    visit(ast, top);
  }
  for (const [start, mark] of marks) {
    if (used.has(start)) continue;
    // A keyword that did not land where its placeholder's node should be
    // (e.g. `for co_await` on something that is not for-of).
    const word = mark.native ? (mark.kind === 'await' || mark.kind === 'for-await' ? 'await' : 'yield') : mark.kind === 'return' ? 'co_return' : mark.kind.startsWith('yield') ? 'co_yield' : 'co_await';
    throw new CompileError([diagnosticAt(source, filename, mark.keywordStart, CODES.SYNTAX, `Unexpected '${word}' here`)]);
  }
  return misplaced;
}

function copyPos(to: t.Node, from: t.Node): void {
  to.start = from.start;
  to.end = from.end;
  to.loc = from.loc;
}

/**
 * A co_ word used as a name (binding, parameter, label, import) is turned
 * into a placeholder by the scanner and then misreported as a misplaced
 * keyword or a syntax error. When compiling failed, look at the original
 * text, where co_ words are plain identifiers, for such names: they are the
 * real error (CF1030). Only runs on the error path.
 */
export function findReservedNames(source: string, filename: string, plugins: ParserOptions['plugins'] = parserPluginsFor(filename)): Diagnostic[] {
  if (!/\bco_(await|yield|return)\b/.test(source)) return [];
  let ast: t.File;
  try {
    ast = babelParse(source, {
      sourceType: 'unambiguous', sourceFilename: filename, allowReturnOutsideFunction: true,
      plugins, errorRecovery: true,
    });
  } catch {
    return [];
  }
  const out: Diagnostic[] = [];
  const CO = /^co_(await|yield|return)$/;
  const bad = (id: t.Node | null | undefined, what: string) => {
    if (id && id.type === 'Identifier' && CO.test(id.name)) {
      out.push(diagnosticAt(source, filename, id.start ?? 0, CODES.RESERVED_NAME, `'${id.name}' is a reserved word and cannot be used as ${what}`));
    }
  };
  const pattern = (p: t.Node | null | undefined, what: string): void => {
    if (!p) return;
    for (const id of t.bindingIdentifiers(p)) bad(id, what);
  };
  t.traverseFast(ast, (n) => {
    switch (n.type) {
      case 'VariableDeclarator': pattern(n.id, 'a variable name'); break;
      case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
      case 'ObjectMethod': case 'ClassMethod': case 'ClassPrivateMethod':
        if ('id' in n) bad(n.id, 'a function name');
        for (const p of n.params) pattern(p, 'a parameter name');
        break;
      case 'ClassDeclaration': case 'ClassExpression': bad(n.id, 'a class name'); break;
      case 'CatchClause': pattern(n.param, 'a catch parameter'); break;
      case 'LabeledStatement': bad(n.label, 'a label'); break;
      case 'ImportSpecifier': case 'ImportDefaultSpecifier': case 'ImportNamespaceSpecifier': bad(n.local, 'an import name'); break;
    }
  });
  out.sort((a, b) => a.line - b.line || a.column - b.column);
  return out;
}
