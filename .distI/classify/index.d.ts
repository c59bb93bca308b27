import * as t from '../ast';
import { ParsedSource } from '../syntax/parse';
export type CoroutineKind = 'generator' | 'asyncgen' | 'task';
export interface CoroutineInfo {
    node: t.Function;
    kind: CoroutineKind;
    /** readable name: function id, method key, or the variable it is bound to */
    name: string;
    /** 0-based index in source order; used for deterministic naming */
    index: number;
}
export declare function classify(parsed: ParsedSource): CoroutineInfo[];
