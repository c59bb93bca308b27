// The reference programs in fixtures/examples must compile, run and print
// exactly what their `// Prints:` header says, with the state machine and
// with the native target (which proves the header itself is right).
'use strict';
const fs = require('fs');
const path = require('path');
const { ROOT, listFiles, compileTo, runNode, pool, cleanup, expectedPrints, linesOf } = require('./support/fixtures');

const files = listFiles(path.join(ROOT, 'fixtures', 'examples'));
const TARGETS = ['state-machine', 'native'];
const results = new Map(); // `${file}|${target}` -> { compiled, run } or { error }

beforeAll(async () => {
  const jobs = [];
  for (const file of files) {
    for (const target of TARGETS) {
      jobs.push(async () => {
        let compiled;
        try {
          compiled = compileTo(file, target);
        } catch (error) {
          results.set(`${file}|${target}`, { error });
          return;
        }
        results.set(`${file}|${target}`, { compiled, run: await runNode(compiled) });
      });
    }
  }
  await pool(jobs, 3);
});

afterAll(cleanup);

test('there are example programs', () => {
  expect(files.length).toBeGreaterThanOrEqual(3);
});

describe.each(files.map((f) => [path.basename(f), f]))('%s', (name, file) => {
  const source = fs.readFileSync(file, 'utf8');
  const expected = expectedPrints(source);

  test('has a non-empty `// Prints:` header', () => {
    expect(expected).not.toBeNull();
    expect(expected.length).toBeGreaterThan(0);
  });

  test.each(TARGETS)('%s target prints the header lines', (target) => {
    const r = results.get(`${file}|${target}`);
    if (r.error) throw r.error;
    expect(r.run.stderr).toBe('');
    expect(r.run.code).toBe(0);
    expect(linesOf(r.run.stdout)).toEqual(expected);
  });

  test('state-machine output has no native generator/async/await/yield left (§5)', () => {
    const r = results.get(`${file}|state-machine`);
    if (r.error) throw r.error;
    // drop comments (the examples' prose mentions the keywords) and string/template text
    const code = fs.readFileSync(r.compiled, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:])\/\/.*$/gm, '$1')
      .replace(/`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');
    expect(code).not.toMatch(/\bfunction\s*\*|\basync\b|\bawait\b|\byield\b/);
    expect(code).not.toMatch(/\bco_(await|yield|return)\b/);
  });
});
