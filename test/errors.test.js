// Negative fixtures: each fixtures/errors/*.co.js states its one expected
// diagnostic on its first line, `// error: CODE at LINE:COL`
// (fixtures/errors/README.md). compile() must refuse the file with exactly
// that first diagnostic; the CLI must report it and write nothing.
'use strict';
const fs = require('fs');
const path = require('path');
const { compile } = require('../dist/api');
const { ROOT, listFiles, errorHeader, runCli, freshDir, cleanup, pool } = require('./support/fixtures');

const ERRORS = path.join(ROOT, 'fixtures', 'errors');
const files = listFiles(ERRORS);

function header(file) {
  const h = errorHeader(fs.readFileSync(file, 'utf8'));
  if (!h) throw new Error(`${file}: first line is not "// error: CODE at LINE:COL"`);
  return h;
}

afterAll(cleanup);

test('there are negative fixtures', () => {
  expect(files.length).toBeGreaterThan(10);
});

describe('compile() reports the expected first diagnostic', () => {
  test.each(files.map((f) => [path.basename(f), f]))('%s', (name, file) => {
    const expected = header(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const target of ['state-machine', 'native']) {
      const result = compile(source, { filename: file, target });
      expect({ target, code: result.code }).toEqual({ target, code: null });
      expect(result.diagnostics.length).toBeGreaterThanOrEqual(1);
      const d = result.diagnostics[0];
      expect({ target, code: d.code, line: d.line, column: d.column }).toEqual({ target, ...expected });
      expect(d.filename).toBe(file);
      expect(typeof d.message).toBe('string');
      expect(d.message.length).toBeGreaterThan(0);
    }
  });
});

// One fixture per family of errors is enough for the command line.
const CLI_SAMPLE = [
  'syntax_extra_closing_brace.co.js', // CF1000
  'return_in_task.co.js', // CF1001
  'async_function_declaration.co.js', // CF1005
  'co_yield_at_top_level.co.js', // CF1016
  'let_binding_co_await.co.js', // CF1030
].filter((n) => fs.existsSync(path.join(ERRORS, n)));

describe('coframe build on a bad file', () => {
  const runs = new Map();
  beforeAll(async () => {
    const out = await pool(CLI_SAMPLE.map((name) => async () => {
      const outDir = freshDir('cli-err');
      const rel = path.join('fixtures', 'errors', name);
      return { outDir, rel, result: await runCli(['build', rel, '-o', outDir], { cwd: ROOT }) };
    }), 3);
    CLI_SAMPLE.forEach((name, i) => runs.set(name, out[i]));
  });

  test('the sample is not empty', () => {
    expect(CLI_SAMPLE.length).toBeGreaterThanOrEqual(3);
  });

  test.each(CLI_SAMPLE)('%s', (name) => {
    const { outDir, rel, result } = runs.get(name);
    const expected = header(path.join(ERRORS, name));
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBe('timeout');
    expect(result.stderr).toContain(`${rel}:${expected.line}:${expected.column}`);
    expect(result.stderr).toContain(expected.code);
    // a code frame pointing at the line
    expect(result.stderr).toMatch(new RegExp(`^>\\s*${expected.line}\\s*\\|`, 'm'));
    // no output written for the file, not even a partial or temp one
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
