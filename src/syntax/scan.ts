// Pass 1a: find the coroutine keywords in the raw source text.
//
// Babel cannot parse co_await / co_yield / co_return, so before parsing we
// replace each keyword token by a placeholder of the *same length* that Babel
// parses at the same precedence. Every offset, line and column after the
// rewrite is therefore identical to the user's source, which is what keeps
// diagnostics, source maps and `explain` exact.
//
//   co_await x      ->  void     x      (UnaryExpression, like await)
//   co_yield x      ->  $y=      x      (AssignmentExpression, like yield)
//   co_yield        ->  $y             (no operand: a bare identifier)
//   co_yield* x     ->  $d=      x      (delegating)
//   co_return x     ->  return    x
//   for co_await (  ->  for          (
//
// Native `yield`, `await` and `for await` are rewritten the same way and
// remembered as native, so that the later passes can either restore them
// (inside ordinary generators and async functions) or report them (inside a
// coroutine). Babel then never has to decide which functions may use them.
//
// The scan is a small tokenizer: it must skip strings, template text,
// comments and regular expression literals, and decide `/` as regex vs.
// division from the previous significant token. Where the parser reads JSX,
// it skips JSX text and attribute strings too (a `don't` in a paragraph is
// not a quote), scanning only the `{…}` containers as code.

export type MarkKind = 'await' | 'yield' | 'yield*' | 'return' | 'for-await';

export interface Mark {
  kind: MarkKind;
  /** true for native yield/await/for await, false for the co_ forms */
  native: boolean;
  /** offset of the keyword (for `for co_await`, of `for`) */
  start: number;
  /** offset of the keyword itself (the co_await of `for co_await`) */
  keywordStart: number;
  /** yield with an operand */
  hasOperand: boolean;
}

export interface ScanResult {
  text: string;
  /** placeholders by offset of the node Babel will produce for them */
  marks: Map<number, Mark>;
  /** quick check: does the source use any co_ keyword at all? */
  hasCoKeyword: boolean;
}

// By char code: a regular expression test per character was most of the
// scan's time. Anything from U+0080 up counts as a word character (a lone
// surrogate too), as Babel will judge the word itself.
function isIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || c >= 0x80;
}
function isIdPart(c: number): boolean {
  return isIdStart(c) || isDigit(c);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// After these keywords an expression starts, so `/` begins a regex.
const EXPR_KEYWORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await', 'co_yield', 'co_await', 'co_return', 'extends',
]);

const CO_WORDS = new Set(['co_await', 'co_yield', 'co_return']);

/** Where JSX scanning stands: how many elements' children it is in, and whether inside a tag. */
interface JsxPlace { open: number; inTag: boolean }

/** [0-9A-Za-z_.]: what may follow the first digit of a number token */
function isNumberPart(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 46;
}

