"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildCFG = buildCFG;
exports.isConstant = isConstant;
exports.cloneRef = cloneRef;
// Pass 4: cut a coroutine body into states — the control-flow graph.
//
// Statements and expressions that contain no suspension are kept whole (one
// `js` op); everything that does is "exploded": evaluated step by step, with
// intermediate values in temporaries, so that each suspension ends a state and
// the code after it starts a new one. Loops, conditionals, switch and try
// become explicit jumps between states; try blocks also produce entries in
// the tries table that the runtime uses to route throws and returns.
// for-of, for-in, for co_await and async co_yield* are first expanded to plain
// statements from small templates (see ./templates.ts) and then exploded.
const t = __importStar(require("../ast"));
const bindings_1 = require("../bindings");
const checks_1 = require("../bindings/checks");
const parse_1 = require("../syntax/parse");
const diagnostics_1 = require("../diagnostics");
const ir_1 = require("./ir");
const templates_1 = require("./templates");
function buildCFG(unit, ctx) {
    const { memo, names } = ctx;
    const kind = unit.info.kind;
    const fn = unit.info.node;
    const states = [{ id: 0, ops: [], line: fn.loc ? fn.loc.start.line : null, resumedBy: null }];
    let cur = states[0];
    const tries = [];
    const suspensions = [];
    const entryLabels = [];
    const jumpStack = [];
    const finallyStack = [];
    let usesOp = false;
    let tempCount = 0;
    const susp = (n) => !!n && (0, bindings_1.containsSuspension)(n, kind, memo);
    const fail = (node, message) => {
        throw new diagnostics_1.CompileError([(0, diagnostics_1.diagnosticAt)(ctx.source, ctx.filename, node.start ?? 0, diagnostics_1.CODES.UNSUPPORTED, message)]);
    };
    // Code run by a direct eval sees the function's variables by name, and a
    // coroutine's live in its frame or its resume function: it could not.
    if (unit.directEvals.length) {
        fail(unit.directEvals[0], "direct eval in a coroutine: the code it runs would not see the coroutine's variables (they live in its frame); use an indirect eval, (0, eval)(code), or new Function");
    }
    // ------------------------------------------------------------ states
    const newLabel = () => ({ id: -1 });
    const terminates = (op) => {
        if (!op)
            return false;
        if (op.op === 'jump')
            return op.cond === null;
        if (op.op === 'js')
            return op.exits;
        return op.op === 'suspend' || op.op === 'complete' || op.op === 'abrupt';
    };
    const mark = (label, resumedBy = null, fresh = false) => {
        if (cur.ops.length === 0 && !cur.resumedBy && !resumedBy && !fresh) {
            label.id = cur.id;
            return;
        }
        const s = { id: states.length, ops: [], line: null, resumedBy };
        states.push(s);
        cur = s;
        label.id = s.id;
    };
    const emit = (op, node) => {
        if (terminates(cur.ops[cur.ops.length - 1])) {
            // unreachable code after a jump/return: give it its own (dead) state
            mark(newLabel());
        }
        if (cur.line === null && node && node.loc)
            cur.line = node.loc.start.line;
        cur.ops.push(op);
    };
    const emitJs = (node, source) => {
        emit({ op: 'js', node, targets: [], exits: node.type === 'ThrowStatement' }, source ?? node);
    };
    const jump = (target, cond = null, node) => emit({ op: 'jump', target, cond }, node);
    // ------------------------------------------------------------ names
    const tagged = (name) => {
        const id = t.identifier(name);
        id.extra = { coVar: name, coOwner: unit.info.index };
        return id;
    };
    /** a name used nowhere in the file nor among the coroutine's variables */
    const freshName = (hint) => {
        let name;
        do {
            name = `$${hint}${++tempCount}`;
        } while (unit.fileNames.has(name) || unit.vars.has(name));
        return name;
    };
    const newTemp = (hint = 't') => {
        const name = freshName(hint);
        const info = { name, kind: 'temp', declStart: -1, captured: false, inLoop: false, tdz: false };
        unit.vars.set(name, info);
        return name;
    };
    // Block-scoped variables that a closure captures inside a loop get a fresh
    // binding per iteration natively. Here they live in a box `{ v }`: closures
    // capture the box they saw (see the emitter), and every other reference
    // reads and writes `box.v`. A block's own declarations (let, const, class,
    // function) get their boxes when the block is entered, as its scope's
    // bindings exist natively from there: a closure made before the
    // declaration (a hoisted function, say) sees this entry's binding. A loop
    // head's variables and a catch parameter get a new box where they are bound.
    const boxed = new Set();
    for (const [name, v] of unit.vars) {
        if (v.captured && v.inLoop && (v.kind === 'let' || v.kind === 'const' || v.kind === 'class' || v.kind === 'function' || v.kind === 'catch'))
            boxed.add(name);
    }
    /** boxed names whose boxes are made at their block's entry (blockEntry) */
    const entryBoxed = new Set();
    const varName = (id) => id.type === 'Identifier' && id.extra && id.extra.coOwner === unit.info.index ? id.extra.coVar : null;
    const boxRef = (name) => {
        const id = tagged(name);
        id.extra.coBoxRef = true;
        return id;
    };
    const newBox = (v) => t.objectExpression([t.objectProperty(t.identifier('v'), v)]);
    /** a `var` in a catch block named like the parameter: its declaration assigns the parameter (B.3.5) */
    const assignsCatchParam = (id) => !!id.extra?.coAssignsCatchParam;
    /** the assignment a declaration `target = v` becomes */
    const declAssign = (target, v) => {
        const own = varName(target);
        if (own !== null && (entryBoxed.has(own) || assignsCatchParam(target)))
            return t.assignmentExpression('=', target, v);
        if (own !== null && boxed.has(own)) {
            // a closure in the initializer already sees this binding: make the box first
            if (containsFunction(v))
                return t.sequenceExpression([t.assignmentExpression('=', boxRef(own), newBox((0, ir_1.undefinedValue)())), t.assignmentExpression('=', tagged(own), v)]);
            return t.assignmentExpression('=', boxRef(own), newBox(v));
        }
        const inPattern = Object.values(t.getBindingIdentifiers(target, false))
            .filter((id) => !assignsCatchParam(id)).map(varName).filter((n) => n !== null && boxed.has(n) && !entryBoxed.has(n));
        if (inPattern.length === 0)
            return t.assignmentExpression('=', target, v);
        return t.sequenceExpression([...inPattern.map((n) => t.assignmentExpression('=', boxRef(n), newBox(unit.vars.get(n)?.tdz ? rt('TDZ') : (0, ir_1.undefinedValue)()))), t.assignmentExpression('=', target, v)]);
    };
    let declaring = false;
    const sent = () => t.identifier(names.sent);
    const rt = (member) => t.memberExpression(t.identifier(names.runtime), t.identifier(member));
    /** `$f.$s = value;` */
    const setState = (value) => t.expressionStatement(t.assignmentExpression('=', t.memberExpression(t.identifier(names.frame), t.identifier('$s')), value));
    const assignStmt = (target, value) => t.expressionStatement(t.assignmentExpression('=', target, value));
    /** a value that must survive later evaluation (maybe a suspension): store it */
    const keep = (e, later) => {
        if (!later || isConstant(e))
            return e;
        const name = newTemp();
        emitJs(assignStmt(tagged(name), e), e);
        return tagged(name);
    };
    /**
     * A computed key evaluated before something that may suspend: stored
     * already converted (ToPropertyKey, `toString` and all), because natively
     * the conversion happens when the key is evaluated, not when it is used.
     */
    const keepKey = (e, later) => {
        if (!later || (isConstant(e) && e.type !== 'ThisExpression'))
            return e;
        const name = newTemp();
        emitJs(assignStmt(tagged(name), t.callExpression(rt('key'), [e])), e);
        return tagged(name);
    };
    // ------------------------------------------------------------ suspensions
    const suspend = (kindOf, value, node) => {
        const resume = newLabel();
        const from = cur.id;
        if (kindOf === 'delegate' || kindOf === 'raw' || (kindOf === 'await' && kind === 'asyncgen'))
            usesOp = true;
        emit({ op: 'suspend', kind: kindOf, value, resume, node }, node);
        suspensions.push({ kind: kindOf, node, from: cur.id === from ? from : cur.id, resume });
        entryLabels.push(resume);
        mark(resume, node);
        return sent();
    };
    // ------------------------------------------------------------ expressions
    const expr = (e, ignore = false) => {
        if (!susp(e))
            return e;
        switch (e.type) {
            case 'YieldExpression': {
                if (e.delegate) {
                    if (kind === 'asyncgen')
                        return asyncDelegate(e);
                    return suspend('delegate', e.argument ? value(e.argument) : (0, ir_1.undefinedValue)(), e);
                }
                let v = e.argument ? value(e.argument) : null;
                if (kind === 'asyncgen')
                    v = suspend('await', v ?? (0, ir_1.undefinedValue)(), e);
                return suspend('yield', v, e);
            }
            case 'AwaitExpression':
                return suspend('await', value(e.argument), e);
            case 'CallExpression':
                if (e.callee.type === 'Identifier' && e.callee.name === templates_1.RAW_YIELD) {
                    return suspend('raw', value(e.arguments[0]), e);
                }
                return call(e);
            case 'NewExpression':
                return call(e);
            case 'SequenceExpression': {
                const xs = e.expressions;
                for (let i = 0; i < xs.length - 1; i++)
                    statementOf(expr(xs[i], true), xs[i]);
                return expr(xs[xs.length - 1], ignore);
            }
            case 'BinaryExpression': {
                const left = e.left.type === 'PrivateName' ? e.left : keep(value(e.left), susp(e.right));
                return t.binaryExpression(e.operator, left, value(e.right));
            }
            case 'LogicalExpression': {
                if (!susp(e.right))
                    return t.logicalExpression(e.operator, value(e.left), e.right);
                const r = newTemp();
                const end = newLabel();
                emitJs(assignStmt(tagged(r), value(e.left)), e.left);
                jump(end, shortCircuit(e.operator, tagged(r)), e);
                emitJs(assignStmt(tagged(r), value(e.right)), e.right);
                mark(end);
                return tagged(r);
            }
            case 'ConditionalExpression': {
                const test = value(e.test);
                if (!susp(e.consequent) && !susp(e.alternate))
                    return t.conditionalExpression(test, e.consequent, e.alternate);
                const r = newTemp();
                const otherwise = newLabel();
                const end = newLabel();
                jump(otherwise, t.unaryExpression('!', test), e);
                emitJs(assignStmt(tagged(r), value(e.consequent)), e.consequent);
                jump(end);
                mark(otherwise);
                emitJs(assignStmt(tagged(r), value(e.alternate)), e.alternate);
                mark(end);
                return tagged(r);
            }
            case 'UnaryExpression': {
                if (e.operator === 'delete' && (e.argument.type === 'MemberExpression')) {
                    return t.unaryExpression('delete', member(e.argument, false));
                }
                return t.unaryExpression(e.operator, value(e.argument), e.prefix);
            }
            case 'UpdateExpression': {
                if (e.argument.type === 'MemberExpression')
                    return t.updateExpression(e.operator, member(e.argument, false), e.prefix);
                return fail(e, 'unsupported suspension inside an update expression');
            }
            case 'MemberExpression':
                return member(e, false);
            case 'OptionalMemberExpression':
            case 'OptionalCallExpression':
                return optionalChain(e);
            case 'AssignmentExpression':
                return assign(e);
            case 'ArrayExpression': {
                const els = [];
                e.elements.forEach((el, i) => {
                    const later = e.elements.slice(i + 1).some((x) => susp(x));
                    if (el === null)
                        els.push(null);
                    else if (el.type === 'SpreadElement')
                        els.push(spread(el, later));
                    else
                        els.push(keep(value(el), later));
                });
                return t.arrayExpression(els);
            }
            case 'ObjectExpression': {
                const props = [];
                e.properties.forEach((p, i) => {
                    const later = e.properties.slice(i + 1).some((x) => susp(x));
                    if (p.type === 'SpreadElement') {
                        if (later && susp(p) === false) {
                            const name = newTemp();
                            emitJs(assignStmt(tagged(name), t.objectExpression([t.spreadElement(p.argument)])), p);
                            props.push(t.spreadElement(tagged(name)));
                        }
                        else
                            props.push(t.spreadElement(later ? keep(t.objectExpression([t.spreadElement(value(p.argument))]), true) : value(p.argument)));
                    }
                    else if (p.type === 'ObjectMethod') {
                        if (p.computed)
                            p.key = keepKey(value(p.key), later);
                        props.push(p);
                    }
                    else {
                        const key = p.computed ? keepKey(value(p.key), later || susp(p.value)) : p.key;
                        const v = keep(value(p.value), later);
                        props.push(t.objectProperty(key, v, p.computed, false));
                    }
                });
                return t.objectExpression(props);
            }
            case 'TemplateLiteral': {
                const exprs = e.expressions.map((x, i) => {
                    const later = e.expressions.slice(i + 1).some((y) => susp(y));
                    const v = value(x);
                    if (!later || isConstant(v))
                        return v;
                    // ToString happens before the next substitution is evaluated
                    return keep(t.templateLiteral([t.templateElement({ raw: '', cooked: '' }), t.templateElement({ raw: '', cooked: '' }, true)], [v]), true);
                });
                return t.templateLiteral(e.quasis, exprs);
            }
            case 'TaggedTemplateExpression':
                return taggedTemplate(e);
            case 'ParenthesizedExpression':
                return expr(e.expression, ignore);
            case 'TSAsExpression':
            case 'TSSatisfiesExpression':
            case 'TSNonNullExpression':
            case 'TSTypeAssertion':
                return value(e.expression);
            case 'ImportExpression':
                return t.importExpression(value(e.source));
            default:
                return fail(e, `a suspension inside ${e.type} is not supported yet`);
        }
    };
    const value = (e) => expr(e, false);
    const statementOf = (e, source) => {
        if (e && !isConstant(e) && !(e.type === 'Identifier' && e.name === names.sent))
            emitJs(t.expressionStatement(e), source);
    };
    const spread = (el, later) => {
        const v = value(el.argument);
        if (!later)
            return t.spreadElement(v);
        const name = newTemp();
        emitJs(assignStmt(tagged(name), t.arrayExpression([t.spreadElement(v)])), el);
        return t.spreadElement(tagged(name));
    };
    const member = (m, later) => {
        const propSusp = m.computed && susp(m.property);
        const obj = m.object.type === 'Super' ? m.object : keep(value(m.object), propSusp || later);
        const prop = m.computed ? keep(value(m.property), later) : m.property;
        return t.memberExpression(obj, prop, m.computed);
    };
    const args = (list) => list.map((a, i) => {
        const later = list.slice(i + 1).some((x) => susp(x));
        if (a.type === 'SpreadElement')
            return spread(a, later);
        return keep(value(a), later);
    });
    const call = (e) => {
        const argsSusp = e.arguments.some((a) => susp(a));
        const callee = e.callee;
        const runtimeCallee = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === names.runtime;
        if (e.type === 'CallExpression' && callee.type === 'MemberExpression' && argsSusp && !runtimeCallee) {
            // the method is looked up before the arguments are evaluated
            const thisValue = callee.object.type === 'Super' ? t.thisExpression() : null;
            const m = member(callee, true);
            const fnName = newTemp();
            emitJs(assignStmt(tagged(fnName), m), callee);
            const self = thisValue ?? m.object;
            return t.callExpression(rt('call'), [tagged(fnName), cloneRef(self), ...args(e.arguments)]);
        }
        let c;
        const isRuntimeHelper = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === names.runtime && !callee.computed;
        if (isRuntimeHelper)
            c = callee; // `$co.helper(...)` from a template: nothing to evaluate early
        else if (callee.type === 'MemberExpression')
            c = member(callee, argsSusp);
        else if (callee.type === 'Super' || callee.type === 'V8IntrinsicIdentifier' || callee.type === 'Import')
            return fail(e, 'unsupported callee');
        else
            c = keep(value(callee), argsSusp);
        const a = args(e.arguments);
        return e.type === 'NewExpression' ? t.newExpression(c, a) : t.callExpression(c, a);
    };
    /**
     * tag`a${x}b` with a suspension in it: the tag (and its `this`) is evaluated
     * first, then the substitutions; the strings object still comes from a
     * tagged template at this one source site, so it keeps its identity.
     */
    const taggedTemplate = (e) => {
        const tag = e.tag;
        let fnRef;
        let self = null;
        if (tag.type === 'MemberExpression') {
            const m = member(tag, true);
            self = m.object.type === 'Super' ? t.thisExpression() : m.object;
            const name = newTemp();
            emitJs(assignStmt(tagged(name), m), tag);
            fnRef = tagged(name);
        }
        else
            fnRef = keep(value(tag), true);
        const quasi = e.quasi;
        const strings = t.taggedTemplateExpression(rt('strings'), t.templateLiteral(quasi.quasis, quasi.expressions.map(() => t.numericLiteral(0))));
        const subs = quasi.expressions.map((x, i) => keep(value(x), quasi.expressions.slice(i + 1).some((y) => susp(y))));
        return self
            ? t.callExpression(rt('call'), [fnRef, cloneRef(self), strings, ...subs])
            : t.callExpression(fnRef, [strings, ...subs]);
    };
    const optionalChain = (e) => {
        const r = newTemp();
        const end = newLabel();
        emitJs(assignStmt(tagged(r), (0, ir_1.undefinedValue)()), e);
        const part = (n) => {
            if (n.type === 'OptionalMemberExpression' || (n.type === 'MemberExpression' && isChain(n.object))) {
                const obj = keep(part(n.object), true);
                if (n.type === 'OptionalMemberExpression' && n.optional)
                    jump(end, t.binaryExpression('==', cloneRef(obj), t.nullLiteral()), n);
                const prop = n.computed ? keep(value(n.property), true) : n.property;
                return t.memberExpression(cloneRef(obj), prop, n.computed);
            }
            if (n.type === 'OptionalCallExpression' || (n.type === 'CallExpression' && isChain(n.callee))) {
                const callee = n.callee;
                let fnRef;
                let self = null;
                if (callee.type === 'OptionalMemberExpression' || callee.type === 'MemberExpression') {
                    const obj = keep(callee.object.type === 'Super' ? t.thisExpression() : part(callee.object), true);
                    if (callee.type === 'OptionalMemberExpression' && callee.optional)
                        jump(end, t.binaryExpression('==', cloneRef(obj), t.nullLiteral()), callee);
                    const prop = callee.computed ? keep(value(callee.property), true) : callee.property;
                    const name = newTemp();
                    emitJs(assignStmt(tagged(name), t.memberExpression(callee.object.type === 'Super' ? t.super() : cloneRef(obj), prop, callee.computed)), callee);
                    fnRef = tagged(name);
                    self = obj;
                }
                else
                    fnRef = keep(part(callee), true);
                if (n.type === 'OptionalCallExpression' && n.optional)
                    jump(end, t.binaryExpression('==', cloneRef(fnRef), t.nullLiteral()), n);
                const a = args(n.arguments);
                return self ? t.callExpression(rt('call'), [cloneRef(fnRef), cloneRef(self), ...a]) : t.callExpression(cloneRef(fnRef), a);
            }
            return value(n);
        };
        const v = part(e);
        emitJs(assignStmt(tagged(r), v), e);
        mark(end);
        return tagged(r);
    };
    const assign = (e) => {
        const op = e.operator;
        const left = e.left;
        if (op === '&&=' || op === '||=' || op === '??=') {
            const target = reference(left);
            const r = newTemp();
            const end = newLabel();
            emitJs(assignStmt(tagged(r), target.get()), e);
            jump(end, shortCircuit(op.slice(0, 2), tagged(r)), e);
            emitJs(assignStmt(tagged(r), value(e.right)), e.right);
            emitJs(t.expressionStatement(target.set(tagged(r))), e);
            mark(end);
            return tagged(r);
        }
        if (left.type === 'Identifier' || left.type === 'MemberExpression') {
            const target = reference(left);
            if (op === '=')
                return target.set(value(e.right));
            const old = keep(target.get(), true);
            return target.set(t.binaryExpression(op.slice(0, -1), old, value(e.right)));
        }
        if (susp(left)) {
            const v = keep(value(e.right), true);
            destructure(left, v);
            return cloneRef(v);
        }
        return t.assignmentExpression(op, left, value(e.right));
    };
    /** an assignable place whose parts are evaluated once, now */
    const reference = (left) => {
        if (left.type === 'Identifier') {
            return { get: () => cloneRef(left), set: (v) => t.assignmentExpression('=', cloneRef(left), v) };
        }
        if (left.type === 'MemberExpression') {
            const m = member(left, true);
            const obj = m.object.type === 'Super' ? m.object : keep(m.object, true);
            const prop = m.computed ? keep(m.property, true) : m.property;
            const make = () => t.memberExpression(cloneRef(obj), cloneRef(prop), m.computed);
            return { get: make, set: (v) => t.assignmentExpression('=', make(), v) };
        }
        return fail(left, 'unsupported assignment target');
    };
    /** destructuring whose pattern itself contains a suspension (a default or a computed key) */
    const destructure = (pattern, v) => {
        switch (pattern.type) {
            case 'Identifier':
                emitJs(t.expressionStatement(declaring ? declAssign(pattern, v) : t.assignmentExpression('=', pattern, v)), pattern);
                return;
            case 'MemberExpression':
                // the target reference is evaluated before the value is fetched
                if (susp(pattern))
                    emitJs(t.expressionStatement(reference(pattern).set(v)), pattern);
                else
                    emitJs(assignStmt(pattern, v), pattern);
                return;
            case 'AssignmentPattern': {
                const name = newTemp();
                emitJs(assignStmt(tagged(name), v), pattern);
                const skip = newLabel();
                jump(skip, t.binaryExpression('!==', tagged(name), (0, ir_1.undefinedValue)()), pattern);
                emitJs(assignStmt(tagged(name), value(pattern.right)), pattern.right);
                mark(skip);
                destructure(pattern.left, tagged(name));
                return;
            }
            case 'ObjectPattern': {
                const o = newTemp();
                emitJs(assignStmt(tagged(o), v), pattern);
                // null/undefined must throw before anything else; a plain first key's
                // property read does that with the same message as native destructuring
                const first = pattern.properties[0];
                if (!first || first.type === 'RestElement' || first.computed) {
                    emitJs(t.ifStatement(t.binaryExpression('==', tagged(o), t.nullLiteral()), t.expressionStatement(t.assignmentExpression('=', t.objectPattern([]), tagged(o)))), pattern);
                }
                const keys = [];
                for (const p of pattern.properties) {
                    if (p.type === 'RestElement') {
                        destructure(p.argument, t.callExpression(rt('objRest'), [tagged(o), t.arrayExpression(keys.map(cloneRef))]));
                        continue;
                    }
                    let key;
                    if (p.computed)
                        key = keepKey(value(p.key), true);
                    else if (p.key.type === 'Identifier')
                        key = t.stringLiteral(p.key.name);
                    // (objRest compares keys with the object's own ones: `1` is '1' there)
                    else if (p.key.type === 'NumericLiteral' || p.key.type === 'BigIntLiteral')
                        key = t.stringLiteral(String(p.key.type === 'NumericLiteral' ? p.key.value : BigInt(p.key.value)));
                    else
                        key = p.key;
                    keys.push(key);
                    destructure(p.value, t.memberExpression(tagged(o), cloneRef(key), true));
                }
                return;
            }
            case 'ArrayPattern': {
                // the source iterator is closed however the destructuring ends
                // (IteratorClose), so the steps run in a try region with a finally
                const s = newTemp();
                emitJs(assignStmt(tagged(s), t.callExpression(rt('arrStart'), [v])), pattern);
                tryRegion([], () => {
                    for (const el of pattern.elements) {
                        if (el === null)
                            emitJs(t.expressionStatement(t.callExpression(rt('arrStep'), [tagged(s)])));
                        else if (el.type === 'RestElement')
                            destructure(el.argument, t.callExpression(rt('arrRest'), [tagged(s)]));
                        else
                            destructure(el, t.callExpression(rt('arrStep'), [tagged(s)]));
                    }
                }, null, (completion) => {
                    emitJs(t.expressionStatement(t.callExpression(rt('arrEnd'), [tagged(s), tagged(completion)])), pattern);
                });
                return;
            }
            case 'RestElement':
                destructure(pattern.argument, v);
                return;
            default:
                fail(pattern, `unsupported destructuring target ${pattern.type}`);
        }
    };
    const asyncDelegate = (e) => {
        const result = newTemp();
        const stmts = (0, templates_1.expandTemplate)('asyncDelegate', {
            ARG: e.argument ?? (0, ir_1.undefinedValue)(),
            RESULT: tagged(result),
        }, { temp: (h) => tagged(newTemp(h)), runtime: names.runtime, node: e });
        for (const s of stmts)
            statement(s);
        return tagged(result);
    };
    // ------------------------------------------------------------ statements
    const findJump = (label, isContinue) => {
        for (let i = jumpStack.length - 1; i >= 0; i--) {
            const c = jumpStack[i];
            if (label === null) {
                if (isContinue ? c.continueL !== null : c.breakable)
                    return c;
            }
            else if (c.labels.includes(label)) {
                return c;
            }
        }
        return null;
    };
    // Jumps and completions emitted into kept code so far (see keptTryFinally).
    let keptExits = 0;
    /** AST for a jump from inside kept (native) code; through the runtime when it leaves a finally or a for-of */
    const jumpAst = (target, viaRuntime) => {
        keptExits++;
        const lit = t.numericLiteral(0);
        ctx.fixups.push({ node: lit, label: target });
        if (viaRuntime) {
            entryLabels.push(target);
            return t.returnStatement(t.callExpression(rt('abrupt'), [t.identifier(names.frame), t.numericLiteral(3), lit]));
        }
        return t.blockStatement([
            setState(lit),
            t.continueStatement(t.identifier(names.loop)),
        ]);
    };
    /** AST for co_return inside kept code; through the runtime when it leaves a finally or a for-of */
    const completeAst = (v, viaRuntime) => {
        keptExits++;
        if (viaRuntime) {
            return t.returnStatement(t.callExpression(rt('abrupt'), [t.identifier(names.frame), t.numericLiteral(1), v ?? (0, ir_1.undefinedValue)()]));
        }
        if (v && !isConstant(v)) {
            // the value is evaluated before the coroutine counts as done: it may throw
            return t.returnStatement(t.callExpression(rt('end'), [t.identifier(names.frame), v]));
        }
        return t.blockStatement([
            setState((0, ir_1.stateLiteral)(-1)),
            t.returnStatement(v),
        ]);
    };
    /**
     * Prepare a statement without suspensions to be kept as it is: break /
     * continue that leave it become state jumps, co_return completes the
     * coroutine, and declarations of coroutine variables become assignments.
     */
    const keepNative = (s) => {
        const targets = [];
        const innerLabels = [];
        let loops = 0;
        let breakables = 0;
        // An exit from a kept for-of closes its iterator on the way out, which may
        // throw: natively that throw replaces the exit, so `$s` must stay where
        // the loop is until it has closed. Such exits go through the runtime.
        let forOfs = 0;
        const visitStmt = (n) => {
            switch (n.type) {
                case 'BreakStatement':
                case 'ContinueStatement': {
                    const isContinue = n.type === 'ContinueStatement';
                    const label = n.label ? n.label.name : null;
                    if (label !== null ? innerLabels.includes(label) : isContinue ? loops > 0 : breakables > 0)
                        return n;
                    const c = findJump(label, isContinue);
                    if (!c)
                        return n;
                    const target = isContinue ? c.continueL : c.breakL;
                    targets.push(target);
                    return jumpAst(target, finallyStack.length > c.finallyDepth || forOfs > 0);
                }
                case 'ReturnStatement':
                    if ((0, parse_1.isCo)(n))
                        return completeAst(n.argument ?? null, finallyStack.length > 0 || forOfs > 0);
                    return n;
                case 'VariableDeclaration': {
                    const d = declarationToAssignments(n);
                    return d ?? n;
                }
                case 'ClassDeclaration':
                    if (n.id && isOwned(n.id)) {
                        const cls = t.classExpression(t.identifier(userName(n.id)), n.superClass, n.body, n.decorators);
                        (0, checks_1.copyLoc)(cls, n);
                        return (0, checks_1.copyLoc)(t.expressionStatement(declAssign(n.id, cls)), n);
                    }
                    return n;
                case 'FunctionDeclaration':
                    if (n.id && isOwned(n.id))
                        return hoistedFunction(n);
                    return n;
                case 'LabeledStatement':
                    innerLabels.push(n.label.name);
                    n.body = visitStmt(n.body);
                    innerLabels.pop();
                    return n;
                case 'BlockStatement':
                    // a function declared in the block exists from the block's entry:
                    // the assignment an owned one becomes goes first
                    n.body = [...blockEntry(n.body), ...n.body.filter(ownedFunction), ...n.body.filter((x) => !ownedFunction(x))].map(visitStmt);
                    return n;
                case 'IfStatement':
                    n.consequent = visitStmt(n.consequent);
                    if (n.alternate)
                        n.alternate = visitStmt(n.alternate);
                    return n;
                case 'WhileStatement':
                case 'DoWhileStatement':
                    loops++;
                    breakables++;
                    n.body = visitStmt(n.body);
                    loops--;
                    breakables--;
                    return n;
                case 'ForStatement':
                    if (n.init && n.init.type === 'VariableDeclaration') {
                        const d = declarationToExpression(n.init);
                        if (d !== undefined)
                            n.init = d;
                    }
                    loops++;
                    breakables++;
                    n.body = visitStmt(n.body);
                    loops--;
                    breakables--;
                    return n;
                case 'ForInStatement':
                case 'ForOfStatement': {
                    if (n.left.type === 'VariableDeclaration' && ownsDeclaration(n.left)) {
                        n.left = n.left.declarations[0].id;
                    }
                    const closes = n.type === 'ForOfStatement' ? 1 : 0;
                    loops++;
                    breakables++;
                    forOfs += closes;
                    n.body = visitStmt(n.body);
                    loops--;
                    breakables--;
                    forOfs -= closes;
                    return n;
                }
                case 'SwitchStatement': {
                    // (the case block's owned functions: assigned before the switch)
                    const entry = blockEntry(n.cases.flatMap((c) => c.consequent));
                    const hoisted = [...entry, ...n.cases.flatMap((c) => c.consequent.filter(ownedFunction)).map(visitStmt)];
                    breakables++;
                    for (const c of n.cases)
                        c.consequent = c.consequent.filter((x) => !ownedFunction(x)).map(visitStmt);
                    breakables--;
                    return hoisted.length ? t.blockStatement([...hoisted, n]) : n;
                }
                case 'TryStatement': {
                    const exitsBefore = keptExits;
                    n.block = visitStmt(n.block);
                    if (n.handler)
                        n.handler.body = visitStmt(n.handler.body);
                    if (!n.finalizer)
                        return n;
                    n.finalizer = visitStmt(n.finalizer);
                    return keptExits > exitsBefore ? keptTryFinally(n) : n;
                }
                case 'WithStatement':
                    n.body = visitStmt(n.body);
                    return n;
                default:
                    return n;
            }
        };
        const out = visitStmt(s);
        if (out.type === 'EmptyStatement' && s.type !== 'EmptyStatement')
            return;
        const exits = out.type === 'ThrowStatement' || out.type === 'ReturnStatement' || (out.type === 'BlockStatement' && (s.type === 'BreakStatement' || s.type === 'ContinueStatement' || s.type === 'ReturnStatement'));
        emit({ op: 'js', node: out, targets, exits }, s);
    };
    /**
     * A kept try/finally whose try or catch leaves through a state jump or a
     * completion: that exit has already moved `$s` (to its target, to an outer
     * finally's entry, or to done) when the native finally runs. The finally
     * may still complete abruptly itself (a throw, another jump, co_return),
     * which must be routed from where the try statement is, as natively its
     * completion replaces the pending one. So the finally runs with `$s` put
     * back to the try's state and restores the exit's `$s` when it completes
     * normally:
     *   { const $k = $f.$s; try {...} finally { const $r = $f.$s; $f.$s = $k; ...; $f.$s = $r; } }
     */
    const keptTryFinally = (n) => {
        const atTry = freshName('k');
        const atExit = freshName('r');
        const saveState = (name) => t.variableDeclaration('const', [
            t.variableDeclarator(t.identifier(name), t.memberExpression(t.identifier(names.frame), t.identifier('$s'))),
        ]);
        n.finalizer = t.blockStatement([saveState(atExit), setState(t.identifier(atTry)), n.finalizer, setState(t.identifier(atExit))]);
        return t.blockStatement([saveState(atTry), n]);
    };
    const isOwned = (id) => !!id && id.type === 'Identifier' && !!id.extra && id.extra.coOwner === unit.info.index;
    const firstBindingId = (p) => {
        const ids = t.getBindingIdentifiers(p, false);
        const first = Object.values(ids)[0];
        return first ?? null;
    };
    const hoistedFunction = (n) => {
        const name = userName(n.id);
        // A function expression's own name is a binding inside it: where the
        // body uses the declared name, which means the (reassignable) outer
        // binding, the function is anonymous and named as a property would be.
        const own = n.id.extra?.coVar;
        let selfReference = false;
        t.traverseFast(n.body, (x) => {
            if (x.type === 'Identifier' && x.name === name && isOwned(x) && x.extra.coVar === own)
                selfReference = true;
        });
        const fnExpr = t.functionExpression(selfReference ? null : t.identifier(name), n.params, n.body, n.generator, n.async);
        (0, checks_1.copyLoc)(fnExpr, n);
        return (0, checks_1.copyLoc)(assignStmt(n.id, selfReference ? (0, checks_1.namedByProperty)(fnExpr, name) : fnExpr), n);
    };
    /**
     * Is this declaration the coroutine's? Every `var` of its own code is (the
     * function's var), even one whose name means a catch parameter (B.3.5:
     * its initialiser assigns the parameter).
     */
    const ownsDeclaration = (d) => (d.kind === 'var' && !d.declare) || d.declarations.some((x) => isOwned(firstBindingId(x.id)));
    /** `let a = 1, b;` of owned variables -> `a = 1; b = undefined;` (null when not owned) */
    const declarationToAssignments = (d) => {
        if (!ownsDeclaration(d))
            return null;
        const e = declarationToExpression(d);
        if (e === null || e === undefined)
            return t.emptyStatement();
        return (0, checks_1.copyLoc)(t.expressionStatement(e), d);
    };
    const declarationToExpression = (d) => {
        if (!ownsDeclaration(d))
            return undefined;
        const parts = [];
        for (const x of d.declarations) {
            if (x.init)
                parts.push((0, checks_1.copyLoc)(declAssign(x.id, x.init), x));
            else if (d.kind !== 'var' && x.id.type === 'Identifier')
                parts.push(declAssign(x.id, (0, ir_1.undefinedValue)()));
        }
        if (parts.length === 0)
            return null;
        return parts.length === 1 ? parts[0] : t.sequenceExpression(parts);
    };
    const ownedFunction = (s) => s.type === 'FunctionDeclaration' && !!s.id && isOwned(s.id);
    /**
     * What the variables declared directly in a block's statements (or a
     * switch's cases) start with when the block is entered, before its
     * functions are assigned: a new box for a boxed one (`x = { v: undefined }`,
     * see `boxed`), the TDZ marker for one whose references check it
     * (`x = $co.TDZ`, or in its box; see bindings/checks.ts). A for(;;)
     * head's declaration gets only the markers (`onlyDeadZone`): its boxes are
     * made by the declaration, unless a marker is in one.
     */
    const blockEntry = (stmts, onlyDeadZone = false) => {
        const out = [];
        for (const s of stmts) {
            const ids = s.type === 'VariableDeclaration' ? (s.kind === 'var' ? [] : s.declarations.flatMap((d) => Object.values(t.getBindingIdentifiers(d.id, false))))
                : (s.type === 'ClassDeclaration' || s.type === 'FunctionDeclaration') && s.id ? [s.id] : [];
            for (const id of ids) {
                const name = varName(id);
                if (name === null || entryBoxed.has(name))
                    continue;
                const tdz = !!unit.vars.get(name)?.tdz;
                if (onlyDeadZone && !tdz)
                    continue;
                if (boxed.has(name)) {
                    entryBoxed.add(name);
                    out.push((0, checks_1.copyLoc)(assignStmt(boxRef(name), newBox(tdz ? rt('TDZ') : (0, ir_1.undefinedValue)())), id));
                }
                else if (tdz) {
                    out.push((0, checks_1.copyLoc)(assignStmt(tagged(name), rt('TDZ')), id));
                }
            }
        }
        return out;
    };
    /** function declarations are initialised when their block (or switch) is entered */
    const hoistFunctions = (stmts) => {
        for (const s of stmts)
            if (ownedFunction(s))
                emitJs(hoistedFunction(s), s);
    };
    const block = (stmts) => {
        for (const b of blockEntry(stmts))
            emitJs(b, b);
        hoistFunctions(stmts);
        for (const s of stmts)
            if (!ownedFunction(s))
                statement(s);
    };
    const loopBody = (body, labels, breakL, continueL) => {
        jumpStack.push({ labels, breakL, continueL, breakable: true, finallyDepth: finallyStack.length });
        statement(body);
        jumpStack.pop();
    };
    const statement = (s, labels = []) => {
        if (s.type === 'LabeledStatement' && susp(s)) {
            statement(s.body, [...labels, s.label.name]);
            return;
        }
        // Every statement of a block or switch case that suspends comes here.
        // (Only with the types kept: stripping turns these into variables first.)
        if (tsRuntimeDeclaration(s)) {
            fail(s, `a TypeScript ${s.type === 'TSEnumDeclaration' ? 'enum' : 'namespace'} declared in a block that suspends ` +
                'is not supported with the types kept: its binding would not outlive the suspension (strip the types, or declare it outside the coroutine)');
        }
        if (!susp(s)) {
            if (labels.length) {
                // a labelled statement whose body we keep: keep the labels too
                let n = s;
                for (let i = labels.length - 1; i >= 0; i--)
                    n = t.labeledStatement(t.identifier(labels[i]), n);
                keepNative(n);
            }
            else
                keepNative(s);
            return;
        }
        switch (s.type) {
            case 'ExpressionStatement':
                statementOf(expr(s.expression, true), s);
                return;
            case 'VariableDeclaration':
                for (const d of s.declarations) {
                    if (susp(d.id)) {
                        const init = d.init ? value(d.init) : (0, ir_1.undefinedValue)();
                        declaring = true;
                        destructure(d.id, init);
                        declaring = false;
                    }
                    else if (d.init)
                        emitJs((0, checks_1.copyLoc)(t.expressionStatement(declAssign(d.id, value(d.init))), d), d);
                    else if (s.kind !== 'var' && d.id.type === 'Identifier')
                        emitJs(t.expressionStatement(declAssign(d.id, (0, ir_1.undefinedValue)())), d);
                }
                return;
            case 'BlockStatement':
                if (labels.length) {
                    const end = newLabel();
                    jumpStack.push({ labels, breakL: end, continueL: null, breakable: false, finallyDepth: finallyStack.length });
                    block(s.body);
                    jumpStack.pop();
                    mark(end);
                }
                else
                    block(s.body);
                return;
            case 'IfStatement': {
                const test = value(s.test);
                if (!susp(s.consequent) && !susp(s.alternate) && !labels.length) {
                    keepNative((0, checks_1.copyLoc)(t.ifStatement(test, s.consequent, s.alternate), s));
                    return;
                }
                const end = newLabel();
                if (labels.length)
                    jumpStack.push({ labels, breakL: end, continueL: null, breakable: false, finallyDepth: finallyStack.length });
                if (s.alternate) {
                    const otherwise = newLabel();
                    jump(otherwise, t.unaryExpression('!', test), s.test);
                    statement(s.consequent);
                    jump(end);
                    mark(otherwise);
                    statement(s.alternate);
                }
                else {
                    jump(end, t.unaryExpression('!', test), s.test);
                    statement(s.consequent);
                }
                if (labels.length)
                    jumpStack.pop();
                mark(end);
                return;
            }
            case 'WhileStatement': {
                const head = newLabel();
                const end = newLabel();
                mark(head);
                if (!isTrue(s.test))
                    jump(end, t.unaryExpression('!', value(s.test)), s.test);
                loopBody(s.body, labels, end, head);
                jump(head);
                mark(end);
                return;
            }
            case 'DoWhileStatement': {
                const top = newLabel();
                const test = newLabel();
                const end = newLabel();
                mark(top);
                loopBody(s.body, labels, end, test);
                mark(test);
                jump(top, value(s.test), s.test);
                mark(end);
                return;
            }
            case 'ForStatement': {
                if (s.init) {
                    if (s.init.type === 'VariableDeclaration') {
                        for (const b of blockEntry([s.init], true))
                            emitJs(b, b);
                        statement(s.init);
                    }
                    else
                        statementOf(expr(s.init, true), s.init);
                }
                // per-iteration bindings: each iteration gets a copy of each boxed loop variable
                const copyLoopBindings = () => {
                    if (!s.init || s.init.type !== 'VariableDeclaration' || s.init.kind === 'var')
                        return;
                    for (const id of Object.values(t.getBindingIdentifiers(s.init, false))) {
                        const name = varName(id);
                        if (name !== null && boxed.has(name))
                            emitJs(t.expressionStatement(t.assignmentExpression('=', boxRef(name), newBox(tagged(name)))));
                    }
                };
                copyLoopBindings();
                const head = newLabel();
                const update = newLabel();
                const end = newLabel();
                mark(head);
                if (s.test && !isTrue(s.test))
                    jump(end, t.unaryExpression('!', value(s.test)), s.test);
                loopBody(s.body, labels, end, update);
                mark(update);
                copyLoopBindings();
                if (s.update)
                    statementOf(expr(s.update, true), s.update);
                jump(head);
                mark(end);
                return;
            }
            case 'ForOfStatement':
            case 'ForInStatement': {
                if (!(s.type === 'ForOfStatement' && s.await) && !susp(s.body) && !susp(s.left)) {
                    // only the iterated expression suspends: evaluate it, then keep a native loop
                    const right = value(s.right);
                    let n = (0, checks_1.copyLoc)(s.type === 'ForInStatement' ? t.forInStatement(s.left, right, s.body) : t.forOfStatement(s.left, right, s.body), s);
                    for (let i = labels.length - 1; i >= 0; i--)
                        n = t.labeledStatement(t.identifier(labels[i]), n);
                    keepNative(n);
                    return;
                }
                const which = s.type === 'ForInStatement' ? 'forIn' : s.await ? 'forAwait' : 'forOf';
                const stmts = (0, templates_1.expandTemplate)(which, {
                    RIGHT: s.right,
                    ASSIGN: loopAssignment(s.left),
                    BODY: s.body,
                }, { temp: (h) => tagged(newTemp(h)), runtime: names.runtime, node: s, labels });
                for (const x of stmts)
                    statement(x);
                return;
            }
            case 'SwitchStatement': {
                const d = keep(value(s.discriminant), true);
                // the case block's functions exist from its entry, before the tests run
                // (emitted after the tests' jumps, they were dead code)
                const caseStmts = s.cases.flatMap((c) => c.consequent);
                for (const b of blockEntry(caseStmts))
                    emitJs(b, b);
                hoistFunctions(caseStmts);
                const end = newLabel();
                const caseLabels = s.cases.map(() => newLabel());
                let defaultLabel = null;
                s.cases.forEach((c, i) => {
                    if (c.test)
                        jump(caseLabels[i], t.binaryExpression('===', cloneRef(d), value(c.test)), c.test);
                    else
                        defaultLabel = caseLabels[i];
                });
                jump(defaultLabel ?? end);
                jumpStack.push({ labels, breakL: end, continueL: null, breakable: true, finallyDepth: finallyStack.length });
                s.cases.forEach((c, i) => {
                    mark(caseLabels[i]);
                    for (const x of c.consequent)
                        if (!ownedFunction(x))
                            statement(x);
                });
                jumpStack.pop();
                mark(end);
                return;
            }
            case 'TryStatement':
                tryStatement(s, labels);
                return;
            case 'ReturnStatement': {
                let arg = s.argument ? s.argument : null;
                let v = null;
                if (arg && arg.type === 'CallExpression' && arg.callee.type === 'Identifier' && arg.callee.name === templates_1.RAW_RETURN) {
                    v = value(arg.arguments[0]);
                    arg = null;
                }
                else if (arg) {
                    v = value(arg);
                    if (kind === 'asyncgen')
                        v = suspend('await', v, s);
                }
                if (finallyStack.length)
                    emit({ op: 'abrupt', type: 'return', value: v, target: null }, s);
                else
                    emit({ op: 'complete', value: v, node: s }, s);
                return;
            }
            case 'ThrowStatement':
                emitJs((0, checks_1.copyLoc)(t.throwStatement(value(s.argument)), s), s);
                return;
            case 'ClassDeclaration':
                return void fail(s, 'a suspension inside a class declaration is not supported');
            default:
                return void fail(s, `a suspension inside ${s.type} is not supported`);
        }
    };
    /** the `x = $value` step of a for-of / for-in over `left` */
    const loopAssignment = (left) => {
        return (v) => {
            const target = left.type === 'VariableDeclaration' ? left.declarations[0].id : left;
            const markers = left.type === 'VariableDeclaration' ? iterationMarkers(left) : [];
            if (susp(target)) {
                // expanded later by statement(): use a declaration-shaped marker
                return [...markers, t.variableDeclaration('let', [t.variableDeclarator(target, v)])];
            }
            if (left.type === 'VariableDeclaration')
                return [...markers, (0, checks_1.copyLoc)(t.expressionStatement(declAssign(target, v)), left)];
            return [(0, checks_1.copyLoc)(assignStmt(target, v), left)];
        };
    };
    /**
     * A for-in/of head's bindings that a reference in the head itself reads
     * early (`for (const [a = b, b] of …)`) start each iteration in their dead
     * zone: `b = $co.TDZ;` (a boxed one gets the marker in its new box, from
     * declAssign)
     */
    const iterationMarkers = (d) => Object.values(t.getBindingIdentifiers(d.declarations[0].id, false))
        .map(varName).filter((n) => n !== null && !!unit.vars.get(n)?.tdz && !boxed.has(n))
        .map((n) => assignStmt(tagged(n), rt('TDZ')));
    /** a part of a try statement that does not suspend is kept whole, braces and block scope included */
    const part = (b) => (susp(b) ? block(b.body) : keepNative(b));
    const tryStatement = (s, labels) => {
        const handler = s.handler;
        const finalizer = s.finalizer;
        tryRegion(labels, () => part(s.block), handler ? () => {
            const param = handler.param;
            if (param) {
                if (susp(param)) {
                    declaring = true;
                    destructure(param, sent());
                    declaring = false;
                }
                else
                    emitJs(t.expressionStatement(declAssign(param, sent())), param);
            }
            part(handler.body);
        } : null, finalizer ? (completion) => {
            replaceCompletionMarker(finalizer, completion, tagged);
            part(finalizer);
        } : null);
    };
    /**
     * The states of a try region: the protected part, an optional catch part
     * (entered with the exception in $v) and an optional finally part (which
     * knows the completion that entered it, {t, v} or null, by name).
     */
    const tryRegion = (labels, body, handler, finalizer) => {
        const end = labels.length ? newLabel() : null;
        if (end)
            jumpStack.push({ labels, breakL: end, continueL: null, breakable: false, finallyDepth: finallyStack.length });
        const entry = {
            tryStart: newLabel(),
            catchState: handler ? newLabel() : null,
            finallyEntry: finalizer ? newLabel() : null,
            after: newLabel(),
            completion: finalizer ? newTemp('c') : null,
        };
        const finallyBody = newLabel();
        tries.push(entry);
        // a try region starts a new state, so no code before the try is inside it
        // (and its first state is its own: a jump to a label before the try must not land inside it)
        mark(entry.tryStart, null, true);
        if (finalizer)
            finallyStack.push(entry);
        body();
        const toFinally = () => {
            emitJs(assignStmt(tagged(entry.completion), t.nullLiteral()));
            jump(finallyBody);
        };
        if (finalizer)
            toFinally();
        else
            jump(entry.after);
        if (handler) {
            mark(entry.catchState);
            entryLabels.push(entry.catchState);
            handler();
            if (finalizer)
                toFinally();
            else
                jump(entry.after);
        }
        if (finalizer) {
            finallyStack.pop();
            mark(entry.finallyEntry);
            entryLabels.push(entry.finallyEntry);
            emitJs(assignStmt(tagged(entry.completion), sent()));
            mark(finallyBody);
            finalizer(entry.completion);
            emit({ op: 'end-finally', completion: entry.completion });
        }
        mark(entry.after);
        if (end) {
            jumpStack.pop();
            mark(end);
        }
    };
    // ------------------------------------------------------------ the body
    const body = fn.body;
    if (body.type === 'BlockStatement')
        block(body.body);
    else
        statement(t.returnStatement(body));
    if (!terminates(cur.ops[cur.ops.length - 1]))
        emit({ op: 'complete', value: null, node: null });
    const entries = new Set();
    for (const l of entryLabels)
        entries.add(l.id);
    for (const s of suspensions)
        s.from = findStateOf(states, s);
    return { unit, states, tries, suspensions, entries, usesOp, names, boxed };
}
function findStateOf(states, s) {
    for (const st of states)
        for (const op of st.ops)
            if (op.op === 'suspend' && op.resume === s.resume)
                return st.id;
    return s.from;
}
function shortCircuit(op, r) {
    if (op === '&&')
        return t.unaryExpression('!', r);
    if (op === '||')
        return r;
    return t.binaryExpression('!=', r, t.nullLiteral());
}
/** The name the user gave a declaration the bindings pass renamed (`f` for `f$1`): its function's or class's `name`. */
function userName(id) {
    return (id.extra?.coUserName) ?? id.name;
}
/** a value that no code can change (a user's `undefined` only where the file binds no such name: see coOuterUndefined) */
function isConstant(e) {
    return e.type === 'NumericLiteral' || e.type === 'StringLiteral' || e.type === 'BooleanLiteral' || e.type === 'NullLiteral' ||
        e.type === 'BigIntLiteral' || e.type === 'ThisExpression' ||
        (e.type === 'Identifier' && e.name === 'undefined' && (!e.extra || !!e.extra.coUndefined)) ||
        (e.type === 'TemplateLiteral' && e.expressions.length === 0);
}
function containsFunction(e) {
    let found = false;
    t.traverseFast(e, (n) => { if (t.isFunction(n) || t.isClass(n))
        found = true; });
    return found;
}
function isTrue(e) {
    return e.type === 'BooleanLiteral' && e.value === true;
}
function isChain(n) {
    return n.type === 'OptionalMemberExpression' || n.type === 'OptionalCallExpression' ||
        ((n.type === 'MemberExpression') && isChain(n.object)) || (n.type === 'CallExpression' && isChain(n.callee));
}
/** a fresh copy of a simple reference (identifiers keep their tags) */
function cloneRef(n) {
    if (n.type === 'Identifier') {
        const id = t.identifier(n.name);
        if (n.extra)
            id.extra = { ...n.extra };
        return id;
    }
    return t.cloneNode(n, true, false);
}
function replaceCompletionMarker(node, name, tagged) {
    for (const key of t.VISITOR_KEYS[node.type] || []) {
        const child = node[key];
        if (Array.isArray(child)) {
            child.forEach((c, i) => {
                if (c && c.type === 'Identifier' && c.name === templates_1.COMPLETION)
                    child[i] = tagged(name);
                else if (c && typeof c === 'object')
                    replaceCompletionMarker(c, name, tagged);
            });
        }
        else if (child && typeof child === 'object') {
            const c = child;
            if (c.type === 'Identifier' && c.name === templates_1.COMPLETION)
                node[key] = tagged(name);
            else if (!t.isFunction(c))
                replaceCompletionMarker(c, name, tagged);
        }
    }
}
/** A TypeScript declaration that the TypeScript compiler turns into a variable: an enum, or a namespace with values. */
function tsRuntimeDeclaration(s) {
    if (s.type === 'TSEnumDeclaration')
        return !s.declare && !s.const;
    if (s.type !== 'TSModuleDeclaration' || s.declare)
        return false;
    // a namespace has values unless all it holds is types
    const typeOnly = (x) => {
        if (!x)
            return true;
        if (x.type === 'ExportNamedDeclaration')
            return x.exportKind === 'type' || typeOnly(x.declaration);
        if (x.type === 'TSModuleDeclaration')
            return !tsRuntimeDeclaration(x);
        return x.type === 'TSInterfaceDeclaration' || x.type === 'TSTypeAliasDeclaration' || ('declare' in x && !!x.declare);
    };
    return s.body.type === 'TSModuleBlock' ? !s.body.body.every(typeOnly) : !typeOnly(s.body);
}
