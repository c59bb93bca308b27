'use strict';
// The workloads of the run-time benchmarks (bench/workloads/*.co.js), their
// sizes and how a worker's measurement becomes the figure in the tables.
// Used by run.js (the harness), ab.js (two runtimes against each other),
// floor.js and the experiments' compare scripts (median).

/** 10^7, 2^16, 5·10^4 */
function pow(x, base = 10) {
  const e = Math.round(Math.log(x) / Math.log(base));
  if (base ** e === x) return `${base}^${e}`;
  const e10 = Math.floor(Math.log10(x));
  const m = x / 10 ** e10;
  return Number.isInteger(m) ? `${m}·10^${e10}` : String(x);
}

// n: describes a size; size: full run; quick: --quick; warm (quickWarm): size of the warm-up runs (2 of them)
// metric: what the figure is; per: 'unit' (time / units), 'total' (time), 'rate' (units / time)
const WORKLOADS = [
  {
    id: 'running_average', title: 'running average fed by next(v)', n: (s) => `${pow(s)} resumes`, metric: 'ns/resume', per: 'unit',
    size: 1e7, quick: 5e5, warm: 1e5, target: { ratio: 0.7, text: '≤ 0.7× native time' },
  },
  {
    id: 'range', title: 'for...of over a range generator', n: (s) => `${pow(s)} numbers`, metric: 'ns/element', per: 'unit',
    size: 1e7, quick: 1e6, warm: 1e5, target: { ratio: 0.7, text: '≤ 0.7× native time' },
  },
  {
    id: 'tree_walk', title: 'in-order tree walk, recursive co_yield*', n: (s) => `${pow(s.nodes, 2)} nodes × ${s.walks} walks`, metric: 'ns/node', per: 'unit',
    size: { nodes: 65536, walks: 10 }, quick: { nodes: 65536, walks: 1 }, warm: { nodes: 65536, walks: 1 }, quickWarm: { nodes: 8192, walks: 1 },
    target: { ratio: 0.5, text: '≤ 0.5× native time' },
  },
  {
    id: 'delegate_chain', title: 'co_yield* chain, elements pass every level', n: (s) => `depth ${s.depth}, ${pow(s.n)} elements`, metric: 'ns/element', per: 'unit',
    size: { depth: 32, n: 1e6 }, quick: { depth: 32, n: 5e4 }, warm: { depth: 32, n: 1e4 },
  },
  {
    id: 'tokenizer', title: 'tokenizer coroutine (switch, try/finally)', n: (s) => `${s.bytes / 1e6} MB × ${s.passes}`, metric: 'MB/s', per: 'rate',
    size: { bytes: 1e6, passes: 5 }, quick: { bytes: 1e6, passes: 1 }, warm: { bytes: 2e5, passes: 1 }, quickWarm: { bytes: 1e5, passes: 1 },
    target: { ratio: 0.7, text: '≤ 0.7× native time' },
  },
  {
    id: 'sequential_await', title: 'one task doing sequential co_awaits', n: (s) => `${pow(s)} awaits`, metric: 'ns/await', per: 'unit',
    size: 1e6, quick: 1e5, warm: 1e4, target: { ratio: 1.0, text: '≤ 1.0× native time' },
  },
  {
    id: 'fan_out', title: 'concurrent tasks × 3 awaits, resolved in waves', n: (s) => `${pow(s)} tasks`, metric: 'ms', per: 'total',
    size: 1e5, quick: 1e4, warm: 2e3, target: { ratio: 1.0, text: '≤ 1.0× native time' },
  },
  {
    id: 'memory_generator', title: 'heap per suspended generator (8 locals, 2 live)', n: (s) => `${pow(s)} alive`, metric: 'B/generator', per: 'memory',
    mode: 'memory', size: 1e6, quick: 5e4, warm: 1e3, target: { ratio: 0.35, text: '≤ 0.35× native bytes' },
  },
  {
    id: 'memory_task', title: 'heap per pending task (8 locals, 2 live)', n: (s) => `${pow(s)} alive`, metric: 'B/task', per: 'memory',
    mode: 'memory', size: 1e6, quick: 2e4, warm: 1e3, target: { ratio: 0.5, text: '≤ 0.5× native bytes' },
  },
];

/**
 * The figure of a measurement `d` (bench/lib/worker.js's result) for
 * workload `w`; `ns`: which time (d.cpuNs or d.ns); memory: bytes per unit.
 */
function figureOf(w, d, ns) {
  if (w.per === 'memory') return d.bytes / d.units;
  if (w.per === 'unit') return ns / d.units;
  if (w.per === 'total') return ns / 1e6;
  return d.units / 1e6 / (ns / 1e9);
}

/**
 * How bench/lib/worker.js measures workload `w` from compiled `file`: its
 * spec (sizes of the full run, or of --quick) and the Node flags.
 */
function workerRun(w, file, quick = false) {
  const spec = {
    file, mode: w.mode || 'time', size: quick ? w.quick : w.size,
    warmSize: quick && w.quickWarm ? w.quickWarm : w.warm, warmups: w.mode === 'memory' ? (quick ? 0 : 1) : 2,
  };
  const flags = ['--expose-gc'];
  // a larger young generation only saves scavenges: the heap is measured after full GCs
  if (w.mode === 'memory') flags.push('--max-old-space-size=8192', '--max-semi-space-size=64');
  return { spec, flags };
}

/** The median of the repetitions' figures (of the middle two, their mean). */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

module.exports = { WORKLOADS, figureOf, workerRun, pow, median };
