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
Object.defineProperty(exports, "__esModule", { value: true });
exports.stateLiteral = stateLiteral;
exports.undefinedValue = undefinedValue;
// The state-machine IR: a coroutine body cut at its suspension points into
// states (basic blocks), each a list of ops. It is the control-flow graph
// that liveness runs on and that the emitter prints as `case`s.
const t = __importStar(require("../ast"));
/**
 * A state number as an expression. A negative one (-1, done) is built as a
 * negation, which prints the same (@babel/types' numericLiteral builder made
 * an Error, with its stack, for every negative value: 3% of compile time;
 * src/ast's builder does not check, and the form stayed).
 */
function stateLiteral(n) {
    return n < 0 ? t.unaryExpression('-', t.numericLiteral(-n)) : t.numericLiteral(n);
}
/**
 * The compiler's own `undefined` (marked: in a file that binds the name
 * `undefined` somewhere, lower/index.ts makes each one `void 0`).
 */
function undefinedValue() {
    const id = t.identifier('undefined');
    id.extra = { coUndefined: true };
    return id;
}
