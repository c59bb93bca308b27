#!/usr/bin/env node
// Reducer: shrink a fuzz program whose two targets disagree to a small one
// that still disagrees (in the same way), and save it as a fixture.
//
//   node test/fuzz/reduce.js --seed S --index I [--kind K] [--name NAME]
//        [--dist DIR] [--no-save] [--dir fixtures/programs/fuzz]
//        [--oracle text|compiled] [--asi]
//
// It works on the generator's own tree (generate.js): a round lists every
// candidate edit — delete a run of statements from a statement list (big runs
// first), or replace a statement / expression by one of its simpler `alts`
// (an `if` by its branch, a loop by its body, `(co_yield e)` by `e`, an
// operator by an operand or `0`, ...). Candidates are evaluated many at a time
// in one differential batch; the interesting ones found in a batch are applied
// together when that combination is still interesting (otherwise the first
// alone), and a new round starts. It stops when a full round finds nothing.
//
// "Still disagrees in the same way": the native form compiles, the two traces
// differ, a compile failure stays a compile failure with the same code, and
// the native trace gains no new ReferenceError / hang / never-settled (so a
// deleted declaration cannot turn the reduction into a different problem).
'use strict';
const fs = require('fs');
const path = require('path');
const { generate, batchSource, batchEntry, standaloneSource, PRELUDE_FACTORY, cloneTree, programText } = require('./generate');
const { CompilerPool, differential, firstDiff, cleanupTmp, DEFAULT_DIST, ROOT } = require('./batch');

const FIXTURE_DIR = path.join(ROOT, 'fixtures', 'programs', 'fuzz');

/** Nodes of the printed tree in DFS order: seqs and (parent, index) slots. */
function locate(root) {
  const seqs = [];
  const slots = [];
  const blocks = [];
  const visit = (node) => {
    if (typeof node === 'string') return;
    if (node.k === 'q') {
      seqs.push(node);
      node.items.forEach((it, i) => {
        if (typeof it !== 'string' && it.inline) blocks.push({ q: node, item: it });
        if (typeof it !== 'string' && it.alts) slots.push({ arr: node.items, item: it });
        visit(it);
      });
    } else {
      node.p.forEach((c) => {
        if (typeof c !== 'string' && c.alts) slots.push({ arr: node.p, item: c });
        visit(c);
      });
    }
  };
  visit(root);
  return { seqs, slots, blocks };
}

/** Apply edits (addressed in DFS order of `root`) to a copy of root. */
function applyEdits(root, edits) {
  const copy = cloneTree(root);
  const { seqs, slots, blocks } = locate(copy);
  const resolved = edits.map((e) => {
    if (e.kind === 'inline') {
      const b = blocks[e.block];
      return { kind: 'inline', q: b.q, item: b.item };
    }
    if (e.kind === 'del') {
      const q = seqs[e.seq];
      return { kind: 'del', q, items: new Set(e.items.map((i) => q.items[i])) };
    }
    const s = slots[e.slot];
    return { kind: 'alt', arr: s.arr, item: s.item, by: s.item.alts[e.alt] };
  });
  for (const r of resolved) {
    if (r.kind === 'alt') {
      const i = r.arr.indexOf(r.item);
      if (i >= 0) r.arr[i] = r.by;
    }
  }
  for (const r of resolved) {
    if (r.kind === 'inline') {
      const i = r.q.items.indexOf(r.item);
      if (i >= 0) r.q.items.splice(i, 1, ...r.item.inline.items);
    }
  }
  for (const r of resolved) {
    if (r.kind === 'del') r.q.items = r.q.items.filter((x) => !r.items.has(x));
  }
  return copy;
}

