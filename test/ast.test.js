// src/ast writes @babel/types' most-called builders and two alias checks
// itself (without run-time validation: compile speed). They must keep
// making exactly what @babel/types makes — the same fields, in the same
// order, with the same defaults — or @babel/generator could print
// something else. Each is compared here with the real one, so an upgrade of
// @babel/types that changes a node's shape fails this test.
'use strict';
const babel = require('@babel/types');
const ast = require('../dist/ast');

const id = (name) => babel.identifier(name);
const num = (n) => babel.numericLiteral(n);
const stmt = () => babel.expressionStatement(id('s'));

// builder -> argument lists to try (with and without the optional ones)
const CALLS = {
  identifier: [['x'], ['$f']],
  numericLiteral: [[0], [42], [1.5]],
  memberExpression: [[id('a'), id('b')], [id('a'), num(1), true], [id('a'), id('b'), false, true]],
  assignmentExpression: [['=', id('a'), num(1)], ['+=', babel.memberExpression(id('a'), id('b')), id('c')]],
  binaryExpression: [['+', id('a'), num(1)], ['===', id('a'), id('b')]],
  unaryExpression: [['-', num(1)], ['!', id('a'), true], ['void', num(0), false]],
  callExpression: [[id('f'), []], [id('f'), [id('a'), num(1)]]],
  metaProperty: [[id('new'), id('target')]],
  objectProperty: [[id('k'), num(1)], [num(1), id('v'), true], [id('k'), id('k'), false, true], [id('k'), id('v'), false, false, null]],
  expressionStatement: [[id('a')]],
  blockStatement: [[[]], [[stmt()]], [[stmt()], [babel.directive(babel.directiveLiteral('use strict'))]]],
  returnStatement: [[], [null], [id('a')]],
  continueStatement: [[], [null], [id('L')]],
  ifStatement: [[id('c'), stmt()], [id('c'), stmt(), stmt()], [id('c'), stmt(), null]],
  switchCase: [[null, []], [num(1), [stmt()]], [undefined, [stmt()]]],
  variableDeclarator: [[id('x')], [id('x'), num(1)], [id('x'), null]],
  sequenceExpression: [[[id('a'), num(1)]]],
  arrayExpression: [[], [[]], [[id('a'), null, num(1)]]],
  objectExpression: [[[]], [[babel.objectProperty(id('k'), num(1))]]],
  booleanLiteral: [[true], [false]],
  stringLiteral: [[''], ['s']],
  variableDeclaration: [['let', [babel.variableDeclarator(id('x'))]], ['const', [babel.variableDeclarator(id('x'), num(1))]]],
  switchStatement: [[id('a'), []], [id('a'), [babel.switchCase(num(1), [stmt()])]]],
  labeledStatement: [[id('L'), stmt()]],
  forStatement: [[null, null, null, stmt()], [babel.variableDeclaration('let', [babel.variableDeclarator(id('i'), num(0))]), id('c'), id('u'), stmt()]],
};

// helpers src/ast writes that are not builders
const HELPERS = ['bindingIdentifiers'];

describe('src/ast builders make what @babel/types makes', () => {
  for (const [name, calls] of Object.entries(CALLS)) {
    test(name, () => {
      expect(typeof ast[name]).toBe('function');
      expect(ast[name]).not.toBe(babel[name]); // (the fast one, not a re-export)
      for (const args of calls) {
        const ours = ast[name](...args);
        const theirs = babel[name](...args);
        expect(Object.keys(ours)).toEqual(Object.keys(theirs));
        expect(ours).toEqual(theirs);
      }
    });
  }

  test('every builder src/ast writes itself is checked here', () => {
    const own = Object.keys(ast).filter((k) => typeof ast[k] === 'function' && /^[a-z]/.test(k) && !/^is/.test(k) && ast[k] !== babel[k] && !HELPERS.includes(k));
    expect(own.sort()).toEqual(Object.keys(CALLS).sort());
  });

  test('bindingIdentifiers lists what getBindingIdentifiers finds', () => {
    const targets = [
      id('x'),
      babel.objectPattern([babel.objectProperty(id('a'), id('b')), babel.restElement(id('r'))]),
      babel.arrayPattern([id('p'), null, babel.assignmentPattern(id('q'), num(1)), babel.arrayPattern([id('s')])]),
    ];
    for (const target of targets) {
      const ours = ast.bindingIdentifiers(target);
      expect(ours.map((x) => x.name)).toEqual(Object.keys(babel.getBindingIdentifiers(target, false)));
      expect(ours).toEqual(Object.values(babel.getBindingIdentifiers(target, false)));
    }
    expect(ast.bindingIdentifiers(targets[0])[0]).toBe(targets[0]);
  });

  test('isFunction and isExpression agree with @babel/types on every node type', () => {
    for (const type of Object.keys(babel.NODE_FIELDS)) {
      const node = { type };
      expect([type, ast.isFunction(node)]).toEqual([type, babel.isFunction(node)]);
      expect([type, ast.isExpression(node)]).toEqual([type, babel.isExpression(node)]);
    }
    expect(ast.isFunction(null)).toBe(false);
    expect(ast.isExpression(undefined)).toBe(false);
  });

  test('the values re-exported are @babel/types\' own', () => {
    for (const k of ['VISITOR_KEYS', 'traverseFast', 'cloneNode', 'tryStatement', 'objectPattern', 'super']) {
      expect(ast[k]).toBe(babel[k]);
    }
  });
});
