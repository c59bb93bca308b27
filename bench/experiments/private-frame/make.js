// Writes the workloads of the private-frame experiment to bench/.build/private-frame/:
// for K = 1 and K = 8 coroutines (identical bodies at distinct source sites, so
// each has its own class, resume function and inline caches), a running
// average fed by next(v) round-robin over the K generators, in six forms:
// coframe's compiled output (its runtime), native, and four private-field
// sketches (a class per coroutine with the runtime's shared next(), the same
// with a next() per class, one class for all of the module's generators, the
// runtime's class reached through accessors); the memory workload (8 locals,
// 2 live) in the sketches' forms; 8 running averages of 8 frame shapes; and
// 8 tasks of 8 frame shapes. The sketched runtimes are written there too.
'use strict';
const fs = require('fs');
const path = require('path');
const bench = path.resolve(__dirname, '..', '..');
const { compile } = require(path.join(bench, '..', 'dist', 'api'));
const OUT = path.join(bench, '.build', 'private-frame');
const RUNTIME = path.join(bench, '..', 'dist', 'runtime', 'index.js');
fs.mkdirSync(OUT, { recursive: true });

function driver(k) {
  return `
function prepare(n) { return { n: n }; }
function run(ctx) {
  const n = ctx.n;
  const gens = [${Array.from({ length: k }, (_, i) => `averager${i}()`).join(', ')}];
  for (const g of gens) g.next();
  let acc = 0;
  for (let i = 0; i < n; i++) acc += gens[i % ${k}].next(i & 1023).value;
  for (const g of gens) g.return();
  return { result: acc, units: n };
}
module.exports = { prepare, run };
`;
}

/** The memory workload's driver, around a `held(seed)` of each form (as bench/workloads/memory_generator.co.js). */
const MEMORY_DRIVER = `function prepare(n) { return { n, all: new Array(n).fill(null) }; }
function run(ctx) { let first = 0; for (let i = 0; i < ctx.n; i++) { const it = held(i & 1023); first += it.next().value; ctx.all[i] = it; } ctx.first = first; return { units: ctx.n }; }
function finish(ctx) { let sum = 0; for (let i = 0; i < ctx.n; i++) { const r = ctx.all[i].next(3); sum += r.value + (r.done ? 1 : 0); } ctx.all = null; return [ctx.first, sum]; }
module.exports = { prepare, run, finish };
`;

/** `name`.coframe.js (coframe's output, loading this checkout's runtime) and `name`.native.js from co_ source. */
function writeCompiled(name, co) {
  const filename = `${name}.co.js`;
  fs.writeFileSync(path.join(OUT, `${name}.coframe.js`), compile(co, { filename, module: 'cjs', runtimeSpecifier: RUNTIME }).code);
  fs.writeFileSync(path.join(OUT, `${name}.native.js`), compile(co, { filename, target: 'native' }).code);
}

// The mixed-shape workloads: coroutine i keeps i constants p0, p1, ... live
// across its suspensions besides its own slots, so that 8 coroutines have 8
// frame shapes.
/** `let p0 = 1;` ... for coroutine i */
const padDecls = (i) => Array.from({ length: i }, (_, j) => `  let p${j} = ${j + 1};\n`).join('');
/** the sum of coroutine i's constants, each read as `read(j)` ('0' for none) */
const pads = (i, read) => (i === 0 ? '0' : Array.from({ length: i }, (_, j) => read(j)).join(' + '));

/** The resume method of averager i (after its name): its state and slots are private fields. */
function resume(i) {
  return `(v) {
    let avg, x;
    for (;;) switch (this.#s) {
      case 0: this.#total = 0; this.#count = 0; avg = 0;
      case 1: this.#s = 2; return avg;
      case 2: x = v; this.#total += x; this.#count += 1; avg = this.#total / this.#count + ${i}; this.#s = 1; continue;
    }
  }`;
}

// What every class of the fused sketches below has besides its slots, the
// hot path only (no try routing, no co_yield*; return() just ends it): the
// state #s, #x (0: idle; 1: running; a co_yield* record would go there too)
// and the resume function #b, called with the generator, which is its frame.
const FUSED_FIELDS = '#s = 0; #x = 0; #b;';
const FUSED_METHODS = `constructor(b) { this.#b = b; }
  next(v) {
    if (this.#x !== 0 || this.#s === -1) {
      if (this.#x === 1) throw new TypeError('Generator is already running');
      return { value: undefined, done: true };
    }
    this.#x = 1;
    let r;
    try { r = this.#b(this, v); } catch (e) { this.#x = 0; this.#s = -1; throw e; }
    this.#x = 0;
    return { value: r, done: this.#s === -1 };
  }
  return(v) { this.#s = -1; return { value: v, done: true }; }
  [Symbol.iterator]() { return this; }
  get [Symbol.toStringTag]() { return 'Generator'; }`;

