"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.outputName = outputName;
exports.writeAtomic = writeAtomic;
exports.readSource = readSource;
exports.main = main;
// The `coframe` command line: a thin shell over compile() (and explain()).
//
//   coframe build <files or folders…> [-o DIR] [--module esm|cjs] [--runtime import|inline]
//                 [--target state-machine|native] [--source-maps[=inline]]
//   coframe run FILE [args…]
//   coframe explain FILE [--fn NAME] [--format text|json|dot]
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const module_1 = __importDefault(require("module"));
const api_1 = require("../api");
const diagnostics_1 = require("../diagnostics");
const explain_1 = require("../explain");
const render_1 = require("../explain/render");
const USAGE = `Usage:
  coframe build <files or folders...> [options]   compile .co.js/.co.ts/.co.jsx/.co.tsx files
      -o, --out-dir DIR             write outputs under DIR (default: next to each input)
      --module esm|cjs              how the runtime is imported (default: esm if the file uses import/export)
      --runtime import|inline       import coframe/runtime, or paste it into each output (default: import)
      --target state-machine|native lower coroutines, or emit native function*/async (default: state-machine)
      --source-maps[=inline]        write FILE.map next to each output, or inline it
      --keep-types                  TypeScript input: print the types back (.co.ts -> .ts) instead of
                                    stripping them (default: .co.ts -> .js, .co.tsx -> .jsx)
  coframe run FILE [--trace] [args...]              compile in memory and run with Node
      --trace                       print every suspension and resumption with the frame's contents
  coframe explain FILE [--fn NAME] [--format text|json|dot] [--no-share]
                                                    show states, live variables and the frame of each coroutine
  coframe --version | --help
`;
const defaultIO = {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stderr.isTTY,
    stdoutIsTTY: !!process.stdout.isTTY,
};
class UsageError extends Error {
}
/** Parse `--flag value`, `--flag=value`, `-o value`; everything after the first positional of `run` is passed through. */
function parseArgs(args, valued, stopAfterFirst = false) {
    const positional = [];
    const flags = new Map();
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (stopAfterFirst && positional.length > 0) {
            positional.push(a);
            continue;
        }
        if (a === '--') {
            positional.push(...args.slice(i + 1));
            break;
        }
        if (a.startsWith('-') && a !== '-') {
            const eq = a.indexOf('=');
            let name = eq >= 0 ? a.slice(0, eq) : a;
            if (name === '-o')
                name = '--out-dir';
            if (eq >= 0)
                flags.set(name, a.slice(eq + 1));
            else if (valued.has(name)) {
                if (i + 1 >= args.length)
                    throw new UsageError(`${a} needs a value`);
                flags.set(name, args[++i]);
            }
            else
                flags.set(name, true);
        }
        else
            positional.push(a);
    }
    return { positional, flags };
}
function choice(flags, name, allowed) {
    const v = flags.get(name);
    if (v === undefined)
        return undefined;
    if (v === true || !allowed.includes(v))
        throw new UsageError(`${name} must be one of: ${allowed.join(', ')}`);
    return v;
}
const SOURCE_SUFFIX = /\.co\.(js|ts|jsx|tsx|mjs|cjs)$/;
/** every file to compile: explicit files as they are, folders searched for .co.* files */
function collectInputs(inputs) {
    const out = [];
    const walk = (dir, base) => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            if (e.name === 'node_modules' || e.name.startsWith('.'))
                continue;
            const p = path.join(dir, e.name);
            if (e.isDirectory())
                walk(p, base);
            else if (SOURCE_SUFFIX.test(e.name))
                out.push({ file: p, base });
        }
    };
    for (const input of inputs) {
        let st;
        try {
            st = fs.statSync(input);
        }
        catch {
            throw new UsageError(`no such file or folder: ${input}`);
        }
        if (st.isDirectory())
            walk(input, input);
        else
            out.push({ file: input, base: path.dirname(input) });
    }
    return out;
}
const STRIPPED_EXT = { '.ts': '.js', '.tsx': '.jsx', '.mts': '.mjs', '.cts': '.cjs' };
/**
 * foo.co.js -> foo.js (foo.co.ts -> foo.js, foo.co.tsx -> foo.jsx: the types are
 * stripped; with keepTypes foo.co.ts -> foo.ts, …); other names get an .out.js-style suffix
 */
