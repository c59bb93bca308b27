"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CompileError = exports.CODES = void 0;
exports.positionOf = positionOf;
exports.diagnosticAt = diagnosticAt;
exports.formatDiagnostic = formatDiagnostic;
// Diagnostics: one shape for every error the compiler reports. Codes are
// stable (documented in README and fixtures/errors/README.md); positions are
// always the user's original line and (1-based) column.
const code_frame_1 = require("@babel/code-frame");
exports.CODES = {
    SYNTAX: 'CF1000',
    PLAIN_RETURN: 'CF1001',
    PLAIN_YIELD: 'CF1002',
    PLAIN_AWAIT: 'CF1003',
    PLAIN_FOR_AWAIT: 'CF1004',
    ASYNC_COROUTINE: 'CF1005',
    STAR_COROUTINE: 'CF1006',
    IN_CONSTRUCTOR: 'CF1010',
    IN_GETTER: 'CF1011',
    IN_SETTER: 'CF1012',
    IN_FIELD: 'CF1013',
    IN_STATIC_BLOCK: 'CF1014',
    IN_PARAM_DEFAULT: 'CF1015',
    AT_TOP_LEVEL: 'CF1016',
    YIELD_IN_ARROW: 'CF1020',
    RESERVED_NAME: 'CF1030',
    UNSUPPORTED: 'CF1090',
    TOO_DEEP: 'CF1091',
    NOT_UTF8: 'CF1092',
    INTERNAL: 'CF9999',
};
class CompileError extends Error {
    diagnostics;
    constructor(diagnostics) {
        super(diagnostics.map((d) => `${d.filename}:${d.line}:${d.column}: ${d.code} ${d.message}`).join('\n'));
        this.diagnostics = diagnostics;
    }
}
exports.CompileError = CompileError;
/** Offset -> 1-based line and column. */
function positionOf(source, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < source.length; i++) {
        const ch = source.charCodeAt(i);
        if (ch === 10 || ch === 0x2028 || ch === 0x2029 || (ch === 13 && source.charCodeAt(i + 1) !== 10)) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
function diagnosticAt(source, filename, offset, code, message) {
    const { line, column } = positionOf(source, offset);
    return { code, message, filename, line, column, severity: 'error' };
}
/** Human-readable rendering: `file:line:col: error CODE: message` + code frame. */
function formatDiagnostic(d, source, color = false) {
    let text = `${d.filename}:${d.line}:${d.column}: error ${d.code}: ${d.message}`;
    if (source !== undefined) {
        const frame = (0, code_frame_1.codeFrameColumns)(source, { start: { line: d.line, column: d.column } }, { highlightCode: color });
        text += '\n' + frame;
    }
    return text;
}
