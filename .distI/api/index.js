"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.explain = exports.CODES = exports.formatDiagnostic = void 0;
exports.compile = compile;
// The public API: `compile(source, options)`. The CLI and the Babel plugin
// are thin shells over this function.
const parse_1 = require("../syntax/parse");
const diagnostics_1 = require("../diagnostics");
const lower_1 = require("../lower");
const print_1 = require("../print");
const strip_1 = require("../typescript/strip");
var diagnostics_2 = require("../diagnostics");
Object.defineProperty(exports, "formatDiagnostic", { enumerable: true, get: function () { return diagnostics_2.formatDiagnostic; } });
Object.defineProperty(exports, "CODES", { enumerable: true, get: function () { return diagnostics_2.CODES; } });
var explain_1 = require("../explain");
Object.defineProperty(exports, "explain", { enumerable: true, get: function () { return explain_1.explain; } });
function compile(source, options = {}) {
    const filename = options.filename ?? 'input.co.js';
    try {
        const parsed = (0, parse_1.parseSource)(source, filename);
        if (options.stripTypes)
            (0, strip_1.stripTypes)(parsed);
        const isModule = parsed.ast.program.body.some((s) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'));
        const module = options.module ?? (isModule ? 'esm' : 'cjs');
        let needsRuntime = false;
        let runtimeName;
        if (options.target === 'native')
            (0, lower_1.toNative)(parsed);
        else {
            const lowered = (0, lower_1.lowerProgram)(parsed, { shareSlots: options.shareSlots, trace: options.trace });
            needsRuntime = lowered.coroutines.length > 0;
            runtimeName = lowered.runtimeName;
        }
        const out = (0, print_1.printProgram)(parsed.ast, {
            filename, source, sourceMaps: !!options.sourceMaps, module,
            runtime: options.runtime ?? 'import', runtimeSpecifier: options.runtimeSpecifier, needsRuntime, runtimeName,
        });
        let code = out.code;
        if (options.sourceMaps === 'inline' && out.map) {
            code += `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(out.map)).toString('base64')}\n`;
        }
        return { code, map: out.map, diagnostics: [] };
    }
    catch (err) {
        if (err instanceof diagnostics_1.CompileError) {
            const reserved = (0, parse_1.findReservedNames)(source, filename);
            return { code: null, map: null, diagnostics: reserved.length ? reserved : err.diagnostics };
        }
        const e = err;
        const internal = {
            code: diagnostics_1.CODES.INTERNAL,
            message: `internal compiler error: ${e && e.message ? e.message : String(e)} — please report this with the input file`,
            filename, line: 1, column: 1, severity: 'error',
        };
        if (e instanceof RangeError) {
            internal.code = diagnostics_1.CODES.TOO_DEEP;
            internal.message = 'the program is nested too deeply to compile (the compiler ran out of stack)';
        }
        return { code: null, map: null, diagnostics: [internal] };
    }
}
