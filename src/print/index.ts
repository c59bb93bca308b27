// Pass 8: print the lowered program (and its source map), with the runtime
// either imported from `coframe/runtime` or pasted inline.
import * as fs from 'fs';
import * as path from 'path';
import generate from '@babel/generator';
import { parse } from '@babel/parser';
import * as t from '../ast';
import { insertAtTop, RUNTIME_NAME } from '../lower';

export type ModuleFormat = 'esm' | 'cjs';
export type RuntimeMode = 'import' | 'inline';

export interface PrintOptions {
  filename: string;
  source: string;
  sourceMaps: boolean;
  module: ModuleFormat;
  runtime: RuntimeMode;
  /** where `import` mode loads the runtime from (default `coframe/runtime`) */
  runtimeSpecifier?: string;
  /** does the program need the runtime at all */
  needsRuntime: boolean;
  /** what the lowered code calls the runtime (LoweredProgram.runtimeName; default `$co`) */
  runtimeName?: string;
}

export interface PrintResult {
  code: string;
  map: object | null;
}

let inlineRuntimeSource: string | null = null;

/** The compiled runtime as a self-contained expression. */
export function inlineRuntime(): string {
  if (inlineRuntimeSource === null) {
    const file = path.join(__dirname, '..', 'runtime', 'index.js');
    const code = fs.readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
    inlineRuntimeSource = `(function () {\nvar exports = {};\n${code}\nreturn exports;\n})()`;
  }
  return inlineRuntimeSource;
}

/** The statement that makes the runtime available as `$co` (or the name given; also used by the Babel plugin). */
export function runtimeStatement(opts: Pick<PrintOptions, 'runtime' | 'module' | 'runtimeSpecifier' | 'runtimeName'>): t.Statement {
  const name = opts.runtimeName ?? RUNTIME_NAME;
  if (opts.runtime === 'inline') {
    const expr = parse(inlineRuntime(), { sourceType: 'script' }).program.body[0] as t.ExpressionStatement;
    stripLocations(expr);
    return t.variableDeclaration('const', [t.variableDeclarator(t.identifier(name), expr.expression)]);
  }
  const spec = opts.runtimeSpecifier ?? 'coframe/runtime';
  if (opts.module === 'esm') {
    return t.importDeclaration([t.importNamespaceSpecifier(t.identifier(name))], t.stringLiteral(spec));
  }
  return t.variableDeclaration('const', [t.variableDeclarator(t.identifier(name),
    t.callExpression(t.identifier('require'), [t.stringLiteral(spec)]))]);
}

function stripLocations(node: t.Node): void {
  t.traverseFast(node, (n) => {
    n.loc = null;
    n.start = null;
    n.end = null;
    n.leadingComments = null;
    n.trailingComments = null;
    n.innerComments = null;
  });
}

export function printProgram(ast: t.File, opts: PrintOptions): PrintResult {
  if (opts.needsRuntime) insertAtTop(ast.program, [runtimeStatement(opts)]);
  const out = generate(ast, {
    sourceMaps: opts.sourceMaps,
    sourceFileName: path.basename(opts.filename),
    retainFunctionParens: true,
    comments: true,
  }, opts.source);
  return { code: out.code, map: opts.sourceMaps && out.map ? out.map : null };
}
