import { Diagnostic } from '../diagnostics';
export interface ExplainOptions {
    filename?: string;
    /** only the coroutines with this name */
    fn?: string;
    /** share frame slots (default true, as compile()) */
    shareSlots?: boolean;
}
export interface SourcePosition {
    line: number;
    column: number;
}
export interface ExplainedSuspension {
    /** co_yield, co_yield*, co_await, for co_await, or co_return (an async generator's co_return awaits) */
    keyword: string;
    line: number;
    column: number;
    /** state that suspends */
    state: number;
    /** state that runs when the coroutine is resumed */
    resumeState: number;
    /** variables whose values survive this suspension (live on entry to resumeState) */
    liveAcross: string[];
}
export interface ExplainedEdge {
    to: number;
    /** jump, fallthrough, resume (crosses a suspension), break (a jump out of kept code) */
    kind: 'jump' | 'fallthrough' | 'resume' | 'break';
}
export interface ExplainedState {
    id: number;
    /** first source line of the code in this state, if any */
    line: number | null;
    /** how the runtime can enter this state fresh: resume, catch, finally, jump (through a finally), or null */
    entry: 'start' | 'resume' | 'catch' | 'finally' | 'jump' | null;
    liveIn: string[];
    edges: ExplainedEdge[];
}
export interface ExplainedVariable {
    name: string;
    /** param, var, let, const, function, class, catch, temp */
    kind: string;
    inFrame: boolean;
    slot: string | null;
    /** why it is (or is not) in the frame */
    reason: string;
    /** states on whose entry it is live */
    liveStates: number[];
    /** referenced by a nested function */
    captured: boolean;
    /** kept in a per-iteration box `{ v }` */
    boxed: boolean;
}
export interface ExplainedSlot {
    name: string;
    vars: string[];
    /** parameter the slot is initialised from, if any */
    param: string | null;
    /** per variable: states on whose entry it is live (its live range, in states) */
    ranges: Record<string, number[]>;
}
export interface ExplainedCoroutine {
    name: string;
    kind: 'generator' | 'task' | 'asyncgen';
    line: number;
    column: number;
    suspensions: ExplainedSuspension[];
    states: ExplainedState[];
    variables: ExplainedVariable[];
    frame: {
        /** bookkeeping fields of every frame: $s (state), and $o (suspension kind) when needed */
        runtimeFields: string[];
        slots: ExplainedSlot[];
        /** how many fields the frame would have with one slot per variable */
        fieldsWithoutSharing: number;
    };
    /** the emitted function; each `case` is preceded by a `// line N` comment */
    code: string;
}
export interface ExplainResult {
    version: 1;
    file: string;
    coroutines: ExplainedCoroutine[];
    diagnostics: Diagnostic[];
}
export declare function explain(source: string, options?: ExplainOptions): ExplainResult;
