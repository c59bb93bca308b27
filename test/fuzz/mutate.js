#!/usr/bin/env node
// Mutation check: proof that the tests can fail.
//
//   npm run mutation [-- --only M03,M07] [--fuzz N] [--seed S] [--no-fixtures]
//                    [--no-fuzz] [--md docs/MUTATION.md]
//
// Each mutation is a deliberate one-line breakage of the lowering (or of the
// runtime the lowering relies on), written as an exact-string replacement in
// one compiled file of dist/. The script copies dist/ (never touching src/
// or the real dist/), applies ONE mutation to the copy, and runs
//   - the fixture differential suite (fixtures/programs/**: native vs
//     state-machine, each program in its own Node process),
//   - the negative fixtures (fixtures/errors/**: the first diagnostic each
//     states on its first line), and
//   - the fuzzer (N generated programs, fixed seed)
// against the mutated copy. A mutation is killed when either finds a failure
// that the unmutated copy does not have (fixtures or fuzz programs that
// already fail on the baseline are not counted). It prints the table and
// writes it to docs/MUTATION.md. Exit status 1 if any mutation survives.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { CompilerPool, DEFAULT_DIST, ROOT, PLAIN_ENV, cleanupTmp } = require('./batch');
const { fuzz } = require('./run');
const { listFiles, errorHeader } = require('../support/fixtures');

