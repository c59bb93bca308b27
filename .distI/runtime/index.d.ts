type Frame = {
    $s: number;
    $o?: number;
};
type Body = (f: Frame, sent: unknown) => unknown;
/** nonzero (or 1 from the compiled code) if the body has a try table */
type Tries = number | undefined;
interface Completion {
    t: number;
    v: unknown;
}
export declare const NORMAL = 0;
export declare const RETURN = 1;
export declare const THROW = 2;
export declare const JUMP = 3;
/** invoke(fn, self, ...args): [[Call]] of a function known to be callable (else the TypeError names `invoke`) */
declare const invoke: (fn: unknown, self: unknown, ...args: unknown[]) => any;
export { invoke };
/** call(fn, self, ...args): [[Call]] of fn with `self` as this, reading nothing of fn. */
export declare function call(fn: unknown, self: unknown, ...args: unknown[]): any;
/**
 * fn, if it is callable; else the TypeError a call of it would throw. The
 * templates check an iterator's `next` where they read it (the first call
 * follows with nothing in between), then step it with `invoke`.
 */
export declare function callable(fn: unknown): unknown;
/** The strings object of a tagged template site (see the CFG builder's taggedTemplate). */
export declare const strings: (s: TemplateStringsArray) => TemplateStringsArray;
/** `new` on a coroutine function: generator and async functions are not constructors. */
export declare function notConstructor(f: {
    name: string;
}): never;
/** Complete the coroutine with `v` (evaluated by the caller before it is done). */
export declare function end(f: Frame, v: unknown): unknown;
/** The body's request to route a return (type 1) or a jump to state `arg` (type 3) through its finally blocks. */
export declare function abrupt(f: Frame, type: number, arg: unknown): unknown;
export declare function iterOf(x: unknown): Iterator<unknown>;
export declare function asyncIterOf(x: unknown): AsyncIterator<unknown>;
/** The error of a `co_yield*` thrown into an iterator without `throw` (the runtime's own TypeError: the user may shadow the name). */
export declare function noThrowMethod(): TypeError;
export declare function checkObject(r: unknown): unknown;
/** IteratorClose for a sync iterator; `c` is the completion that caused it. */
export declare function closeIter(it: Iterator<unknown>, c: Completion | null): void;
/** for-in: snapshot of enumerable string keys, skipping ones deleted before they are reached. */
export declare function forIn(obj: unknown): {
    o: object;
    k: string[];
    i: number;
};
export declare function forInNext(s: {
    o: object;
    k: string[];
    i: number;
}): string | undefined;
/** What a let, const or class binding holds before its declaration has run (see src/bindings/checks.ts). */
export declare const TDZ: object;
/** A read that may fall in the binding's temporal dead zone: the native ReferenceError there. */
export declare function tdz(v: unknown, name: string): unknown;
/** `x = e` that may fall in x's dead zone: checked after e, as natively. */
export declare function tdzw(old: unknown, v: unknown, name: string): unknown;
/** `c = e` (or `c op= e`, with e the new value) on a const: the native TypeError, after e. */
export declare function constw(old: unknown, v: unknown, name: string): never;
/** `c++` on a const: converted to a number first, as natively. */
export declare function constUpdate(old: unknown, name: string): never;
/** A const as a destructuring or for-in/of target: `constRef().v = x` throws. */
export declare function constRef(): {
    v: unknown;
};
/** ToPropertyKey: a computed key is converted once, when it is evaluated. */
export declare function key(x: unknown): PropertyKey;
export declare function objRest(o: unknown, keys: PropertyKey[]): Record<PropertyKey, unknown>;
/** An array destructuring in progress: the iterator record, and whether it is done. */
interface ArrayPattern {
    it: Iterator<unknown>;
    next: unknown;
    done: boolean;
}
/** Array destructuring step: the next value of `it`, or undefined once it is done. */
export declare function arrStep(s: ArrayPattern): unknown;
export declare function arrRest(s: ArrayPattern): unknown[];
export declare function arrStart(x: unknown): ArrayPattern;
/** End of an array destructuring (normally or not, as `c` says): close the iterator if it is not done. */
export declare function arrEnd(s: ArrayPattern, c: Completion | null): void;
export declare function gen(f: Frame, body: Body, tries?: Tries, name?: string): Generator<unknown>;
/** The promise of a task whose parameters failed to bind. */
export declare function rejected(e: unknown): Promise<never>;
export declare function task(f: Frame, body: Body, tries?: Tries, name?: string): Promise<unknown>;
export declare function agen(f: Frame, body: Body, tries?: Tries, name?: string): AsyncGenerator<unknown>;
type Tracer = (event: 'resume' | 'suspend' | 'complete' | 'throw', name: string, f: Frame, value: unknown) => void;
/** Install a tracer; only coroutines compiled with tracing (which pass their name) report to it. */
export declare function setTracer(t: Tracer | null): void;
