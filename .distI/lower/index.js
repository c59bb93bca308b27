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
Object.defineProperty(exports, "__esModule", { value: true });
exports.RUNTIME_NAME = void 0;
exports.lowerProgram = lowerProgram;
exports.insertAtTop = insertAtTop;
exports.toNative = toNative;
// The pipeline for one file, pass after pass (see docs/ARCHITECTURE.md):
//
//   parseSource -> classify -> analyzeBindings -> for each coroutine, innermost first:
//     buildCFG -> analyzeLiveness -> layoutFrame -> emitCoroutine
//
// Innermost coroutines are lowered first: when the enclosing one is cut into
// states, an inner coroutine is already an ordinary function.
const t = __importStar(require("../ast"));
const classify_1 = require("../classify");
const bindings_1 = require("../bindings");
const diagnostics_1 = require("../diagnostics");
const build_1 = require("../cfg/build");
const liveness_1 = require("../liveness");
const layout_1 = require("../frame/layout");
const emit_1 = require("./emit");
exports.RUNTIME_NAME = '$co';
function lowerProgram(parsed, options = {}) {
    const coroutines = (0, classify_1.classify)(parsed);
    const memo = new Map();
    // (one scan of the source per name, not per coroutine)
    const chosen = new Map();
    const own = (base) => {
        let name = chosen.get(base);
        if (name === undefined)
            chosen.set(base, name = internalName(base, parsed.source));
        return name;
    };
    const runtimeName = own(exports.RUNTIME_NAME);
    const units = (0, bindings_1.analyzeBindings)(parsed.ast, coroutines, memo, runtimeName);
    const order = units.slice().sort((a, b) => b.depth - a.depth || a.info.index - b.info.index);
    const lowered = [];
    const placements = [];
    for (const unit of order) {
        const suffix = unit.depth === 0 ? '' : String(unit.depth);
        const names = {
            frame: own(`$f${suffix}`),
            sent: own(`$v${suffix}`),
            loop: own(`$L${suffix}`),
            runtime: runtimeName,
        };
        const fixups = [];
        const cfg = (0, build_1.buildCFG)(unit, { source: parsed.source, filename: parsed.filename, memo, names, fixups });
        const liveness = (0, liveness_1.analyzeLiveness)(cfg);
        const layout = (0, layout_1.layoutFrame)(cfg, liveness, { shareSlots: options.shareSlots });
        rejectRelocatedWithUses(unit, cfg, layout, parsed.source, parsed.filename);
        const resumeName = unit.sharedResume ? freshResumeName(unit.info.name, unit.fileNames) : undefined;
        const out = (0, emit_1.emitCoroutine)(cfg, liveness, layout, { fixups, trace: options.trace, lineComments: options.lineComments, resumeName });
        const fn = unit.info.node;
        fn.body = out.body;
        if (out.params)
            fn.params = out.params;
        if (fn.type === 'ArrowFunctionExpression')
            fn.expression = false;
        if (out.resumeDeclaration)
            placements.push({ ...unit.sharedResume, decl: out.resumeDeclaration });
        lowered.push({ info: unit.info, cfg, liveness, layout, resume: out.resumeDeclaration });
    }
    placeAll(placements);
    if (units.some((u) => u.bindsUndefined))
        voidUndefined(parsed.ast);
    lowered.sort((a, b) => a.info.index - b.info.index);
    return { ast: parsed.ast, coroutines: lowered, runtimeName };
}
/**
 * The compiler's own names (the runtime `$co`, a resume function's `$f`
 * and `$v`, its loop label `$L`) must not meet a name of the file: an outer
 * `$f` read in a coroutine would be its frame, a top-level `$co` a second
 * declaration. One the source text uses anywhere (in a string or comment
 * too: the check is only conservative) becomes `$co_1`, `$co_2`, …
 */
