// `coframe/babel`: the Babel plugin. A thin shell over the same core as the
// CLI and the API (parseSource -> lowerProgram / toNative), fitted into a
// Babel pipeline:
//
//   parserOverride  Babel cannot parse co_ syntax, so the plugin parses any
//                   file that uses a co_ form itself: the same-length
//                   placeholder scan, then Babel's own parser called with the
//                   pipeline's parser options (TypeScript, JSX, decorators…
//                   all keep working), then the placeholders are restored.
//                   A file with no co_ form is left to Babel (undefined), so
//                   its output is byte-for-byte what Babel alone produces.
//   pre             before any visitor of any plugin or preset runs, the
//                   coroutines are lowered in place and the runtime import
//                   is added; the program scope is crawled again so that
//                   later plugins (TypeScript import elision, CommonJS
//                   modules…) see the lowered program.
//
// Positions in the AST are the user's own, so Babel's source maps and code
// frames point at the original text. Errors are thrown as Babel errors with
// the coframe code (CFxxxx), the original line/column and a code frame.
import type { ParserOptions } from '@babel/parser';
import * as t from '../ast';
import { findReservedNames, parseSource, readsJsx } from '../syntax/parse';
import { scan } from '../syntax/scan';
import { CODES, CompileError, Diagnostic } from '../diagnostics';
import { insertAtTop, lowerProgram, toNative } from '../lower';
import { ModuleFormat, RuntimeMode, runtimeStatement } from '../print';

// The few pieces of Babel's plugin API used here (declared locally so that the
// published types need no @babel/core types).
interface BabelApi {
  assertVersion(range: number | string): void;
}
interface BabelFile {
  ast: t.File;
  path: { scope: { crawl(): void } };
  buildCodeFrameError(node: t.Node, msg: string): Error;
}
type ParseFn = (code: string, opts: ParserOptions) => t.File;
interface BabelPlugin {
  name: string;
  parserOverride(code: string, parserOpts: ParserOptions, parse: ParseFn): t.File | undefined;
  pre(file: BabelFile): void;
}

interface PluginOptions {
  /** `import` (default): import the runtime from `runtimeSpecifier`; `inline`: paste it into the file */
  runtime?: RuntimeMode;
  /** `state-machine` (default) or `native` (emit function* / async, for debugging and differential tests) */
  target?: 'state-machine' | 'native';
  /** how the runtime is imported: `esm` (import) or `cjs` (require); default: esm when the file has import/export, else cjs */
  module?: ModuleFormat | 'auto';
  /** module specifier of the runtime in `import` mode (default `coframe/runtime`) */
  runtimeSpecifier?: string;
}

const OPTION_VALUES: Record<string, readonly string[] | 'string'> = {
  runtime: ['import', 'inline'],
  target: ['state-machine', 'native'],
  module: ['esm', 'cjs', 'auto'],
  runtimeSpecifier: 'string',
};

function validateOptions(options: Record<string, unknown>): PluginOptions {
  for (const [key, value] of Object.entries(options)) {
    const allowed = OPTION_VALUES[key];
    if (!allowed) throw new Error(`coframe/babel: unknown option '${key}' (known: ${Object.keys(OPTION_VALUES).join(', ')})`);
    if (value === undefined) continue;
    if (allowed === 'string' ? typeof value !== 'string' : !allowed.includes(value as string)) {
      throw new Error(`coframe/babel: option '${key}' must be ${allowed === 'string' ? 'a string' : 'one of ' + allowed.join(', ')}`);
    }
  }
  return options as PluginOptions;
}

/** What parserOverride learnt about a file it parsed, for `pre`. */
interface Parsed {
  source: string;
  filename: string;
  hasCoKeyword: boolean;
  plugins: ParserOptions['plugins'];
}

// keyed by the File node parserOverride returned (Babel keeps that object as file.ast)
const parsedFiles = new WeakMap<t.File, Parsed>();

const CO_WORD = /\bco_(?:await|yield|return)\b/;

/** Does the text use a co_ form (not merely a co_ word in a string, comment or property name)? */
function usesCoForms(code: string, parserOpts: ParserOptions): boolean {
  if (!CO_WORD.test(code)) return false;
  for (const mark of scan(code, false, readsJsx(parserOpts)).marks.values()) if (!mark.native) return true;
  return false;
}

function filenameOf(parserOpts: ParserOptions & { sourceFileName?: string }): string {
  return parserOpts.sourceFileName ?? parserOpts.sourceFilename ?? 'unknown';
}

