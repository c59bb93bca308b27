import { Liveness } from '../liveness';
import { CoroutineCFG } from '../cfg/ir';
export interface FrameSlot {
    /** property name on the frame object */
    name: string;
    /** coroutine variables stored in this slot */
    vars: string[];
    /** initial value: the parameter it is copied from, or undefined */
    param: string | null;
}
export interface FrameLayout {
    slots: FrameSlot[];
    /** variable -> slot name */
    slotOf: Map<string, string>;
    /** does the frame need the $o (suspension kind) field */
    hasOp: boolean;
    /** pairs of frame variables that may not share a slot */
    interference: Interference;
}
/** The interference graph: an adjacency matrix over the frame variables. */
export interface Interference {
    /** frame variable -> its row and column */
    index: Map<string, number>;
    /** edges[i * size + j] === 1 when variables i and j interfere (symmetric) */
    edges: Uint8Array;
}
export interface LayoutOptions {
    /** share slots between non-interfering variables (default true) */
    shareSlots?: boolean;
}
export declare function layoutFrame(cfg: CoroutineCFG, live: Liveness, options?: LayoutOptions): FrameLayout;
/** Do frame variables `a` and `b` interfere? */
export declare function interferes(g: Interference, a: string, b: string): boolean;