function outputName(file, keepTypes = false) {
    const m = SOURCE_SUFFIX.exec(file);
    let ext = m ? '.' + m[1] : path.extname(file);
    if (!keepTypes && STRIPPED_EXT[ext])
        ext = STRIPPED_EXT[ext];
    if (m)
        return file.slice(0, m.index) + ext;
    const own = path.extname(file);
    return file.slice(0, file.length - own.length) + '.out' + (ext || '.js');
}
/** Write a file so that no reader ever sees it half-written: temp file, then rename. */
function writeAtomic(file, content) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        const slow = Number(process.env.COFRAME_TEST_WRITE_DELAY_MS || 0);
        if (slow > 0)
            writeSlowly(tmp, content, slow);
        else
            fs.writeFileSync(tmp, content);
        fs.renameSync(tmp, file);
    }
    catch (e) {
        try {
            fs.unlinkSync(tmp);
        }
        catch { /* already gone */ }
        throw e;
    }
}
/**
 * Read a source file as UTF-8; invalid UTF-8 is reported (with the position
 * of the first bad byte) instead of being silently replaced.
 */
function readSource(file) {
    const bytes = fs.readFileSync(file);
    try {
        return { source: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        // find the first offending byte
        let lo = 0, hi = bytes.length;
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
                lo = mid;
            }
            catch {
                hi = mid;
            }
        }
        // back off to a character boundary so the prefix decodes
        let ok = lo;
        while (ok > 0) {
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, ok));
                break;
            }
            catch {
                ok--;
            }
        }
        const prefix = bytes.subarray(0, ok).toString('utf8');
        const { line, column } = (0, diagnostics_1.positionOf)(prefix, prefix.length);
        return { error: { code: diagnostics_1.CODES.NOT_UTF8, message: `the file is not valid UTF-8 (byte 0x${bytes[ok].toString(16).padStart(2, '0')} at offset ${ok})`, filename: file, line, column, severity: 'error' } };
    }
}
/** Test hook (COFRAME_TEST_WRITE_DELAY_MS): write in chunks with pauses, so a test can kill the process mid-write. */
function writeSlowly(file, content, delayMs) {
    const fd = fs.openSync(file, 'w');
    try {
        const bytes = Buffer.from(content);
        const pause = new Int32Array(new SharedArrayBuffer(4));
        for (let i = 0; i < bytes.length; i += 65536) {
            fs.writeSync(fd, bytes, i, Math.min(65536, bytes.length - i));
            Atomics.wait(pause, 0, 0, delayMs);
        }
    }
    finally {
        fs.closeSync(fd);
    }
}
function report(io, diagnostics, source) {
    for (const d of diagnostics)
        io.stderr((0, diagnostics_1.formatDiagnostic)(d, source, io.isTTY) + '\n');
}
function build(args, io) {
    const { positional, flags } = parseArgs(args, new Set(['--out-dir', '--module', '--runtime', '--target']));
    for (const f of flags.keys()) {
        if (!['--out-dir', '--module', '--runtime', '--target', '--source-maps', '--keep-types'].includes(f))
            throw new UsageError(`unknown option ${f}`);
    }
    if (positional.length === 0)
        throw new UsageError('build needs at least one file or folder');
    const outDir = flags.get('--out-dir');
    if (outDir === true)
        throw new UsageError('-o needs a folder');
    const sm = flags.get('--source-maps');
    if (sm !== undefined && sm !== true && sm !== 'inline' && sm !== 'file')
        throw new UsageError('--source-maps takes no value or =inline');
    const keepTypes = flags.get('--keep-types');
    if (keepTypes !== undefined && keepTypes !== true)
        throw new UsageError('--keep-types takes no value');
    const options = {
        module: choice(flags, '--module', ['esm', 'cjs']),
        runtime: choice(flags, '--runtime', ['import', 'inline']),
        target: choice(flags, '--target', ['state-machine', 'native']),
        // the map comes back as an object; the URL comment is added below, once the output's place is known
        sourceMaps: sm !== undefined,
        stripTypes: keepTypes !== true,
    };
    const inlineMaps = sm === 'inline';
    const inputs = collectInputs(positional);
    let failed = 0;
    const progress = inputs.length >= 50 && io.isTTY;
    inputs.forEach(({ file, base }, i) => {
        if (progress)
            io.stderr(`\r[${i + 1}/${inputs.length}] ${file}\x1b[K`);
        let source;
        try {
            const read = readSource(file);
            if ('error' in read) {
                failed++;
                report(io, [read.error], undefined);
                return;
            }
            source = read.source;
        }
        catch (e) {
            failed++;
            io.stderr(`${file}: error: cannot read: ${e.message}\n`);
            return;
        }
        const name = outputName(file, keepTypes === true);
        const out = outDir === undefined ? name : path.join(outDir, path.relative(base, name));
        const result = (0, api_1.compile)(source, { ...options, filename: file });
        if (result.code === null) {
            failed++;
            if (progress)
                io.stderr('\n');
            report(io, result.diagnostics, source);
            return;
        }
        let code = result.code;
        if (result.map) {
            // sources are resolved relative to the map (beside the output), which -o may have moved away from the input
            const source = path.relative(path.dirname(path.resolve(out)), path.resolve(file)).split(path.sep).join('/');
            const map = { ...result.map, file: path.basename(out), sources: [source] };
            if (inlineMaps) {
                code += `\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${Buffer.from(JSON.stringify(map)).toString('base64')}\n`;
            }
            else {
                writeAtomic(out + '.map', JSON.stringify(map));
                code += `\n//# sourceMappingURL=${path.basename(out)}.map\n`;
            }
        }
        writeAtomic(out, code.endsWith('\n') ? code : code + '\n');
    });
    if (progress)
        io.stderr('\n');
    if (failed)
        io.stderr(`${failed} of ${inputs.length} file(s) failed to compile\n`);
    return failed ? 1 : 0;
}
function run(args, io) {
    const { positional, flags } = parseArgs(args, new Set(), true);
    for (const f of flags.keys())
        if (f !== '--trace')
            throw new UsageError(`unknown option ${f}`);
    let trace = flags.has('--trace');
    const [file, ...rest] = positional;
    // `coframe run FILE --trace …`: a --trace right after the file is ours too (use `--` before it to pass it on)
    if (rest[0] === '--trace') {
        trace = true;
        rest.shift();
    }
    else if (rest[0] === '--')
        rest.shift();
    if (!file)
        throw new UsageError('run needs a file');
    let read;
    try {
        read = readSource(file);
    }
    catch (e) {
        throw new UsageError(`cannot read ${file}: ${e.message}`);
    }
    if ('error' in read) {
        report(io, [read.error], undefined);
        return 1;
    }
    const source = read.source;
    const abs = path.resolve(file);
    const runtime = path.join(__dirname, '..', 'runtime', 'index.js');
    const result = (0, api_1.compile)(source, { filename: abs, runtimeSpecifier: runtime, sourceMaps: 'inline', trace, stripTypes: true });
    if (trace && result.code !== null)
        installTracer(runtime, io);
    if (result.code === null) {
        report(io, result.diagnostics.map((d) => ({ ...d, filename: file })), source);
        return 1;
    }
    process.setSourceMapsEnabled(true);
    process.argv = [process.argv[0], abs, ...rest];
    if (/^import \* as \$co from/m.test(result.code)) {
        // an ES module: Node has to load it from a file; put it beside the source so relative imports work
        const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.coframe-run.mjs`);
        fs.writeFileSync(tmp, result.code);
        const cleanup = () => { try {
            fs.unlinkSync(tmp);
        }
        catch { /* gone */ } };
        process.on('exit', cleanup);
        return Promise.resolve(`${require('url').pathToFileURL(tmp).href}`).then(s => __importStar(require(s))).then(() => { cleanup(); return 0; }, (e) => { cleanup(); throw e; });
    }
    const m = new module_1.default(abs, undefined);
    m.filename = abs;
    m.paths = module_1.default._nodeModulePaths(path.dirname(abs));
    require.cache[abs] = m;
    m._compile(result.code, abs);
    return 0;
}
/** `run --trace`: one line per suspension and resumption, with the frame's contents. */
function installTracer(runtimePath, io) {
    const util = require('util');
    const show = (v) => {
        const text = v instanceof Error ? `${v.name}: ${v.message}` : util.inspect(v, { depth: 1, breakLength: Infinity, maxArrayLength: 8, maxStringLength: 40 }).replace(/\n\s*/g, ' ');
        return text.length > 60 ? text.slice(0, 57) + '...' : text;
    };
    const frameText = (f) => {
        const parts = Object.keys(f).filter((k) => k !== '$s' && k !== '$o').map((k) => `${k}: ${show(f[k])}`);
        return parts.length ? `{ ${parts.join(', ')} }` : '{}';
    };
    const rt = require(runtimePath);
    // instances of one coroutine are told apart as name#1, name#2, ...
    const ids = new WeakMap();
    const counts = new Map();
    rt.setTracer((event, fnName, f, value) => {
        let name = ids.get(f);
        if (name === undefined) {
            const n = (counts.get(fnName) ?? 0) + 1;
            counts.set(fnName, n);
            ids.set(f, (name = `${fnName}#${n}`));
        }
        let what;
        if (event === 'resume' && f.$s === 0)
            what = 'start   -> state 0';
        else if (event === 'resume')
            what = `resume  -> state ${f.$s}${value === undefined ? '' : ` with ${show(value)}`}`;
        else if (event === 'suspend')
            what = `suspend    (resumes in state ${f.$s}) handing out ${show(value)}`;
        else if (event === 'complete')
            what = `complete   with ${show(value)}`;
        else
            what = `throw      ${show(value)}`;
        io.stdout(`[trace] ${name}: ${what}  frame ${frameText(f)}\n`);
    });
}
function explainCommand(args, io) {
    const { positional, flags } = parseArgs(args, new Set(['--fn', '--format']));
    for (const f of flags.keys())
        if (f !== '--fn' && f !== '--format' && f !== '--no-share')
            throw new UsageError(`unknown option ${f}`);
    const [file, ...more] = positional;
    if (!file || more.length)
        throw new UsageError('explain needs exactly one file');
    const format = choice(flags, '--format', ['text', 'json', 'dot']) ?? 'text';
    const fn = flags.get('--fn');
    if (fn === true)
        throw new UsageError('--fn needs a name');
    let read;
    try {
        read = readSource(file);
    }
    catch (e) {
        throw new UsageError(`cannot read ${file}: ${e.message}`);
    }
    if ('error' in read) {
        report(io, [read.error], undefined);
        return 1;
    }
    const source = read.source;
    const result = (0, explain_1.explain)(source, { filename: file, fn, shareSlots: !flags.has('--no-share') });
    if (result.diagnostics.length) {
        report(io, result.diagnostics, source);
        return 1;
    }
    if (fn !== undefined && result.coroutines.length === 0) {
        io.stderr(`coframe: no coroutine named '${fn}' in ${file}\n`);
        return 1;
    }
    if (format === 'json')
        io.stdout(JSON.stringify(result, null, 2) + '\n');
    else if (format === 'dot')
        io.stdout((0, render_1.renderDot)(result));
    else
        io.stdout((0, render_1.renderText)(result, { color: io.stdoutIsTTY ?? false }) + '\n');
    return 0;
}
async function main(argv, io = defaultIO) {
    const [command, ...args] = argv;
    try {
        switch (command) {
            case 'build': return build(args, io);
            case 'run': return await run(args, io);
            case 'explain': return explainCommand(args, io);
            case '--version':
            case '-v':
                io.stdout(`${require('../../package.json').version}\n`);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                io.stdout(USAGE);
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command '${command}'`);
        }
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`coframe: ${e.message}\n\n${USAGE}`);
            return 2;
        }
        throw e;
    }
}