// One class for all the generators of a module (of one slot count): the
// slots are private fields with generic names (#a0, #a1, ...), each resume
// function a static method of the class (only code inside the class body can
// name them), and the class has its own next(): five fields for two slots.
const MODULE_CLASS = `class $G {
  ${FUSED_FIELDS} #a0; #a1;
  ${FUSED_METHODS}
  METHODS
}
`;

// The accessor form: the runtime (ES2022, strict) owns the class, whose
// instances are both the generator and its frame, and the compiled code
// stays ES2020 and may stay sloppy (a sloppy script, as coframe's output is
// for a sloppy input): it never names a private field, it calls the
// accessor functions the runtime exports (S/SS: read and write the state;
// A0/A0W, A1/A1W: slot 0 and slot 1), which V8 inlines. All the generators
// of every module with two slots share the class. Written as
// bench/.build/private-frame/rt-accessor.js:
fs.writeFileSync(path.join(OUT, 'rt-accessor.js'), `'use strict';
let S, SS, A0, A0W, A1, A1W;
class G2 {
  ${FUSED_FIELDS} #a0; #a1;
  ${FUSED_METHODS}
  static {
    S = (g) => g.#s;
    SS = (g, v) => { g.#s = v; };
    A0 = (g) => g.#a0;
    A0W = (g, v) => { g.#a0 = v; };
    A1 = (g) => g.#a1;
    A1W = (g, v) => { g.#a1 = v; };
  }
}
module.exports = { gen2: (body) => new G2(body), S, SS, A0, A0W, A1, A1W };
`);
const ACCESSOR_HEAD = `const $co = require(${JSON.stringify(path.join(OUT, 'rt-accessor.js'))});
const { S, SS, A0, A0W, A1, A1W } = $co;
`;

function accessor(k) {
  let out = ACCESSOR_HEAD;
  for (let i = 0; i < k; i++) {
    out += `function averager${i}$r($g, v) {
  let avg, x;
  for (;;) switch (S($g)) {
    case 0: A0W($g, 0); A1W($g, 0); avg = 0;
    case 1: SS($g, 2); return avg;
    case 2: x = v; A0W($g, A0($g) + x); A1W($g, A1($g) + 1); avg = A0($g) / A1($g) + ${i}; SS($g, 1); continue;
  }
}
function averager${i}() { return $co.gen2(averager${i}$r); }
`;
  }
  return out + driver(k);
}

function moduleClass(k) {
  const methods = Array.from({ length: k }, (_, i) => `static averager${i}$r($g, v) {
    let avg, x;
    for (;;) switch ($g.#s) {
      case 0: $g.#a0 = 0; $g.#a1 = 0; avg = 0;
      case 1: $g.#s = 2; return avg;
      case 2: x = v; $g.#a0 += x; $g.#a1 += 1; avg = $g.#a0 / $g.#a1 + ${i}; $g.#s = 1; continue;
    }
  }`).join('\n  ');
  let out = `'use strict';\n${MODULE_CLASS.replace('METHODS', methods)}`;
  for (let i = 0; i < k; i++) out += `function averager${i}() { return new $G($G.averager${i}$r); }\n`;
  return out + driver(k);
}

for (const k of [1, 8]) {
  let co = '';
  let sketch = `'use strict';\nconst { CoGen, STEP, end } = require(${JSON.stringify(path.join(__dirname, 'rt.js'))});\n`;
  for (let i = 0; i < k; i++) {
    co += `function averager${i}() {
  let total = 0;
  let count = 0;
  let avg = 0;
  while (true) {
    const x = co_yield avg;
    total += x;
    count += 1;
    avg = total / count + ${i};
  }
}
`;
    sketch += `class averager${i}$G extends CoGen {
  #s = 0; #total; #count;
  [STEP]${resume(i)}
}
function averager${i}() { return new averager${i}$G(); }
`;
  }
  co += driver(k);
  sketch += driver(k);
  // the same with no shared class: each coroutine's class has its own next()
  // (and its own #k, #d), so that no property access of the runtime sees more
  // than one class; only the consumer's call of next() does
  let own = `'use strict';\n`;
  for (let i = 0; i < k; i++) {
    own += `class averager${i}$G {
  #s = 0; #k = 0; #d = null; #total; #count;
  next(v) {
    const k = this.#k;
    if (k !== 0) {
      if (k & 1) throw new TypeError('Generator is already running');
      return { value: undefined, done: true };
    }
    this.#k = 1;
    let r;
    try { r = this.#step(v); } catch (e) { this.#k = 2; throw e; }
    this.#k = this.#s === -1 ? 2 : 0;
    return { value: r, done: this.#k === 2 };
  }
  return(v) { this.#k = 2; return { value: v, done: true }; }
  [Symbol.iterator]() { return this; }
  #step${resume(i)}
}
function averager${i}() { return new averager${i}$G(); }
`;
  }
  own += driver(k);
  fs.writeFileSync(path.join(OUT, `avg${k}.own-next.js`), own);
  fs.writeFileSync(path.join(OUT, `avg${k}.module-class.js`), moduleClass(k));
  fs.writeFileSync(path.join(OUT, `avg${k}.accessor.js`), accessor(k));
  writeCompiled(`avg${k}`, co);
  fs.writeFileSync(path.join(OUT, `avg${k}.sketch.js`), sketch);
}

