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
exports.layoutFrame = layoutFrame;
exports.interferes = interferes;
const t = __importStar(require("../ast"));
const NO_INTERFERENCE = { index: new Map(), edges: new Uint8Array(0) };
function layoutFrame(cfg, live, options = {}) {
    const vars = live.frame;
    const share = options.shareSlots !== false;
    // nothing to share with fewer than two frame variables
    const interference = share && vars.length > 1 ? interferenceOf(cfg, live) : NO_INTERFERENCE;
    const slots = [];
    const slotOf = new Map();
    for (const v of vars) {
        const info = cfg.unit.vars.get(v);
        const isParam = info.kind === 'param' || !!info.initFrom;
        let slot = share
            ? slots.find((s) => s.vars.every((w) => !interferes(interference, v, w)) && !(isParam && s.param !== null))
            : undefined;
        if (!slot) {
            slot = { name: v, vars: [], param: null };
            slots.push(slot);
        }
        slot.vars.push(v);
        if (isParam)
            slot.param = info.initFrom ?? v;
    }
    // readable, unique names
    const taken = new Set();
    for (const s of slots) {
        let name = s.vars.join('$');
        if (taken.has(name)) {
            let k = 2;
            while (taken.has(`${name}$${k}`))
                k++;
            name = `${name}$${k}`;
        }
        taken.add(name);
        s.name = name;
        for (const v of s.vars)
            slotOf.set(v, name);
    }
    return { slots, slotOf, hasOp: cfg.usesOp, interference };
}
function interferenceOf(cfg, live) {
    const index = new Map();
    live.frame.forEach((v, i) => index.set(v, i));
    const n = live.frame.length;
    const edges = new Uint8Array(n * n);
    /** the frame variables among `set`, by index, appended to `into` */
    const ids = (set, into = []) => {
        for (const x of set) {
            const i = index.get(x);
            if (i !== undefined)
                into.push(i);
        }
        return into;
    };
    const add = (a, b) => {
        if (a === b)
            return;
        edges[a * n + b] = 1;
        edges[b * n + a] = 1;
    };
    // (a list may hold an index twice: that only adds nothing)
    const clique = (xs) => {
        for (let i = 0; i < xs.length; i++)
            for (let j = i + 1; j < xs.length; j++)
                add(xs[i], xs[j]);
    };
    // Exceptional control flow is not in the CFG's edges: a throw anywhere in
    // a try region enters its catch (or finally), and the end of a finally may
    // continue to any jump target. What those entries need is live throughout.
    const extra = cfg.states.map(() => []);
    const addRange = (from, to, vars) => {
        const xs = ids(vars);
        for (let i = from; i < to && i < extra.length; i++)
            extra[i].push(...xs);
    };
    for (const e of cfg.tries) {
        const handler = e.catchState ?? e.finallyEntry;
        if (handler)
            addRange(e.tryStart.id, handler.id, live.liveIn[handler.id]);
        if (e.catchState && e.finallyEntry)
            addRange(e.catchState.id, e.finallyEntry.id, live.liveIn[e.finallyEntry.id]);
    }
    const atEntries = new Set();
    for (const id of cfg.entries)
        for (const v of live.liveIn[id])
            atEntries.add(v);
    const entryIds = ids(atEntries);
    cfg.states.forEach((st, i) => {
        if (st.ops.some((op) => op.op === 'end-finally'))
            extra[i].push(...entryIds);
    });
    live.liveIn.forEach((s, i) => clique(ids(s, extra[i].slice())));
    cfg.states.forEach((st, i) => {
        st.ops.forEach((op, k) => {
            const after = ids(live.liveAfter[i][k], extra[i].slice());
            clique(after);
            const written = ids(live.writes[i][k]);
            for (const w of written)
                for (const v of after)
                    add(w, v);
            // inside one op, a read may come after a write — unless the op is a
            // single `x = e`, whose reads all happen before its one store
            if (!isSingleAssignment(op) && written.length)
                for (const w of written)
                    for (const v of ids(live.reads[i][k]))
                        add(w, v);
        });
    });
    const params = ids([...cfg.unit.vars.values()].filter((v) => v.kind === 'param' || v.initFrom).map((v) => v.name));
    clique(params);
    const atStart = ids(live.liveIn[0]);
    for (const p of params)
        for (const v of atStart)
            add(p, v);
    live.frame.forEach((v, i) => {
        if (live.captured.has(v) || cfg.boxed.has(v))
            for (let j = 0; j < n; j++)
                add(i, j);
    });
    return { index, edges };
}
/** Do frame variables `a` and `b` interfere? */
function interferes(g, a, b) {
    const i = g.index.get(a);
    const j = g.index.get(b);
    return i !== undefined && j !== undefined && g.edges[i * g.index.size + j] === 1;
}
function isSingleAssignment(op) {
    if (op.op !== 'js' || op.node.type !== 'ExpressionStatement')
        return false;
    const e = op.node.expression;
    if (e.type !== 'AssignmentExpression' || e.operator !== '=' || e.left.type !== 'Identifier')
        return false;
    // no other write hidden in the right-hand side
    let nested = false;
    t.traverseFast(e.right, (n) => { if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression')
        nested = true; });
    return !nested;
}