const MUTATIONS = [
  {
    id: 'M01', what: 'off-by-one in the try table: a try region starts one state late (runtime)',
    file: 'runtime/index.js',
    find: 'if (s < start || s >= after)',
    replace: 'if (s <= start || s >= after)',
  },
  {
    id: 'M02', what: 'off-by-one in the try table: tryStart emitted one state late (emitter)',
    file: 'lower/emit.js',
    find: 't.numericLiteral(e.tryStart.id),',
    replace: 't.numericLiteral(e.tryStart.id + 1),',
  },
  {
    id: 'M03', what: 'wrong state after a finally: a break/continue through finally resumes one state past its target',
    file: 'runtime/index.js',
    find: 'return enter(f, fin, { t: exports.JUMP, v: arg });',
    replace: 'return enter(f, fin, { t: exports.JUMP, v: arg + 1 });',
  },
  {
    id: 'M04', what: 'end of finally drops the pending completion (return/throw/jump continue after the try)',
    file: 'lower/emit.js',
    find: "t.ifStatement(t.binaryExpression('!==', c(), t.nullLiteral()),",
    replace: 't.ifStatement(t.booleanLiteral(false),',
  },
  {
    id: 'M05', what: 'catch block receives undefined instead of the exception',
    file: 'runtime/index.js',
    find: 'return enter(f, c, arg);',
    replace: 'return enter(f, c, undefined);',
  },
  {
    id: 'M06', what: 'missed iterator close: for-of does not call return() on early exit',
    file: 'cfg/templates.js',
    find: 'if (!$d) $co.closeIter($it, ${exports.COMPLETION});',
    replace: 'if (!$d && false) $co.closeIter($it, ${exports.COMPLETION});',
  },
  {
    id: 'M07', what: 'for co_await does not await the iterator\'s return() on early exit',
    file: 'cfg/templates.js',
    find: '} else {\n          $m = $it.return;\n          if ($m != null) $co.checkObject(co_await $co.call($m, $it));',
    replace: '} else {\n          $m = $it.return;\n          if ($m != null) $co.checkObject($co.call($m, $it));',
  },
  {
    id: 'M08', what: 'not awaiting in async co_return: an async generator completes with the unawaited operand',
    file: 'cfg/build.js',
    find: "if (kind === 'asyncgen')\n                        v = suspend('await', v, s);",
    replace: "if (kind === 'asyncgen-x')\n                        v = suspend('await', v, s);",
  },
  {
    id: 'M09', what: 'evaluation order swapped: a call argument is evaluated after a later argument suspends',
    file: 'cfg/build.js',
    find: 'return keep(value(a), later);',
    replace: 'return keep(value(a), false);',
  },
  {
    id: 'M10', what: 'evaluation order swapped: the left operand is read after the right one suspends',
    file: 'cfg/build.js',
    find: "const left = e.left.type === 'PrivateName' ? e.left : keep(value(e.left), susp(e.right));",
    replace: "const left = e.left.type === 'PrivateName' ? e.left : keep(value(e.left), false);",
  },
  {
    id: 'M11', what: 'let per iteration lost: boxed for-loop variables are not copied between iterations',
    file: 'cfg/build.js',
    find: 'if (name !== null && boxed.has(name))',
    replace: 'if (name !== null && boxed.has(name) && false)',
  },
  {
    id: 'M12', what: 'wrong $o code: co_await in an async generator is emitted as a yield',
    file: 'lower/emit.js',
    find: "unit.info.kind === 'asyncgen' ? 2 : 0",
    replace: "unit.info.kind === 'asyncgen' ? 0 : 0",
  },
  {
    id: 'M13', what: 'a variable dropped from the frame: one variable live into each entry state is left out',
    file: 'liveness/index.js',
    find: 'for (const v of namesIn(e)) {',
    replace: 'for (const v of namesIn(e).slice(1)) {',
  },
  {
    id: 'M14', what: 'liveness kill too eager: a compound assignment (x += e) counts as a kill of x',
    file: 'liveness/index.js',
    find: "e.operator === '=' && isVar(e.left) &&",
    replace: "e.operator !== '==' && isVar(e.left) &&",
  },
  {
    id: 'M15', what: 'closure binding per activation: a captured variable whose state runs again after a resumption stays a resume-function local',
    file: 'liveness/index.js',
    find: 'else if (!cfg.boxed.has(name) && all.some((x) => later.has(x))) {',
    replace: 'else if (!cfg.boxed.has(name) && all.some((x) => later.has(x)) && false) {',
  },
  {
    id: 'M16', what: 'slot sharing ignoring interference: a variable joins a slot if it does not interfere with the slot\'s FIRST variable',
    file: 'frame/layout.js',
    find: 's.vars.every((w) => !interferes(interference, v, w))',
    replace: 's.vars.slice(0, 1).every((w) => !interferes(interference, v, w))',
  },
  {
    id: 'M17', what: 'liveness ignores exceptional flow: what a catch needs is not live in its try region',
    file: 'liveness/index.js',
    find: 'handlers[i].push(h.id);',
    replace: 'void 0;',
  },
  {
    id: 'M18', what: 'every co_await takes one extra microtask tick',
    file: 'runtime/index.js',
    find: 'invoke(promiseThen, p, ok, err);',
    replace: 'invoke(promiseThen, invoke(promiseThen, p, (x) => x), ok, err);',
  },
  {
    id: 'M19', what: 'async generator return(v) at a yield does not await v',
    file: 'runtime/index.js',
    find: 'if (mode === exports.RETURN && !wasStart) {',
    replace: 'if (mode === exports.RETURN && !wasStart && false) {',
  },
  {
    id: 'M20', what: 'no TypeError when a running generator is re-entered',
    file: 'runtime/index.js',
    find: "if (CoGenerator.#running(root, active.length))\n            throw new TypeError('Generator is already running');",
    replace: "if (false)\n            throw new TypeError('Generator is already running');",
  },
  {
    id: 'M21', what: 'slot sharing ignoring interference altogether (empty interference graph)',
    file: 'frame/layout.js',
    find: 'share && vars.length > 1 ? interferenceOf(cfg, live) : NO_INTERFERENCE;',
    replace: 'share && vars.length > 1 ? NO_INTERFERENCE : NO_INTERFERENCE;',
  },
  {
    // survived the first runs (then numbered M16): no fixture had a dead
    // store to a frame variable while its slot-mate was live; killed since
    // gen/170_dead_store_does_not_clobber_a_slot_mate
    id: 'M22', what: 'slot sharing ignoring interference: a write does not interfere with what is live after it',
    file: 'frame/layout.js',
    find: 'cross(written, after);',
    replace: 'void 0;',
  },
  {
    id: 'M23', what: 'the cached leaf of a co_yield* chain is also used after a return()/throw() request',
    file: 'runtime/index.js',
    find: 'const resume = mode === exports.NORMAL;',
    replace: 'const resume = true;',
  },
  {
    id: 'M24', what: 'a request going down a chain does not stop above a generator in the middle of a running chain',
    file: 'runtime/index.js',
    find: 'if (CoGenerator.#running(y, others) ||',
    replace: 'if ((y.#k & RUNNING) !== 0 ||',
  },
  {
    // The first M25 (no running check when a co_yield* starts) survived: it
    // was redundant, #forward finds the running generator on the way down;
    // the check was removed and this M25 breaks what #forward's finding does.
    id: 'M25', what: 'a request that meets a running generator on its way down steps the level above as if it were not delegating',
    file: 'runtime/index.js',
    find: 'if (blocked) {',
    replace: 'if (false) {',
  },
  {
    id: 'M26', what: 'a shared resume function does not get the parameters its first state reads',
    file: 'liveness/index.js',
    find: "for (const v of liveAtStart) {\n            if (!inFrame.has(v) && cfg.unit.vars.get(v)?.kind === 'param')",
    replace: "for (const v of []) {\n            if (!inFrame.has(v) && cfg.unit.vars.get(v)?.kind === 'param')",
  },
  {
    id: 'M27', what: 'a parameter read by a closure in the parameter list is copied to the frame',
    file: 'liveness/index.js',
    find: 'for (const name of cfg.unit.heldParams)',
    replace: 'for (const name of [])',
  },
  {
    id: 'M28', what: 'a break/continue out of a kept for-of moves the state before the loop closes its iterator',
    file: 'cfg/build.js',
    find: 'return jumpAst(target, c.finallyDepth, finallyStack.length > c.finallyDepth || forOfs > 0);',
    replace: 'return jumpAst(target, c.finallyDepth, finallyStack.length > c.finallyDepth);',
  },
  {
    id: 'M29', what: 'a co_return inside a kept for-of completes before the loop closes its iterator',
    file: 'cfg/build.js',
    find: 'return completeAst(n.argument ?? null, finallyStack.length > 0 || forOfs > 0);',
    replace: 'return completeAst(n.argument ?? null, finallyStack.length > 0);',
  },
  {
    id: 'M30', what: 'name resolution: a var declaration is scoped to its block instead of its function',
    file: 'bindings/index.js',
    find: "const into = bk === 'var' ? functionScope(scope) : scope;",
    replace: 'const into = scope;',
  },
  {
    id: 'M31', what: "name resolution: a catch parameter's default value sees the catch block's declarations",
    file: 'bindings/index.js',
    find: 'statements(node.body.body, node.body, node, block);',
    replace: 'statements(node.body.body, node.body, node, inner);',
  },
  {
    id: 'M32', what: "a route asked for by a generator's body is taken as a request (before the start, it ends the generator)",
    file: 'runtime/index.js',
    find: 'if (r === ROUTE)\n                r = routed(f, this.#b, k & HAS_TRIES);',
    replace: 'if (r === ROUTE) {\n                this.#k = k;\n                const c = takeSent(f);\n                return CoGenerator.#request(this, c.t, c.v);\n            }',
  },
  {
    // the bug gen/175 fixes (found by the fuzzer's `co_yield* (SELF.d ?? …)`)
    id: 'M33', what: 'a co_yield* that starts below the root, onto a level of its own running chain, is not stopped (the request loops)',
    file: 'runtime/index.js',
    find: '(from !== root && CoGenerator.#onPath(y, from, root))',
    replace: 'false',
  },
  {
    // the bug gen/176 and asyncgen/052 fix (and the fuzzer's box.m.call)
    id: 'M34', what: "a method call split around a suspension reads the method's `call` property (fn.call(self, ...))",
    file: 'cfg/build.js',
    find: "return t.callExpression(rt('call'), [tagged(fnName), cloneRef(self), ...args(e.arguments)]);",
    replace: "return t.callExpression(t.memberExpression(tagged(fnName), t.identifier('call')), [cloneRef(self), ...args(e.arguments)]);",
  },
  {
    // the bug gen/177 fixes (and the fuzzer's K(...) keys)
    id: 'M35', what: 'a computed key kept across a suspension is kept unconverted (ToPropertyKey runs late, and a rest element keeps its property)',
    file: 'cfg/build.js',
    find: "emitJs(assignStmt(tagged(name), t.callExpression(rt('key'), [e])), e);",
    replace: 'emitJs(assignStmt(tagged(name), e), e);',
  },
  {
    // gen/176's swapped `next`
    id: 'M36', what: "array destructuring reads the iterator's `next` at every step instead of once",
    file: 'runtime/index.js',
    find: 'const r = checkObject(call(s.next, s.it));',
    replace: 'const r = checkObject(call(s.it.next, s.it));',
  },
  {
    // the bug gen/178 fixes (and the fuzzer's 'use strict' mains)
    id: 'M37', what: "a coroutine's own 'use strict' directive is dropped (its body runs sloppy)",
    file: 'lower/emit.js',
    find: 'let body = t.blockStatement([...prologue, ...start], directives);',
    replace: 'let body = t.blockStatement([...prologue, ...start]);',
  },
  {
    id: 'M38', what: "a shared resume function does not get its coroutine's 'use strict' directive",
    file: 'lower/emit.js',
    find: "resumeBlock.directives = [t.directive(t.directiveLiteral('use strict'))];",
    replace: 'void 0;',
  },
  {
    // the bug gen/179 fixes
    id: 'M39', what: "a sloppy-mode function declared in a block is not copied to the function's var when its declaration runs (Annex B)",
    file: 'bindings/index.js',
    find: 'list.splice(list.indexOf(decl) + 1, 0, copy);',
    replace: 'void copy;',
  },
  {
    // the bug gen/181 fixes
    id: 'M40', what: 'functions declared in the cases of a switch that suspends are assigned after the jumps to the cases (never)',
    file: 'cfg/build.js',
    find: 'hoistFunctions(caseStmts);',
    replace: 'void 0;',
  },
  {
    // the bug fuzz/014 fixes (found by the fuzzer's function declarations)
    id: 'M41', what: "an owned function declared in a kept block is assigned where it stands, not at the block's entry",
    file: 'cfg/build.js',
    find: 'n.body = [...blockEntry(n.body), ...n.body.filter(ownedFunction), ...n.body.filter((x) => !ownedFunction(x))].map(visitStmt);',
    replace: 'n.body = [...blockEntry(n.body), ...n.body].map(visitStmt);',
  },
  {
    // the bug gen/180 fixes
    id: 'M42', what: "a function or class declared in a kept block reads the frame's box of a per-iteration variable, not its iteration's",
    file: 'lower/emit.js',
    find: "if (node.type === 'BlockStatement')\n            declarationsAsExpressions(node, captured);",
    replace: 'void 0;',
  },
  {
    // the bug gen/182 fixes
    id: 'M43', what: "a function declared in a block and renamed apart gets the new name as its `name`",
    file: 'cfg/build.js',
    find: 'declarationAsExpression(n, userName(n.id),',
    replace: 'declarationAsExpression(n, n.id.name,',
  },
  {
    // the bug gen/183 and task/079 fix: a block's boxes made at its declarations
    id: 'M44', what: "a per-iteration box is made where its variable is declared, not at its block's entry (a closure made before sees the previous iteration's)",
    file: 'cfg/build.js',
    find: 'if (own !== null && (entryBoxed.has(own) || assignsCatchParam(target)))',
    replace: 'if (own !== null && assignsCatchParam(target))',
  },
  {
    // the other bug gen/183 and task/079 fix
    id: 'M45', what: 'a function declared in a loop body is one binding for all iterations',
    file: 'cfg/build.js',
    find: "v.kind === 'class' || v.kind === 'function' || v.kind === 'catch'",
    replace: "v.kind === 'class' || v.kind === 'catch'",
  },
  {
    // the bug gen/184 fixes (was known-differences/004)
    id: 'M46', what: "a let, const or class starts as undefined, not in its temporal dead zone (an early read gives undefined)",
    file: 'cfg/build.js',
    find: 'const tdz = !!unit.vars.get(name)?.tdz;',
    replace: 'const tdz = false;',
  },
  {
    // the same: a read in a closure made before the declaration is not checked
    id: 'M47', what: 'a read that may fall in the dead zone is not checked',
    file: 'bindings/checks.js',
    find: "become(o.id, call('tdz', [dead ? rt('TDZ') : { ...o.id }, name()], o.id));",
    replace: 'continue;',
  },
  {
    // the bug gen/186 fixes
    id: 'M50', what: '`delete x` of a coroutine binding deletes its frame field',
    file: 'bindings/checks.js',
    find: "become(p, t.booleanLiteral(false));",
    replace: 'void 0;',
  },
  {
    // the bug gen/187 fixes
    id: 'M51', what: 'a binding named __proto__ becomes a frame field of that name (which sets the prototype)',
    file: 'bindings/index.js',
    find: "const internal = INTERNAL_NAME.test(name) || name === '__proto__' || name === 'let';",
    replace: "const internal = INTERNAL_NAME.test(name) || name === 'let';",
  },
  {
    // the other half of gen/187
    id: 'M52', what: "a shorthand { __proto__ } whose value is rewritten sets the prototype",
    file: 'bindings/checks.js',
    find: "if (key.type === 'Identifier' && key.name === '__proto__' && !prop.computed) {",
    replace: 'if (false) {',
  },
  {
    // the bug gen/188 fixes
    id: 'M53', what: 'a user binding named $s (or $o) is a frame field of the same name as the state',
    file: 'bindings/index.js',
    find: 'const INTERNAL_NAME = /^\\$(f|v|co|L|T|t|s|o)\\d*$/;',
    replace: 'const INTERNAL_NAME = /^\\$(f|v|co|L|T|t)\\d*$/;',
  },
  {
    // the bug asyncgen/053 fixes
    id: 'M54', what: 'an async generator method on an incompatible receiver throws instead of rejecting',
    file: 'runtime/index.js',
    find: 'return $Promise.reject(new TypeError(`Method [AsyncGenerator].prototype.${AG_METHODS[mode]} called on incompatible receiver ${shown}`));',
    replace: 'throw new TypeError(`Method [AsyncGenerator].prototype.${AG_METHODS[mode]} called on incompatible receiver ${shown}`);',
  },
  {
    // the bug gen/189 fixes
    id: 'M55', what: "a class declaration's body sees the outer binding of its name, not its own inner one",
    file: 'bindings/index.js',
    find: "else if (c.id)\n            declare(inner, c.id, 'local');",
    replace: 'else void 0;',
  },
  {
    // the bug gen/190 fixes
    id: 'M56', what: 'Annex B: no copy of a block function to a top-level function of its name',
    file: 'bindings/index.js',
    find: "!(s === own && (b.kind === 'var' || b.kind === 'hoisted'))",
    replace: "!(s === own && b.kind === 'var')",
  },
  {
    // the same (gen/184): a destructuring or for-of target in the dead zone is stored to
    id: 'M57', what: 'a destructuring or for-of target that may fall in the dead zone is not checked',
    file: 'bindings/checks.js',
    find: ": [t.expressionStatement(call('tdz', [held(), name()], o.id)), t.expressionStatement(t.assignmentExpression('=', read(), t.identifier('$t')))];",
    replace: ": [t.expressionStatement(t.assignmentExpression('=', read(), t.identifier('$t')))];",
  },
  {
    // the bug gen/191 fixes
    id: 'M58', what: "`var arguments` is a new variable (undefined), not the arguments object",
    file: 'bindings/index.js',
    find: "argumentsVar.kind = 'param';",
    replace: 'void 0;',
  },
  {
    // the bug gen/192 fixes (cut catch blocks)
    id: 'M59', what: 'a var named like its catch parameter is one binding with the parameter',
    file: 'bindings/index.js',
    find: "if (bk === 'var' && catchParamBetween(scope, into, p.name)) {",
    replace: 'if (false) {',
  },
  {
    // the same (kept catch blocks: the output was a SyntaxError)
    id: 'M60', what: 'a kept var declaration whose name means a catch parameter stays a `var`',
    file: 'cfg/build.js',
    find: "(d.kind === 'var' && !d.declare) || d.declarations",
    replace: 'd.declarations',
  },
  {
    // the bug gen/193 fixes
    id: 'M61', what: 'a variable in the frame or a box, called, gets the frame or the box as `this`',
    file: 'lower/emit.js',
    find: ": calledAs(node, key, r);",
    replace: ': r;',
  },
  {
    // the bug gen/194 fixes
    id: 'M62', what: "a body var of a parameter's name is the parameter, also for a closure in the parameter list",
    file: 'bindings/index.js',
    find: 'if (!held.has(param) || byParam.has(param))',
    replace: 'if (true)',
  },
  {
    // the bug gen/195 fixes
    id: 'M63', what: "a function expression's own name is not hidden by a var of its body",
    file: 'bindings/index.js',
    find: "if (f.type === 'FunctionExpression' && f.id && !scope.bindings.has(f.id.name))",
    replace: "if (f.type === 'FunctionExpression' && f.id)",
  },
  {
    // the bug gen/196 and fuzz/017 fix
    id: 'M64', what: 'a name the coroutine only writes is not renamed apart from a hoisted block binding',
    file: 'bindings/index.js',
    find: '&& !o.declaration)',
    replace: '&& o.referenced)',
  },
  {
    // the bug gen/197 fixes
    id: 'M65', what: 'an anonymous function assigned to a frame, boxed or renamed variable is not named after it',
    file: 'lower/emit.js',
    find: 'if (user === undefined || (r === undefined && name === user))',
    replace: 'if (true)',
  },
  {
    // the same, through the dead zone's write check
    id: 'M66', what: 'an anonymous function written through the dead zone check is not named after its variable',
    file: 'bindings/checks.js',
    find: 'p.right.extra = { ...p.right.extra, coNameAs: userName };',
    replace: '',
  },
  {
    // the bug gen/198 fixes
    id: 'M67', what: "a hoisted function declaration's body sees its own name as the function, not the reassignable binding",
    file: 'cfg/build.js',
    find: '(x) => isOwned(x) && x.extra.coVar === own);',
    replace: '(x) => false);',
  },
  {
    // the bug gen/199 fixes
    id: 'M68', what: 'a sloppy-mode var named `let` becomes a `let let` local of the resume function (a SyntaxError)',
    file: 'bindings/index.js',
    find: "const internal = INTERNAL_NAME.test(name) || name === '__proto__' || name === 'let';",
    replace: "const internal = INTERNAL_NAME.test(name) || name === '__proto__';",
  },
  {
    // the bug gen/200 fixes
    id: 'M69', what: "the compiler's own names ($co, $f, $v, $L) are used even where the file has them",
    file: 'lower/index.js',
    find: 'if (!used(base))',
    replace: 'if (true)',
  },
  {
    // the bug gen/201 fixes
    id: 'M70', what: "the lowered code's own `undefined` reads a user binding named `undefined`",
    file: 'lower/index.js',
    find: 'if (units.some((u) => u.bindsUndefined))',
    replace: 'if (false)',
  },
  {
    // the same as M69 (gen/200): a task's parameter placeholders
    id: 'M71', what: "a task's parameter placeholders ($p0, $rest) shadow the file's variables of those names in the defaults",
    file: 'lower/emit.js',
    find: 'for (let k = 1; unit.fileNames.has(name); k++)',
    replace: 'for (let k = 1; false; k++)',
  },
  {
    // the bug gen/202 and fuzz/018 fix
    id: 'M72', what: "a co_yield* whose GetIterator fails throws out of the generator, past the body's catch and finally",
    file: 'runtime/index.js',
    find: 'next = it.next;\n            }\n            catch (e) {\n                return CoGenerator.#runBody(g, exports.THROW, e);',
    replace: 'next = it.next;\n            }\n            catch (e) {\n                throw e;',
  },
  {
    // the bug gen/203 fixes (for(;;) heads)
    id: 'M73', what: "a for(;;) head's let is not in its dead zone in its own initializer (reads undefined or a stale value)",
    file: 'cfg/build.js',
    find: 'for (const b of blockEntry([s.init], true))\n                            emitJs(b, b);',
    replace: '',
  },
  {
    // the bug gen/203 fixes (for-in/of iterated expressions)
    id: 'M74', what: "a for-in/of head's binding read in the iterated expression is not dead (reads undefined, or an outer binding when the loop is kept native)",
    file: 'bindings/checks.js',
    find: 'const dead = inIterated(o, b); // (always early)',
    replace: 'const dead = false;',
  },
  {
    // the bug gen/203 fixes (destructuring for-in/of heads)
    id: 'M75', what: "a for-in/of destructuring head's default reading a later binding of the head gets the previous iteration's value",
    file: 'cfg/build.js',
    find: "const markers = left.type === 'VariableDeclaration' ? iterationMarkers(left) : [];",
    replace: 'const markers = [];',
  },
  {
    // the bug gen/204 fixes
    id: 'M76', what: "a function declared in a kept block that reads a box keeps its own name as a function expression, which hides the block's binding from its body",
    file: 'lower/emit.js',
    find: "? (0, build_1.declarationAsExpression)(d, d.id.name, () => true)",
    replace: "? (0, build_1.declarationAsExpression)(d, d.id.name, () => false)",
  },
  {
    // the bug gen/205 fixes
    id: 'M77', what: "an outer binding named undefined counts as the constant: not kept across a suspension in the same expression",
    file: 'bindings/index.js',
    find: "if (bindsUndefined && o.id.name === 'undefined')",
    replace: 'if (false)',
  },
  {
    // the bug fuzz/019 and gen/206 fix
    id: 'M78', what: "a var in a catch block named like the parameter (B.3.5) makes a new box instead of storing into the boxed parameter",
    file: 'bindings/index.js',
    find: "p.extra = { ...(p.extra || {}), coAssignsCatchParam: true };",
    replace: '',
  },
  {
    // the bug gen/207 fixes (methods)
    id: 'M79', what: "an object literal's methods, getters and setters that read a per-iteration box are not wrapped: they read the box of the iteration running when called",
    file: 'lower/emit.js',
    find: "(p.type === 'ObjectMethod' || (p.type === 'ObjectProperty' && p.computed && t.isAnonymousFunctionDefinition(p.value)))",
    replace: "(p.type === 'ObjectProperty' && p.computed && t.isAnonymousFunctionDefinition(p.value))",
  },
  {
    // the bug gen/207 fixes (names)
    id: 'M80', what: 'an anonymous function, arrow or class named by its place loses the name in the wrapper that passes it a box',
    file: 'lower/emit.js',
    find: 'const name = nameAs ?? nameHere;',
    replace: 'const name = nameAs;',
  },
  {
    // the bug gen/207 fixes (computed keys)
    id: 'M81', what: 'an anonymous function under a computed key that reads a per-iteration box is wrapped alone and loses the name its key gives it',
    file: 'lower/emit.js',
    find: "(p.type === 'ObjectMethod' || (p.type === 'ObjectProperty' && p.computed && t.isAnonymousFunctionDefinition(p.value)))",
    replace: "(p.type === 'ObjectMethod')",
  },
  {
    // the bug gen/208 fixes
    id: 'M82', what: 'a const destructuring or for-in/of target in its dead zone throws the TypeError of a constant, not the ReferenceError',
    file: 'bindings/checks.js',
    find: "if (constant && !isEarly) { // (its setter reads nothing",
    replace: "if (constant) { // (its setter reads nothing",
  },
  {
    // the bug gen/209 fixes
    id: 'M83', what: "a hoisted function declaration whose parameters' defaults use its own name keeps that name as a function expression, which hides its per-iteration box",
    file: 'cfg/build.js',
    find: 'for (const part of d.params)\n        t.traverseFast(part, visit);',
    replace: '',
  },
  {
    // the difference gen/211 removes
    id: 'M84', what: "a sync co_yield* of a non-iterable throws the for-of wording, not V8's message for a yield*",
    file: 'runtime/index.js',
    find: 'it = iterOf(v, true);',
    replace: 'it = iterOf(v);',
  },
  {
    // a difference asyncgen/054 removes
    id: 'M85', what: "an async co_yield* of a value with no callable iterator method throws the for-of wording, not V8's message for an async yield*",
    file: 'cfg/templates.js',
    find: '$it = $co.asyncIterOf(ARG, true);',
    replace: '$it = $co.asyncIterOf(ARG);',
  },
  {
    // a difference asyncgen/054 removes
    id: 'M86', what: "an async co_yield* or for co_await of undefined or null throws the runtime's wording, not the property read's",
    file: 'runtime/index.js',
    find: 'const am = x[Symbol.asyncIterator];',
    replace: 'const am = x == null ? undefined : x[Symbol.asyncIterator];',
  },
  // The async-from-sync iterator follows the engine (ECMAScript 2025 on V8 13
  // and later). A mutation of one rule is an equivalent mutant on the other
  // engines, so each names the Node versions it can be killed on (`node`);
  // runs on other versions list it as not applicable. To run the ones for
  // Node 24: test/engines/node_modules/node24/bin/node test/fuzz/mutate.js
  // --only M87,M89,M90,M104 --md none (npm run test:engines installs it).
  {
    id: 'M87', what: "the probe never sees the engine close the sync iterator: the runtime keeps Node 20's rule on Node 24",
    node: '>=24',
    file: 'runtime/index.js',
    find: 'return() { closesSync = true; return {}; },',
    replace: 'return() { return {}; },',
  },
  {
    // (found by the conformance run on Node 26, ninth session of 2026-12-03)
    id: 'M104', what: 'the synchronous probe never sees the engine close the sync iterator when wrapping a value throws: the first fromSync keeps Node 20\'s rule on Node 24',
    node: '>=24',
    file: 'runtime/index.js',
    find: 'return() { closesOnWrapError = true; return {}; },',
    replace: 'return() { return {}; },',
  },
  {
    id: 'M88', what: "the probe answers yes before the engine does: the runtime takes ECMAScript 2025's rule on Node 20",
    node: '<24',
    file: 'runtime/index.js',
    find: 'closesSync = false;\n    const probe = {',
    replace: 'closesSync = true;\n    const probe = {',
  },
  {
    id: 'M89', what: 'a rejected value from the sync iterator\'s return() closes it again',
    node: '>=24',
    file: 'runtime/index.js',
    find: 'return cont(call(m, it, v), false);',
    replace: 'return cont(call(m, it, v), true);',
  },
  {
    id: 'M90', what: 'throw() into an async co_yield* of a sync iterator without throw does not close it first',
    node: '>=24',
    file: 'runtime/index.js',
    find: 'const close = it.return;',
    replace: 'const close = undefined;',
  },
  {
    // next() reads the frame after the body only when `marks` changed
    id: 'M91', what: "a body's completion does not count in `marks`: next() takes it for a yield, a task for an await",
    file: 'runtime/index.js',
    find: '    f.$s = DONE;\n    marks++;\n    return v;',
    replace: '    f.$s = DONE;\n    return v;',
  },
  {
    id: 'M92', what: "a suspension with `$o` (co_yield*) does not count in `marks`: next() yields the iterable itself",
    file: 'runtime/index.js',
    find: '    f.$o = code;\n    marks++;\n    return v;',
    replace: '    f.$o = code;\n    return v;',
  },
  {
    id: 'M93', what: "a return routed out of the last finally does not count in `marks`: next() or the task takes it for a suspension",
    file: 'runtime/index.js',
    find: 'f.$s = DONE;\n        marks++;\n        return arg;',
    replace: 'f.$s = DONE;\n        return arg;',
  },
  {
    id: 'M94', what: "a co_yield* that next()'s common path returns from is taken for a yield of the iterable itself",
    file: 'runtime/index.js',
    find: 'const r = CoGenerator.#afterBody(g, v, -1);',
    replace: 'const r = CoGenerator.#afterBody(g, v, marks);',
  },
  {
    // (gen/213: a coroutine with more than 64 variables)
    id: 'M95', what: 'liveness bit sets: every variable goes in its row\'s first word (variables 32 apart alias)',
    file: 'liveness/index.js',
    find: 'table[row * words + (i >> 5)] |= 1 << (i & 31);',
    replace: 'table[row * words] |= 1 << (i & 31);',
  },
  {
    // (the frame layout's interference on bit sets, seventh session of
    // 2026-12-03; survived every fixture until gen/214)
    id: 'M96', what: 'slot sharing ignoring interference: inside one op, a read after a write does not interfere with the write',
    file: 'frame/layout.js',
    find: 'cross(written, read);',
    replace: 'void 0;',
  },
  {
    // (liveness's edges from the end of a finally, seventh session of 2026-12-03)
    id: 'M99', what: 'liveness: the end of a finally does not go on to the targets of the jumps that left through it',
    file: 'liveness/index.js',
    find: '// (or it falls through, or returns, or throws to a handler: onThrow)\n                for (const l of op.targets)',
    replace: '// (or it falls through, or returns, or throws to a handler: onThrow)\n                for (const l of [])',
  },
  {
    // (classes whose heritage or computed keys suspend, eighth session of 2026-12-03)
    id: 'M100', what: 'a computed class key before a suspending one is left in the class: evaluated and converted after the suspension, not before',
    file: 'cfg/build.js',
    find: 'm.key = i < last ? keepKey(value(k), true) : value(k);',
    replace: 'm.key = i < last ? value(k) : value(k);',
  },
  {
    // (found by running conformance tests through the compiler, ninth session of 2026-12-03)
    id: 'M101', what: "a foreign co_yield* delegate's result is read after the delegate's step: its done/value getters throw at the caller, not at the co_yield*",
    file: 'runtime/index.js',
    find: "            if (!r.done) {\n                outcome = 0;\n                return r;\n            }\n            value = r.value;\n        }\n        catch (e) {\n            g.#c = null;\n            return CoGenerator.#runBody(g, exports.THROW, e);\n        }\n        g.#c = null;\n        return CoGenerator.#runBody(g, mode === exports.RETURN ? exports.RETURN : exports.NORMAL, value);",
    replace: "            value = r;\n        }\n        catch (e) {\n            g.#c = null;\n            return CoGenerator.#runBody(g, exports.THROW, e);\n        }\n        if (!value.done) {\n            outcome = 0;\n            return value;\n        }\n        g.#c = null;\n        return CoGenerator.#runBody(g, mode === exports.RETURN ? exports.RETURN : exports.NORMAL, value.value);",
  },
  {
    // (found after the conformance run, by a differential probe of destructuring assignments)
    id: 'M105', what: "a member target with a default in a destructuring that suspends is evaluated after its value and default, not before",
    file: 'cfg/build.js',
    find: "const target = pattern.left.type === 'MemberExpression' ? reference(pattern.left) : null;",
    replace: 'const target = null;',
  },
  {
    id: 'M106', what: 'a lowered comma expression ending in a reference gives the reference: (co_await a, o.m)() calls with o as this',
    file: 'cfg/build.js',
    find: 'return v && !ignore && isReference ? t.sequenceExpression([t.numericLiteral(0), v]) : v;',
    replace: 'return v;',
  },
  {
    id: 'M107', what: "a name in the parameter list (or a closure there) resolves to the body's declaration of it",
    file: 'bindings/index.js',
    find: "o.binding = b && o.inParams && b.scope === own && b.kind !== 'param' && b.kind !== 'local' ? undefined : b;",
    replace: 'o.binding = b;',
  },
  {
    id: 'M108', what: 'a parenthesized optional chain called with a suspension, (o?.m)(co_await x), is called as a value: no this',
    file: 'cfg/build.js',
    find: "if (e.type === 'CallExpression' && callee.type === 'OptionalMemberExpression') {",
    replace: 'if (false) {',
  },
  {
    id: 'M109', what: 'import() with a suspending argument is refused again (CF1090)',
    file: 'cfg/build.js',
    find: "else if (callee.type === 'Import')\n            c = callee;",
    replace: "else if (callee.type === 'Import')\n            return fail(e, 'unsupported callee');",
  },
  {
    id: 'M110', what: 'a bare co_yield at the end of a line is left a name that the next line can continue: (co_yield)(x) for co_yield; (x)',
    file: 'syntax/scan.js',
    find: "replace(start, ends ? '$y;' : '$y', wordLength);",
    replace: "replace(start, '$y', wordLength);",
  },
  {
    id: 'M111', what: 'an arrow\'s parameters are read as its own: (await) => 1 in a task, (x = yield) => x in a generator coroutine accepted again',
    file: 'classify/index.js',
    find: "const words = fn.type !== 'ArrowFunctionExpression' ? fn :",
    replace: 'const words = true ? fn :',
  },
  {
    id: 'M112', what: 'a `/` right after co_yield is read as a division: the regular expression after it is scanned as code',
    file: 'syntax/scan.js',
    find: "'case', 'do', 'else', 'yield', 'await', 'co_yield', 'co_await', 'co_return', 'extends',",
    replace: "'case', 'do', 'else', 'yield', 'await', 'co_await', 'co_return', 'extends',",
  },
  {
    id: 'M113', what: 'single-quoted strings are scanned as code: a co_ word in one is read as a keyword',
    file: 'syntax/scan.js',
    find: "if (ch === '\"' || ch === \"'\") {",
    replace: "if (ch === '\"') {",
  },
  {
    id: 'M114', what: 'a template\'s `${` is not remembered: after its `}` the rest of the template text is scanned as code',
    file: 'syntax/scan.js',
    find: '                    i += 2;\n                    templateStack.push(braceDepth);',
    replace: '                    i += 2;',
  },
  {
    id: 'M115', what: 'a backslash in a string does not escape: a string ends at its escaped quote, and the rest is scanned as code',
    file: 'syntax/scan.js',
    find: "            while (i < n && source[i] !== ch && !isLineTerminator(source[i])) {\n                if (source[i] === '\\\\')\n                    i++;",
    replace: '            while (i < n && source[i] !== ch && !isLineTerminator(source[i])) {',
  },
  {
    id: 'M116', what: 'a `/` in a regular expression\'s class ends the expression: the rest is scanned as code',
    file: 'syntax/scan.js',
    find: "                    if (c === '[')\n                        inClass = true;",
    replace: '                    if (false)\n                        inClass = true;',
  },
  {
    id: 'M117', what: 'line comments are scanned as code: a co_ word in one is read as a keyword',
    file: 'syntax/scan.js',
    find: "        if (ch === '/' && source[i + 1] === '/') {\n            while",
    replace: '        if (false) {\n            while',
  },
  {
    id: 'M118', what: 'a function declared in a kept switch\'s case that reads a per-iteration box is left a declaration: it reads the box of the last iteration',
    file: 'lower/emit.js',
    find: "        if (node.type === 'SwitchStatement')\n            switchDeclarationsAsExpressions(node, captured);",
    replace: '',
  },
  {
    id: 'M119', what: 'a labelled function declaration (sloppy code) that reads a per-iteration box is left as it is: it reads the box of the last iteration',
    file: 'lower/emit.js',
    find: "const declared = (s) => (s.type === 'LabeledStatement' ? declared(s.body) : s);",
    replace: 'const declared = (s) => s;',
  },
  {
    id: 'M102', what: 'the scanner reads `...` as three dots of a member access: a co_ word after a spread is left a name',
    file: 'syntax/scan.js',
    find: "        if (ch === '.' && source[i + 1] === '.' && source[i + 2] === '.') {",
    replace: "        if (false) {",
  },
  {
    id: 'M103', what: 'a native yield or await where it cannot be a keyword is never parsed as a name',
    file: 'syntax/parse.js',
    find: '    if ((failure || misplaced) && [...scanned.marks.values()].some((m) => m.native)) {',
    replace: '    if (false) {',
  },
  {
    // the bug gen/185 fixes
    id: 'M48', what: 'a write to a const is made (no TypeError)',
    file: 'runtime/index.js',
    find: "    tdz(old, name);\n    throw new TypeError(CONSTANT);\n}",
    replace: '    tdz(old, name);\n    return v;\n}',
  },
  {
    // the same, for destructuring and for-in/of targets
    id: 'M49', what: 'a const as a destructuring or for-of target is assigned',
    file: 'runtime/index.js',
    find: 'set v(_) { throw new TypeError(CONSTANT); }',
    replace: 'set v(_) { }',
  },
];

