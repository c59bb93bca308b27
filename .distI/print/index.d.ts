import * as t from '../ast';
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
/** The compiled runtime as a self-contained expression. */
export declare function inlineRuntime(): string;
/** The statement that makes the runtime available as `$co` (or the name given; also used by the Babel plugin). */
export declare function runtimeStatement(opts: Pick<PrintOptions, 'runtime' | 'module' | 'runtimeSpecifier' | 'runtimeName'>): t.Statement;
export declare function printProgram(ast: t.File, opts: PrintOptions): PrintResult;
