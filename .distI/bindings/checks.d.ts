import * as t from '../ast';
import type { Binding, ResolvedCoroutine } from './index';
/**
 * Wrap the references to `owned` let/const/class bindings that may run in
 * their dead zone, and the writes to `owned` consts; returns the bindings
 * that need the dead zone's marker.
 */
export declare function bindingChecks(r: ResolvedCoroutine, owned: Set<Binding>, userNames: Map<Binding, string>, runtime: string): Set<Binding>;
/** `to`, with the source position of `from` (for source maps and diagnostics). */
export declare function copyLoc<T extends t.Node>(to: T, from: t.Node): T;
/**
 * `{ x }` to `{ x: value }` (its value is about to change). `{ __proto__ }`
 * makes an own property but `{ __proto__: v }` sets the prototype, so that
 * key becomes `["__proto__"]`.
 */
export declare function expandShorthand(prop: t.ObjectProperty): void;
/**
 * `({ name: value }).name`: an anonymous function definition named as a
 * property definition names it (`name` is set before a class's static
 * initialisers run, as natively). For a value whose variable is no longer a
 * plain binding of that name (a frame field, a box, renamed apart), where an
 * assignment would not name it.
 */
export declare function namedByProperty(value: t.Expression, name: string): t.Expression;