// ------------------------------------------------------------------ dist copies

const WORK = path.join(ROOT, 'tmp', `mutation-${process.pid}`);

/** Copy a dist folder under ROOT/tmp (so that @babel/* still resolve from ROOT/node_modules). */
function copyDist(from, name) {
  const to = path.join(WORK, name, 'dist');
  fs.rmSync(path.dirname(to), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
  return to;
}

function applyMutation(dist, m) {
  const file = path.join(dist, m.file);
  const text = fs.readFileSync(file, 'utf8');
  const count = text.split(m.find).length - 1;
  if (count !== 1) throw new Error(`${m.id}: the text to replace occurs ${count} times in dist/${m.file} (the compiler changed; update the mutation)`);
  fs.writeFileSync(file, text.replace(m.find, () => m.replace));
}

// ------------------------------------------------------------------ fixture suite

function listFixtures(dir = path.join(ROOT, 'fixtures', 'programs')) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFixtures(p));
    else if (e.name.endsWith('.co.js')) out.push(p);
  }
  return out;
}

const PRELOAD = path.join(ROOT, 'test', 'support', 'preload.js');

function runFile(file, timeout = 10000) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', PRELOAD, file], { stdio: ['ignore', 'pipe', 'pipe'], env: PLAIN_ENV });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { out += `\n[timed out after ${timeout} ms]`; child.kill('SIGKILL'); }, timeout);
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code && !/^(Uncaught|Unhandled rejection) /m.test(out)) out += `\n[exit ${code}] ${err.split('\n').slice(0, 3).join('\n')}`;
      resolve(`${out}\n[status ${code}]`);
    });
  });
}