/** Every candidate edit of `root`, most reducing first. */
function candidates(root) {
  const { seqs, slots, blocks } = locate(root);
  const out = [];
  // deletions: chunks from big to small
  const maxLen = Math.max(0, ...seqs.map((q) => q.items.length));
  for (let size = maxLen; size >= 1; size = size === 1 ? 0 : Math.max(1, Math.floor(size / 2))) {
    seqs.forEach((q, si) => {
      if (q.items.length < size) return;
      for (let from = 0; from + size <= q.items.length; from += size) {
        out.push({ kind: 'del', seq: si, items: Array.from({ length: size }, (_, k) => from + k) });
      }
      // the tail chunk when size does not divide the length
      const rem = q.items.length % size;
      if (rem && size > 1) out.push({ kind: 'del', seq: si, items: Array.from({ length: rem }, (_, k) => q.items.length - rem + k) });
    });
    if (size === 1) break;
  }
  // blocks spliced into their statement list (may change scoping: checked like any edit)
  blocks.forEach((_, bi) => out.push({ kind: 'inline', block: bi }));
  // simplifications: statements first (DFS order puts outer nodes first)
  slots.forEach((s, si) => {
    if (s.item.k !== 's') return;
    s.item.alts.forEach((_, ai) => out.push({ kind: 'alt', slot: si, alt: ai }));
  });
  slots.forEach((s, si) => {
    if (s.item.k !== 'x') return;
    s.item.alts.forEach((_, ai) => out.push({ kind: 'alt', slot: si, alt: ai }));
  });
  return out;
}

const size = (prog) => batchSource(prog).length;

