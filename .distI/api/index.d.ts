import { Diagnostic } from '../diagnostics';
import { ModuleFormat, RuntimeMode } from '../print';
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
export declare function compile(source: string, options?: CompileOptions): CompileResult;