/** A parse-time error as Babel's parser throws them: Babel adds the file name and the code frame. */
function parseError(err: unknown): Error {
  if (!(err instanceof CompileError)) return err as Error;
  const d = err.diagnostics[0];
  const cause = (err as { cause?: { missingPlugin?: string[] } }).cause;
  const e = new SyntaxError(`${d.code}: ${d.message} (${d.line}:${d.column - 1})`) as SyntaxError & Record<string, unknown>;
  e.loc = { line: d.line, column: d.column - 1 };
  if (cause && cause.missingPlugin) e.missingPlugin = cause.missingPlugin;
  e.diagnostics = err.diagnostics;
  e.coframeCode = d.code;
  return e;
}

/** A lowering error as a Babel error: code, message, original position and code frame for each diagnostic. */
function transformError(file: BabelFile, diagnostics: Diagnostic[]): Error {
  const frame = (d: Diagnostic) => file.buildCodeFrameError(
    // a position-only node: buildCodeFrameError reads loc.start
    { loc: { start: { line: d.line, column: d.column - 1 } } } as unknown as t.Node,
    `${d.code}: ${d.message} (${d.line}:${d.column - 1})`,
  ).message;
  const e = new SyntaxError(diagnostics.map(frame).join('\n\n')) as SyntaxError & Record<string, unknown>;
  const first = diagnostics[0];
  e.loc = { line: first.line, column: first.column - 1 };
  e.diagnostics = diagnostics;
  e.coframeCode = first.code;
  return e;
}

function coframeBabel(api: BabelApi, rawOptions: Record<string, unknown> = {}): BabelPlugin {
  // Babel 7 and 8: the plugin builds its nodes with its own @babel/types 7,
  // whose shapes for the statements and expressions of a state machine are
  // the same in 8 (test/babel8.test.js)
  api.assertVersion('^7.0.0-0 || ^8.0.0-0');
  const options = validateOptions(rawOptions || {});

  return {
    name: 'coframe',

    parserOverride(code: string, parserOpts: ParserOptions, parse: ParseFn) {
      if (!usesCoForms(code, parserOpts)) return undefined;
      const filename = filenameOf(parserOpts);
      try {
        const parsed = parseSource(code, filename, [], { parserOpts, parse });
        parsedFiles.set(parsed.ast, { source: parsed.source, filename, hasCoKeyword: parsed.hasCoKeyword, plugins: parserOpts.plugins });
        return parsed.ast;
      } catch (err) {
        if (err instanceof CompileError) {
          // a co_ word used as a name is misreported by the placeholder parse: look at the original text
          const reserved = findReservedNames(code, filename, parserOpts.plugins);
          if (reserved.length) throw parseError(new CompileError(reserved));
        }
        throw parseError(err);
      }
    },

    pre(file: BabelFile) {
      const info = parsedFiles.get(file.ast);
      if (!info) return;
      parsedFiles.delete(file.ast);
      const ast = file.ast;
      const parsed = { ast, source: info.source, filename: info.filename, hasCoKeyword: info.hasCoKeyword };
      let needsRuntime = false;
      let runtimeName: string | undefined;
      try {
        if (options.target === 'native') toNative(parsed);
        else {
          const lowered = lowerProgram(parsed);
          needsRuntime = lowered.count > 0;
          runtimeName = lowered.runtimeName;
        }
      } catch (err) {
        if (err instanceof CompileError) {
          const reserved = findReservedNames(info.source, info.filename, info.plugins);
          throw transformError(file, reserved.length ? reserved : err.diagnostics);
        }
        const e = err as Error;
        throw new Error(`${CODES.INTERNAL}: internal compiler error: ${e && e.message ? e.message : String(e)} — please report this with the input file`);
      }
      if (needsRuntime) {
        const program = ast.program;
        const isModule = program.body.some((s) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'));
        const module: ModuleFormat = options.module && options.module !== 'auto' ? options.module : isModule ? 'esm' : 'cjs';
        insertAtTop(program, [runtimeStatement({ runtime: options.runtime ?? 'import', module, runtimeSpecifier: options.runtimeSpecifier, runtimeName })]);
      }
      // the program changed under Babel's feet: rebuild its scope information for the visitors that follow
      file.path.scope.crawl();
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-namespace
namespace coframeBabel {
  export type Options = PluginOptions;
}

// CommonJS: `plugins: ['coframe/babel']` and `require('coframe/babel')` get the plugin itself
export = coframeBabel;
