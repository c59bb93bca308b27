import * as t from '../ast';
import { ParsedSource } from '../syntax/parse';
import { CoroutineInfo } from '../classify';
import { CoroutineCFG } from '../cfg/ir';
import { Liveness } from '../liveness';
import { FrameLayout } from '../frame/layout';
export declare const RUNTIME_NAME = "$co";
export interface LoweredFunction {
    info: CoroutineInfo;
    cfg: CoroutineCFG;
    liveness: Liveness;
    layout: FrameLayout;
    /** the shared resume function declared next to the coroutine, if it has one */
    resume: t.FunctionDeclaration | null;
}
export interface LoweredProgram {
    ast: t.File;
    coroutines: LoweredFunction[];
    /** the name the lowered code calls the runtime by (`runtimeStatement` binds it) */
    runtimeName: string;
}
/** Lower every coroutine of a parsed file in place. */
export interface LowerOptions {
    /** share frame slots between variables whose live ranges never overlap (default true) */
    shareSlots?: boolean;
    /** emit coroutine names for the runtime's tracer */
    trace?: boolean;
    /** label each `case` with its source line (explain) */
    lineComments?: boolean;
}
export declare function lowerProgram(parsed: ParsedSource, options?: LowerOptions): LoweredProgram;
/** After imports, so that hoisted declarations never precede them. */
export declare function insertAtTop(program: t.Program, stmts: t.Statement[]): void;
/** --target native: the oracle form of §3 — each coroutine becomes a native function*, async function or async function*. */
export declare function toNative(parsed: ParsedSource): CoroutineInfo[];
