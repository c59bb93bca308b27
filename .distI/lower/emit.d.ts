import * as t from '../ast';
import { CoroutineCFG } from '../cfg/ir';
import { Liveness } from '../liveness';
import { FrameLayout } from '../frame/layout';
export interface LoweredCoroutine {
    /** the new body of the coroutine's function */
    body: t.BlockStatement;
    /** new parameter list for the function, when the body took its parameters */
    params: (t.Identifier | t.RestElement)[] | null;
    /** the shared resume function, to declare next to the coroutine's declaration */
    resumeDeclaration: t.FunctionDeclaration | null;
}
export interface EmitContext {
    fixups: {
        node: t.NumericLiteral;
        label: {
            id: number;
        };
    }[];
    /** pass the coroutine's name to the runtime so that `run --trace` can report it */
    trace?: boolean;
    /** label each `case` with a `// line N` comment (explain) */
    lineComments?: boolean;
    /** the name of the shared resume function (given when the unit has one) */
    resumeName?: string;
}
export declare function emitCoroutine(cfg: CoroutineCFG, live: Liveness, layout: FrameLayout, ctx: EmitContext): LoweredCoroutine;
