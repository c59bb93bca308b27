import * as t from '../ast';
import { CoroutineUnit, SuspensionMemo } from '../bindings';
import { CoroutineCFG, InternalNames, Label } from './ir';
export interface BuildContext {
    source: string;
    filename: string;
    memo: SuspensionMemo;
    names: InternalNames;
    /** numeric literals in emitted AST that must become a label's state id */
    fixups: {
        node: t.NumericLiteral;
        label: Label;
    }[];
}
export declare function buildCFG(unit: CoroutineUnit, ctx: BuildContext): CoroutineCFG;
/** a value that no code can change (a user's `undefined` only where the file binds no such name: see coOuterUndefined) */
export declare function isConstant(e: t.Node): boolean;
/** a fresh copy of a simple reference (identifiers keep their tags) */
export declare function cloneRef<T extends t.Node>(n: T): T;
