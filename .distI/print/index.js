"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.inlineRuntime = inlineRuntime;
exports.runtimeStatement = runtimeStatement;
exports.printProgram = printProgram;
// Pass 8: print the lowered program (and its source map), with the runtime
// either imported from `coframe/runtime` or pasted inline.
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const generator_1 = __importDefault(require("@babel/generator"));
const parser_1 = require("@babel/parser");
const t = __importStar(require("../ast"));
const lower_1 = require("../lower");
let inlineRuntimeSource = null;
/** The compiled runtime as a self-contained expression. */
function inlineRuntime() {
    if (inlineRuntimeSource === null) {
        const file = path.join(__dirname, '..', 'runtime', 'index.js');
        const code = fs.readFileSync(file, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, '');
        inlineRuntimeSource = `(function () {\nvar exports = {};\n${code}\nreturn exports;\n})()`;
    }
    return inlineRuntimeSource;
}
/** The statement that makes the runtime available as `$co` (or the name given; also used by the Babel plugin). */
function runtimeStatement(opts) {
    const name = opts.runtimeName ?? lower_1.RUNTIME_NAME;
    if (opts.runtime === 'inline') {
        const expr = (0, parser_1.parse)(inlineRuntime(), { sourceType: 'script' }).program.body[0];
        stripLocations(expr);
        return t.variableDeclaration('const', [t.variableDeclarator(t.identifier(name), expr.expression)]);
    }
    const spec = opts.runtimeSpecifier ?? 'coframe/runtime';
    if (opts.module === 'esm') {
        return t.importDeclaration([t.importNamespaceSpecifier(t.identifier(name))], t.stringLiteral(spec));
    }
    return t.variableDeclaration('const', [t.variableDeclarator(t.identifier(name), t.callExpression(t.identifier('require'), [t.stringLiteral(spec)]))]);
}
function stripLocations(node) {
    t.traverseFast(node, (n) => {
        n.loc = null;
        n.start = null;
        n.end = null;
        n.leadingComments = null;
        n.trailingComments = null;
        n.innerComments = null;
    });
}
function printProgram(ast, opts) {
    if (opts.needsRuntime)
        (0, lower_1.insertAtTop)(ast.program, [runtimeStatement(opts)]);
    const out = (0, generator_1.default)(ast, {
        sourceMaps: opts.sourceMaps,
        sourceFileName: path.basename(opts.filename),
        retainFunctionParens: true,
        comments: true,
    }, opts.source);
    return { code: out.code, map: opts.sourceMaps && out.map ? out.map : null };
}