function internalName(base, source) {
    const used = (name) => {
        for (let i = source.indexOf(name); i !== -1; i = source.indexOf(name, i + 1)) {
            if (!/[\w$]/.test(source[i - 1] ?? '') && !/[\w$]/.test(source[i + name.length] ?? ''))
                return true;
        }
        return false;
    };
    if (!used(base))
        return base;
    let k = 1;
    while (used(`${base}_${k}`))
        k++;
    return `${base}_${k}`;
}
/**
 * Inside a `with` statement's body a name is looked up in the object first.
 * The lowered code keeps that only for a coroutine variable that stays a
 * local of the resume function under the user's name: one in the frame
 * (`$f.x`), in a per-iteration box (`x.v`) or renamed apart (`x$1`) would
 * skip the object, so such a use is rejected (CF1090) rather than miscompiled.
 */
function rejectRelocatedWithUses(unit, cfg, layout, source, filename) {
    for (const [name, use] of unit.withUses) {
        const where = layout.slotOf.has(name) ? 'lives in the coroutine\'s frame' : cfg.boxed.has(name) ? 'is a per-iteration binding the coroutine keeps in a box'
            : name !== use.user ? `is renamed apart (${name})` : null;
        if (where === null)
            continue;
        throw new diagnostics_1.CompileError([(0, diagnostics_1.diagnosticAt)(source, filename, use.id.start ?? 0, diagnostics_1.CODES.UNSUPPORTED, `\`${use.user}\` is used inside a \`with\` statement but ${where}: the object would not be consulted for it`)]);
    }
}
/** The compiler's own `undefined`s (cfg/ir.ts undefinedValue) become `void 0`, which no binding can shadow. */
function voidUndefined(root) {
    const isOwn = (n) => !!n && n.type === 'Identifier' && !!n.extra && !!n.extra.coUndefined;
    const voidZero = () => t.unaryExpression('void', t.numericLiteral(0));
    t.traverseFast(root, (node) => {
        for (const key of t.VISITOR_KEYS[node.type] ?? []) {
            const child = node[key];
            if (Array.isArray(child)) {
                for (let i = 0; i < child.length; i++)
                    if (isOwn(child[i]))
                        child[i] = voidZero();
            }
            else if (isOwn(child)) {
                node[key] = voidZero();
            }
        }
    });
}
/**
 * Declare each shared resume function right after its coroutine. All at the
 * end, one rebuild per statement list: a splice per coroutine into a
 * program of thousands of statements was quadratic.
 */
function placeAll(placements) {
    const byList = new Map();
    for (const p of placements) {
        let after = byList.get(p.list);
        if (!after)
            byList.set(p.list, (after = new Map()));
        after.set(p.statement, p.decl);
    }
    for (const [list, after] of byList) {
        const old = list.slice();
        list.length = 0;
        old.forEach((statement, i) => {
            list.push(statement);
            const decl = after.get(statement);
            if (decl) {
                moveTrailingComments(statement, old[i + 1], decl);
                list.push(decl);
            }
        });
    }
}
function moveTrailingComments(statement, next, decl) {
    // Comments after the coroutine are attached to it as trailing ones, and
    // usually also to the next statement as leading ones: those stay with the
    // next statement, any others follow the resume function.
    const leading = new Set((next?.leadingComments ?? []).map((c) => c.start));
    const own = (statement.trailingComments ?? []).filter((c) => !leading.has(c.start));
    statement.trailingComments = null;
    decl.trailingComments = own.length ? own : null;
}
/** `name$r`, unless the file already uses that name somewhere. */
function freshResumeName(name, fileNames) {
    const base = `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : ''}$r`;
    let fresh = base;
    for (let k = 2; fileNames.has(fresh); k++)
        fresh = `${base}${k}`;
    fileNames.add(fresh);
    return fresh;
}
/** After imports, so that hoisted declarations never precede them. */
function insertAtTop(program, stmts) {
    let i = 0;
    while (i < program.body.length && program.body[i].type === 'ImportDeclaration')
        i++;
    program.body.splice(i, 0, ...stmts);
}
/** --target native: the oracle form of §3 — each coroutine becomes a native function*, async function or async function*. */
function toNative(parsed) {
    const coroutines = (0, classify_1.classify)(parsed);
    for (const c of coroutines) {
        const fn = c.node;
        fn.async = c.kind !== 'generator';
        if (fn.type !== 'ArrowFunctionExpression')
            fn.generator = c.kind !== 'task';
    }
    return coroutines;
}
