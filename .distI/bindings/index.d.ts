import * as t from '../ast';
import { CoroutineInfo } from '../classify';
export type VarKind = 'param' | 'var' | 'let' | 'const' | 'function' | 'class' | 'catch' | 'temp' | 'internal';
export interface VarInfo {
    name: string;
    /** its name in the source (`name` may be a new one: renamed apart); absent for the compiler's own */
    user?: string;
    kind: VarKind;
    /** offset of the declaring identifier in the source (-1 for temps) */
    declStart: number;
    /** referenced from a nested function */
    captured: boolean;
    /** declared in a loop body or loop head whose iterations need fresh bindings */
    inLoop: boolean;
    /** holds the TDZ marker from its block's entry: some reference may run before its declaration (./checks.ts) */
    tdz: boolean;
    /**
     * a body `var` of a parameter's name that is a binding of its own (a
     * closure in the parameter list sees the parameter): it starts with the
     * value of that parameter, named so in the wrapper function
     */
    initFrom?: string;
}
export interface CoroutineUnit {
    info: CoroutineInfo;
    vars: Map<string, VarInfo>;
    /** every identifier name in the whole file, to make fresh names */
    fileNames: Set<string>;
    /** the file may bind the name `undefined` somewhere: the lowered code says `void 0` instead */
    bindsUndefined: boolean;
    /** how many coroutines enclose this one */
    depth: number;
    /**
     * the body reads `arguments` and the parameters are plain: parameters stay
     * the wrapper's own (a sloppy-mode arguments object aliases them)
     */
    keepParams: boolean;
    /**
     * parameters a closure in the parameter list reads (`f = () => a`): the
     * body must keep using the wrapper's own binding, so they never move to the frame
     */
    heldParams: Set<string>;
    /**
     * when the resume function can be one function shared by all calls (see
     * the emitter) — a function declaration not inside another coroutine,
     * whose body reads no `this`, `arguments`, `super` or `new.target` —
     * where it goes: after `statement` (the declaration or its export) in the
     * statement list `list`; null otherwise
     */
    sharedResume: SharedResumePlace | null;
    /** direct `eval(...)` calls in the coroutine (nested functions included): the CFG builder rejects them */
    directEvals: t.CallExpression[];
    /**
     * its variables used inside a `with` statement's body (nested functions
     * included): the first use of each, with the variable's name in the source.
     * Natively the name is looked up in the object first; lowering keeps that
     * only for a variable that stays a local of its own name (lower/index.ts).
     */
    withUses: Map<string, {
        id: t.Identifier;
        user: string;
    }>;
}
export interface SharedResumePlace {
    list: t.Node[];
    statement: t.Node;
}
/** Answers of containsSuspension, per node, for one compile (a Map: faster than a WeakMap, and dropped with the compile) */
export type SuspensionMemo = Map<t.Node, boolean>;
export declare function containsSuspension(node: t.Node, kind: string, memo: SuspensionMemo): boolean;
export type BindingKind = 'param' | 'var' | 'let' | 'const' | 'hoisted' | 'local' | 'catch';
export interface Scope {
    node: t.Node;
    parent: Scope | null;
    /** `var` declarations go here (functions and static blocks) */
    isFunction: boolean;
    bindings: Map<string, Binding>;
    /** the coroutine manages it: its bindings become coroutine variables */
    managed: boolean;
    /** its node is a loop or inside one, within the coroutine */
    inLoop: boolean;
}
export interface Binding {
    kind: BindingKind;
    /** the declaring identifier (the first one, for a repeated `var`) */
    identifier: t.Identifier;
    scope: Scope;
}
export interface Occurrence {
    id: t.Identifier;
    parent: t.Node;
    scope: Scope;
    /** the outermost function or class around it inside the coroutine (null: in the coroutine's own code) */
    inside: t.Function | t.Class | null;
    /** inside a function nested in the coroutine */
    nested: boolean;
    /** in the coroutine's parameter list */
    inParams: boolean;
    /** Babel's isReferenced: a read (false for a declaration, and for the target of an assignment) */
    referenced: boolean;
    /** declares its binding (a declared name, parameter or pattern element), rather than reading or writing it */
    declaration: boolean;
    binding: Binding | undefined;
    /** the shorthand property `{ x }` (or `{ x = 1 }` in a pattern) it is the value of, if any */
    shorthand: t.ObjectProperty | null;
    /** inside the body of a `with` statement */
    inWith?: boolean;
}
export interface ResolvedCoroutine {
    scope: Scope;
    strict: boolean;
    /** where each let, const or class declaration's binding is initialised: the end of its declarator or class */
    initialisedAt: Map<t.Identifier, number>;
    /** the managed scopes, the coroutine's own first, then in source order */
    managed: Scope[];
    /** every identifier in the parameters and the body in a binding or reference position */
    occurrences: Occurrence[];
    /** JSX names that refer to bindings (`<Widget />`): renamed with them, never tagged */
    jsxNames: {
        id: t.JSXIdentifier;
        binding: Binding | undefined;
    }[];
    usesArguments: boolean;
    /** this, super, new.target, import.meta (a class counts, to be safe) outside nested non-arrow functions */
    usesCallContext: boolean;
    /** direct `eval(...)` calls anywhere in the coroutine, nested functions included */
    directEvals: t.CallExpression[];
    /** the function-level vars that sloppy-mode functions declared in blocks are copied to (Annex B), to be renamed */
    annexB: Binding[];
    /** body vars named like a parameter that a closure in the parameter list reads: each with that parameter */
    paramShadows: Map<Binding, Binding>;
}
export declare function analyzeBindings(ast: t.File, coroutines: CoroutineInfo[], memo: SuspensionMemo, runtime: string): CoroutineUnit[];
