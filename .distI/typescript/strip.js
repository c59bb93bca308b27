"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TS_FILE = void 0;
exports.isTypeScriptFile = isTypeScriptFile;
exports.stripTypes = stripTypes;
const diagnostics_1 = require("../diagnostics");
exports.TS_FILE = /\.(?:[cm]?ts|tsx)$/;
/** Is this a file the compiler parses as TypeScript? */
function isTypeScriptFile(filename) {
    return exports.TS_FILE.test(filename);
}
function load() {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const babel = require('@babel/core');
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const preset = require('@babel/preset-typescript');
        return { babel, preset };
    }
    catch (e) {
        return e.message.split('\n')[0];
    }
}
/**
 * Remove the TypeScript of a parsed `.ts`/`.tsx` file in place (a no-op for
 * other files). Throws CompileError when the TypeScript transform is not
 * installed or rejects the file.
 */
function stripTypes(parsed) {
    if (!isTypeScriptFile(parsed.filename))
        return;
    const loaded = load();
    if (typeof loaded === 'string') {
        throw new diagnostics_1.CompileError([(0, diagnostics_1.diagnosticAt)(parsed.source, parsed.filename, 0, diagnostics_1.CODES.UNSUPPORTED, `compiling TypeScript to JavaScript needs @babel/core and @babel/preset-typescript (npm install --save-dev @babel/core @babel/preset-typescript), or keep the types with --keep-types: ${loaded}`)]);
    }
    let result;
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
    }
    catch (e) {
        const err = e;
        const message = String(err.message).replace(/^[^:]*: /, '').split('\n')[0];
        throw new diagnostics_1.CompileError([{
                code: diagnostics_1.CODES.UNSUPPORTED, message: `TypeScript: ${message}`, filename: parsed.filename,
                line: err.loc ? err.loc.line : 1, column: err.loc ? err.loc.column + 1 : 1, severity: 'error',
            }]);
    }
    if (result && result.ast && result.ast !== parsed.ast)
        parsed.ast = result.ast;
}
