export type MarkKind = 'await' | 'yield' | 'yield*' | 'return' | 'for-await';
export interface Mark {
    kind: MarkKind;
    /** true for native yield/await/for await, false for the co_ forms */
    native: boolean;
    /** offset of the keyword (for `for co_await`, of `for`) */
    start: number;
    /** offset of the keyword itself (the co_await of `for co_await`) */
    keywordStart: number;
    /** yield with an operand */
    hasOperand: boolean;
}
export interface ScanResult {
    text: string;
    /** placeholders by offset of the node Babel will produce for them */
    marks: Map<number, Mark>;
    /** quick check: does the source use any co_ keyword at all? */
    hasCoKeyword: boolean;
}
export declare function scan(source: string): ScanResult;
