// The public API: `compile(source, options)`. The CLI and the Babel plugin
// are thin shells over this function.
import { findReservedNames, parseSource } from '../syntax/parse';
import { CODES, CompileError, Diagnostic } from '../diagnostics';
import { lowerProgram, toNative } from '../lower';
import { ModuleFormat, printProgram, RuntimeMode } from '../print';
import { stripTypes } from '../typescript/strip';

export type Target = 'state-machine' | 'native';

export interface CompileOptions {
  filename?: string;
  /** true: return the map; 'inline': also append it to the code as a data URL */
  sourceMaps?: boolean | 'inline';
  /** how the runtime is imported; default: esm when the file uses import/export, else cjs */
  module?: ModuleFormat;
  runtime?: RuntimeMode;
  target?: Target;
  /** share frame slots between variables whose live ranges never overlap (default true) */
  shareSlots?: boolean;
  /** pass each coroutine's name to the runtime, for `coframe run --trace` */
  trace?: boolean;
  /** module specifier of the runtime in `import` mode (default `coframe/runtime`) */
  runtimeSpecifier?: string;
  /**
   * TypeScript input (.ts/.tsx/.mts/.cts): remove the types before lowering, giving
   * JavaScript (needs @babel/core and @babel/preset-typescript). Default false: the
   * types are printed back. The CLI strips unless --keep-types.
   */
  stripTypes?: boolean;
}

export interface CompileResult {
  /** null when there are errors */
  code: string | null;
  map: object | null;
  diagnostics: Diagnostic[];
}

export { Diagnostic, formatDiagnostic, CODES } from '../diagnostics';
export { explain, ExplainOptions, ExplainResult } from '../explain';

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  const filename = options.filename ?? 'input.co.js';
  try {
    const parsed = parseSource(source, filename);
    if (options.stripTypes) stripTypes(parsed);
    const isModule = parsed.ast.program.body.some((s) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'));
    const module: ModuleFormat = options.module ?? (isModule ? 'esm' : 'cjs');
    let needsRuntime = false;
    let runtimeName: string | undefined;
    if (options.target === 'native') toNative(parsed);
    else {
      const lowered = lowerProgram(parsed, { shareSlots: options.shareSlots, trace: options.trace });
      needsRuntime = lowered.count > 0;
      runtimeName = lowered.runtimeName;
    }
    const out = printProgram(parsed.ast, {
      filename, source, sourceMaps: !!options.sourceMaps, module,
      runtime: options.runtime ?? 'import', runtimeSpecifier: options.runtimeSpecifier, needsRuntime, runtimeName,
    });
    let code = out.code;
    if (options.sourceMaps === 'inline' && out.map) {
      code += `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(out.map)).toString('base64')}\n`;
    }
    return { code, map: out.map, diagnostics: [] };
  } catch (err) {
    if (err instanceof CompileError) {
      const reserved = findReservedNames(source, filename);
      return { code: null, map: null, diagnostics: reserved.length ? reserved : err.diagnostics };
    }
    const e = err as Error;
    const internal: Diagnostic = {
      code: CODES.INTERNAL,
      message: `internal compiler error: ${e && e.message ? e.message : String(e)} — please report this with the input file`,
      filename, line: 1, column: 1, severity: 'error',
    };
    if (e instanceof RangeError) {
      internal.code = CODES.TOO_DEEP;
      internal.message = 'the program is nested too deeply to compile (the compiler ran out of stack)';
    }
    return { code: null, map: null, diagnostics: [internal] };
  }
}