fs.writeFileSync(path.join(OUT, 'memory.sketch.js'), `'use strict';
const { CoGen, STEP, end } = require(${JSON.stringify(path.join(__dirname, 'rt.js'))});
class held$G extends CoGen {
  #s = 0; #g; #h;
  constructor(seed) { super(); this.#g = seed; }   // the parameter seed shares g's slot
  [STEP](v) {
    let a, b, c, d, e, f, sent;
    switch (this.#s) {
      case 0:
        a = this.#g + 1; b = a * 2; c = b + 3; d = c * 5; e = d - a; f = e ^ b;
        this.#g = f + c; this.#h = d - e;
        this.#s = 1;
        return a + b + c + d + e + f;
      case 1:
        sent = v;
        this.#s = -1;
        return end(this.#g * sent + this.#h);
    }
  }
}
function held(seed) { return new held$G(seed); }
${MEMORY_DRIVER}`);
fs.writeFileSync(path.join(OUT, 'memory.module-class.js'), `'use strict';
${MODULE_CLASS.replace('METHODS', `static held$r($g, v) {
    let a, b, c, d, e, f, sent;
    switch ($g.#s) {
      case 0:
        a = $g.#a0 + 1; b = a * 2; c = b + 3; d = c * 5; e = d - a; f = e ^ b;
        $g.#a0 = f + c; $g.#a1 = d - e;
        $g.#s = 1;
        return a + b + c + d + e + f;
      case 1:
        sent = v;
        $g.#s = -1;
        return $g.#a0 * sent + $g.#a1;
    }
  }
  static held(seed) { const g = new $G($G.held$r); g.#a0 = seed; return g; }`)}
function held(seed) { return $G.held(seed); }
${MEMORY_DRIVER}`);
fs.writeFileSync(path.join(OUT, 'memory.accessor.js'), `${ACCESSOR_HEAD}function held$r($g, v) {
  let a, b, c, d, e, f, sent;
  switch (S($g)) {
    case 0:
      a = A0($g) + 1; b = a * 2; c = b + 3; d = c * 5; e = d - a; f = e ^ b;
      A0W($g, f + c); A1W($g, d - e);
      SS($g, 1);
      return a + b + c + d + e + f;
    case 1:
      sent = v;
      SS($g, -1);
      return A0($g) * sent + A1($g);
  }
}
function held(seed) { const g = $co.gen2(held$r); A0W(g, seed); return g; }
${MEMORY_DRIVER}`);
// Mixed slot counts: 8 running averages, the i-th keeping 2 + i slots (i
// constants read after each resumption), in coframe's output, native, and
// two accessor forms for any slot count. rt-accessor-chain.js: a base class
// holds #s, #x, #b and next(); the class for n slots extends the one for
// n - 1 with its own private field, so an accessor of slot i serves every
// slot count above i, and each accessor's access site sees as many classes
// (maps) as the program has slot counts. rt-per-count.js (below): a class
// per slot count written out in full, with its own next() and accessors.
{
  let chain = `'use strict';
let S, SS;
const get = [];
const set = [];
class G0 {
  ${FUSED_FIELDS}
  ${FUSED_METHODS}
  static {
    S = (g) => g.#s;
    SS = (g, v) => { g.#s = v; };
  }
}
`;
  for (let n = 1; n <= 10; n++) {
    chain += `class G${n} extends G${n - 1} { #a; static { get[${n - 1}] = (g) => g.#a; set[${n - 1}] = (g, v) => { g.#a = v; }; } }\n`;
  }
  chain += `const classes = [${Array.from({ length: 11 }, (_, n) => `G${n}`).join(', ')}];
/** a generator of n slots (n <= 10) running body */
const gen = (n, body) => new classes[n](body);
module.exports = { gen, S, SS, get, set };
`;
  fs.writeFileSync(path.join(OUT, 'rt-accessor-chain.js'), chain);
  let co = '';
  let acc = `const $co = require(${JSON.stringify(path.join(OUT, 'rt-accessor-chain.js'))});
const { S, SS } = $co;
const [${Array.from({ length: 10 }, (_, j) => `A${j}`).join(', ')}] = $co.get;
const [${Array.from({ length: 10 }, (_, j) => `W${j}`).join(', ')}] = $co.set;
`;
  for (let i = 0; i < 8; i++) {
    co += `function averager${i}() {
  let total = 0;
  let count = 0;
  let avg = 0;
${padDecls(i)}  while (true) {
    const x = co_yield avg;
    total += x;
    count += 1;
    avg = total / count + (${pads(i, (j) => `p${j}`)});
  }
}
`;
    acc += `function averager${i}$r($g, v) {
  let avg, x;
  for (;;) switch (S($g)) {
    case 0: W0($g, 0); W1($g, 0); avg = 0;${Array.from({ length: i }, (_, j) => ` W${j + 2}($g, ${j + 1});`).join('')}
    case 1: SS($g, 2); return avg;
    case 2: x = v; W0($g, A0($g) + x); W1($g, A1($g) + 1); avg = A0($g) / A1($g) + (${pads(i, (j) => `A${j + 2}($g)`)}); SS($g, 1); continue;
  }
}
function averager${i}() { return $co.gen(${i + 2}, averager${i}$r); }
`;
  }
  // the same with a class per slot count written out in full, each with its
  // own next() and accessors (no inheritance): every access site, in the
  // runtime and in the compiled code, sees one class
  let rt = `'use strict';\nconst classes = [];\n`;
  for (let n = 2; n <= 9; n++) {
    const fields = Array.from({ length: n }, (_, j) => `#a${j};`).join(' ');
    const acc = Array.from({ length: n }, (_, j) => `A${j}: (g) => g.#a${j}, W${j}: (g, v) => { g.#a${j} = v; }`).join(', ');
    rt += `classes[${n}] = class G${n} {
  ${FUSED_FIELDS} ${fields}
  ${FUSED_METHODS}
  static acc = { S: (g) => g.#s, SS: (g, v) => { g.#s = v; }, ${acc} };
};
`;
  }
  rt += 'module.exports = { classes };\n';
  fs.writeFileSync(path.join(OUT, 'rt-per-count.js'), rt);
  let per = `const { classes } = require(${JSON.stringify(path.join(OUT, 'rt-per-count.js'))});\n`;
  for (let i = 0; i < 8; i++) {
    const n = i + 2;
    per += `const { S: S${n}, SS: SS${n}, ${Array.from({ length: n }, (_, j) => `A${j}: A${j}_${n}, W${j}: W${j}_${n}`).join(', ')} } = classes[${n}].acc;
function averager${i}$r($g, v) {
  let avg, x;
  for (;;) switch (S${n}($g)) {
    case 0: W0_${n}($g, 0); W1_${n}($g, 0); avg = 0;${Array.from({ length: i }, (_, j) => ` W${j + 2}_${n}($g, ${j + 1});`).join('')}
    case 1: SS${n}($g, 2); return avg;
    case 2: x = v; W0_${n}($g, A0_${n}($g) + x); W1_${n}($g, A1_${n}($g) + 1); avg = A0_${n}($g) / A1_${n}($g) + (${pads(i, (j) => `A${j + 2}_${n}($g)`)}); SS${n}($g, 1); continue;
  }
}
function averager${i}() { return new classes[${n}](averager${i}$r); }
`;
  }
  fs.writeFileSync(path.join(OUT, 'mixed.per-count.js'), per + driver(8));
  co += driver(8);
  acc += driver(8);
  fs.writeFileSync(path.join(OUT, 'mixed.accessor.js'), acc);
  writeCompiled('mixed', co);
}

// Mixed frame shapes for tasks: 8 task functions, the i-th keeping 2 + i
// slots, all running at once, each doing n / 8 sequential co_awaits of a
// number (so their steps interleave), in coframe's output and native.
{
  let co = '';
  for (let i = 0; i < 8; i++) {
    co += `function worker${i}(n) {
  let total = 0;
${padDecls(i)}  for (let k = 0; k < n; k++) total += (co_await k) + ${pads(i, (j) => `p${j}`)};
  co_return total;
}
`;
  }
  co += `
function prepare(n) { return { n: n }; }
function run(ctx) {
  const per = Math.floor(ctx.n / 8);
  return Promise.all([${Array.from({ length: 8 }, (_, i) => `worker${i}(per)`).join(', ')}])
    .then((all) => ({ result: all.reduce((a, b) => a + b, 0), units: per * 8 }));
}
module.exports = { prepare, run };
`;
  writeCompiled('tasks', co);
}

console.log('written to', OUT);
