'use strict';
// Rewrite a native program into coframe's syntax: every async function,
// generator and async generator loses `async` / `*`, and its own `yield`,
// `yield*`, `await`, `for await` and `return` become `co_yield`, `co_yield*`,
// `co_await`, `for co_await` and `co_return`. The result's native form (§3 of
// LANGUAGE.md) is the program we started from, so a conformance test written
// for native generators tests the compiler's lowering of the same code.
//
// A function whose body would not say its kind gets a statement that never
// runs but classifies it: `if (0) co_yield;` in a generator without a yield,
// `if (0) co_await 0;` in an async function without an await (or an async
// generator without one). An async arrow with an expression body and no
// await becomes a block that returns it.
//
// The rewrite is a list of text edits at Babel's token positions, so the rest
// of the text (comments, layout, line numbers) stays as it was.
const { parse } = require('@babel/parser');
const t = require('@babel/types');

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);
const FIELD_TYPES = new Set(['ClassProperty', 'ClassPrivateProperty', 'ClassAccessorProperty']);

function convert(source) {
  const ast = parse(source, { sourceType: 'script', tokens: true });
  const tokens = ast.tokens;
  const edits = []; // [start, end, text]
  const text = (k) => (k.value !== undefined ? k.value : k.type.label);
  const tokenIn = (from, to, want) => tokens.find((k) => k.start >= from && k.end <= to && text(k) === want);

  // Walk code; `fn` is the coroutine whose own body this is (null outside one).
  function walk(node, fn, counts) {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const x of node) walk(x, fn, counts); return; }
    if (typeof node.type !== 'string') return;
    if (FUNCTION_TYPES.has(node.type)) {
      // a computed key and decorators belong to the enclosing code
      if (node.computed) walk(node.key, fn, counts);
      walk(node.decorators, fn, counts);
      visitFunction(node);
      return;
    }
    if (FIELD_TYPES.has(node.type)) {
      if (node.computed) walk(node.key, fn, counts);
      walk(node.value, null, null);
      return;
    }
    if (node.type === 'StaticBlock') { walk(node.body, null, null); return; }
    if (fn) {
      if (node.type === 'YieldExpression') {
        counts.yields++;
        if (node.delegate) {
          const star = tokenIn(node.start, node.argument.start, '*');
          edits.push([node.start, star.end, 'co_yield*']);
        } else {
          edits.push([node.start, node.start + 'yield'.length, 'co_yield']);
        }
      } else if (node.type === 'AwaitExpression') {
        counts.awaits++;
        edits.push([node.start, node.start + 'await'.length, 'co_await']);
      } else if (node.type === 'ForOfStatement' && node.await) {
        counts.awaits++;
        const k = tokenIn(node.start, node.left.start, 'await');
        edits.push([k.start, k.end, 'co_await']);
      } else if (node.type === 'ReturnStatement') {
        counts.returns++;
        edits.push([node.start, node.start + 'return'.length, 'co_return']);
      }
    }
    for (const key of t.VISITOR_KEYS[node.type] || []) walk(node[key], fn, counts);
  }

  function visitFunction(node) {
    walk(node.params, null, null);
    if (!node.async && !node.generator) { walk(node.body, null, null); return; }
    // the head: from the node's start to its name, or to its parameters
    const headEnd = node.key ? node.key.start : node.id ? node.id.start : node.params.length ? node.params[0].start : node.body.start;
    if (node.async) {
      const k = tokenIn(node.start, headEnd, 'async');
      edits.push([k.start, k.end, '']);
    }
    if (node.generator) {
      const k = tokenIn(node.start, headEnd, '*');
      edits.push([k.start, k.end, '']);
    }
    const counts = { yields: 0, awaits: 0, returns: 0 };
    if (node.body.type !== 'BlockStatement') {
      walk(node.body, node, counts);
      if (counts.awaits === 0) {
        edits.push([node.body.start, node.body.start, '{ if (0) co_await 0; co_return (']);
        edits.push([node.body.end, node.body.end, '); }']);
      }
      return;
    }
    walk(node.body.body, node, counts);
    let kindStatement = '';
    if (node.generator && counts.yields === 0) kindStatement += ' if (0) co_yield;';
    // (a co_return alone already makes a task)
    if (node.async && counts.awaits === 0 && (node.generator || counts.returns === 0)) kindStatement += ' if (0) co_await 0;';
    if (kindStatement) {
      const directives = node.body.directives;
      const at = directives.length ? directives[directives.length - 1].end : node.body.start + 1;
      edits.push([at, at, kindStatement]);
    }
  }

  walk(ast.program, null, null);
  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let pos = 0;
  for (const [start, end, replacement] of edits) {
    if (start < pos) throw new Error('overlapping edits');
    out += source.slice(pos, start) + replacement;
    pos = end;
  }
  return out + source.slice(pos);
}

module.exports = { convert };

if (require.main === module) {
  process.stdout.write(convert(require('fs').readFileSync(process.argv[2], 'utf8')));
}
