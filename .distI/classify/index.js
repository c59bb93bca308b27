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
exports.classify = classify;
// Pass 2: decide which functions are coroutines, of which kind, and reject
// every misplaced keyword (§2 and §4 of the language contract).
//
// A function is a coroutine exactly when its *own* body contains a co_ form:
// nested functions and class bodies belong to themselves. We walk the tree
// keeping the innermost "owner" of each position: a function body, a
// parameter list, a class field initializer, a static block, or the top level.
const t = __importStar(require("../ast"));
const parse_1 = require("../syntax/parse");
const diagnostics_1 = require("../diagnostics");
const CO_NAMES = new Set(['co_await', 'co_yield', 'co_return']);
function classify(parsed) {
    const { source, filename } = parsed;
    const diagnostics = [];
    const report = (offset, code, message) => diagnostics.push((0, diagnostics_1.diagnosticAt)(source, filename, offset, code, message));
    const facts = new Map();
    const order = [];
    const keywordOf = (node) => {
        if (node.type === 'AwaitExpression')
            return 'co_await';
        if (node.type === 'YieldExpression')
            return node.delegate ? 'co_yield*' : 'co_yield';
        if (node.type === 'ForOfStatement')
            return 'for co_await';
        return 'co_return';
    };
    const keywordStart = (node) => {
        const extra = node.extra;
        return extra?.keywordStart ?? node.start ?? 0;
    };
    const onCoNode = (node, owner) => {
        const kw = keywordOf(node);
        const at = keywordStart(node);
        switch (owner.type) {
            case 'top':
                report(at, diagnostics_1.CODES.AT_TOP_LEVEL, `'${kw}' at top level: only a function body can suspend`);
                return;
            case 'field':
                report(at, diagnostics_1.CODES.IN_FIELD, `'${kw}' in a class field initializer`);
                return;
            case 'static-block':
                report(at, diagnostics_1.CODES.IN_STATIC_BLOCK, `'${kw}' in a class static block`);
                return;
            case 'params':
                report(at, diagnostics_1.CODES.IN_PARAM_DEFAULT, `'${kw}' in a parameter list: parameters are evaluated before the coroutine body starts`);
                return;
            case 'function': {
                if (owner.role === 'constructor') {
                    report(at, diagnostics_1.CODES.IN_CONSTRUCTOR, `'${kw}' in a constructor: a constructor cannot be a coroutine`);
                    return;
                }
                if (owner.role === 'get') {
                    report(at, diagnostics_1.CODES.IN_GETTER, `'${kw}' in a getter: a getter cannot be a coroutine`);
                    return;
                }
                if (owner.role === 'set') {
                    report(at, diagnostics_1.CODES.IN_SETTER, `'${kw}' in a setter: a setter cannot be a coroutine`);
                    return;
                }
                const f = facts.get(owner.fn);
                if (node.type === 'YieldExpression') {
                    if (owner.fn.type === 'ArrowFunctionExpression') {
                        report(at, diagnostics_1.CODES.YIELD_IN_ARROW, `'${kw}' in an arrow function: arrows cannot be generators (use a function expression)`);
                        return;
                    }
                    f.coYield = true;
                }
                else if (node.type === 'ReturnStatement')
                    f.coReturn = true;
                else
                    f.coAwait = true;
            }
        }
    };
    const onNativeNode = (node, owner) => {
        if (owner.type === 'function') {
            facts.get(owner.fn).natives.push(node);
            return;
        }
        if (owner.type === 'top') {
            if (node.type === 'YieldExpression')
                report(node.start ?? 0, diagnostics_1.CODES.SYNTAX, `'yield' outside a generator function`);
            // top-level await / return are left to the module system
            return;
        }
        if (node.type === 'YieldExpression')
            report(node.start ?? 0, diagnostics_1.CODES.SYNTAX, `'yield' outside a generator function`);
    };
    const enterFunction = (fn, role, name) => {
        const f = { fn, name, coYield: false, coAwait: false, coReturn: false, natives: [] };
        facts.set(fn, f);
        order.push(f);
        for (const p of fn.params)
            walk(p, { type: 'params', fn }, null);
        const owner = { type: 'function', fn, role, name };
        walk(fn.body, owner, null);
    };
    const walk = (node, owner, nameHint) => {
        if (!node)
            return;
        // names that must not be co_ words
        checkBindingNames(node);
        switch (node.type) {
            case 'FunctionDeclaration':
            case 'FunctionExpression':
                enterFunction(node, 'plain', node.id?.name ?? nameHint ?? 'anonymous');
                if (node.id)
                    walkId(node.id);
                return;
            case 'ArrowFunctionExpression':
                enterFunction(node, 'plain', nameHint ?? 'arrow');
                return;
            case 'ObjectMethod':
            case 'ClassMethod':
            case 'ClassPrivateMethod': {
                if (node.computed)
                    walk(node.key, owner, null);
                const role = node.kind === 'constructor' ? 'constructor' : node.kind === 'get' ? 'get' : node.kind === 'set' ? 'set' : 'plain';
                for (const d of ('decorators' in node && node.decorators) || [])
                    walk(d, owner, null);
                enterFunction(node, role, keyName(node.key) ?? 'method');
                return;
            }
            case 'ClassProperty':
            case 'ClassPrivateProperty':
            case 'ClassAccessorProperty': {
                if ('computed' in node && node.computed)
                    walk(node.key, owner, null);
                for (const d of node.decorators || [])
                    walk(d, owner, null);
                walk(node.value, { type: 'field' }, keyName(node.key));
                return;
            }
            case 'StaticBlock':
                for (const s of node.body)
                    walk(s, { type: 'static-block' }, null);
                return;
            case 'VariableDeclarator':
                walk(node.id, owner, null);
                walk(node.init, owner, node.id.type === 'Identifier' ? node.id.name : null);
                return;
            case 'ObjectProperty':
                if (node.computed)
                    walk(node.key, owner, null);
                else if (node.shorthand)
                    walk(node.value, owner, null);
                if (!node.shorthand)
                    walk(node.value, owner, keyName(node.key));
                return;
            case 'AssignmentExpression':
                walk(node.left, owner, null);
                walk(node.right, owner, node.left.type === 'Identifier' ? node.left.name : null);
                return;
            case 'Identifier':
                walkId(node);
                return;
        }
        if (node.type === 'AwaitExpression' || node.type === 'YieldExpression' || node.type === 'ReturnStatement' || (node.type === 'ForOfStatement' && node.await)) {
            if ((0, parse_1.isCo)(node))
                onCoNode(node, owner);
            else if (node.type !== 'ReturnStatement' || owner.type === 'function')
                onNativeNode(node, owner);
        }
        if (node.type === 'ReturnStatement' && owner.type !== 'function' && !(0, parse_1.isCo)(node)) {
            if (owner.type === 'top')
                report(node.start ?? 0, diagnostics_1.CODES.SYNTAX, `'return' outside of function`);
        }
        const keys = t.VISITOR_KEYS[node.type] || [];
        for (const key of keys) {
            const child = node[key];
            if (Array.isArray(child))
                for (const c of child)
                    walk(c, owner, null);
            else if (child && typeof child === 'object')
                walk(child, owner, null);
        }
    };
    const walkId = (_id) => { };
    const badName = (id, what) => {
        if (id && id.type === 'Identifier' && CO_NAMES.has(id.name)) {
            report(id.start ?? 0, diagnostics_1.CODES.RESERVED_NAME, `'${id.name}' is a reserved word and cannot be used as ${what}`);
        }
    };
    const checkPattern = (p, what) => {
        if (!p)
            return;
        switch (p.type) {
            case 'Identifier':
                badName(p, what);
                return;
            case 'ObjectPattern':
                for (const prop of p.properties) {
                    if (prop.type === 'RestElement')
                        checkPattern(prop.argument, what);
                    else
                        checkPattern(prop.value, what);
                }
                return;
            case 'ArrayPattern':
                for (const e of p.elements)
                    checkPattern(e, what);
                return;
            case 'AssignmentPattern':
                checkPattern(p.left, what);
                return;
            case 'RestElement':
                checkPattern(p.argument, what);
                return;
            case 'TSParameterProperty':
                checkPattern(p.parameter, what);
                return;
        }
    };
    const checkBindingNames = (node) => {
        switch (node.type) {
            case 'VariableDeclarator':
                checkPattern(node.id, 'a variable name');
                break;
            case 'FunctionDeclaration':
            case 'FunctionExpression':
                badName(node.id, 'a function name');
                break;
            case 'ClassDeclaration':
            case 'ClassExpression':
                badName(node.id, 'a class name');
                break;
            case 'CatchClause':
                checkPattern(node.param, 'a catch parameter');
                break;
            case 'LabeledStatement':
                badName(node.label, 'a label');
                break;
            case 'ImportSpecifier':
            case 'ImportDefaultSpecifier':
            case 'ImportNamespaceSpecifier':
                badName(node.local, 'an import name');
                break;
            case 'ForOfStatement':
            case 'ForInStatement':
                if (node.left.type !== 'VariableDeclaration')
                    checkPattern(node.left, 'an assignment target');
                break;
            case 'AssignmentExpression':
                checkPattern(node.left, 'an assignment target');
                break;
            case 'UpdateExpression':
                badName(node.argument, 'an assignment target');
                break;
        }
        if (t.isFunction(node))
            for (const p of node.params)
                checkPattern(p, 'a parameter name');
    };
    walk(parsed.ast.program, { type: 'top' }, null);
    const coroutines = [];
    for (const f of order) {
        const isCoroutine = f.coYield || f.coAwait || f.coReturn;
        const fn = f.fn;
        if (isCoroutine) {
            if (fn.async)
                report(asyncKeywordStart(fn, source), diagnostics_1.CODES.ASYNC_COROUTINE, `'async' on a coroutine: its kind comes from its body (remove 'async')`);
            if (fn.generator)
                report(starStart(fn, source), diagnostics_1.CODES.STAR_COROUTINE, `'*' on a coroutine: its kind comes from its body (remove '*')`);
            for (const nat of f.natives) {
                if (nat.type === 'ReturnStatement')
                    report(nat.start ?? 0, diagnostics_1.CODES.PLAIN_RETURN, `'return' in a coroutine: use 'co_return'`);
                else if (nat.type === 'YieldExpression')
                    report(nat.start ?? 0, diagnostics_1.CODES.PLAIN_YIELD, `'yield' in a coroutine: use 'co_yield'`);
                else if (nat.type === 'AwaitExpression')
                    report(nat.start ?? 0, diagnostics_1.CODES.PLAIN_AWAIT, `'await' in a coroutine: use 'co_await'`);
                else
                    report(nat.start ?? 0, diagnostics_1.CODES.PLAIN_FOR_AWAIT, `'for await' in a coroutine: use 'for co_await'`);
            }
            const kind = f.coYield ? (f.coAwait ? 'asyncgen' : 'generator') : 'task';
            coroutines.push({ node: fn, kind, name: f.name, index: coroutines.length });
        }
        else {
            for (const nat of f.natives) {
                if (nat.type === 'YieldExpression' && !fn.generator)
                    report(nat.start ?? 0, diagnostics_1.CODES.SYNTAX, `'yield' outside a generator function`);
                if (nat.type === 'AwaitExpression' && !fn.async)
                    report(nat.start ?? 0, diagnostics_1.CODES.SYNTAX, `'await' is only allowed within async functions`);
                if (nat.type === 'ForOfStatement' && !fn.async)
                    report(nat.start ?? 0, diagnostics_1.CODES.SYNTAX, `'for await' is only allowed within async functions`);
            }
        }
    }
    if (diagnostics.length) {
        diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
        throw new diagnostics_1.CompileError(diagnostics);
    }
    return coroutines;
}
function keyName(key) {
    if (!key)
        return null;
    if (key.type === 'Identifier')
        return key.name;
    if (key.type === 'StringLiteral')
        return key.value;
    if (key.type === 'NumericLiteral')
        return String(key.value);
    if (key.type === 'PrivateName')
        return '#' + key.id.name;
    return null;
}
function headEnd(fn) {
    if ((fn.type === 'ObjectMethod' || fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod') && fn.key.start != null)
        return fn.key.start;
    if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id?.start != null)
        return fn.id.start;
    return fn.params.length && fn.params[0].start != null ? fn.params[0].start : fn.body.start ?? 0;
}
function findWord(source, from, to, word) {
    const re = new RegExp(`\\b${word.replace('*', '\\*')}`, 'g');
    re.lastIndex = from;
    const m = re.exec(source);
    return m && m.index < to ? m.index : from;
}
function asyncKeywordStart(fn, source) {
    return findWord(source, fn.start ?? 0, headEnd(fn), 'async');
}
function starStart(fn, source) {
    const from = fn.start ?? 0;
    const to = headEnd(fn);
    const i = source.slice(from, to).indexOf('*');
    return i >= 0 ? from + i : from;
}
