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
import * as babel from '@babel/types';

export type * from '@babel/types';

export const {
  VISITOR_KEYS, addComment, arrowFunctionExpression, awaitExpression, catchClause, classExpression, cloneNode,
  conditionalExpression, directive, directiveLiteral, emptyStatement, forInStatement, forOfStatement,
  functionDeclaration, functionExpression, importDeclaration, importExpression, importNamespaceSpecifier, isClass,
  isReferenced, logicalExpression, newExpression, nullLiteral, objectMethod, objectPattern, restElement,
  spreadElement, taggedTemplateExpression, templateElement, templateLiteral, thisExpression, throwStatement,
  traverseFast, tryStatement, updateExpression, yieldExpression, jsxIdentifier, jsxMemberExpression, jsxExpressionContainer,
} = babel;
const superNode = babel.super;
export { superNode as super };

// the alias sets, from @babel/types' own tables
const FUNCTION_TYPES = new Set(babel.FLIPPED_ALIAS_KEYS.Function);
const EXPRESSION_TYPES = new Set(babel.FLIPPED_ALIAS_KEYS.Expression);

/** A JSX tag that names an element (`<div>`, a string to the JSX transform) rather than a value (`<Widget>`, `<this>`). */
export function isIntrinsicJsxName(name: string): boolean {
  return /^[a-z]/.test(name) && name !== 'this';
}

export function isFunction(node: babel.Node | null | undefined): node is babel.Function {
  return !!node && FUNCTION_TYPES.has(node.type);
}

export function isExpression(node: babel.Node | null | undefined): node is babel.Expression {
  return !!node && EXPRESSION_TYPES.has(node.type);
}

export function identifier(name: string): babel.Identifier {
  return { type: 'Identifier', name } as babel.Identifier;
}

export function numericLiteral(value: number): babel.NumericLiteral {
  return { type: 'NumericLiteral', value } as babel.NumericLiteral;
}

export function memberExpression(
  object: babel.MemberExpression['object'], property: babel.MemberExpression['property'],
  computed = false, optional: boolean | null = null,
): babel.MemberExpression {
  return { type: 'MemberExpression', object, property, computed, optional } as babel.MemberExpression;
}

export function assignmentExpression(operator: string, left: babel.LVal | babel.OptionalMemberExpression, right: babel.Expression): babel.AssignmentExpression {
  return { type: 'AssignmentExpression', operator, left, right } as babel.AssignmentExpression;
}

export function binaryExpression(operator: babel.BinaryExpression['operator'], left: babel.BinaryExpression['left'], right: babel.Expression): babel.BinaryExpression {
  return { type: 'BinaryExpression', operator, left, right } as babel.BinaryExpression;
}

export function unaryExpression(operator: babel.UnaryExpression['operator'], argument: babel.Expression, prefix = true): babel.UnaryExpression {
  return { type: 'UnaryExpression', operator, argument, prefix } as babel.UnaryExpression;
}

export function callExpression(callee: babel.CallExpression['callee'], args: babel.CallExpression['arguments']): babel.CallExpression {
  return { type: 'CallExpression', callee, arguments: args } as babel.CallExpression;
}

export function metaProperty(meta: babel.Identifier, property: babel.Identifier): babel.MetaProperty {
  return { type: 'MetaProperty', meta, property } as babel.MetaProperty;
}

export function objectProperty(
  key: babel.ObjectProperty['key'], value: babel.ObjectProperty['value'],
  computed = false, shorthand = false, decorators: babel.Decorator[] | null = null,
): babel.ObjectProperty {
  return { type: 'ObjectProperty', key, value, computed, shorthand, decorators } as babel.ObjectProperty;
}

export function expressionStatement(expression: babel.Expression): babel.ExpressionStatement {
  return { type: 'ExpressionStatement', expression } as babel.ExpressionStatement;
}

export function blockStatement(body: babel.Statement[], directives: babel.Directive[] = []): babel.BlockStatement {
  return { type: 'BlockStatement', body, directives } as babel.BlockStatement;
}

export function returnStatement(argument: babel.Expression | null = null): babel.ReturnStatement {
  return { type: 'ReturnStatement', argument } as babel.ReturnStatement;
}

export function continueStatement(label: babel.Identifier | null = null): babel.ContinueStatement {
  return { type: 'ContinueStatement', label } as babel.ContinueStatement;
}

export function ifStatement(test: babel.Expression, consequent: babel.Statement, alternate: babel.Statement | null = null): babel.IfStatement {
  return { type: 'IfStatement', test, consequent, alternate } as babel.IfStatement;
}

export function switchCase(test: babel.Expression | null | undefined = null, consequent: babel.Statement[]): babel.SwitchCase {
  return { type: 'SwitchCase', test, consequent } as babel.SwitchCase;
}

export function variableDeclarator(id: babel.VariableDeclarator['id'], init: babel.Expression | null = null): babel.VariableDeclarator {
  return { type: 'VariableDeclarator', id, init } as babel.VariableDeclarator;
}

export function sequenceExpression(expressions: babel.Expression[]): babel.SequenceExpression {
  return { type: 'SequenceExpression', expressions } as babel.SequenceExpression;
}

export function arrayExpression(elements: babel.ArrayExpression['elements'] = []): babel.ArrayExpression {
  return { type: 'ArrayExpression', elements } as babel.ArrayExpression;
}

export function objectExpression(properties: babel.ObjectExpression['properties']): babel.ObjectExpression {
  return { type: 'ObjectExpression', properties } as babel.ObjectExpression;
}

export function booleanLiteral(value: boolean): babel.BooleanLiteral {
  return { type: 'BooleanLiteral', value } as babel.BooleanLiteral;
}

export function stringLiteral(value: string): babel.StringLiteral {
  return { type: 'StringLiteral', value } as babel.StringLiteral;
}

export function variableDeclaration(kind: babel.VariableDeclaration['kind'], declarations: babel.VariableDeclarator[]): babel.VariableDeclaration {
  return { type: 'VariableDeclaration', kind, declarations } as babel.VariableDeclaration;
}

export function switchStatement(discriminant: babel.Expression, cases: babel.SwitchCase[]): babel.SwitchStatement {
  return { type: 'SwitchStatement', discriminant, cases } as babel.SwitchStatement;
}

export function labeledStatement(label: babel.Identifier, body: babel.Statement): babel.LabeledStatement {
  return { type: 'LabeledStatement', label, body } as babel.LabeledStatement;
}

export function forStatement(
  init: babel.ForStatement['init'] = null, test: babel.Expression | null = null, update: babel.Expression | null = null, body: babel.Statement,
): babel.ForStatement {
  return { type: 'ForStatement', init, test, update, body } as babel.ForStatement;
}

/** An anonymous function, arrow or class expression: it takes its `name` from where it is defined. */
export function isAnonymousFunctionDefinition(e: babel.Node | null | undefined): boolean {
  if (!e) return false;
  return e.type === 'ArrowFunctionExpression' || ((e.type === 'FunctionExpression' || e.type === 'ClassExpression') && !e.id);
}

/**
 * The identifiers a declaration target binds (`@babel/types`'
 * getBindingIdentifiers as a list), without building its name map for the
 * common target, a plain identifier.
 */
export function bindingIdentifiers(node: babel.Node): babel.Identifier[] {
  if (node.type === 'Identifier') return [node];
  return Object.values(babel.getBindingIdentifiers(node, false) as Record<string, babel.Identifier>);
}