async function pool(jobs, n) {
  const results = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, jobs.length) }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  }));
  return results;
}

/**
 * Compile every fixture for `target` with `dist` and run it; Map file -> output.
 * Programs that use timers are re-run once by the caller on a mismatch.
 */
async function runFixtures(files, dist, target, dir) {
  const cp = new CompilerPool(dist);
  const sources = files.map((f) => ({ source: fs.readFileSync(f, 'utf8'), filename: f }));
  const half = Math.ceil(sources.length / 2);
  const key = target === 'native' ? 'native' : 'machine';
  const parts = await Promise.all([cp.compile(sources.slice(0, half), 300000, [key]), cp.compile(sources.slice(half), 300000, [key])]);
  cp.close();
  const compiled = parts.flat().map((c) => c[key]);
  fs.mkdirSync(dir, { recursive: true });
  const outputs = await pool(files.map((f, i) => async () => {
    const c = compiled[i];
    if (c.code == null) return `[compile error] ${c.error}`;
    const out = path.join(dir, `${i}.${key}.cjs`);
    fs.writeFileSync(out, c.code);
    return runFile(out);
  }), Math.max(2, os.cpus().length + 1));
  return new Map(files.map((f, i) => [f, outputs[i]]));
}

const usesTimers = (f) => /\bset(Timeout|Interval|Immediate)\b/.test(fs.readFileSync(f, 'utf8'));

