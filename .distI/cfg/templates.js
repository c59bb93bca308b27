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
exports.COMPLETION = exports.RAW_YIELD = exports.RAW_RETURN = void 0;
exports.expandTemplate = expandTemplate;
// Source templates for the constructs whose semantics are protocols rather
// than control flow: for-of / for co_await (iterator stepping and closing),
// for-in (key snapshot), and co_yield* in an async generator (the spec's
// delegation loop). Each template is ordinary co_ source, parsed once, then
// instantiated: placeholders (RIGHT, BODY, ...) are replaced by the user's
// nodes and `$name` temporaries by fresh coroutine temporaries. The result
// is fed back through the CFG builder like any user statement, so these
// constructs get their states, frame fields and try entries for free.
const t = __importStar(require("../ast"));
const parse_1 = require("../syntax/parse");
const ir_1 = require("./ir");
/** `co_return RAW_RETURN(x)` completes without the async generator's await of x. */
exports.RAW_RETURN = '$$coRawReturn';
/** `RAW_YIELD(x)` yields x without awaiting it and resumes with the completion record {t, v}. */
exports.RAW_YIELD = '$$coRawYield';
/** In a template's finally block: the completion ({t, v} or null) that entered it. */
exports.COMPLETION = '$$coCompletion';
// Completion types, as the runtime numbers them: 0 normal, 1 return, 2 throw, 3 jump.
const SOURCES = {
    forOf: `
    $it = $co.iterOf(RIGHT);
    $next = $co.callable($it.next);
    $d = true;
    try {
      LOOP: for (;;) {
        $d = true;
        $st = $co.checkObject($co.invoke($next, $it));
        if ($st.done) break;
        $val = $st.value;
        $d = false;
        ASSIGN;
        BODY;
      }
    } finally {
      if (!$d) $co.closeIter($it, ${exports.COMPLETION});
    }`,
    forAwait: `
    $it = $co.asyncIterOf(RIGHT);
    $next = $co.callable($it.next);
    $d = true;
    try {
      LOOP: for (;;) {
        $d = true;
        $st = $co.checkObject(co_await $co.invoke($next, $it));
        if ($st.done) break;
        $val = $st.value;
        $d = false;
        ASSIGN;
        BODY;
      }
    } finally {
      if (!$d) {
        if (${exports.COMPLETION} !== null && ${exports.COMPLETION}.t === 2) {
          try {
            $m = $it.return;
            if ($m != null) co_await $co.call($m, $it);
          } catch {}
        } else {
          $m = $it.return;
          if ($m != null) $co.checkObject(co_await $co.call($m, $it));
        }
      }
    }`,
    forIn: `
    $s = $co.forIn(RIGHT);
    LOOP: for (;;) {
      $val = $co.forInNext($s);
      if ($val === undefined) break;
      ASSIGN;
      BODY;
    }`,
    asyncDelegate: `
    $it = $co.asyncIterOf(ARG);
    $next = $co.callable($it.next);
    $rcv = { t: 0, v: undefined };
    for (;;) {
      if ($rcv.t === 0) {
        $r = $co.checkObject(co_await $co.invoke($next, $it, $rcv.v));
        if ($r.done) break;
      } else if ($rcv.t === 2) {
        $m = $it.throw;
        if ($m == null) {
          $m = $it.return;
          if ($m != null) $co.checkObject(co_await $co.call($m, $it));
          throw $co.noThrowMethod();
        }
        $r = $co.checkObject(co_await $co.call($m, $it, $rcv.v));
        if ($r.done) break;
      } else {
        try {
          $rcv.v = co_await $rcv.v;
        } catch ($e) {
          $rcv = { t: 2, v: $e };
          continue;
        }
        $m = $it.return;
        if ($m == null) co_return $rcv.v;
        $r = $co.checkObject(co_await $co.call($m, $it, $rcv.v));
        if ($r.done) co_return ${exports.RAW_RETURN}($r.value);
      }
      $rcv = ${exports.RAW_YIELD}($r.value);
    }
    RESULT = $r.value;`,
};
const parsed = new Map();
function templateAst(which) {
    let body = parsed.get(which);
    if (!body) {
        body = (0, parse_1.parseSource)(SOURCES[which], `<coframe template ${which}>`).ast.program.body;
        parsed.set(which, body);
    }
    return body;
}
/** Instantiate a template: a fresh copy with placeholders filled in. */
function expandTemplate(which, subs, opts) {
    const temps = new Map();
    const tempFor = (name) => {
        let id = temps.get(name);
        if (!id) {
            id = opts.temp(name.slice(1));
            temps.set(name, id);
        }
        const copy = t.identifier(id.name);
        copy.extra = { ...id.extra };
        return copy;
    };
    const loc = opts.node;
    const instantiate = (node) => {
        const copy = { ...node };
        const extra = node.extra ? { ...node.extra } : undefined;
        if (extra) {
            // positions inside the template text mean nothing to the user
            delete extra.keywordStart;
            extra.template = which;
            copy.extra = extra;
        }
        copy.loc = loc.loc;
        copy.start = loc.start;
        copy.end = loc.end;
        delete copy.leadingComments;
        delete copy.trailingComments;
        delete copy.innerComments;
        for (const key of t.VISITOR_KEYS[node.type] || []) {
            const child = node[key];
            if (Array.isArray(child)) {
                const out = [];
                for (const c of child) {
                    if (c && c.type === 'ExpressionStatement' && c.expression.type === 'Identifier' && c.expression.name === 'ASSIGN') {
                        out.push(...subs.ASSIGN(tempFor('$val')));
                    }
                    else if (c && c.type === 'ExpressionStatement' && c.expression.type === 'Identifier' && c.expression.name === 'BODY') {
                        out.push(subs.BODY);
                    }
                    else
                        out.push(c ? replace(c) : c);
                }
                copy[key] = out;
            }
            else if (child && typeof child === 'object') {
                copy[key] = replace(child);
            }
        }
        return copy;
    };
    const replace = (node) => {
        if (node.type === 'Identifier') {
            switch (node.name) {
                case 'RIGHT': return subs.RIGHT;
                case 'ARG': return subs.ARG;
                case 'RESULT': return subs.RESULT;
                case '$co': return t.identifier(opts.runtime);
                case 'undefined': return (0, ir_1.undefinedValue)();
                default:
                    if (node.name.startsWith('$') && !node.name.startsWith('$$co'))
                        return tempFor(node.name);
                    return instantiate(node);
            }
        }
        if (node.type === 'LabeledStatement' && node.label.name === 'LOOP') {
            let loop = instantiate(node.body);
            const labels = opts.labels ?? [];
            for (let i = labels.length - 1; i >= 0; i--)
                loop = t.labeledStatement(t.identifier(labels[i]), loop);
            return loop;
        }
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === exports.RAW_YIELD) {
            const call = instantiate(node);
            call.extra = { ...(call.extra || {}), coSuspend: true };
            return call;
        }
        return instantiate(node);
    };
    return templateAst(which).map((s) => replace(s));
}
