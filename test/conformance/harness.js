'use strict';
// A small stand-in for the conformance suite's harness (written here; only the
// names and the meaning of its functions follow the suite's conventions).
const g = globalThis;
class Test262Error extends Error {
  constructor(message) { super(message); this.message = message || ''; }
  toString() { return 'Test262Error: ' + this.message; }
}
Test262Error.prototype.name = 'Test262Error';
Test262Error.thrower = (m) => { throw new Test262Error(m); };
g.Test262Error = Test262Error;
g.$ERROR = (m) => { throw new Test262Error(m); };
g.$DONOTEVALUATE = () => { throw 'Test262: This statement should not be evaluated.'; };
g.print = (...a) => console.log(...a);
const show = (v) => { try { return typeof v === 'symbol' ? v.toString() : typeof v === 'string' ? JSON.stringify(v) : String(v); } catch (e) { return '<?>'; } };
function assert(v, m) { if (v !== true) throw new Test262Error('Expected true but got ' + show(v) + (m ? ' ' + m : '')); }
assert._isSameValue = (a, b) => Object.is(a, b);
assert.sameValue = (a, b, m) => { if (!Object.is(a, b)) throw new Test262Error('Expected SameValue(' + show(a) + ', ' + show(b) + ') to be true ' + (m || '')); };
assert.notSameValue = (a, b, m) => { if (Object.is(a, b)) throw new Test262Error('Expected SameValue(' + show(a) + ', ' + show(b) + ') to be false ' + (m || '')); };
assert.throws = (C, fn, m) => {
  if (typeof fn !== 'function') throw new Test262Error('assert.throws needs a function');
  try { fn(); } catch (e) {
    if (typeof e !== 'object' || e === null) throw new Test262Error('Thrown value was not an object ' + (m || ''));
    if (e.constructor !== C) throw new Test262Error('Expected a ' + C.name + ' but got a ' + (e.constructor && e.constructor.name) + ' ' + (m || '') + ' (' + e.message + ')');
    return;
  }
  throw new Test262Error('Expected a ' + C.name + ' to be thrown but no exception was thrown at all ' + (m || ''));
};
function compareArray(a, b) {
  if (b.length !== a.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
assert.compareArray = (a, b, m) => {
  if (a == null || b == null) throw new Test262Error('compareArray: null or undefined ' + (m || ''));
  if (!compareArray(a, b)) throw new Test262Error('Expected [' + [].map.call(a, show) + '] and [' + [].map.call(b, show) + '] to have the same contents ' + (m || ''));
};
assert.deepEqual = (a, b, m) => {
  const eq = (x, y) => {
    if (Object.is(x, y)) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || !x || !y) return false;
    const kx = Reflect.ownKeys(x), ky = Reflect.ownKeys(y);
    if (kx.length !== ky.length) return false;
    return kx.every((k) => eq(x[k], y[k]));
  };
  if (!eq(a, b)) throw new Test262Error('deepEqual failed ' + (m || ''));
};
g.assert = assert;
g.compareArray = compareArray;
g.$DONE = (err) => {
  if (err) console.log('Test262:AsyncTestFailure:' + (err && err.constructor && err.constructor.name) + ': ' + (err && err.message !== undefined ? err.message : show(err)));
  else console.log('Test262:AsyncTestComplete');
};
g.asyncTest = (fn) => {
  if (typeof fn !== 'function') { g.$DONE(new Test262Error('asyncTest called with non-function')); return; }
  let p;
  try { p = fn(); } catch (e) { g.$DONE(e); return; }
  if (!p || typeof p.then !== 'function') { g.$DONE(new Test262Error('asyncTest: fn did not return a thenable')); return; }
  p.then(() => g.$DONE(), g.$DONE);
};
assert.throwsAsync = (C, fn, m) => {
  let r;
  try { r = fn(); } catch (e) { return Promise.reject(new Test262Error('throwsAsync: the function threw synchronously ' + (m || ''))); }
  if (!r || typeof r.then !== 'function') return Promise.reject(new Test262Error('throwsAsync: not a thenable ' + (m || '')));
  return r.then(() => { throw new Test262Error('Expected a ' + C.name + ' to be thrown asynchronously but nothing was ' + (m || '')); }, (e) => {
    if (!e || e.constructor !== C) throw new Test262Error('Expected a ' + C.name + ' but got ' + show(e) + ' ' + (m || ''));
  });
};
// property checks
g.verifyProperty = (obj, name, desc, options) => {
  const d = Object.getOwnPropertyDescriptor(obj, name);
  if (desc === undefined) { if (d !== undefined) throw new Test262Error(String(name) + ' should not exist'); return true; }
  if (d === undefined) throw new Test262Error(String(name) + ' should exist');
  for (const k of ['value', 'writable', 'enumerable', 'configurable', 'get', 'set']) {
    if (Object.prototype.hasOwnProperty.call(desc, k) && !Object.is(desc[k], d[k])) throw new Test262Error('descriptor of ' + String(name) + ': ' + k + ' is ' + show(d[k]) + ', expected ' + show(desc[k]));
  }
  if (options && options.restore) return true;
  if (d.configurable) delete obj[name];
  return true;
};
const flag = (k, want) => (o, n) => { const d = Object.getOwnPropertyDescriptor(o, n); if (!d || !!d[k] !== want) throw new Test262Error(String(n) + ': ' + k + ' should be ' + want); };
g.verifyEnumerable = flag('enumerable', true); g.verifyNotEnumerable = flag('enumerable', false);
g.verifyWritable = flag('writable', true); g.verifyNotWritable = flag('writable', false);
g.verifyConfigurable = flag('configurable', true); g.verifyNotConfigurable = flag('configurable', false);
g.verifyEqualTo = (o, n, v) => { if (!Object.is(o[n], v)) throw new Test262Error(String(n) + ' should equal ' + show(v)); };
g.isConstructor = (f) => { if (typeof f !== 'function') throw new Test262Error('isConstructor: not a function'); try { Reflect.construct(function () {}, [], f); return true; } catch (e) { return false; } };
g.fnGlobalObject = () => globalThis;
g.$MAX_ITERATIONS = 100000;
g.AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
g.GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
g.AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
g.checkSequence = (arr, m) => { arr.forEach((e, i) => { if (e !== i + 1) throw new Test262Error('sequence ' + arr + ' ' + (m || '')); }); return true; };
g.checkSettledPromises = (settleds, expected, m) => { assert.sameValue(settleds.length, expected.length, m); settleds.forEach((s, i) => { assert.sameValue(s.status, expected[i].status, m); if (s.status === 'fulfilled') assert.sameValue(s.value, expected[i].value, m); else assert.sameValue(s.reason, expected[i].reason, m); }); };
