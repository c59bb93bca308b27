// The frame of each coroutine holds exactly the variables that are live
// across a suspension. The expected sets below were worked out by hand from
// the source (reasoning in each comment), not taken from the compiler.
'use strict';
const fs = require('fs');
const path = require('path');
const { parse } = require('@babel/parser');
const { compile } = require('../dist/api');

const EXAMPLES = path.join(__dirname, '..', 'fixtures', 'examples');

/** compile a file and return { functionName: [frame fields] } read from the frame literal the emitted code passes to the runtime */
function frames(source, filename) {
  const result = compile(source, { filename });
  expect(result.diagnostics).toEqual([]);
  const ast = parse(result.code, { sourceType: 'module' });
  const out = {};
  const visit = (node, fnName) => {
    if (!node || typeof node.type !== 'string') return;
    let name = fnName;
    if (node.type === 'FunctionDeclaration' && node.id) name = node.id.name;
    // return $co.gen({ $s: 0, ...frame fields }, resume, ...)
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.name === '$co' &&
        ['gen', 'task', 'agen'].includes(node.callee.property.name) && node.arguments[0].type === 'ObjectExpression') {
      out[name] = node.arguments[0].properties.map((p) => p.key.name).filter((k) => k !== '$s' && k !== '$o');
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach((c) => visit(c, name));
      else if (child && typeof child === 'object') visit(child, name);
    }
  };
  visit(ast.program, null);
  return out;
}

const example = (name) => {
  const file = path.join(EXAMPLES, name);
  return frames(fs.readFileSync(file, 'utf8'), file);
};

test('running_avg: total and count survive the co_yield; avg and num do not', () => {
  // `num` is the value sent in and is used only before the loop comes back
  // to the co_yield. `avg` is yielded (read before the suspension) and then
  // reassigned after the resumption before anything reads it again, so its
  // old value never crosses a suspension. total and count are read after it.
  expect(example('running_avg.co.js').running_avg).toEqual(['total', 'count']);
});

test('producer_consumer: the consumer needs no frame variable at all', () => {
  // item_id is the sent value, used in the same resumption. ret is yielded
  // at the loop head, but on every path to that co_yield it was assigned in
  // the same activation: '' before the loop, 'success' after each
  // resumption. So no value of ret crosses a suspension. The try's
  // completion record is set when the finally block is entered and read at
  // its end with no suspension in between.
  expect(example('producer_consumer.co.js').consumer).toEqual([]);
});

test('nested_helper: walk keeps node and left, not right', () => {
  // node is read after both co_yield* and the co_yield; left is produced by
  // the first co_yield* and read at the end, after two more suspensions;
  // right is produced by the last co_yield* and read right away.
  expect(example('nested_helper.co.js').walk).toEqual(['node', 'left']);
});

test('request_handler: a task frame holds what is read after the co_await', () => {
  // getDataFromApp2: key is read before the co_await only; reply is the
  // awaited value, used at once. Both are function declarations with a
  // shared resume function (no closure per call), so a parameter read in the
  // first state comes in the frame: key.
  // requestHandler: prefix and sendBack are read after the co_await; key
  // only before it (in the frame as a parameter read in the first state, and
  // still live when prefix is written, so no sharing); data after it,
  // without another suspension.
  const f = example('request_handler.co.js');
  expect(f.getDataFromApp2).toEqual(['key']);
  expect(f.requestHandler).toEqual(['key', 'sendBack', 'prefix']);
});

test('tokenizer_parser: tokens keeps text, i and j, not ch', () => {
  // text and i are read at the loop head after every resumption. j is read
  // after the first co_yield (`i = j`). ch is assigned at the top of each
  // iteration and never read after a co_yield.
  expect(example('tokenizer_parser.co.js').tokens).toEqual(['text', 'i', 'j']);
});

test('a variable shared by a closure and code after a suspension lives in the frame', () => {
  // count is incremented by the closure before the suspension and read by
  // the body after it: both must see one variable, so it is a frame field.
  // inc is called only before the co_yield; tmp is dead before it.
  const src = `function g() {
    let count = 0;
    let tmp = 1;
    console.log(tmp);
    const inc = () => ++count;
    inc();
    co_yield 1;
    co_yield count;
  }`;
  expect(frames(src, 'closure.co.js').g).toEqual(['count']);
});

test('a variable only a closure uses after the suspension stays in the closure', () => {
  // After the co_yield the body never touches count itself; the closure
  // that does keeps its own binding alive, so the frame does not need it.
  // inc is called after the resumption, so inc is a frame field.
  const src = `function g() {
    let count = 0;
    const inc = () => ++count;
    co_yield 1;
    co_yield inc();
  }`;
  expect(frames(src, 'closure2.co.js').g).toEqual(['inc']);
});

test('a variable redefined after each suspension stays a local', () => {
  // x is written right after every resumption before it is read.
  const src = `function g(n) {
    let x;
    for (let i = 0; i < n; i++) {
      x = co_yield i;
      console.log(x);
    }
  }`;
  expect(frames(src, 'redefined.co.js').g).toEqual(['n', 'i']);
});
