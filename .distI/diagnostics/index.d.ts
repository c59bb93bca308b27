export declare const CODES: {
    readonly SYNTAX: "CF1000";
    readonly PLAIN_RETURN: "CF1001";
    readonly PLAIN_YIELD: "CF1002";
    readonly PLAIN_AWAIT: "CF1003";
    readonly PLAIN_FOR_AWAIT: "CF1004";
    readonly ASYNC_COROUTINE: "CF1005";
    readonly STAR_COROUTINE: "CF1006";
    readonly IN_CONSTRUCTOR: "CF1010";
    readonly IN_GETTER: "CF1011";
    readonly IN_SETTER: "CF1012";
    readonly IN_FIELD: "CF1013";
    readonly IN_STATIC_BLOCK: "CF1014";
    readonly IN_PARAM_DEFAULT: "CF1015";
    readonly AT_TOP_LEVEL: "CF1016";
    readonly YIELD_IN_ARROW: "CF1020";
    readonly RESERVED_NAME: "CF1030";
    readonly UNSUPPORTED: "CF1090";
    readonly TOO_DEEP: "CF1091";
    readonly NOT_UTF8: "CF1092";
    readonly INTERNAL: "CF9999";
};
export interface Diagnostic {
    code: string;
    message: string;
    filename: string;
    /** 1-based line */
    line: number;
    /** 1-based column */
    column: number;
    severity: 'error' | 'warning';
}
export declare class CompileError extends Error {
    diagnostics: Diagnostic[];
    constructor(diagnostics: Diagnostic[]);
}
/** Offset -> 1-based line and column. */
export declare function positionOf(source: string, offset: number): {
    line: number;
    column: number;
};
export declare function diagnosticAt(source: string, filename: string, offset: number, code: string, message: string): Diagnostic;
/** Human-readable rendering: `file:line:col: error CODE: message` + code frame. */
export declare function formatDiagnostic(d: Diagnostic, source: string | undefined, color?: boolean): string;
