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
exports.super = exports.yieldExpression = exports.variableDeclaration = exports.updateExpression = exports.tryStatement = exports.traverseFast = exports.throwStatement = exports.thisExpression = exports.templateLiteral = exports.templateElement = exports.taggedTemplateExpression = exports.switchStatement = exports.stringLiteral = exports.spreadElement = exports.sequenceExpression = exports.restElement = exports.objectPattern = exports.objectMethod = exports.objectExpression = exports.nullLiteral = exports.newExpression = exports.logicalExpression = exports.labeledStatement = exports.isReferenced = exports.isClass = exports.importNamespaceSpecifier = exports.importExpression = exports.importDeclaration = exports.getBindingIdentifiers = exports.functionExpression = exports.functionDeclaration = exports.forStatement = exports.forOfStatement = exports.forInStatement = exports.emptyStatement = exports.directiveLiteral = exports.directive = exports.conditionalExpression = exports.cloneNode = exports.classExpression = exports.catchClause = exports.booleanLiteral = exports.awaitExpression = exports.arrowFunctionExpression = exports.arrayExpression = exports.addComment = exports.VISITOR_KEYS = void 0;
exports.isFunction = isFunction;
exports.isExpression = isExpression;
exports.identifier = identifier;
exports.numericLiteral = numericLiteral;
exports.memberExpression = memberExpression;
exports.assignmentExpression = assignmentExpression;
exports.binaryExpression = binaryExpression;
exports.unaryExpression = unaryExpression;
exports.callExpression = callExpression;
exports.metaProperty = metaProperty;
exports.objectProperty = objectProperty;
exports.expressionStatement = expressionStatement;
exports.blockStatement = blockStatement;
exports.returnStatement = returnStatement;
exports.continueStatement = continueStatement;
exports.ifStatement = ifStatement;
exports.switchCase = switchCase;
exports.variableDeclarator = variableDeclarator;
exports.isAnonymousFunctionDefinition = isAnonymousFunctionDefinition;
// The AST vocabulary of every pass: @babel/types' node types, and the values
// the passes use from it, as plain properties of this module.
//
// Why not `import * as t from '@babel/types'` directly: its exports are
// getters (a builder is two getters deep), and each builder validates every
// field at run time. A compile makes some 400,000 such calls; on the
// benchmark module (bench/, 20k lines) the getters and the validation were
// about 10% of a warm compile. TypeScript already checks what the passes
// pass to a builder, so the builders the compiler calls most are written
// here: each makes the object @babel/types' builder makes (the same fields
// in the same order, so @babel/generator prints the same text), without the
// checks. The others are @babel/types' own, read once.
const babel = __importStar(require("@babel/types"));
exports.VISITOR_KEYS = babel.VISITOR_KEYS, exports.addComment = babel.addComment, exports.arrayExpression = babel.arrayExpression, exports.arrowFunctionExpression = babel.arrowFunctionExpression, exports.awaitExpression = babel.awaitExpression, exports.booleanLiteral = babel.booleanLiteral, exports.catchClause = babel.catchClause, exports.classExpression = babel.classExpression, exports.cloneNode = babel.cloneNode, exports.conditionalExpression = babel.conditionalExpression, exports.directive = babel.directive, exports.directiveLiteral = babel.directiveLiteral, exports.emptyStatement = babel.emptyStatement, exports.forInStatement = babel.forInStatement, exports.forOfStatement = babel.forOfStatement, exports.forStatement = babel.forStatement, exports.functionDeclaration = babel.functionDeclaration, exports.functionExpression = babel.functionExpression, exports.getBindingIdentifiers = babel.getBindingIdentifiers, exports.importDeclaration = babel.importDeclaration, exports.importExpression = babel.importExpression, exports.importNamespaceSpecifier = babel.importNamespaceSpecifier, exports.isClass = babel.isClass, exports.isReferenced = babel.isReferenced, exports.labeledStatement = babel.labeledStatement, exports.logicalExpression = babel.logicalExpression, exports.newExpression = babel.newExpression, exports.nullLiteral = babel.nullLiteral, exports.objectExpression = babel.objectExpression, exports.objectMethod = babel.objectMethod, exports.objectPattern = babel.objectPattern, exports.restElement = babel.restElement, exports.sequenceExpression = babel.sequenceExpression, exports.spreadElement = babel.spreadElement, exports.stringLiteral = babel.stringLiteral, exports.switchStatement = babel.switchStatement, exports.taggedTemplateExpression = babel.taggedTemplateExpression, exports.templateElement = babel.templateElement, exports.templateLiteral = babel.templateLiteral, exports.thisExpression = babel.thisExpression, exports.throwStatement = babel.throwStatement, exports.traverseFast = babel.traverseFast, exports.tryStatement = babel.tryStatement, exports.updateExpression = babel.updateExpression, exports.variableDeclaration = babel.variableDeclaration, exports.yieldExpression = babel.yieldExpression;
const superNode = babel.super;
exports.super = superNode;
// the alias sets, from @babel/types' own tables
const FUNCTION_TYPES = new Set(babel.FLIPPED_ALIAS_KEYS.Function);
const EXPRESSION_TYPES = new Set(babel.FLIPPED_ALIAS_KEYS.Expression);
function isFunction(node) {
    return !!node && FUNCTION_TYPES.has(node.type);
}
function isExpression(node) {
    return !!node && EXPRESSION_TYPES.has(node.type);
}
function identifier(name) {
    return { type: 'Identifier', name };
}
function numericLiteral(value) {
    return { type: 'NumericLiteral', value };
}
function memberExpression(object, property, computed = false, optional = null) {
    return { type: 'MemberExpression', object, property, computed, optional };
}
function assignmentExpression(operator, left, right) {
    return { type: 'AssignmentExpression', operator, left, right };
}
function binaryExpression(operator, left, right) {
    return { type: 'BinaryExpression', operator, left, right };
}
function unaryExpression(operator, argument, prefix = true) {
    return { type: 'UnaryExpression', operator, argument, prefix };
}
function callExpression(callee, args) {
    return { type: 'CallExpression', callee, arguments: args };
}
function metaProperty(meta, property) {
    return { type: 'MetaProperty', meta, property };
}
function objectProperty(key, value, computed = false, shorthand = false, decorators = null) {
    return { type: 'ObjectProperty', key, value, computed, shorthand, decorators };
}
function expressionStatement(expression) {
    return { type: 'ExpressionStatement', expression };
}
function blockStatement(body, directives = []) {
    return { type: 'BlockStatement', body, directives };
}
function returnStatement(argument = null) {
    return { type: 'ReturnStatement', argument };
}
function continueStatement(label = null) {
    return { type: 'ContinueStatement', label };
}
function ifStatement(test, consequent, alternate = null) {
    return { type: 'IfStatement', test, consequent, alternate };
}
function switchCase(test = null, consequent) {
    return { type: 'SwitchCase', test, consequent };
}
function variableDeclarator(id, init = null) {
    return { type: 'VariableDeclarator', id, init };
}
/** An anonymous function, arrow or class expression: it takes its `name` from where it is defined. */
function isAnonymousFunctionDefinition(e) {
    if (!e)
        return false;
    return e.type === 'ArrowFunctionExpression' || ((e.type === 'FunctionExpression' || e.type === 'ClassExpression') && !e.id);
}
