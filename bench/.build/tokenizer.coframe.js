const $co = require("/work/main/dist/runtime/index.js");
const $T0 = [[1, -1, 4, 6]];
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
function tokenize(text) {
  if (new.target !== undefined) throw new TypeError("tokenize is not a constructor");
  const $f = {
    $s: 0,
    text: text,
    len: undefined,
    pos: undefined,
    line: undefined,
    count: undefined
  };
  return $co.gen($f, $v => {
    let start, c, kind, $c1;
    $L: for (;;) switch ($f.$s) {
      // line 15
      case 0:
        $f.len = $f.text.length;
        $f.pos = 0;
        $f.line = 1;
        $f.count = 0;
        $f.$s = 1;
      // line 21
      case 1:
        if (!($f.pos < $f.len)) {
          $f.$s = 3;
          continue $L;
        }
        start = $f.pos;
        c = $f.text.charCodeAt($f.pos);
        kind = 0;
        switch (c) {
          case 32:
          case 9:
          case 13:
            $f.pos++;
            {
              $f.$s = 1;
              continue $L;
            }
          case 10:
            $f.line++;
            $f.pos++;
            {
              $f.$s = 1;
              continue $L;
            }
          case 40:
          case 41:
          case 44:
          case 59:
          case 91:
          case 93:
          case 123:
          case 125:
            kind = T_PUNCT;
            $f.pos++;
            break;
          case 34:
            $f.pos++;
            while ($f.pos < $f.len && $f.text.charCodeAt($f.pos) !== 34) $f.pos++;
            $f.pos++;
            kind = T_STR;
            break;
          case 47:
            if ($f.text.charCodeAt($f.pos + 1) === 47) {
              while ($f.pos < $f.len && $f.text.charCodeAt($f.pos) !== 10) $f.pos++;
              {
                $f.$s = 1;
                continue $L;
              }
            }
            kind = T_OP;
            $f.pos++;
            break;
          default:
            if (c >= 48 && c <= 57) {
              $f.pos++;
              while ($f.pos < $f.len) {
                const d = $f.text.charCodeAt($f.pos);
                if (d >= 48 && d <= 57 || d === 46) $f.pos++;else break;
              }
              kind = T_NUM;
            } else if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36) {
              $f.pos++;
              while ($f.pos < $f.len) {
                const d = $f.text.charCodeAt($f.pos);
                if (d >= 97 && d <= 122 || d >= 65 && d <= 90 || d >= 48 && d <= 57 || d === 95) $f.pos++;else break;
              }
              kind = T_IDENT;
            } else {
              kind = T_OP;
              $f.pos++;
            }
        }
        $f.count++;
        $f.$s = 2;
        return kind * 1048576 + ($f.pos - start);
      case 2:
        $f.$s = 1;
        continue $L;
      case 3:
        $c1 = null;
        $f.$s = 5;
        continue $L;
      case 4:
        $c1 = $v;
        $f.$s = 5;
      // line 77
      case 5:
        finalLine = $f.line;
        if ($c1 !== null) return $co.abrupt($f, $T0, $c1.t, $c1.v);
        $f.$s = 6;
      case 6:
        $f.$s = -1;
        return;
    }
  }, $T0);
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