/** Fixtures whose machine output differs from the native one. */
async function failingFixtures(files, native, dist, dir) {
  const machine = await runFixtures(files, dist, 'machine', dir);
  const failing = [];
  for (const f of files) {
    if (machine.get(f) === native.get(f)) continue;
    if (usesTimers(f)) {
      // timer-dependent programs: confirm the mismatch once (as the fixture test does)
      const again = await runFixtures([f], dist, 'machine', dir);
      if (again.get(f) === native.get(f)) continue;
    }
    failing.push(f);
  }
  return failing;
}

/**
 * Negative fixtures (fixtures/errors/*.co.js) whose first diagnostic, compiled
 * with `dist`, is not the one their header states: what catches a breakage of
 * the front end that makes it accept a wrong program (the differential suites
 * only run programs that compile).
 */
function failingErrorFixtures(dist) {
  const { compile } = require(path.join(dist, 'api'));
  const failing = [];
  for (const file of listFiles(path.join(ROOT, 'fixtures', 'errors'))) {
    const source = fs.readFileSync(file, 'utf8');
    const want = errorHeader(source);
    let d;
    try {
      d = compile(source, { filename: file }).diagnostics[0];
    } catch {
      d = undefined;
    }
    if (!want || !d || d.code !== want.code || d.line !== want.line || d.column !== want.column) failing.push(`errors/${path.basename(file)}`);
  }
  return failing;
}

