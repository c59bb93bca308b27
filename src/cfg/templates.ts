// Source templates for the constructs whose semantics are protocols rather
// than control flow: for-of / for co_await (iterator stepping and closing),
// for-in (key snapshot), and co_yield* in an async generator (the spec's
// delegation loop). Each template is ordinary co_ source, parsed once, then
// instantiated: placeholders (RIGHT, BODY, ...) are replaced by the user's
// nodes and `$name` temporaries by fresh coroutine temporaries. The result
// is fed back through the CFG builder like any user statement, so these
// constructs get their states, frame fields and try entries for free.
import * as t from '../ast';
import { parseSource } from '../syntax/parse';
import { undefinedValue } from './ir';

/** `co_return RAW_RETURN(x)` completes without the async generator's await of x. */
export const RAW_RETURN = '$$coRawReturn';
/** `RAW_YIELD(x)` yields x without awaiting it and resumes with the completion record {t, v}. */
export const RAW_YIELD = '$$coRawYield';
/** In a template's finally block: the completion ({t, v} or null) that entered it. */
export const COMPLETION = '$$coCompletion';

export type TemplateName = 'forOf' | 'forAwait' | 'forIn' | 'asyncDelegate';

export interface TemplateSubstitutions {
  RIGHT?: t.Expression;
  ARG?: t.Expression;
  BODY?: t.Statement;
  /** builds the statements that store the current element into the loop's target */
  ASSIGN?: (value: t.Expression) => t.Statement[];
  RESULT?: t.Identifier;
}

export interface TemplateOptions {
  /** a fresh coroutine temporary (tagged identifier) */
  temp: (hint: string) => t.Identifier;
  runtime: string;
  /** the user node the expansion stands for (positions) */
  node: t.Node;
  /** user labels of the loop statement */
  labels?: string[];
}

// Completion types, as the runtime numbers them: 0 normal, 1 return, 2 throw, 3 jump.
const SOURCES: Record<TemplateName, string> = {
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
      if (!$d) $co.closeIter($it, ${COMPLETION});
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
        if (${COMPLETION} !== null && ${COMPLETION}.t === 2) {
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
    $it = $co.asyncIterOf(ARG, true);
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
        if ($r.done) co_return ${RAW_RETURN}($r.value);
      }
      $rcv = ${RAW_YIELD}($r.value);
    }
    RESULT = $r.value;`,
};

const parsed = new Map<TemplateName, t.Statement[]>();

function templateAst(which: TemplateName): t.Statement[] {
  let body = parsed.get(which);
  if (!body) {
    body = parseSource(SOURCES[which], `<coframe template ${which}>`).ast.program.body;
    parsed.set(which, body);
  }
  return body;
}

/** Instantiate a template: a fresh copy with placeholders filled in. */
export function expandTemplate(which: TemplateName, subs: TemplateSubstitutions, opts: TemplateOptions): t.Statement[] {
  const temps = new Map<string, t.Identifier>();
  const tempFor = (name: string): t.Identifier => {
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

  const instantiate = <T extends t.Node>(node: T): T => {
    const copy = { ...node } as T;
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
    delete (copy as { leadingComments?: unknown }).leadingComments;
    delete (copy as { trailingComments?: unknown }).trailingComments;
    delete (copy as { innerComments?: unknown }).innerComments;
    for (const key of t.VISITOR_KEYS[node.type] || []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        const out: unknown[] = [];
        for (const c of child) {
          if (c && c.type === 'ExpressionStatement' && c.expression.type === 'Identifier' && c.expression.name === 'ASSIGN') {
            out.push(...subs.ASSIGN!(tempFor('$val')));
          } else if (c && c.type === 'ExpressionStatement' && c.expression.type === 'Identifier' && c.expression.name === 'BODY') {
            out.push(subs.BODY!);
          } else out.push(c ? replace(c as t.Node) : c);
        }
        (copy as unknown as Record<string, unknown>)[key] = out;
      } else if (child && typeof child === 'object') {
        (copy as unknown as Record<string, unknown>)[key] = replace(child as t.Node);
      }
    }
    return copy;
  };

  const replace = (node: t.Node): t.Node => {
    if (node.type === 'Identifier') {
      switch (node.name) {
        case 'RIGHT': return subs.RIGHT!;
        case 'ARG': return subs.ARG!;
        case 'RESULT': return subs.RESULT!;
        case '$co': return t.identifier(opts.runtime);
        case 'undefined': return undefinedValue();
        default:
          if (node.name.startsWith('$') && !node.name.startsWith('$$co')) return tempFor(node.name);
          return instantiate(node);
      }
    }
    if (node.type === 'LabeledStatement' && node.label.name === 'LOOP') {
      let loop = instantiate(node.body);
      const labels = opts.labels ?? [];
      for (let i = labels.length - 1; i >= 0; i--) loop = t.labeledStatement(t.identifier(labels[i]), loop);
      return loop;
    }
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === RAW_YIELD) {
      const call = instantiate(node);
      call.extra = { ...(call.extra || {}), coSuspend: true };
      return call;
    }
    return instantiate(node);
  };

  return templateAst(which).map((s) => replace(s) as t.Statement);
}
