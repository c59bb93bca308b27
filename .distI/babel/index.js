"use strict";
const parse_1 = require("../syntax/parse");
const scan_1 = require("../syntax/scan");
const diagnostics_1 = require("../diagnostics");
const lower_1 = require("../lower");
const print_1 = require("../print");
const OPTION_VALUES = {
    runtime: ['import', 'inline'],
    target: ['state-machine', 'native'],
    module: ['esm', 'cjs', 'auto'],
    runtimeSpecifier: 'string',
};
function validateOptions(options) {
    for (const [key, value] of Object.entries(options)) {
        const allowed = OPTION_VALUES[key];
        if (!allowed)
            throw new Error(`coframe/babel: unknown option '${key}' (known: ${Object.keys(OPTION_VALUES).join(', ')})`);
        if (value === undefined)
            continue;
        if (allowed === 'string' ? typeof value !== 'string' : !allowed.includes(value)) {
            throw new Error(`coframe/babel: option '${key}' must be ${allowed === 'string' ? 'a string' : 'one of ' + allowed.join(', ')}`);
        }
    }
    return options;
}
// keyed by the File node parserOverride returned (Babel keeps that object as file.ast)
const parsedFiles = new WeakMap();
const CO_WORD = /\bco_(?:await|yield|return)\b/;
/** Does the text use a co_ form (not merely a co_ word in a string, comment or property name)? */
function usesCoForms(code) {
    if (!CO_WORD.test(code))
        return false;
    for (const mark of (0, scan_1.scan)(code).marks.values())
        if (!mark.native)
            return true;
    return false;
}
function filenameOf(parserOpts) {
    return parserOpts.sourceFileName ?? parserOpts.sourceFilename ?? 'unknown';
}
/** A parse-time error as Babel's parser throws them: Babel adds the file name and the code frame. */
function parseError(err) {
    if (!(err instanceof diagnostics_1.CompileError))
        return err;
    const d = err.diagnostics[0];
    const cause = err.cause;
    const e = new SyntaxError(`${d.code}: ${d.message} (${d.line}:${d.column - 1})`);
    e.loc = { line: d.line, column: d.column - 1 };
    if (cause && cause.missingPlugin)
        e.missingPlugin = cause.missingPlugin;
    e.diagnostics = err.diagnostics;
    e.coframeCode = d.code;
    return e;
}
/** A lowering error as a Babel error: code, message, original position and code frame for each diagnostic. */
function transformError(file, diagnostics) {
    const frame = (d) => file.buildCodeFrameError(
    // a position-only node: buildCodeFrameError reads loc.start
    { loc: { start: { line: d.line, column: d.column - 1 } } }, `${d.code}: ${d.message} (${d.line}:${d.column - 1})`).message;
    const e = new SyntaxError(diagnostics.map(frame).join('\n\n'));
    const first = diagnostics[0];
    e.loc = { line: first.line, column: first.column - 1 };
    e.diagnostics = diagnostics;
    e.coframeCode = first.code;
    return e;
}
function coframeBabel(api, rawOptions = {}) {
    api.assertVersion(7);
    const options = validateOptions(rawOptions || {});
    return {
        name: 'coframe',
        parserOverride(code, parserOpts, parse) {
            if (!usesCoForms(code))
                return undefined;
            const filename = filenameOf(parserOpts);
            try {
                const parsed = (0, parse_1.parseSource)(code, filename, [], { parserOpts, parse });
                parsedFiles.set(parsed.ast, { source: parsed.source, filename, hasCoKeyword: parsed.hasCoKeyword, plugins: parserOpts.plugins });
                return parsed.ast;
            }
            catch (err) {
                if (err instanceof diagnostics_1.CompileError) {
                    // a co_ word used as a name is misreported by the placeholder parse: look at the original text
                    const reserved = (0, parse_1.findReservedNames)(code, filename, parserOpts.plugins);
                    if (reserved.length)
                        throw parseError(new diagnostics_1.CompileError(reserved));
                }
                throw parseError(err);
            }
        },
        pre(file) {
            const info = parsedFiles.get(file.ast);
            if (!info)
                return;
            parsedFiles.delete(file.ast);
            const ast = file.ast;
            const parsed = { ast, source: info.source, filename: info.filename, hasCoKeyword: info.hasCoKeyword };
            let needsRuntime = false;
            let runtimeName;
            try {
                if (options.target === 'native')
                    (0, lower_1.toNative)(parsed);
                else {
                    const lowered = (0, lower_1.lowerProgram)(parsed);
                    needsRuntime = lowered.coroutines.length > 0;
                    runtimeName = lowered.runtimeName;
                }
            }
            catch (err) {
                if (err instanceof diagnostics_1.CompileError) {
                    const reserved = (0, parse_1.findReservedNames)(info.source, info.filename, info.plugins);
                    throw transformError(file, reserved.length ? reserved : err.diagnostics);
                }
                const e = err;
                throw new Error(`${diagnostics_1.CODES.INTERNAL}: internal compiler error: ${e && e.message ? e.message : String(e)} — please report this with the input file`);
            }
            if (needsRuntime) {
                const program = ast.program;
                const isModule = program.body.some((s) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'));
                const module = options.module && options.module !== 'auto' ? options.module : isModule ? 'esm' : 'cjs';
                (0, lower_1.insertAtTop)(program, [(0, print_1.runtimeStatement)({ runtime: options.runtime ?? 'import', module, runtimeSpecifier: options.runtimeSpecifier, runtimeName })]);
            }
            // the program changed under Babel's feet: rebuild its scope information for the visitors that follow
            file.path.scope.crawl();
        },
    };
}
module.exports = coframeBabel;
