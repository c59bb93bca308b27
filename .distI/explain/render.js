"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderText = renderText;
exports.renderDot = renderDot;
const paint = (on, code, s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
/** word-wrap prose after a prefix */
function wrapWords(prefix, text, width) {
    return wrapList(prefix, text.split(' '), width, ' ');
}
function wrapList(prefix, items, width, sep = ', ') {
    const lines = [];
    let cur = prefix;
    for (const item of items) {
        const piece = (cur === prefix ? '' : sep) + item;
        if (cur.length + piece.length > width && cur !== prefix) {
            lines.push(cur + sep.trimEnd());
            cur = ' '.repeat(prefix.length) + item;
        }
        else
            cur += piece;
    }
    lines.push(cur);
    return lines;
}
function renderText(result, opts) {
    const width = opts.width ?? 100;
    const b = (s) => paint(opts.color, '1', s);
    const dim = (s) => paint(opts.color, '2', s);
    const hi = (s) => paint(opts.color, '36', s);
    const out = [];
    if (result.coroutines.length === 0)
        out.push(`${result.file}: no coroutine${result.diagnostics.length ? '' : ' found'}`);
    for (const c of result.coroutines) {
        out.push(b(`${c.kind} ${c.name}`) + dim(`  (${result.file}:${c.line}:${c.column})`));
        out.push('');
        out.push(b('Suspension points'));
        if (c.suspensions.length === 0)
            out.push('  (none: it completes without suspending)');
        for (const s of c.suspensions) {
            const head = `  ${s.keyword.padEnd(12)} ${`${s.line}:${s.column}`.padEnd(8)} state ${s.state} -> resumes in state ${s.resumeState}   live across: `;
            out.push(...wrapList(head, s.liveAcross.length ? s.liveAcross.map(hi) : ['(nothing)'], width));
        }
        out.push('');
        out.push(b('States (control-flow graph)'));
        for (const st of c.states) {
            const entry = st.entry ? ` [${st.entry}]` : '';
            const line = st.line === null ? '' : ` line ${st.line}`;
            const edges = st.edges.map((e) => (e.kind === 'resume' ? `~> ${e.to} (suspends)` : e.kind === 'fallthrough' ? `-> ${e.to}` : e.kind === 'break' ? `=> ${e.to} (break)` : `-> ${e.to} (jump)`));
            out.push(`  state ${String(st.id).padEnd(3)}${line}${entry}`.trimEnd());
            if (edges.length)
                out.push(...wrapList('      next: ', edges, width));
            else
                out.push('      next: (returns or throws)');
            out.push(...wrapList('      live on entry: ', st.liveIn.length ? st.liveIn : ['-'], width));
        }
        out.push('');
        out.push(b('Variables'));
        for (const v of c.variables) {
            const where = v.inFrame ? hi(`frame.${v.slot}`) : 'local';
            const flags = [v.captured ? 'captured' : '', v.boxed ? 'per-iteration box' : ''].filter(Boolean).join(', ');
            out.push(`  ${v.name.padEnd(14)} ${v.kind.padEnd(8)} ${where}${flags ? dim(` (${flags})`) : ''}`);
            out.push(...wrapWords('      ', v.reason, width).map((l) => l.trimEnd()));
        }
        out.push('');
        const shared = c.frame.slots.length < c.frame.fieldsWithoutSharing ? `; ${c.frame.fieldsWithoutSharing} slots without sharing` : '';
        out.push(b('Frame layout') + dim(`  (${c.frame.runtimeFields.length + c.frame.slots.length} fields: ${c.frame.runtimeFields.join(', ')} + ${c.frame.slots.length} slot(s)${shared})`));
        out.push(`  ${'$s'.padEnd(16)} the state to resume in`);
        if (c.frame.runtimeFields.includes('$o'))
            out.push(`  ${'$o'.padEnd(16)} how the last suspension hands its value over (yield, co_yield*, await)`);
        for (const s of c.frame.slots) {
            const ranges = s.vars.map((v) => `${v} live in states {${s.ranges[v].join(', ')}}`);
            out.push(...wrapList(`  ${s.name.padEnd(16)} `, [...(s.param ? [`= parameter ${s.param}`] : []), ...ranges], width));
        }
        out.push('');
        out.push(b('Emitted state machine'));
        for (const l of c.code.split('\n'))
            out.push(/^\s*\/\/ line \d+/.test(l) ? dim(`  ${l}`) : `  ${l}`);
        out.push('');
    }
    return out.join('\n');
}
const esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
function renderDot(result) {
    const out = ['digraph coframe {', '  rankdir=TB;', '  node [shape=box, fontname="monospace", fontsize=10];', '  edge [fontname="monospace", fontsize=9];'];
    result.coroutines.forEach((c, ci) => {
        out.push(`  subgraph cluster_${ci} {`);
        out.push(`    label="${esc(`${c.kind} ${c.name} (${result.file}:${c.line}:${c.column})`)}";`);
        for (const st of c.states) {
            const lines = [`state ${st.id}${st.line === null ? '' : ` (line ${st.line})`}${st.entry ? ` [${st.entry}]` : ''}`, `live: ${st.liveIn.join(', ') || '-'}`];
            const style = st.entry === 'resume' ? ', style=filled, fillcolor="#e8f0ff"' : st.entry ? ', style=filled, fillcolor="#f3f3f3"' : '';
            out.push(`    c${ci}_s${st.id} [label="${esc(lines.join('\\n'))}"${style}];`.replace(/\\\\n/g, '\\n'));
        }
        for (const st of c.states) {
            for (const e of st.edges) {
                if (e.kind === 'resume') {
                    const s = c.suspensions.find((x) => x.state === st.id && x.resumeState === e.to);
                    const label = s ? `${s.keyword} @${s.line}:${s.column}\\nlive: ${s.liveAcross.join(', ') || '-'}` : 'suspend';
                    out.push(`    c${ci}_s${st.id} -> c${ci}_s${e.to} [style=dashed, color="#c03030", label="${esc(label).replace(/\\\\n/g, '\\n')}"];`);
                }
                else {
                    const style = e.kind === 'fallthrough' ? ' [color="#888888"]' : e.kind === 'break' ? ' [style=bold, label="break"]' : '';
                    out.push(`    c${ci}_s${st.id} -> c${ci}_s${e.to}${style};`);
                }
            }
        }
        out.push('  }');
    });
    out.push('}');
    return out.join('\n') + '\n';
}