// ------------------------------------------------------------------ main

function parseArgs(argv) {
  const o = { only: null, fuzz: 300, seed: 4242, fixtures: true, fuzzOn: true, md: path.join(ROOT, 'docs', 'MUTATION.md'), dist: DEFAULT_DIST };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === '--only') o.only = val().split(',');
    else if (a === '--fuzz') o.fuzz = Number(val());
    else if (a === '--seed') o.seed = Number(val());
    else if (a === '--no-fixtures') o.fixtures = false;
    else if (a === '--no-fuzz') o.fuzzOn = false;
    else if (a === '--md') o.md = val() === 'none' ? null : path.resolve(argv[i]);
    else if (a === '--dist') o.dist = path.resolve(val());
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const major = Number(process.versions.node.split('.')[0]);
  const applies = (m) => !m.node || (m.node.startsWith('>=') ? major >= Number(m.node.slice(2)) : major < Number(m.node.slice(1)));
  const selected = MUTATIONS.filter((m) => !o.only || o.only.includes(m.id));
  const notHere = selected.filter((m) => !applies(m));
  const mutations = selected.filter(applies);
  for (const m of notHere) console.log(`${m.id} not applicable on Node ${process.versions.node} (needs Node ${m.node}): ${m.what}`);
  const base = copyDist(o.dist, 'base');
  // every mutation must apply to the current compiler before anything runs
  // (those for another Node version too: a stale one is found on any)
  for (const m of selected) {
    const text = fs.readFileSync(path.join(base, m.file), 'utf8');
    const count = text.split(m.find).length - 1;
    if (count !== 1) throw new Error(`${m.id}: the text to replace occurs ${count} times in dist/${m.file}`);
  }
  if (mutations.length === 0) {
    fs.rmSync(WORK, { recursive: true, force: true });
    console.log('no mutation to run on this Node version');
    return;
  }
  const files = o.fixtures ? listFixtures() : [];
  const rel = (f) => path.relative(path.join(ROOT, 'fixtures', 'programs'), f);
  let native = null;
  let baseFailing = new Set();
  let baseFuzz = new Set();
  let baseErrors = new Set();
  console.log(`baseline (unmutated copy of dist): ${files.length} fixtures, ${o.fuzzOn ? o.fuzz : 0} fuzz programs (seed ${o.seed})`);
  if (o.fixtures) {
    native = await runFixtures(files, base, 'native', path.join(WORK, 'base', 'run'));
    baseFailing = new Set(await failingFixtures(files, native, base, path.join(WORK, 'base', 'run')));
    console.log(`  fixtures failing already: ${baseFailing.size}${baseFailing.size ? ' (' + [...baseFailing].map(rel).join(', ') + ')' : ''}`);
    baseErrors = new Set(failingErrorFixtures(base));
    console.log(`  error fixtures failing already: ${baseErrors.size}`);
  }
  if (o.fuzzOn) {
    const r = await fuzz({ seed: o.seed, count: o.fuzz, dist: base });
    baseFuzz = new Set(r.mismatches.map((m) => m.program.index));
    console.log(`  fuzz programs mismatching already: ${baseFuzz.size}`);
  }
  const rows = [];
  for (const m of mutations) {
    const dist = copyDist(base, m.id);
    applyMutation(dist, m);
    const row = { m, fixtures: null, fixtureExamples: [], errors: null, fuzz: null, fuzzExamples: [] };
    let loads = true;
    try {
      require(path.join(dist, 'api'));
    } catch (e) {
      loads = false;
      row.error = `mutant does not load: ${e.message}`;
    }
    if (loads && o.fixtures) {
      const failing = (await failingFixtures(files, native, dist, path.join(WORK, m.id, 'run'))).filter((f) => !baseFailing.has(f));
      row.fixtures = failing.length;
      const errors = failingErrorFixtures(dist).filter((f) => !baseErrors.has(f));
      row.errors = errors.length;
      row.fixtureExamples = [...failing.slice(0, 2).map(rel), ...errors.slice(0, 2 - Math.min(2, failing.length))];
    }
    if (loads && o.fuzzOn) {
      const r = await fuzz({ seed: o.seed, count: o.fuzz, dist });
      const fresh = r.mismatches.filter((x) => !baseFuzz.has(x.program.index));
      row.fuzz = fresh.length;
      row.fuzzExamples = fresh.slice(0, 2).map((x) => `#${x.program.index}`);
    }
    row.killed = !loads || row.fixtures > 0 || row.errors > 0 || row.fuzz > 0;
    rows.push(row);
    fs.rmSync(path.join(WORK, m.id), { recursive: true, force: true });
    console.log(`${m.id} ${row.killed ? 'KILLED  ' : 'SURVIVED'} fixtures ${row.fixtures ?? '-'}/${files.length}, error fixtures ${row.errors ?? '-'}, fuzz ${row.fuzz ?? '-'}/${o.fuzzOn ? o.fuzz : 0}  ${m.what}`);
  }
  fs.rmSync(WORK, { recursive: true, force: true });
  cleanupTmp();
  const table = renderTable(rows, { notHere, node: process.versions.node, files: files.length, fuzz: o.fuzzOn ? o.fuzz : 0, seed: o.seed, baseFailing: baseFailing.size, baseFuzz: baseFuzz.size, seconds: (Date.now() - t0) / 1000 });
  console.log('\n' + table);
  if (o.md && !o.only) fs.writeFileSync(o.md, MD_HEADER + table + MD_FOOTER);
  process.exitCode = rows.every((r) => r.killed) ? 0 : 1;
}

