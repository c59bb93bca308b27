// Editor support for coframe's coroutine keywords in TypeScript sources.
//
// TypeScript's parser does not know `co_await x`, `co_yield x`, `co_return x;`
// or `for co_await (...)`. Written with a parenthesised operand —
// `co_await(x)`, `co_yield(x)`, `co_return(x);` — the first three are plain
// calls to TypeScript, and these declarations type them, so a `.co.ts` file
// written that way type-checks in an editor and with `tsc --noEmit`. coframe
// compiles both spellings the same way.
//
// Use: `/// <reference types="coframe/types" />` at the top of a file, or
// `"types": ["coframe/types"]` in tsconfig.json.
//
// Limits (see docs/PIPELINES.md):
// - `for co_await (...)` and `co_yield* x` have no call spelling: TypeScript
//   reports them as errors (`co_yield*(x)` reads as a multiplication);
// - an operand is required: write `co_yield(undefined)` / `co_return(undefined)`
//   (`co_return();` is not valid coframe syntax, like `return ();`);
// - TypeScript does not know a function is a coroutine: annotate its return
//   type (`Promise<T>`, `Iterable<T>`, `AsyncIterable<T>`…). A function so
//   annotated must end in `co_return(x)` (typed `never`) or TypeScript reports
//   that it returns no value; without an annotation it is inferred `void`;
// - the value of `co_yield(x)` (what the consumer passes to `next(v)`) is `any`.

export {};

declare global {
  /**
   * `co_await(x)`: suspend until `x` settles; evaluates to its value (or throws
   * its reason). Makes the enclosing function a task (it returns a Promise) or,
   * with `co_yield`, an async generator.
   */
  function co_await<T>(value: T): Awaited<T>;

  /**
   * `co_yield(x)`: hand `x` to the consumer and suspend; evaluates to the value
   * passed to the next `next(v)` (`any`: TypeScript cannot see the consumer).
   * Makes the enclosing function a generator (an async generator with
   * `co_await`).
   */
  function co_yield(value: unknown): any;

  /**
   * `co_return(x);`: complete the coroutine with `x`. Typed `never`: code after
   * it is unreachable, as after `return`.
   */
  function co_return(value: unknown): never;
}
