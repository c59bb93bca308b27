// Editor support for coframe's coroutine keywords in TypeScript sources.
//
// TypeScript's parser does not know `co_await x`, `co_yield x` or `co_return x;`.
// Written with a parenthesised operand — `co_await(x)`, `co_yield(x)`,
// `co_return(x);` — they are ordinary calls to TypeScript, and these
// declarations give them types, so a `.co.ts` file written that way
// type-checks in an editor and with `tsc --noEmit`. coframe compiles both
// spellings the same way. See docs/PIPELINES.md for the limits.
//
// Use: `/// <reference types="coframe/types" />` at the top of a file, or
// "types": ["coframe/types"] in tsconfig.json.

export {};

declare global {
  /**
   * `co_await(x)`: suspend until `x` settles; evaluates to its value (or throws
   * its reason). Makes the enclosing function a task (returns a Promise) or,
   * with `co_yield`, an async generator.
   */
  function co_await<T>(value: T): Awaited<T>;

  /**
   * `co_yield(x)`: hand `x` to the consumer and suspend; evaluates to the value
   * passed to the next `next(v)` (typed `any`: TypeScript cannot see the
   * consumer). Makes the enclosing function a generator.
   */
  function co_yield(value: unknown): any;

  /**
   * `co_return(x);`: complete the coroutine with `x`. Typed `never` so that
   * code after it is unreachable, as after `return`.
   */
  function co_return(value: unknown): never;
}