function renderTable(rows, info) {
  const lines = [];
  const elsewhere = info.notHere.length ? ` ${info.notHere.length} more (${info.notHere.map((m) => m.id).join(', ')}) can only be killed on another Node version and were not run on this one (Node ${info.node}).` : '';
  lines.push(`${rows.filter((r) => r.killed).length} of ${rows.length} mutations killed on Node ${info.node}.${elsewhere} Fixture suite: ${info.files} programs (${info.baseFailing} already failing on the unmutated compiler, not counted); fuzzer: ${info.fuzz} programs, seed ${info.seed} (${info.baseFuzz} already mismatching, not counted). Run time ${Math.round(info.seconds)} s.`);
  lines.push('');
  lines.push('| id | breakage (one line of dist/) | file | fixtures failing | fuzz programs failing | killed |');
  lines.push('|---|---|---|---|---|---|');
  for (const r of rows) {
    const fx = r.fixtures === null ? '-' : `${r.fixtures}${r.errors ? ` + ${r.errors} error fixture${r.errors > 1 ? 's' : ''}` : ''}${r.fixtureExamples.length ? ' (e.g. ' + r.fixtureExamples.join(', ') + ')' : ''}`;
    const fz = r.fuzz === null ? '-' : `${r.fuzz}${r.fuzzExamples.length ? ' (e.g. ' + r.fuzzExamples.join(', ') + ')' : ''}`;
    lines.push(`| ${r.m.id} | ${r.m.what}${r.error ? ' — ' + r.error : ''} | ${r.m.file} | ${fx} | ${fz} | ${r.killed ? 'yes' : '**no**'} |`);
  }
  lines.push('');
  lines.push('The exact replacements:');
  lines.push('');
  for (const r of rows) {
    lines.push(`- ${r.m.id} \`${r.m.file}\`: \`${r.m.find.replace(/\s*\n\s*/g, ' ')}\` → \`${r.m.replace.replace(/\s*\n\s*/g, ' ')}\``);
  }
  return lines.join('\n') + '\n';
}

const MD_HEADER = `# Mutation check

Proof that the tests can fail: \`npm run mutation\` (test/fuzz/mutate.js)
copies \`dist/\`, applies one deliberate one-line breakage of the lowering (or
of the runtime it relies on) to the copy, and runs the fixture differential
suite (every \`fixtures/programs/**/*.co.js\`, native vs state-machine, one
Node process per program), the negative fixtures (\`fixtures/errors\`: the
first diagnostic their header states; counted in the fixtures column since
the session of 2026-12-04) and the differential fuzzer (test/fuzz/run.js)
against it. A mutation is killed when either finds a failure the unmutated
compiler does not have. \`src/\` and the real \`dist/\` are never modified.

`;

const MD_FOOTER = `
Options: \`npm run mutation -- --only M03,M08\` (one or a few; does not rewrite
this file), \`--fuzz N\`, \`--seed S\`, \`--no-fixtures\`, \`--no-fuzz\`. When
the compiler changes so that a replaced text no longer occurs exactly once,
the script stops and names the mutation to update.
`;

module.exports = { MUTATIONS, applyMutation, copyDist };

if (require.main === module) {
  main().catch((e) => { console.error(e); process.exit(2); });
}
