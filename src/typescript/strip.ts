// TypeScript sources: strip the types before lowering.
//
// The compiler parses `.co.ts` / `.co.tsx` with Babel's TypeScript plugin and
// can print the types back (`stripTypes: false`, the API's default). To get
// runnable JavaScript, the CLI strips them with Babel's own TypeScript
// transform (from @babel/preset-typescript, run through @babel/core) on the
// parsed AST, before the coroutines are lowered: the core then only sees
// JavaScript, enums / namespaces / parameter properties are compiled the way
// every Babel user's are, and every node that survives keeps its original
// position (so source maps and diagnostics stay exact).
//
// @babel/core and @babel/preset-typescript are loaded on first use only, so
// that compiling JavaScript never needs them.
import * as t from '../ast';
import { CODES, CompileError, diagnosticAt } from '../diagnostics';
import { ParsedSource } from '../syntax/parse';

export const TS_FILE = /\.(?:[cm]?ts|tsx)$/;

/** Is this a file the compiler parses as TypeScript? */
export function isTypeScriptFile(filename: string): boolean {
  return TS_FILE.test(filename);
}

interface BabelCore {
  transformFromAstSync(ast: t.File, code: string, opts: Record<string, unknown>): { ast?: t.File | null } | null;
}

function load(): { babel: BabelCore; preset: unknown } | string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const babel = require('@babel/core') as BabelCore;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const preset = require('@babel/preset-typescript') as unknown;
    return { babel, preset };
  } catch (e) {
    return (e as Error).message.split('\n')[0];
  }
}

/**
 * Remove the TypeScript of a parsed `.ts`/`.tsx` file in place (a no-op for
 * other files). Throws CompileError when the TypeScript transform is not
 * installed or rejects the file.
 */
export function stripTypes(parsed: ParsedSource): void {
  if (!isTypeScriptFile(parsed.filename)) return;
  const loaded = load();
  if (typeof loaded === 'string') {
    throw new CompileError([diagnosticAt(parsed.source, parsed.filename, 0, CODES.UNSUPPORTED,
      `compiling TypeScript to JavaScript needs @babel/core and @babel/preset-typescript (npm install --save-dev @babel/core @babel/preset-typescript), or keep the types with --keep-types: ${loaded}`)]);
  }
  let result: { ast?: t.File | null } | null;
  try {
    result = loaded.babel.transformFromAstSync(parsed.ast, parsed.source, {
      filename: parsed.filename,
      babelrc: false,
      configFile: false,
      cloneInputAst: false,
      code: false,
      ast: true,
      sourceType: 'module',
      // `declare` fields and `x!: T` are removed rather than initialised, as tsc does with useDefineForClassFields off
      presets: [[loaded.preset, { allowDeclareFields: true }]],
    });
  } catch (e) {
    const err = e as Error & { loc?: { line: number; column: number } };
    const message = String(err.message).replace(/^[^:]*: /, '').split('\n')[0];
    throw new CompileError([{
      code: CODES.UNSUPPORTED, message: `TypeScript: ${message}`, filename: parsed.filename,
      line: err.loc ? err.loc.line : 1, column: err.loc ? err.loc.column + 1 : 1, severity: 'error',
    }]);
  }
  if (result && result.ast && result.ast !== parsed.ast) parsed.ast = result.ast;
}