/** The error a trace line shows, blurred ('' when none). */
function errorClass(line) {
  const m = /(\w*Error\b.*|Uncaught.*|Unhandled rejection.*|\[(hang|never settled|process died).*|driver threw.*)$/.exec(line || '');
  if (!m) return '';
  return m[1].replace(/\d+/g, '#').replace(/'[^']*'/g, "''").replace(/"[^"]*"/g, '""').replace(/\b[a-z]#\b/g, 'v#');
}

/**
 * Is `r` (a differential result) the same kind of mismatch as `orig`?
 */
function sameProblem(orig, r) {
  if (r.nativeError || r.same) return false;
  if (orig.machineError) {
    const code = (s) => (s || '').split(' ')[0];
    return !!r.machineError && code(r.machineError) === code(orig.machineError);
  }
  if (r.machineError) return false;
  const bad = [/ReferenceError/, /before initialization/, /\[hang/, /\[never settled\]/, /out of fuel/, /\[process died/];
  for (const re of bad) if (re.test(r.native) && !re.test(orig.native)) return false;
  // the first difference must look the same: the same error (name and message,
  // numbers and quoted names blurred) or none, on each side
  const d0 = firstDiff(orig.native, orig.machine);
  const d1 = firstDiff(r.native, r.machine);
  return errorClass(d0.native) === errorClass(d1.native) && errorClass(d0.machine) === errorClass(d1.machine);
}

/**
 * Reduce `prog` (from generate()). Returns { prog, result, file, tests }.
 */
async function reduceProgram(prog, { dist = DEFAULT_DIST, oracle = 'text', save = true, name, dir = FIXTURE_DIR, log = () => {}, batchSize = 48, pool: givenPool } = {}) {
  const pool = givenPool || new CompilerPool(dist);
  let tests = 0;
  const seen = new Set();
  const run = async (progs) => {
    tests += progs.length;
    return differential(progs.map((p, i) => batchEntry(p, String(i), oracle)), pool, { preamble: PRELUDE_FACTORY });
  };
  try {
    const [orig] = await run([prog]);
    if (orig.same || orig.nativeError) {
      log(orig.nativeError ? `native does not compile: ${orig.nativeError}` : 'no mismatch: nothing to reduce');
      return { prog, result: orig, file: null, tests };
    }
    let cur = prog;
    let curResult = orig;
    log(`start: ${size(cur)} chars`);
    seen.add(batchSource(cur));
    for (let round = 1; ; round++) {
      const cands = candidates(cur.root);
      let progress = false;
      for (let at = 0; at < cands.length && !progress; at += batchSize) {
        const slice = [];
        for (const e of cands.slice(at, at + batchSize)) {
          const p = { ...cur, root: applyEdits(cur.root, [e]) };
          const src = batchSource(p);
          if (seen.has(src)) continue;
          seen.add(src);
          slice.push({ e, p });
        }
        if (!slice.length) continue;
        const results = await run(slice.map((c) => c.p));
        const good = slice.filter((c, i) => sameProblem(orig, results[i])).map((c) => c.e);
        if (!good.length) continue;
        // try all the good edits together; if that breaks it, take the first
        let next = null;
        if (good.length > 1) {
          const p = { ...cur, root: applyEdits(cur.root, good) };
          const [r] = await run([p]);
          if (sameProblem(orig, r)) { next = p; curResult = r; }
        }
        if (!next) {
          next = { ...cur, root: applyEdits(cur.root, [good[0]]) };
          const [r] = await run([next]);
          curResult = r;
          if (!sameProblem(orig, r)) { next = null; continue; } // flaky: skip
        }
        cur = next;
        progress = true;
      }
      log(`round ${round}: ${size(cur)} chars, ${tests} tests`);
      if (!progress) break;
    }
    let file = null;
    if (save) file = saveFixture(cur, curResult, { name, dir });
    return { prog: cur, result: curResult, file, tests };
  } finally {
    if (!givenPool) pool.close();
    cleanupTmp();
  }
}

/** Write the reduced program as fixtures/programs/fuzz/NNN_name.co.js. */
function saveFixture(prog, result, { name, dir = FIXTURE_DIR } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const nums = fs.readdirSync(dir).map((f) => /^(\d+)_/.exec(f)).filter(Boolean).map((m) => Number(m[1]));
  const n = String((nums.length ? Math.max(...nums) : 0) + 1).padStart(3, '0');
  const slug = (name || `${prog.kind}_seed${prog.seed}_${prog.index}`).replace(/[^A-Za-z0-9_]+/g, '_');
  const file = path.join(dir, `${n}_${slug}.co.js`);
  let comment;
  if (result.machineError) {
    comment = `Found by the fuzzer and reduced: the state-machine target fails to compile:\n  ${result.machineError}`;
  } else {
    const d = firstDiff(result.native, result.machine);
    comment = `Found by the fuzzer and reduced: at output line ${d.line} the targets differ\n  native:        ${d.native}\n  state-machine: ${d.machine}`;
  }
  fs.writeFileSync(file, standaloneSource(prog, comment));
  return file;
}

function parseArgs(argv) {
  const o = { seed: 1, index: 0, kind: undefined, name: undefined, dist: DEFAULT_DIST, save: true, dir: FIXTURE_DIR, oracle: 'text', asi: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => argv[++i];
    if (a === '--seed') o.seed = Number(val());
    else if (a === '--index') o.index = Number(val());
    else if (a === '--kind') o.kind = val();
    else if (a === '--name') o.name = val();
    else if (a === '--dist') o.dist = path.resolve(val());
    else if (a === '--dir') o.dir = path.resolve(val());
    else if (a === '--no-save') o.save = false;
    else if (a === '--oracle') o.oracle = val();
    else if (a === '--asi') o.asi = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

module.exports = { reduceProgram, saveFixture, candidates, applyEdits, sameProblem };

if (require.main === module) {
  const o = parseArgs(process.argv.slice(2));
  const prog = generate(o.seed, o.index, o.kind, { asi: o.asi });
  reduceProgram(prog, { ...o, log: (m) => console.log(m) }).then((r) => {
    if (r.result.same) { process.exitCode = 1; return; }
    console.log(`\n${r.tests} programs tested; reduced program (${size(r.prog)} chars):\n`);
    console.log(programText(r.prog));
    const d = r.result.machineError ? null : firstDiff(r.result.native, r.result.machine);
    if (d) console.log(`\nfirst difference at line ${d.line}:\n  native:  ${d.native}\n  machine: ${d.machine}`);
    else console.log(`\nstate-machine compile error: ${r.result.machineError}`);
    if (r.file) console.log(`saved ${path.relative(process.cwd(), r.file)}`);
  }).catch((e) => { console.error(e); process.exit(2); });
}
