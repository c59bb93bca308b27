// A tokenizer coroutine pulled one token at a time over ~1 MB of source-like
// text: a `switch` on the character, a `try/finally`, and a few locals (pos,
// line, count, len, text) live across its suspension; `start` and `kind` are
// not.
// Figure: MB of text per second.

const T_IDENT = 1;
const T_NUM = 2;
const T_STR = 3;
const T_PUNCT = 4;
const T_OP = 5;
let finalLine = 0;
function* tokenize(text) {
  const len = text.length;
  let pos = 0;
  let line = 1;
  let count = 0;
  try {
    while (pos < len) {
      const start = pos;
      const c = text.charCodeAt(pos);
      let kind = 0;
      switch (c) {
        case 32:
        case 9:
        case 13:
          pos++;
          continue;
        case 10:
          line++;
          pos++;
          continue;
        case 40:
        case 41:
        case 44:
        case 59:
        case 91:
        case 93:
        case 123:
        case 125:
          kind = T_PUNCT;
          pos++;
          break;
        case 34:
          pos++;
          while (pos < len && text.charCodeAt(pos) !== 34) pos++;
          pos++;
          kind = T_STR;
          break;
        case 47:
          if (text.charCodeAt(pos + 1) === 47) {
            while (pos < len && text.charCodeAt(pos) !== 10) pos++;
            continue;
          }
          kind = T_OP;
          pos++;
          break;
        default:
          if (c >= 48 && c <= 57) {
            pos++;
            while (pos < len) {
              const d = text.charCodeAt(pos);
              if (d >= 48 && d <= 57 || d === 46) pos++;else break;
            }
            kind = T_NUM;
          } else if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36) {
            pos++;
            while (pos < len) {
              const d = text.charCodeAt(pos);
              if (d >= 97 && d <= 122 || d >= 65 && d <= 90 || d >= 48 && d <= 57 || d === 95) pos++;else break;
            }
            kind = T_IDENT;
          } else {
            kind = T_OP;
            pos++;
          }
      }
      count++;
      yield kind * 1048576 + (pos - start);
    }
  } finally {
    finalLine = line;
  }
}

// Deterministic source-like text of about `bytes` characters.
function makeText(bytes) {
  const words = ['let', 'const', 'value', 'index', 'result', 'callback', 'x', 'y2', 'total_count', '$el', 'Foo', 'bar'];
  const ops = ['=', '+', '-', '*', '<', '>', '!', '&', '|', '/'];
  let seed = 12345;
  const rnd = m => {
    seed = Math.imul(seed, 1103515245) + 12345 & 0x7fffffff;
    return seed % m;
  };
  const parts = [];
  let size = 0;
  while (size < bytes) {
    let line = '';
    const n = 3 + rnd(8);
    for (let k = 0; k < n; k++) {
      const r = rnd(10);
      if (r < 4) line += words[rnd(words.length)];else if (r < 6) line += String(rnd(100000)) + (rnd(3) === 0 ? '.' + rnd(100) : '');else if (r < 7) line += '"str ' + rnd(1000) + '"';else if (r < 9) line += ops[rnd(ops.length)];else line += '();,[]{}'[rnd(8)];
      line += rnd(3) === 0 ? '' : ' ';
    }
    if (rnd(5) === 0) line += '  // comment ' + rnd(100);
    line += rnd(4) === 0 ? ';\r\n' : ';\n';
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}
function prepare(size) {
  return {
    text: makeText(size.bytes),
    passes: size.passes
  };
}
function run(ctx) {
  let h = 0;
  let n = 0;
  for (let p = 0; p < ctx.passes; p++) {
    const it = tokenize(ctx.text);
    for (let r = it.next(); !r.done; r = it.next()) {
      h = h * 31 + r.value | 0;
      n++;
    }
  }
  return {
    result: [h, n, finalLine],
    units: ctx.text.length * ctx.passes
  };
}
module.exports = {
  prepare,
  run
};