import { CoroutineCFG } from '../cfg/ir';
export interface Liveness {
    /** per state: variables live on entry */
    liveIn: Set<string>[];
    /** per state: successor state ids */
    succ: number[][];
    /** per state: variables referenced (read or written) */
    refs: Set<string>[];
    /** per state, per op: variables live right after the op */
    liveAfter: Set<string>[][];
    /** per state, per op: variables the op writes (even conditionally) */
    writes: Set<string>[][];
    /** per state, per op: variables the op reads before writing them */
    reads: Set<string>[][];
    /** variables referenced from nested functions */
    captured: Set<string>;
    /** variables that must live in the frame, in declaration order */
    frame: string[];
    /** why each frame variable is there */
    reasons: Map<string, string>;
}
export declare function analyzeLiveness(cfg: CoroutineCFG): Liveness;