function isLineTerminator(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/**
 * `keepNative`: leave the native words `yield`, `await` and `for await` as
 * they are, for Babel to judge (keyword or name) by where they stand; only
 * the co_ forms become placeholders. The parser uses it when a native word
 * stands where it cannot be a keyword (a name, in sloppy code or a script).
 */
export function scan(source: string, keepNative = false, jsx = false): ScanResult {
  // the placeholders, as [offset, replacement of the same length], in order
  const edits: [number, string][] = [];
  const marks = new Map<number, Mark>();
  let hasCoKeyword = false;
  const n = source.length;
  let i = 0;
  // previous significant token: kind and text
  let prevKind: 'none' | 'punct' | 'word' | 'value' = 'none';
  let prevText = '';
  // template literal nesting: each entry is the brace depth at which `${` opened
  const templateStack: number[] = [];
  let braceDepth = 0;
  // JSX expression containers: the brace depth inside each `{`, and where in
  // its JSX (elements open around it, inside a tag or not) to go on after `}`
  const jsxStack: { depth: number; at: JsxPlace }[] = [];

  const replace = (from: number, text: string, length: number) => {
    let padded = text;
    for (let k = text.length; k < length; k++) {
      const ch = source[from + k];
      // keep line terminators where they are (only spaces are padding)
      padded += isLineTerminator(ch) ? ch : ' ';
    }
    edits.push([from, padded]);
  };

  /** offset of the next significant character, and whether a newline came first */
  const peek = (from: number): { pos: number; newline: boolean } => {
    let p = from;
    let newline = false;
    while (p < n) {
      const ch = source[p];
      if (isLineTerminator(ch)) { newline = true; p++; continue; }
      if (ch === ' ' || ch === '\t' || ch === '\v' || ch === '\f' || ch === '\ufeff' || ch === '\u00a0') { p++; continue; }
      if (ch === '/' && source[p + 1] === '/') {
        while (p < n && !isLineTerminator(source[p])) p++;
        continue;
      }
      if (ch === '/' && source[p + 1] === '*') {
        const end = source.indexOf('*/', p + 2);
        const stop = end < 0 ? n : end + 2;
        if (/[\n\r\u2028\u2029]/.test(source.slice(p, stop))) newline = true;
        p = stop;
        continue;
      }
      break;
    }
    return { pos: p, newline };
  };

  const readWord = (from: number): string => {
    let p = from;
    while (p < n && isIdPart(source.charCodeAt(p))) p++;
    return source.slice(from, p);
  };

  /** Is the word at [start,end) used as a property name rather than a keyword? */
  const isPropertyPosition = (end: number): boolean => {
    if (prevKind === 'punct' && (prevText === '.' || prevText === '?.' || prevText === '#')) return true;
    if (prevKind === 'word' && (prevText === 'get' || prevText === 'set' || prevText === 'static' || prevText === 'async')) {
      const nx = peek(end);
      if (source[nx.pos] === '(') return true;
    }
    const nx = peek(end);
    const c = source[nx.pos];
    // `{ co_yield: 1 }` (or a label, reported later as a reserved-word label)
    if (c === ':' && (prevText === '{' || prevText === ',')) return true;
    // `co_yield = 1` as a class field or an (invalid) assignment: leave the word
    if (c === '=' && source[nx.pos + 1] !== '=' && source[nx.pos + 1] !== '>') return true;
    // method `co_yield() {` in a class or object literal
    if (c === '(' && (prevText === '{' || prevText === '}' || prevText === ';' || prevText === ',' || prevText === '*')) {
      let depth = 0;
      let p = nx.pos;
      for (; p < n; p++) {
        const ch = source[p];
        if (ch === '(') depth++;
        else if (ch === ')') { depth--; if (depth === 0) break; }
      }
      const after = peek(p + 1);
      if (!after.newline && source[after.pos] === '{') return true;
    }
    return false;
  };

  /** Does an expression start here (so `/` begins a regex, `<` JSX)? From the previous token. */
  const expressionStarts = (): boolean => prevKind === 'none' ||
    (prevKind === 'punct' && prevText !== ')' && prevText !== ']' && prevText !== '}') ||
    (prevKind === 'word' && EXPR_KEYWORDS.has(prevText));

  /**
   * Does a `<` at `i`, where an expression starts, open a JSX element? Not
   * when it is a TypeScript arrow's type parameters in a .tsx file:
   * `<T,>(x) =>` or `<T extends U>(x) =>`.
   */
  const opensJsx = (): boolean => {
    if (source[i + 1] === '>') return true;
    if (!isIdStart(source.charCodeAt(i + 1))) return false;
    // the tag's name (`a.b`, `svg:rect`, `my-tag`)
    let p = i + 1 + readWord(i + 1).length;
    while ((source[p] === '.' || source[p] === ':' || source[p] === '-') && isIdStart(source.charCodeAt(p + 1))) p += 1 + readWord(p + 1).length;
    const nx = peek(p);
    const c = source[nx.pos];
    if (c === ',') return false;
    if (readWord(nx.pos) === 'extends') {
      const after = peek(nx.pos + 7);
      if (source[after.pos] !== '=' && source[after.pos] !== '>' && source[after.pos] !== '/') return false;
    }
    // what may follow a tag's name: its end, an attribute or a spread; not
    // `)`, `;` or an operator (a comparison: `of < limit)`, where `of` or
    // `await` is a name)
    return c === '>' || c === '/' || c === '{' || isIdStart(source.charCodeAt(nx.pos));
  };

  /**
   * Skip JSX from `i` until its outermost element ends (true) or a `{`
   * opens an expression container, which the main loop scans as code and
   * whose `}` brings it back here (false).
   */
  const skipJsx = (at: JsxPlace): boolean => {
    while (i < n) {
      const c = source[i];
      if (c === '{') {
        braceDepth++;
        i++;
        jsxStack.push({ depth: braceDepth, at });
        prevKind = 'punct'; prevText = '{';
        return false;
      }
      if (at.inTag) {
        if (c === '/' && source[i + 1] === '>') {
          i += 2;
          at.inTag = false;
          if (at.open === 0) return true;
        } else if (c === '>') {
          i++;
          at.inTag = false;
          at.open++;
        } else if (c === '"' || c === "'") {
          // (an attribute's string: no escapes, may span lines)
          const end = source.indexOf(c, i + 1);
          i = end < 0 ? n : end + 1;
        } else if (c === '/' && source[i + 1] === '/') {
          while (i < n && !isLineTerminator(source[i])) i++;
        } else if (c === '/' && source[i + 1] === '*') {
          const end = source.indexOf('*/', i + 2);
          i = end < 0 ? n : end + 2;
        } else {
          i++;
        }
      } else if (c === '<') {
        if (source[i + 1] === '/') {
          // a closing tag
          const end = source.indexOf('>', i + 2);
          i = end < 0 ? n : end + 1;
          at.open--;
          if (at.open === 0) return true;
        } else {
          i++;
          at.inTag = true;
        }
      } else {
        i++; // text
      }
    }
    return true;
  };

  /** After JSX: a value (a `/` after it divides, a `<` compares). */
  const afterJsx = (done: boolean) => {
    if (done) { prevKind = 'value'; prevText = 'jsx'; }
  };

  const markYield = (start: number, wordLength: number, native: boolean) => {
    // co_yield* / yield*
    const nx = peek(start + wordLength);
    if (source[nx.pos] === '*' && !nx.newline) {
      replace(start, '$d=', nx.pos + 1 - start);
      marks.set(start, { kind: 'yield*', native, start, keywordStart: start, hasOperand: true });
      return;
    }
    const c = source[nx.pos];
    const noOperand = nx.newline || nx.pos >= n || c === ')' || c === ']' || c === '}' || c === ',' || c === ';' || c === ':' ||
      (c === '=' && source[nx.pos + 1] === '>') || (c === 'i' && readWord(nx.pos) === 'in') || (c === 'o' && readWord(nx.pos) === 'of');
    if (noOperand) {
      // A line break ends a bare yield, and (by automatic semicolon
      // insertion) its statement, unless what follows closes or separates
      // an expression; the name `$y` would let a `(`, `[`, template or
      // operator on the next line continue it: `(yield)(x)` for `yield; (x)`
      const ends = nx.newline && !(nx.pos >= n || c === ')' || c === ']' || c === '}' || c === ',' || c === ';' || c === ':');
      replace(start, ends ? '$y;' : '$y', wordLength);
      marks.set(start, { kind: 'yield', native, start, keywordStart: start, hasOperand: false });
    } else {
      replace(start, '$y=', wordLength);
      marks.set(start, { kind: 'yield', native, start, keywordStart: start, hasOperand: true });
    }
  };

  while (i < n) {
    const ch = source[i];
    // whitespace
    if (ch === ' ' || ch === '\t' || ch === '\v' || ch === '\f' || ch === '\ufeff' || ch === '\u00a0' || isLineTerminator(ch)) { i++; continue; }
    // comments
    if (ch === '/' && source[i + 1] === '/') { while (i < n && !isLineTerminator(source[i])) i++; continue; }
    if (ch === '/' && source[i + 1] === '*') { const e = source.indexOf('*/', i + 2); i = e < 0 ? n : e + 2; continue; }
    // hashbang
    if (i === 0 && ch === '#' && source[1] === '!') { while (i < n && !isLineTerminator(source[i])) i++; continue; }
    // strings
    if (ch === '"' || ch === "'") {
      i++;
      while (i < n && source[i] !== ch && !isLineTerminator(source[i])) { if (source[i] === '\\') i++; i++; }
      i++;
      prevKind = 'value'; prevText = 'str';
      continue;
    }
    // the `}` of a JSX expression container: back to the JSX around it
    if (ch === '}' && jsxStack.length > 0 && jsxStack[jsxStack.length - 1].depth === braceDepth &&
      (templateStack.length === 0 || templateStack[templateStack.length - 1] !== braceDepth)) {
      braceDepth--;
      i++;
      afterJsx(skipJsx(jsxStack.pop()!.at));
      continue;
    }
    // JSX, where an expression starts
    if (jsx && ch === '<' && expressionStarts() && opensJsx()) {
      i++;
      afterJsx(skipJsx({ open: 0, inTag: true }));
      continue;
    }
    // template text
    if (ch === '`' || (ch === '}' && templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth)) {
      if (ch === '}') templateStack.pop();
      i++;
      let opened = false;
      while (i < n) {
        const c = source[i];
        if (c === '\\') { i += 2; continue; }
        if (c === '`') { i++; break; }
        if (c === '$' && source[i + 1] === '{') { i += 2; templateStack.push(braceDepth); opened = true; break; }
        i++;
      }
      if (opened) { prevKind = 'punct'; prevText = '${'; } else { prevKind = 'value'; prevText = 'tpl'; }
      continue;
    }
    // regex or division
    if (ch === '/') {
      if (expressionStarts()) {
        i++;
        let inClass = false;
        while (i < n && !isLineTerminator(source[i])) {
          const c = source[i];
          if (c === '\\') { i += 2; continue; }
          if (c === '[') inClass = true;
          else if (c === ']') inClass = false;
          else if (c === '/' && !inClass) break;
          i++;
        }
        i++;
        while (i < n && isIdPart(source.charCodeAt(i))) i++;
        prevKind = 'value'; prevText = 'regex';
        continue;
      }
      i++;
      if (source[i] === '=') i++;
      prevKind = 'punct'; prevText = '/';
      continue;
    }
    // numbers
    if (isDigit(source.charCodeAt(i)) || (ch === '.' && isDigit(source.charCodeAt(i + 1)))) {
      i++;
      while (i < n && (isNumberPart(source.charCodeAt(i)))) {
        if ((source[i] === 'e' || source[i] === 'E') && (source[i + 1] === '+' || source[i + 1] === '-')) i++;
        i++;
      }
      prevKind = 'value'; prevText = 'num';
      continue;
    }
    // words
    if (isIdStart(source.charCodeAt(i)) || ch === '\\') {
      const start = i;
      const word = readWord(i);
      if (word.length === 0) { i++; prevKind = 'punct'; prevText = ch; continue; }
      i += word.length;
      const afterDot = prevKind === 'punct' && (prevText === '.' || prevText === '?.' || prevText === '#');
      if (CO_WORDS.has(word)) hasCoKeyword = true;
      const candidate = CO_WORDS.has(word) || word === 'for' || (!keepNative && (word === 'yield' || word === 'await'));
      if (!afterDot && candidate && !isPropertyPosition(i)) {
        const native = !CO_WORDS.has(word);
        if (word === 'co_await' || word === 'await') {
          replace(start, 'void', word.length);
          marks.set(start, { kind: 'await', native, start, keywordStart: start, hasOperand: true });
        } else if (word === 'co_yield' || word === 'yield') {
          markYield(start, word.length, native);
        } else if (word === 'co_return') {
          replace(start, 'return', word.length);
          marks.set(start, { kind: 'return', native: false, start, keywordStart: start, hasOperand: true });
        } else if (word === 'for') {
          const nx = peek(i);
          const w2 = readWord(nx.pos);
          if (w2 === 'co_await' || (w2 === 'await' && !keepNative)) {
            const after = peek(nx.pos + w2.length);
            if (source[after.pos] === '(') {
              replace(nx.pos, '', w2.length);
              marks.set(start, { kind: 'for-await', native: w2 === 'await', start, keywordStart: nx.pos, hasOperand: true });
              if (w2 === 'co_await') hasCoKeyword = true;
              i = nx.pos + w2.length;
            }
          }
        }
        prevKind = 'word'; prevText = word;
        continue;
      }
      prevKind = 'word'; prevText = word;
      continue;
    }
    // punctuators
    if (ch === '{') braceDepth++;
    if (ch === '}') braceDepth--;
    // a spread or rest, not a member access: `[...co_await p]`
    if (ch === '.' && source[i + 1] === '.' && source[i + 2] === '.') {
      i += 3; prevKind = 'punct'; prevText = '...'; continue;
    }
    if (ch === '?' && source[i + 1] === '.' && !/[0-9]/.test(source[i + 2] || '')) {
      i += 2; prevKind = 'punct'; prevText = '?.'; continue;
    }
    if ((ch === '+' || ch === '-') && source[i + 1] === ch) {
      // `x++ / 2` is a division; `++/re/` is not meaningful, treat as after-value
      i += 2; prevKind = prevKind === 'value' || prevKind === 'word' ? 'value' : 'punct'; prevText = ch + ch; continue;
    }
    i++;
    prevKind = 'punct'; prevText = ch;
  }
  let text = '';
  let from = 0;
  edits.sort((a, b) => a[0] - b[0]);
  for (const [at, padded] of edits) {
    text += source.slice(from, at) + padded;
    from = at + padded.length;
  }
  text += source.slice(from);
  return { text, marks, hasCoKeyword };
}
