const $co = require("/work/main/dist/runtime/index.js");
const $T1 = [[1, -1, 10, 12]];
const $T2 = [[2, 4, -1, 5]];
const $T4 = [[1, -1, 5, 7]];
const $T6 = [[1, -1, 10, 12]];
const $T7 = [[2, 4, -1, 5]];
const $T9 = [[1, -1, 5, 7]];
const $T11 = [[1, -1, 10, 12]];
const $T12 = [[2, 4, -1, 5]];
const $T14 = [[1, -1, 5, 7]];
const $T16 = [[1, -1, 10, 12]];
const $T17 = [[2, 4, -1, 5]];
const $T19 = [[1, -1, 5, 7]];
const $T21 = [[1, -1, 10, 12]];
const $T22 = [[2, 4, -1, 5]];
const $T24 = [[1, -1, 5, 7]];
const $T26 = [[1, -1, 10, 12]];
const $T27 = [[2, 4, -1, 5]];
const $T29 = [[1, -1, 5, 7]];
const $T31 = [[1, -1, 10, 12]];
const $T32 = [[2, 4, -1, 5]];
const $T34 = [[1, -1, 5, 7]];
const $T36 = [[1, -1, 10, 12]];
const $T37 = [[2, 4, -1, 5]];
const $T39 = [[1, -1, 5, 7]];
const $T41 = [[1, -1, 10, 12]];
const $T42 = [[2, 4, -1, 5]];
const $T44 = [[1, -1, 5, 7]];
const $T46 = [[1, -1, 10, 12]];
const $T47 = [[2, 4, -1, 5]];
const $T49 = [[1, -1, 5, 7]];
const $T51 = [[1, -1, 10, 12]];
const $T52 = [[2, 4, -1, 5]];
const $T54 = [[1, -1, 5, 7]];
const $T56 = [[1, -1, 10, 12]];
const $T57 = [[2, 4, -1, 5]];
const $T59 = [[1, -1, 5, 7]];
const $T61 = [[1, -1, 10, 12]];
const $T62 = [[2, 4, -1, 5]];
const $T64 = [[1, -1, 5, 7]];
const $T66 = [[1, -1, 10, 12]];
const $T67 = [[2, 4, -1, 5]];
const $T69 = [[1, -1, 5, 7]];
const $T71 = [[1, -1, 10, 12]];
const $T72 = [[2, 4, -1, 5]];
const $T74 = [[1, -1, 5, 7]];
const $T76 = [[1, -1, 10, 12]];
const $T77 = [[2, 4, -1, 5]];
const $T79 = [[1, -1, 5, 7]];
const $T81 = [[1, -1, 10, 12]];
const $T82 = [[2, 4, -1, 5]];
const $T84 = [[1, -1, 5, 7]];
const $T86 = [[1, -1, 10, 12]];
const $T87 = [[2, 4, -1, 5]];
const $T89 = [[1, -1, 5, 7]];
const $T91 = [[1, -1, 10, 12]];
const $T92 = [[2, 4, -1, 5]];
const $T94 = [[1, -1, 5, 7]];
const $T96 = [[1, -1, 10, 12]];
const $T97 = [[2, 4, -1, 5]];
const $T99 = [[1, -1, 5, 7]];
const $T101 = [[1, -1, 10, 12]];
const $T102 = [[2, 4, -1, 5]];
const $T104 = [[1, -1, 5, 7]];
const $T106 = [[1, -1, 10, 12]];
const $T107 = [[2, 4, -1, 5]];
const $T109 = [[1, -1, 5, 7]];
const $T111 = [[1, -1, 10, 12]];
const $T112 = [[2, 4, -1, 5]];
const $T114 = [[1, -1, 5, 7]];
const $T116 = [[1, -1, 10, 12]];
const $T117 = [[2, 4, -1, 5]];
const $T119 = [[1, -1, 5, 7]];
const $T121 = [[1, -1, 10, 12]];
const $T122 = [[2, 4, -1, 5]];
const $T124 = [[1, -1, 5, 7]];
const $T126 = [[1, -1, 10, 12]];
const $T127 = [[2, 4, -1, 5]];
const $T129 = [[1, -1, 5, 7]];
const $T131 = [[1, -1, 10, 12]];
const $T132 = [[2, 4, -1, 5]];
const $T134 = [[1, -1, 5, 7]];
const $T136 = [[1, -1, 10, 12]];
const $T137 = [[2, 4, -1, 5]];
const $T139 = [[1, -1, 5, 7]];
const $T141 = [[1, -1, 10, 12]];
const $T142 = [[2, 4, -1, 5]];
const $T144 = [[1, -1, 5, 7]];
const $T146 = [[1, -1, 10, 12]];
const $T147 = [[2, 4, -1, 5]];
const $T149 = [[1, -1, 5, 7]];
const $T151 = [[1, -1, 10, 12]];
const $T152 = [[2, 4, -1, 5]];
const $T154 = [[1, -1, 5, 7]];
const $T156 = [[1, -1, 10, 12]];
const $T157 = [[2, 4, -1, 5]];
const $T159 = [[1, -1, 5, 7]];
const $T161 = [[1, -1, 10, 12]];
const $T162 = [[2, 4, -1, 5]];
const $T164 = [[1, -1, 5, 7]];
const $T166 = [[1, -1, 10, 12]];
const $T167 = [[2, 4, -1, 5]];
const $T169 = [[1, -1, 5, 7]];
const $T171 = [[1, -1, 10, 12]];
const $T172 = [[2, 4, -1, 5]];
const $T174 = [[1, -1, 5, 7]];
const $T176 = [[1, -1, 10, 12]];
const $T177 = [[2, 4, -1, 5]];
const $T179 = [[1, -1, 5, 7]];
const $T181 = [[1, -1, 10, 12]];
const $T182 = [[2, 4, -1, 5]];
const $T184 = [[1, -1, 5, 7]];
const $T186 = [[1, -1, 10, 12]];
const $T187 = [[2, 4, -1, 5]];
const $T189 = [[1, -1, 5, 7]];
const $T191 = [[1, -1, 10, 12]];
const $T192 = [[2, 4, -1, 5]];
const $T194 = [[1, -1, 5, 7]];
const $T196 = [[1, -1, 10, 12]];
const $T197 = [[2, 4, -1, 5]];
const $T199 = [[1, -1, 5, 7]];
const $T201 = [[1, -1, 10, 12]];
const $T202 = [[2, 4, -1, 5]];
const $T204 = [[1, -1, 5, 7]];
const $T206 = [[1, -1, 10, 12]];
const $T207 = [[2, 4, -1, 5]];
const $T209 = [[1, -1, 5, 7]];
const $T211 = [[1, -1, 10, 12]];
const $T212 = [[2, 4, -1, 5]];
const $T214 = [[1, -1, 5, 7]];
const $T216 = [[1, -1, 10, 12]];
const $T217 = [[2, 4, -1, 5]];
const $T219 = [[1, -1, 5, 7]];
const $T221 = [[1, -1, 10, 12]];
const $T222 = [[2, 4, -1, 5]];
const $T224 = [[1, -1, 5, 7]];
const $T226 = [[1, -1, 10, 12]];
const $T227 = [[2, 4, -1, 5]];
const $T229 = [[1, -1, 5, 7]];
const $T231 = [[1, -1, 10, 12]];
const $T232 = [[2, 4, -1, 5]];
const $T234 = [[1, -1, 5, 7]];
const $T236 = [[1, -1, 10, 12]];
const $T237 = [[2, 4, -1, 5]];
const $T239 = [[1, -1, 5, 7]];
const $T241 = [[1, -1, 10, 12]];
const $T242 = [[2, 4, -1, 5]];
const $T244 = [[1, -1, 5, 7]];
const $T246 = [[1, -1, 10, 12]];
const $T247 = [[2, 4, -1, 5]];
const $T249 = [[1, -1, 5, 7]];
const $T251 = [[1, -1, 10, 12]];
const $T252 = [[2, 4, -1, 5]];
const $T254 = [[1, -1, 5, 7]];
const $T256 = [[1, -1, 10, 12]];
const $T257 = [[2, 4, -1, 5]];
const $T259 = [[1, -1, 5, 7]];
const $T261 = [[1, -1, 10, 12]];
const $T262 = [[2, 4, -1, 5]];
const $T264 = [[1, -1, 5, 7]];
const $T266 = [[1, -1, 10, 12]];
const $T267 = [[2, 4, -1, 5]];
const $T269 = [[1, -1, 5, 7]];
const $T271 = [[1, -1, 10, 12]];
const $T272 = [[2, 4, -1, 5]];
const $T274 = [[1, -1, 5, 7]];
const $T276 = [[1, -1, 10, 12]];
const $T277 = [[2, 4, -1, 5]];
const $T279 = [[1, -1, 5, 7]];
const $T281 = [[1, -1, 10, 12]];
const $T282 = [[2, 4, -1, 5]];
const $T284 = [[1, -1, 5, 7]];
const $T286 = [[1, -1, 10, 12]];
const $T287 = [[2, 4, -1, 5]];
const $T289 = [[1, -1, 5, 7]];
const $T291 = [[1, -1, 10, 12]];
const $T292 = [[2, 4, -1, 5]];
const $T294 = [[1, -1, 5, 7]];
const $T296 = [[1, -1, 10, 12]];
const $T297 = [[2, 4, -1, 5]];
const $T299 = [[1, -1, 5, 7]];
const $T301 = [[1, -1, 10, 12]];
const $T302 = [[2, 4, -1, 5]];
const $T304 = [[1, -1, 5, 7]];
const $T306 = [[1, -1, 10, 12]];
const $T307 = [[2, 4, -1, 5]];
const $T309 = [[1, -1, 5, 7]];
const $T311 = [[1, -1, 10, 12]];
const $T312 = [[2, 4, -1, 5]];
const $T314 = [[1, -1, 5, 7]];
const $T316 = [[1, -1, 10, 12]];
const $T317 = [[2, 4, -1, 5]];
const $T319 = [[1, -1, 5, 7]];
const $T321 = [[1, -1, 10, 12]];
const $T322 = [[2, 4, -1, 5]];
const $T324 = [[1, -1, 5, 7]];
const $T326 = [[1, -1, 10, 12]];
const $T327 = [[2, 4, -1, 5]];
const $T329 = [[1, -1, 5, 7]];
const $T331 = [[1, -1, 10, 12]];
const $T332 = [[2, 4, -1, 5]];
const $T334 = [[1, -1, 5, 7]];
const $T336 = [[1, -1, 10, 12]];
const $T337 = [[2, 4, -1, 5]];
const $T339 = [[1, -1, 5, 7]];
const $T341 = [[1, -1, 10, 12]];
const $T342 = [[2, 4, -1, 5]];
const $T344 = [[1, -1, 5, 7]];
const $T346 = [[1, -1, 10, 12]];
const $T347 = [[2, 4, -1, 5]];
const $T349 = [[1, -1, 5, 7]];
const $T351 = [[1, -1, 10, 12]];
const $T352 = [[2, 4, -1, 5]];
const $T354 = [[1, -1, 5, 7]];
const $T356 = [[1, -1, 10, 12]];
const $T357 = [[2, 4, -1, 5]];
const $T359 = [[1, -1, 5, 7]];
const $T361 = [[1, -1, 10, 12]];
const $T362 = [[2, 4, -1, 5]];
const $T364 = [[1, -1, 5, 7]];
const $T366 = [[1, -1, 10, 12]];
const $T367 = [[2, 4, -1, 5]];
const $T369 = [[1, -1, 5, 7]];
const $T371 = [[1, -1, 10, 12]];
const $T372 = [[2, 4, -1, 5]];
const $T374 = [[1, -1, 5, 7]];
const $T376 = [[1, -1, 10, 12]];
const $T377 = [[2, 4, -1, 5]];
const $T379 = [[1, -1, 5, 7]];
const $T381 = [[1, -1, 10, 12]];
const $T382 = [[2, 4, -1, 5]];
const $T384 = [[1, -1, 5, 7]];
const $T386 = [[1, -1, 10, 12]];
const $T387 = [[2, 4, -1, 5]];
const $T389 = [[1, -1, 5, 7]];
const $T391 = [[1, -1, 10, 12]];
const $T392 = [[2, 4, -1, 5]];
const $T394 = [[1, -1, 5, 7]];
const $T396 = [[1, -1, 10, 12]];
const $T397 = [[2, 4, -1, 5]];
const $T399 = [[1, -1, 5, 7]];
// generated by bench/lib/genmodule.js: do not edit
let sink = 0;
function value(x) {
  if (x % 7 === 6) return Promise.reject(new Error("odd " + x));
  return x % 2 ? Promise.resolve(x) : x;
}
function c0(n, k) {
  if (new.target !== undefined) throw new TypeError("c0 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 8
      case 0:
        acc = 0;
        $f.i = 0;
      // line 10
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 12
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 13
      case 3:
        acc -= v;
      // line 10
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 15
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c1(n, k) {
  if (new.target !== undefined) throw new TypeError("c1 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 18
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 21
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 21
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 23
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 23
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 24
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 25
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 21
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 29
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T1, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T1);
}
function c2(n, k) {
  if (new.target !== undefined) throw new TypeError("c2 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 33
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 35
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 37
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 37
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 38
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 35
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 42
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T2);
}
function c3(n, k) {
  if (new.target !== undefined) throw new TypeError("c3 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 45
      case 0:
        $f.$s = 1;
        return c2(n, k + 1);
      // line 46
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 48
      case 2:
        second = $v;
      // line 49
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c4(n, k) {
  if (new.target !== undefined) throw new TypeError("c4 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 52
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c0(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 54
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 54
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T4, $c6.t, $c6.v);
        $f.$s = 7;
      // line 57
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T4);
}
function c5(n, k) {
  if (new.target !== undefined) throw new TypeError("c5 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 60
      case 0:
        acc = 5;
        $f.i = 0;
      // line 62
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 64
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 65
      case 3:
        acc -= v;
      // line 62
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 67
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c6(n, k) {
  if (new.target !== undefined) throw new TypeError("c6 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 70
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 73
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 73
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 75
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 75
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 76
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 77
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 73
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 81
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T6, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T6);
}
function c7(n, k) {
  if (new.target !== undefined) throw new TypeError("c7 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 85
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 87
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 89
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 89
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 90
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 87
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 94
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T7);
}
function c8(n, k) {
  if (new.target !== undefined) throw new TypeError("c8 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 97
      case 0:
        $f.$s = 1;
        return c7(n, k + 1);
      // line 98
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 100
      case 2:
        second = $v;
      // line 101
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c9(n, k) {
  if (new.target !== undefined) throw new TypeError("c9 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 104
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c5(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 106
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 106
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T9, $c6.t, $c6.v);
        $f.$s = 7;
      // line 109
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T9);
}
function c10(n, k) {
  if (new.target !== undefined) throw new TypeError("c10 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 112
      case 0:
        acc = 10;
        $f.i = 0;
      // line 114
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 116
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 117
      case 3:
        acc -= v;
      // line 114
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 119
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c11(n, k) {
  if (new.target !== undefined) throw new TypeError("c11 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 122
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 125
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 125
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 127
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 127
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 128
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 129
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 125
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 133
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T11, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T11);
}
function c12(n, k) {
  if (new.target !== undefined) throw new TypeError("c12 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 137
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 139
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 141
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 141
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 142
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 139
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 146
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T12);
}
function c13(n, k) {
  if (new.target !== undefined) throw new TypeError("c13 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 149
      case 0:
        $f.$s = 1;
        return c12(n, k + 1);
      // line 150
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 152
      case 2:
        second = $v;
      // line 153
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c14(n, k) {
  if (new.target !== undefined) throw new TypeError("c14 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 156
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c10(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 158
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 158
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T14, $c6.t, $c6.v);
        $f.$s = 7;
      // line 161
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T14);
}
function c15(n, k) {
  if (new.target !== undefined) throw new TypeError("c15 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 164
      case 0:
        acc = 15;
        $f.i = 0;
      // line 166
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 7 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 168
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 169
      case 3:
        acc -= v;
      // line 166
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 171
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c16(n, k) {
  if (new.target !== undefined) throw new TypeError("c16 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 174
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 177
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 177
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 179
      case 3:
        $f.$s = 4;
        return $f.i * 8;
      // line 179
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 180
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 181
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 177
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 185
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T16, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T16);
}
function c17(n, k) {
  if (new.target !== undefined) throw new TypeError("c17 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 189
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 191
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 193
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 193
      case 3:
        $f.total = $f.$t1 + $v * 9;
        $f.$s = 5;
        continue $L;
      // line 194
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 191
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 198
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T17);
}
function c18(n, k) {
  if (new.target !== undefined) throw new TypeError("c18 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 201
      case 0:
        $f.$s = 1;
        return c17(n, k + 1);
      // line 202
      case 1:
        $f.first = $v;
        second = $f.first * 10;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 204
      case 2:
        second = $v;
      // line 205
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c19(n, k) {
  if (new.target !== undefined) throw new TypeError("c19 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 208
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c15(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 210
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 11 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 210
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T19, $c6.t, $c6.v);
        $f.$s = 7;
      // line 213
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T19);
}
function c20(n, k) {
  if (new.target !== undefined) throw new TypeError("c20 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 216
      case 0:
        acc = 20;
        $f.i = 0;
      // line 218
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 12 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 220
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 221
      case 3:
        acc -= v;
      // line 218
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 223
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c21(n, k) {
  if (new.target !== undefined) throw new TypeError("c21 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 226
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 229
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 229
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 231
      case 3:
        $f.$s = 4;
        return $f.i * 13;
      // line 231
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 232
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 233
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 229
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 237
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T21, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T21);
}
function c22(n, k) {
  if (new.target !== undefined) throw new TypeError("c22 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 241
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 243
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 245
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 245
      case 3:
        $f.total = $f.$t1 + $v * 3;
        $f.$s = 5;
        continue $L;
      // line 246
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 243
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 250
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T22);
}
function c23(n, k) {
  if (new.target !== undefined) throw new TypeError("c23 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 253
      case 0:
        $f.$s = 1;
        return c22(n, k + 1);
      // line 254
      case 1:
        $f.first = $v;
        second = $f.first * 4;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 256
      case 2:
        second = $v;
      // line 257
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c24(n, k) {
  if (new.target !== undefined) throw new TypeError("c24 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 260
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c20(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 262
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 5 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 262
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T24, $c6.t, $c6.v);
        $f.$s = 7;
      // line 265
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T24);
}
function c25(n, k) {
  if (new.target !== undefined) throw new TypeError("c25 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 268
      case 0:
        acc = 25;
        $f.i = 0;
      // line 270
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 6 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 272
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 273
      case 3:
        acc -= v;
      // line 270
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 275
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c26(n, k) {
  if (new.target !== undefined) throw new TypeError("c26 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 278
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 281
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 281
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 283
      case 3:
        $f.$s = 4;
        return $f.i * 7;
      // line 283
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 284
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 285
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 281
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 289
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T26, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T26);
}
function c27(n, k) {
  if (new.target !== undefined) throw new TypeError("c27 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 293
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 295
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 297
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 297
      case 3:
        $f.total = $f.$t1 + $v * 8;
        $f.$s = 5;
        continue $L;
      // line 298
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 295
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 302
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T27);
}
function c28(n, k) {
  if (new.target !== undefined) throw new TypeError("c28 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 305
      case 0:
        $f.$s = 1;
        return c27(n, k + 1);
      // line 306
      case 1:
        $f.first = $v;
        second = $f.first * 9;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 308
      case 2:
        second = $v;
      // line 309
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c29(n, k) {
  if (new.target !== undefined) throw new TypeError("c29 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 312
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c25(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 314
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 10 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 314
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T29, $c6.t, $c6.v);
        $f.$s = 7;
      // line 317
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T29);
}
function c30(n, k) {
  if (new.target !== undefined) throw new TypeError("c30 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 320
      case 0:
        acc = 30;
        $f.i = 0;
      // line 322
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 11 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 324
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 325
      case 3:
        acc -= v;
      // line 322
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 327
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c31(n, k) {
  if (new.target !== undefined) throw new TypeError("c31 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 330
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 333
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 333
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 335
      case 3:
        $f.$s = 4;
        return $f.i * 12;
      // line 335
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 336
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 337
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 333
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 341
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T31, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T31);
}
function c32(n, k) {
  if (new.target !== undefined) throw new TypeError("c32 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 345
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 347
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 349
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 349
      case 3:
        $f.total = $f.$t1 + $v * 13;
        $f.$s = 5;
        continue $L;
      // line 350
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 347
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 354
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T32);
}
function c33(n, k) {
  if (new.target !== undefined) throw new TypeError("c33 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 357
      case 0:
        $f.$s = 1;
        return c32(n, k + 1);
      // line 358
      case 1:
        $f.first = $v;
        second = $f.first * 3;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 360
      case 2:
        second = $v;
      // line 361
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c34(n, k) {
  if (new.target !== undefined) throw new TypeError("c34 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 364
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c30(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 366
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 4 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 366
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T34, $c6.t, $c6.v);
        $f.$s = 7;
      // line 369
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T34);
}
function c35(n, k) {
  if (new.target !== undefined) throw new TypeError("c35 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 372
      case 0:
        acc = 35;
        $f.i = 0;
      // line 374
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 5 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 376
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 377
      case 3:
        acc -= v;
      // line 374
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 379
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c36(n, k) {
  if (new.target !== undefined) throw new TypeError("c36 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 382
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 385
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 385
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 387
      case 3:
        $f.$s = 4;
        return $f.i * 6;
      // line 387
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 388
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 389
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 385
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 393
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T36, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T36);
}
function c37(n, k) {
  if (new.target !== undefined) throw new TypeError("c37 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 397
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 399
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 401
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 401
      case 3:
        $f.total = $f.$t1 + $v * 7;
        $f.$s = 5;
        continue $L;
      // line 402
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 399
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 406
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T37);
}
function c38(n, k) {
  if (new.target !== undefined) throw new TypeError("c38 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 409
      case 0:
        $f.$s = 1;
        return c37(n, k + 1);
      // line 410
      case 1:
        $f.first = $v;
        second = $f.first * 8;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 412
      case 2:
        second = $v;
      // line 413
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c39(n, k) {
  if (new.target !== undefined) throw new TypeError("c39 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 416
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c35(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 418
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 9 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 418
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T39, $c6.t, $c6.v);
        $f.$s = 7;
      // line 421
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T39);
}
function c40(n, k) {
  if (new.target !== undefined) throw new TypeError("c40 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 424
      case 0:
        acc = 40;
        $f.i = 0;
      // line 426
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 10 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 428
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 429
      case 3:
        acc -= v;
      // line 426
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 431
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c41(n, k) {
  if (new.target !== undefined) throw new TypeError("c41 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 434
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 437
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 437
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 439
      case 3:
        $f.$s = 4;
        return $f.i * 11;
      // line 439
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 440
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 441
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 437
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 445
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T41, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T41);
}
function c42(n, k) {
  if (new.target !== undefined) throw new TypeError("c42 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 449
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 451
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 453
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 453
      case 3:
        $f.total = $f.$t1 + $v * 12;
        $f.$s = 5;
        continue $L;
      // line 454
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 451
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 458
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T42);
}
function c43(n, k) {
  if (new.target !== undefined) throw new TypeError("c43 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 461
      case 0:
        $f.$s = 1;
        return c42(n, k + 1);
      // line 462
      case 1:
        $f.first = $v;
        second = $f.first * 13;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 464
      case 2:
        second = $v;
      // line 465
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c44(n, k) {
  if (new.target !== undefined) throw new TypeError("c44 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 468
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c40(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 470
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 3 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 470
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T44, $c6.t, $c6.v);
        $f.$s = 7;
      // line 473
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T44);
}
function c45(n, k) {
  if (new.target !== undefined) throw new TypeError("c45 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 476
      case 0:
        acc = 45;
        $f.i = 0;
      // line 478
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 4 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 480
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 481
      case 3:
        acc -= v;
      // line 478
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 483
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c46(n, k) {
  if (new.target !== undefined) throw new TypeError("c46 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 486
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 489
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 489
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 491
      case 3:
        $f.$s = 4;
        return $f.i * 5;
      // line 491
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 492
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 493
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 489
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 497
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T46, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T46);
}
function c47(n, k) {
  if (new.target !== undefined) throw new TypeError("c47 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 501
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 503
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 505
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 505
      case 3:
        $f.total = $f.$t1 + $v * 6;
        $f.$s = 5;
        continue $L;
      // line 506
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 503
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 510
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T47);
}
function c48(n, k) {
  if (new.target !== undefined) throw new TypeError("c48 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 513
      case 0:
        $f.$s = 1;
        return c47(n, k + 1);
      // line 514
      case 1:
        $f.first = $v;
        second = $f.first * 7;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 516
      case 2:
        second = $v;
      // line 517
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c49(n, k) {
  if (new.target !== undefined) throw new TypeError("c49 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 520
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c45(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 522
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 8 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 522
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T49, $c6.t, $c6.v);
        $f.$s = 7;
      // line 525
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T49);
}
function c50(n, k) {
  if (new.target !== undefined) throw new TypeError("c50 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 528
      case 0:
        acc = 50;
        $f.i = 0;
      // line 530
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 9 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 532
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 533
      case 3:
        acc -= v;
      // line 530
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 535
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c51(n, k) {
  if (new.target !== undefined) throw new TypeError("c51 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 538
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 541
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 541
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 543
      case 3:
        $f.$s = 4;
        return $f.i * 10;
      // line 543
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 544
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 545
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 541
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 549
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T51, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T51);
}
function c52(n, k) {
  if (new.target !== undefined) throw new TypeError("c52 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 553
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 555
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 557
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 557
      case 3:
        $f.total = $f.$t1 + $v * 11;
        $f.$s = 5;
        continue $L;
      // line 558
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 555
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 562
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T52);
}
function c53(n, k) {
  if (new.target !== undefined) throw new TypeError("c53 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 565
      case 0:
        $f.$s = 1;
        return c52(n, k + 1);
      // line 566
      case 1:
        $f.first = $v;
        second = $f.first * 12;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 568
      case 2:
        second = $v;
      // line 569
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c54(n, k) {
  if (new.target !== undefined) throw new TypeError("c54 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 572
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c50(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 574
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 13 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 574
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T54, $c6.t, $c6.v);
        $f.$s = 7;
      // line 577
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T54);
}
function c55(n, k) {
  if (new.target !== undefined) throw new TypeError("c55 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 580
      case 0:
        acc = 55;
        $f.i = 0;
      // line 582
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 584
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 585
      case 3:
        acc -= v;
      // line 582
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 587
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c56(n, k) {
  if (new.target !== undefined) throw new TypeError("c56 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 590
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 593
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 593
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 595
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 595
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 596
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 597
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 593
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 601
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T56, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T56);
}
function c57(n, k) {
  if (new.target !== undefined) throw new TypeError("c57 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 605
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 607
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 609
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 609
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 610
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 607
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 614
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T57);
}
function c58(n, k) {
  if (new.target !== undefined) throw new TypeError("c58 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 617
      case 0:
        $f.$s = 1;
        return c57(n, k + 1);
      // line 618
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 620
      case 2:
        second = $v;
      // line 621
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c59(n, k) {
  if (new.target !== undefined) throw new TypeError("c59 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 624
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c55(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 626
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 626
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T59, $c6.t, $c6.v);
        $f.$s = 7;
      // line 629
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T59);
}
function c60(n, k) {
  if (new.target !== undefined) throw new TypeError("c60 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 632
      case 0:
        acc = 60;
        $f.i = 0;
      // line 634
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 636
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 637
      case 3:
        acc -= v;
      // line 634
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 639
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c61(n, k) {
  if (new.target !== undefined) throw new TypeError("c61 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 642
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 645
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 645
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 647
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 647
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 648
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 649
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 645
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 653
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T61, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T61);
}
function c62(n, k) {
  if (new.target !== undefined) throw new TypeError("c62 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 657
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 659
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 661
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 661
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 662
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 659
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 666
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T62);
}
function c63(n, k) {
  if (new.target !== undefined) throw new TypeError("c63 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 669
      case 0:
        $f.$s = 1;
        return c62(n, k + 1);
      // line 670
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 672
      case 2:
        second = $v;
      // line 673
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c64(n, k) {
  if (new.target !== undefined) throw new TypeError("c64 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 676
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c60(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 678
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 678
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T64, $c6.t, $c6.v);
        $f.$s = 7;
      // line 681
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T64);
}
function c65(n, k) {
  if (new.target !== undefined) throw new TypeError("c65 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 684
      case 0:
        acc = 65;
        $f.i = 0;
      // line 686
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 688
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 689
      case 3:
        acc -= v;
      // line 686
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 691
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c66(n, k) {
  if (new.target !== undefined) throw new TypeError("c66 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 694
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 697
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 697
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 699
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 699
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 700
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 701
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 697
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 705
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T66, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T66);
}
function c67(n, k) {
  if (new.target !== undefined) throw new TypeError("c67 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 709
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 711
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 713
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 713
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 714
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 711
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 718
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T67);
}
function c68(n, k) {
  if (new.target !== undefined) throw new TypeError("c68 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 721
      case 0:
        $f.$s = 1;
        return c67(n, k + 1);
      // line 722
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 724
      case 2:
        second = $v;
      // line 725
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c69(n, k) {
  if (new.target !== undefined) throw new TypeError("c69 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 728
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c65(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 730
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 730
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T69, $c6.t, $c6.v);
        $f.$s = 7;
      // line 733
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T69);
}
function c70(n, k) {
  if (new.target !== undefined) throw new TypeError("c70 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 736
      case 0:
        acc = 70;
        $f.i = 0;
      // line 738
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 7 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 740
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 741
      case 3:
        acc -= v;
      // line 738
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 743
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c71(n, k) {
  if (new.target !== undefined) throw new TypeError("c71 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 746
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 749
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 749
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 751
      case 3:
        $f.$s = 4;
        return $f.i * 8;
      // line 751
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 752
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 753
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 749
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 757
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T71, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T71);
}
function c72(n, k) {
  if (new.target !== undefined) throw new TypeError("c72 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 761
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 763
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 765
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 765
      case 3:
        $f.total = $f.$t1 + $v * 9;
        $f.$s = 5;
        continue $L;
      // line 766
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 763
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 770
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T72);
}
function c73(n, k) {
  if (new.target !== undefined) throw new TypeError("c73 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 773
      case 0:
        $f.$s = 1;
        return c72(n, k + 1);
      // line 774
      case 1:
        $f.first = $v;
        second = $f.first * 10;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 776
      case 2:
        second = $v;
      // line 777
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c74(n, k) {
  if (new.target !== undefined) throw new TypeError("c74 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 780
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c70(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 782
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 11 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 782
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T74, $c6.t, $c6.v);
        $f.$s = 7;
      // line 785
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T74);
}
function c75(n, k) {
  if (new.target !== undefined) throw new TypeError("c75 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 788
      case 0:
        acc = 75;
        $f.i = 0;
      // line 790
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 12 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 792
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 793
      case 3:
        acc -= v;
      // line 790
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 795
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c76(n, k) {
  if (new.target !== undefined) throw new TypeError("c76 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 798
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 801
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 801
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 803
      case 3:
        $f.$s = 4;
        return $f.i * 13;
      // line 803
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 804
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 805
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 801
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 809
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T76, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T76);
}
function c77(n, k) {
  if (new.target !== undefined) throw new TypeError("c77 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 813
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 815
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 817
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 817
      case 3:
        $f.total = $f.$t1 + $v * 3;
        $f.$s = 5;
        continue $L;
      // line 818
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 815
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 822
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T77);
}
function c78(n, k) {
  if (new.target !== undefined) throw new TypeError("c78 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 825
      case 0:
        $f.$s = 1;
        return c77(n, k + 1);
      // line 826
      case 1:
        $f.first = $v;
        second = $f.first * 4;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 828
      case 2:
        second = $v;
      // line 829
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c79(n, k) {
  if (new.target !== undefined) throw new TypeError("c79 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 832
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c75(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 834
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 5 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 834
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T79, $c6.t, $c6.v);
        $f.$s = 7;
      // line 837
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T79);
}
function c80(n, k) {
  if (new.target !== undefined) throw new TypeError("c80 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 840
      case 0:
        acc = 80;
        $f.i = 0;
      // line 842
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 6 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 844
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 845
      case 3:
        acc -= v;
      // line 842
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 847
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c81(n, k) {
  if (new.target !== undefined) throw new TypeError("c81 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 850
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 853
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 853
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 855
      case 3:
        $f.$s = 4;
        return $f.i * 7;
      // line 855
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 856
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 857
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 853
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 861
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T81, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T81);
}
function c82(n, k) {
  if (new.target !== undefined) throw new TypeError("c82 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 865
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 867
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 869
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 869
      case 3:
        $f.total = $f.$t1 + $v * 8;
        $f.$s = 5;
        continue $L;
      // line 870
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 867
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 874
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T82);
}
function c83(n, k) {
  if (new.target !== undefined) throw new TypeError("c83 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 877
      case 0:
        $f.$s = 1;
        return c82(n, k + 1);
      // line 878
      case 1:
        $f.first = $v;
        second = $f.first * 9;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 880
      case 2:
        second = $v;
      // line 881
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c84(n, k) {
  if (new.target !== undefined) throw new TypeError("c84 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 884
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c80(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 886
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 10 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 886
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T84, $c6.t, $c6.v);
        $f.$s = 7;
      // line 889
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T84);
}
function c85(n, k) {
  if (new.target !== undefined) throw new TypeError("c85 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 892
      case 0:
        acc = 85;
        $f.i = 0;
      // line 894
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 11 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 896
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 897
      case 3:
        acc -= v;
      // line 894
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 899
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c86(n, k) {
  if (new.target !== undefined) throw new TypeError("c86 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 902
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 905
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 905
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 907
      case 3:
        $f.$s = 4;
        return $f.i * 12;
      // line 907
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 908
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 909
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 905
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 913
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T86, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T86);
}
function c87(n, k) {
  if (new.target !== undefined) throw new TypeError("c87 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 917
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 919
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 921
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 921
      case 3:
        $f.total = $f.$t1 + $v * 13;
        $f.$s = 5;
        continue $L;
      // line 922
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 919
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 926
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T87);
}
function c88(n, k) {
  if (new.target !== undefined) throw new TypeError("c88 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 929
      case 0:
        $f.$s = 1;
        return c87(n, k + 1);
      // line 930
      case 1:
        $f.first = $v;
        second = $f.first * 3;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 932
      case 2:
        second = $v;
      // line 933
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c89(n, k) {
  if (new.target !== undefined) throw new TypeError("c89 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 936
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c85(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 938
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 4 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 938
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T89, $c6.t, $c6.v);
        $f.$s = 7;
      // line 941
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T89);
}
function c90(n, k) {
  if (new.target !== undefined) throw new TypeError("c90 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 944
      case 0:
        acc = 90;
        $f.i = 0;
      // line 946
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 5 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 948
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 949
      case 3:
        acc -= v;
      // line 946
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 951
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c91(n, k) {
  if (new.target !== undefined) throw new TypeError("c91 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 954
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 957
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 957
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 959
      case 3:
        $f.$s = 4;
        return $f.i * 6;
      // line 959
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 960
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 961
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 957
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 965
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T91, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T91);
}
function c92(n, k) {
  if (new.target !== undefined) throw new TypeError("c92 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 969
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 971
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 973
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 973
      case 3:
        $f.total = $f.$t1 + $v * 7;
        $f.$s = 5;
        continue $L;
      // line 974
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 971
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 978
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T92);
}
function c93(n, k) {
  if (new.target !== undefined) throw new TypeError("c93 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 981
      case 0:
        $f.$s = 1;
        return c92(n, k + 1);
      // line 982
      case 1:
        $f.first = $v;
        second = $f.first * 8;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 984
      case 2:
        second = $v;
      // line 985
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c94(n, k) {
  if (new.target !== undefined) throw new TypeError("c94 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 988
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c90(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 990
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 9 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 990
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T94, $c6.t, $c6.v);
        $f.$s = 7;
      // line 993
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T94);
}
function c95(n, k) {
  if (new.target !== undefined) throw new TypeError("c95 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 996
      case 0:
        acc = 95;
        $f.i = 0;
      // line 998
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 10 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1000
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1001
      case 3:
        acc -= v;
      // line 998
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1003
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c96(n, k) {
  if (new.target !== undefined) throw new TypeError("c96 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1006
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1009
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1009
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1011
      case 3:
        $f.$s = 4;
        return $f.i * 11;
      // line 1011
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1012
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1013
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1009
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1017
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T96, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T96);
}
function c97(n, k) {
  if (new.target !== undefined) throw new TypeError("c97 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1021
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 1023
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1025
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1025
      case 3:
        $f.total = $f.$t1 + $v * 12;
        $f.$s = 5;
        continue $L;
      // line 1026
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1023
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1030
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T97);
}
function c98(n, k) {
  if (new.target !== undefined) throw new TypeError("c98 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1033
      case 0:
        $f.$s = 1;
        return c97(n, k + 1);
      // line 1034
      case 1:
        $f.first = $v;
        second = $f.first * 13;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1036
      case 2:
        second = $v;
      // line 1037
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c99(n, k) {
  if (new.target !== undefined) throw new TypeError("c99 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1040
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c95(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1042
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 3 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1042
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T99, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1045
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T99);
}
function c100(n, k) {
  if (new.target !== undefined) throw new TypeError("c100 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1048
      case 0:
        acc = 3;
        $f.i = 0;
      // line 1050
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 4 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1052
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1053
      case 3:
        acc -= v;
      // line 1050
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1055
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c101(n, k) {
  if (new.target !== undefined) throw new TypeError("c101 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1058
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1061
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1061
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1063
      case 3:
        $f.$s = 4;
        return $f.i * 5;
      // line 1063
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1064
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1065
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1061
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1069
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T101, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T101);
}
function c102(n, k) {
  if (new.target !== undefined) throw new TypeError("c102 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1073
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 1075
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1077
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1077
      case 3:
        $f.total = $f.$t1 + $v * 6;
        $f.$s = 5;
        continue $L;
      // line 1078
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1075
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1082
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T102);
}
function c103(n, k) {
  if (new.target !== undefined) throw new TypeError("c103 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1085
      case 0:
        $f.$s = 1;
        return c102(n, k + 1);
      // line 1086
      case 1:
        $f.first = $v;
        second = $f.first * 7;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1088
      case 2:
        second = $v;
      // line 1089
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c104(n, k) {
  if (new.target !== undefined) throw new TypeError("c104 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1092
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c100(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1094
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 8 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1094
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T104, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1097
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T104);
}
function c105(n, k) {
  if (new.target !== undefined) throw new TypeError("c105 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1100
      case 0:
        acc = 8;
        $f.i = 0;
      // line 1102
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 9 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1104
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1105
      case 3:
        acc -= v;
      // line 1102
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1107
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c106(n, k) {
  if (new.target !== undefined) throw new TypeError("c106 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1110
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1113
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1113
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1115
      case 3:
        $f.$s = 4;
        return $f.i * 10;
      // line 1115
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1116
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1117
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1113
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1121
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T106, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T106);
}
function c107(n, k) {
  if (new.target !== undefined) throw new TypeError("c107 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1125
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 1127
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1129
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1129
      case 3:
        $f.total = $f.$t1 + $v * 11;
        $f.$s = 5;
        continue $L;
      // line 1130
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1127
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1134
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T107);
}
function c108(n, k) {
  if (new.target !== undefined) throw new TypeError("c108 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1137
      case 0:
        $f.$s = 1;
        return c107(n, k + 1);
      // line 1138
      case 1:
        $f.first = $v;
        second = $f.first * 12;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1140
      case 2:
        second = $v;
      // line 1141
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c109(n, k) {
  if (new.target !== undefined) throw new TypeError("c109 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1144
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c105(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1146
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 13 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1146
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T109, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1149
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T109);
}
function c110(n, k) {
  if (new.target !== undefined) throw new TypeError("c110 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1152
      case 0:
        acc = 13;
        $f.i = 0;
      // line 1154
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1156
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1157
      case 3:
        acc -= v;
      // line 1154
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1159
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c111(n, k) {
  if (new.target !== undefined) throw new TypeError("c111 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1162
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1165
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1165
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1167
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 1167
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1168
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1169
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1165
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1173
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T111, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T111);
}
function c112(n, k) {
  if (new.target !== undefined) throw new TypeError("c112 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1177
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 1179
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1181
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1181
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 1182
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1179
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1186
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T112);
}
function c113(n, k) {
  if (new.target !== undefined) throw new TypeError("c113 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1189
      case 0:
        $f.$s = 1;
        return c112(n, k + 1);
      // line 1190
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1192
      case 2:
        second = $v;
      // line 1193
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c114(n, k) {
  if (new.target !== undefined) throw new TypeError("c114 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1196
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c110(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1198
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1198
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T114, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1201
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T114);
}
function c115(n, k) {
  if (new.target !== undefined) throw new TypeError("c115 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1204
      case 0:
        acc = 18;
        $f.i = 0;
      // line 1206
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1208
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1209
      case 3:
        acc -= v;
      // line 1206
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1211
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c116(n, k) {
  if (new.target !== undefined) throw new TypeError("c116 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1214
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1217
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1217
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1219
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 1219
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1220
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1221
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1217
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1225
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T116, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T116);
}
function c117(n, k) {
  if (new.target !== undefined) throw new TypeError("c117 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1229
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 1231
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1233
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1233
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 1234
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1231
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1238
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T117);
}
function c118(n, k) {
  if (new.target !== undefined) throw new TypeError("c118 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1241
      case 0:
        $f.$s = 1;
        return c117(n, k + 1);
      // line 1242
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1244
      case 2:
        second = $v;
      // line 1245
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c119(n, k) {
  if (new.target !== undefined) throw new TypeError("c119 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1248
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c115(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1250
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1250
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T119, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1253
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T119);
}
function c120(n, k) {
  if (new.target !== undefined) throw new TypeError("c120 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1256
      case 0:
        acc = 23;
        $f.i = 0;
      // line 1258
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1260
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1261
      case 3:
        acc -= v;
      // line 1258
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1263
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c121(n, k) {
  if (new.target !== undefined) throw new TypeError("c121 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1266
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1269
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1269
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1271
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 1271
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1272
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1273
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1269
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1277
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T121, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T121);
}
function c122(n, k) {
  if (new.target !== undefined) throw new TypeError("c122 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1281
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 1283
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1285
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1285
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 1286
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1283
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1290
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T122);
}
function c123(n, k) {
  if (new.target !== undefined) throw new TypeError("c123 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1293
      case 0:
        $f.$s = 1;
        return c122(n, k + 1);
      // line 1294
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1296
      case 2:
        second = $v;
      // line 1297
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c124(n, k) {
  if (new.target !== undefined) throw new TypeError("c124 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1300
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c120(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1302
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1302
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T124, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1305
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T124);
}
function c125(n, k) {
  if (new.target !== undefined) throw new TypeError("c125 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1308
      case 0:
        acc = 28;
        $f.i = 0;
      // line 1310
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 7 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1312
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1313
      case 3:
        acc -= v;
      // line 1310
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1315
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c126(n, k) {
  if (new.target !== undefined) throw new TypeError("c126 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1318
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1321
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1321
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1323
      case 3:
        $f.$s = 4;
        return $f.i * 8;
      // line 1323
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1324
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1325
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1321
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1329
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T126, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T126);
}
function c127(n, k) {
  if (new.target !== undefined) throw new TypeError("c127 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1333
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 1335
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1337
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1337
      case 3:
        $f.total = $f.$t1 + $v * 9;
        $f.$s = 5;
        continue $L;
      // line 1338
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1335
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1342
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T127);
}
function c128(n, k) {
  if (new.target !== undefined) throw new TypeError("c128 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1345
      case 0:
        $f.$s = 1;
        return c127(n, k + 1);
      // line 1346
      case 1:
        $f.first = $v;
        second = $f.first * 10;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1348
      case 2:
        second = $v;
      // line 1349
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c129(n, k) {
  if (new.target !== undefined) throw new TypeError("c129 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1352
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c125(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1354
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 11 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1354
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T129, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1357
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T129);
}
function c130(n, k) {
  if (new.target !== undefined) throw new TypeError("c130 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1360
      case 0:
        acc = 33;
        $f.i = 0;
      // line 1362
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 12 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1364
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1365
      case 3:
        acc -= v;
      // line 1362
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1367
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c131(n, k) {
  if (new.target !== undefined) throw new TypeError("c131 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1370
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1373
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1373
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1375
      case 3:
        $f.$s = 4;
        return $f.i * 13;
      // line 1375
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1376
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1377
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1373
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1381
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T131, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T131);
}
function c132(n, k) {
  if (new.target !== undefined) throw new TypeError("c132 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1385
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 1387
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1389
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1389
      case 3:
        $f.total = $f.$t1 + $v * 3;
        $f.$s = 5;
        continue $L;
      // line 1390
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1387
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1394
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T132);
}
function c133(n, k) {
  if (new.target !== undefined) throw new TypeError("c133 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1397
      case 0:
        $f.$s = 1;
        return c132(n, k + 1);
      // line 1398
      case 1:
        $f.first = $v;
        second = $f.first * 4;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1400
      case 2:
        second = $v;
      // line 1401
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c134(n, k) {
  if (new.target !== undefined) throw new TypeError("c134 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1404
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c130(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1406
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 5 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1406
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T134, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1409
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T134);
}
function c135(n, k) {
  if (new.target !== undefined) throw new TypeError("c135 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1412
      case 0:
        acc = 38;
        $f.i = 0;
      // line 1414
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 6 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1416
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1417
      case 3:
        acc -= v;
      // line 1414
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1419
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c136(n, k) {
  if (new.target !== undefined) throw new TypeError("c136 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1422
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1425
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1425
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1427
      case 3:
        $f.$s = 4;
        return $f.i * 7;
      // line 1427
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1428
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1429
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1425
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1433
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T136, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T136);
}
function c137(n, k) {
  if (new.target !== undefined) throw new TypeError("c137 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1437
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 1439
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1441
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1441
      case 3:
        $f.total = $f.$t1 + $v * 8;
        $f.$s = 5;
        continue $L;
      // line 1442
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1439
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1446
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T137);
}
function c138(n, k) {
  if (new.target !== undefined) throw new TypeError("c138 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1449
      case 0:
        $f.$s = 1;
        return c137(n, k + 1);
      // line 1450
      case 1:
        $f.first = $v;
        second = $f.first * 9;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1452
      case 2:
        second = $v;
      // line 1453
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c139(n, k) {
  if (new.target !== undefined) throw new TypeError("c139 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1456
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c135(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1458
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 10 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1458
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T139, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1461
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T139);
}
function c140(n, k) {
  if (new.target !== undefined) throw new TypeError("c140 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1464
      case 0:
        acc = 43;
        $f.i = 0;
      // line 1466
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 11 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1468
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1469
      case 3:
        acc -= v;
      // line 1466
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1471
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c141(n, k) {
  if (new.target !== undefined) throw new TypeError("c141 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1474
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1477
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1477
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1479
      case 3:
        $f.$s = 4;
        return $f.i * 12;
      // line 1479
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1480
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1481
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1477
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1485
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T141, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T141);
}
function c142(n, k) {
  if (new.target !== undefined) throw new TypeError("c142 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1489
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 1491
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1493
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1493
      case 3:
        $f.total = $f.$t1 + $v * 13;
        $f.$s = 5;
        continue $L;
      // line 1494
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1491
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1498
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T142);
}
function c143(n, k) {
  if (new.target !== undefined) throw new TypeError("c143 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1501
      case 0:
        $f.$s = 1;
        return c142(n, k + 1);
      // line 1502
      case 1:
        $f.first = $v;
        second = $f.first * 3;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1504
      case 2:
        second = $v;
      // line 1505
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c144(n, k) {
  if (new.target !== undefined) throw new TypeError("c144 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1508
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c140(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1510
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 4 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1510
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T144, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1513
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T144);
}
function c145(n, k) {
  if (new.target !== undefined) throw new TypeError("c145 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1516
      case 0:
        acc = 48;
        $f.i = 0;
      // line 1518
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 5 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1520
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1521
      case 3:
        acc -= v;
      // line 1518
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1523
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c146(n, k) {
  if (new.target !== undefined) throw new TypeError("c146 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1526
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1529
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1529
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1531
      case 3:
        $f.$s = 4;
        return $f.i * 6;
      // line 1531
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1532
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1533
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1529
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1537
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T146, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T146);
}
function c147(n, k) {
  if (new.target !== undefined) throw new TypeError("c147 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1541
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 1543
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1545
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1545
      case 3:
        $f.total = $f.$t1 + $v * 7;
        $f.$s = 5;
        continue $L;
      // line 1546
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1543
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1550
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T147);
}
function c148(n, k) {
  if (new.target !== undefined) throw new TypeError("c148 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1553
      case 0:
        $f.$s = 1;
        return c147(n, k + 1);
      // line 1554
      case 1:
        $f.first = $v;
        second = $f.first * 8;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1556
      case 2:
        second = $v;
      // line 1557
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c149(n, k) {
  if (new.target !== undefined) throw new TypeError("c149 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1560
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c145(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1562
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 9 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1562
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T149, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1565
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T149);
}
function c150(n, k) {
  if (new.target !== undefined) throw new TypeError("c150 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1568
      case 0:
        acc = 53;
        $f.i = 0;
      // line 1570
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 10 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1572
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1573
      case 3:
        acc -= v;
      // line 1570
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1575
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c151(n, k) {
  if (new.target !== undefined) throw new TypeError("c151 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1578
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1581
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1581
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1583
      case 3:
        $f.$s = 4;
        return $f.i * 11;
      // line 1583
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1584
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1585
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1581
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1589
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T151, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T151);
}
function c152(n, k) {
  if (new.target !== undefined) throw new TypeError("c152 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1593
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 1595
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1597
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1597
      case 3:
        $f.total = $f.$t1 + $v * 12;
        $f.$s = 5;
        continue $L;
      // line 1598
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1595
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1602
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T152);
}
function c153(n, k) {
  if (new.target !== undefined) throw new TypeError("c153 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1605
      case 0:
        $f.$s = 1;
        return c152(n, k + 1);
      // line 1606
      case 1:
        $f.first = $v;
        second = $f.first * 13;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1608
      case 2:
        second = $v;
      // line 1609
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c154(n, k) {
  if (new.target !== undefined) throw new TypeError("c154 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1612
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c150(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1614
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 3 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1614
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T154, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1617
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T154);
}
function c155(n, k) {
  if (new.target !== undefined) throw new TypeError("c155 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1620
      case 0:
        acc = 58;
        $f.i = 0;
      // line 1622
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 4 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1624
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1625
      case 3:
        acc -= v;
      // line 1622
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1627
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c156(n, k) {
  if (new.target !== undefined) throw new TypeError("c156 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1630
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1633
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1633
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1635
      case 3:
        $f.$s = 4;
        return $f.i * 5;
      // line 1635
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1636
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1637
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1633
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1641
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T156, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T156);
}
function c157(n, k) {
  if (new.target !== undefined) throw new TypeError("c157 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1645
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 1647
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1649
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1649
      case 3:
        $f.total = $f.$t1 + $v * 6;
        $f.$s = 5;
        continue $L;
      // line 1650
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1647
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1654
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T157);
}
function c158(n, k) {
  if (new.target !== undefined) throw new TypeError("c158 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1657
      case 0:
        $f.$s = 1;
        return c157(n, k + 1);
      // line 1658
      case 1:
        $f.first = $v;
        second = $f.first * 7;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1660
      case 2:
        second = $v;
      // line 1661
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c159(n, k) {
  if (new.target !== undefined) throw new TypeError("c159 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1664
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c155(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1666
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 8 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1666
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T159, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1669
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T159);
}
function c160(n, k) {
  if (new.target !== undefined) throw new TypeError("c160 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1672
      case 0:
        acc = 63;
        $f.i = 0;
      // line 1674
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 9 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1676
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1677
      case 3:
        acc -= v;
      // line 1674
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1679
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c161(n, k) {
  if (new.target !== undefined) throw new TypeError("c161 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1682
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1685
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1685
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1687
      case 3:
        $f.$s = 4;
        return $f.i * 10;
      // line 1687
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1688
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1689
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1685
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1693
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T161, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T161);
}
function c162(n, k) {
  if (new.target !== undefined) throw new TypeError("c162 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1697
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 1699
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1701
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1701
      case 3:
        $f.total = $f.$t1 + $v * 11;
        $f.$s = 5;
        continue $L;
      // line 1702
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1699
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1706
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T162);
}
function c163(n, k) {
  if (new.target !== undefined) throw new TypeError("c163 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1709
      case 0:
        $f.$s = 1;
        return c162(n, k + 1);
      // line 1710
      case 1:
        $f.first = $v;
        second = $f.first * 12;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1712
      case 2:
        second = $v;
      // line 1713
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c164(n, k) {
  if (new.target !== undefined) throw new TypeError("c164 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1716
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c160(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1718
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 13 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1718
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T164, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1721
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T164);
}
function c165(n, k) {
  if (new.target !== undefined) throw new TypeError("c165 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1724
      case 0:
        acc = 68;
        $f.i = 0;
      // line 1726
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1728
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1729
      case 3:
        acc -= v;
      // line 1726
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1731
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c166(n, k) {
  if (new.target !== undefined) throw new TypeError("c166 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1734
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1737
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1737
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1739
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 1739
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1740
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1741
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1737
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1745
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T166, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T166);
}
function c167(n, k) {
  if (new.target !== undefined) throw new TypeError("c167 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1749
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 1751
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1753
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1753
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 1754
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1751
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1758
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T167);
}
function c168(n, k) {
  if (new.target !== undefined) throw new TypeError("c168 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1761
      case 0:
        $f.$s = 1;
        return c167(n, k + 1);
      // line 1762
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1764
      case 2:
        second = $v;
      // line 1765
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c169(n, k) {
  if (new.target !== undefined) throw new TypeError("c169 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1768
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c165(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1770
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1770
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T169, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1773
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T169);
}
function c170(n, k) {
  if (new.target !== undefined) throw new TypeError("c170 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1776
      case 0:
        acc = 73;
        $f.i = 0;
      // line 1778
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1780
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1781
      case 3:
        acc -= v;
      // line 1778
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1783
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c171(n, k) {
  if (new.target !== undefined) throw new TypeError("c171 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1786
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1789
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1789
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1791
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 1791
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1792
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1793
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1789
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1797
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T171, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T171);
}
function c172(n, k) {
  if (new.target !== undefined) throw new TypeError("c172 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1801
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 1803
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1805
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1805
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 1806
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1803
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1810
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T172);
}
function c173(n, k) {
  if (new.target !== undefined) throw new TypeError("c173 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1813
      case 0:
        $f.$s = 1;
        return c172(n, k + 1);
      // line 1814
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1816
      case 2:
        second = $v;
      // line 1817
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c174(n, k) {
  if (new.target !== undefined) throw new TypeError("c174 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1820
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c170(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1822
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1822
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T174, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1825
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T174);
}
function c175(n, k) {
  if (new.target !== undefined) throw new TypeError("c175 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1828
      case 0:
        acc = 78;
        $f.i = 0;
      // line 1830
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1832
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1833
      case 3:
        acc -= v;
      // line 1830
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1835
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c176(n, k) {
  if (new.target !== undefined) throw new TypeError("c176 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1838
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1841
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1841
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1843
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 1843
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1844
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1845
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1841
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1849
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T176, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T176);
}
function c177(n, k) {
  if (new.target !== undefined) throw new TypeError("c177 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1853
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 1855
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1857
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1857
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 1858
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1855
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1862
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T177);
}
function c178(n, k) {
  if (new.target !== undefined) throw new TypeError("c178 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1865
      case 0:
        $f.$s = 1;
        return c177(n, k + 1);
      // line 1866
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1868
      case 2:
        second = $v;
      // line 1869
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c179(n, k) {
  if (new.target !== undefined) throw new TypeError("c179 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1872
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c175(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1874
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1874
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T179, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1877
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T179);
}
function c180(n, k) {
  if (new.target !== undefined) throw new TypeError("c180 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1880
      case 0:
        acc = 83;
        $f.i = 0;
      // line 1882
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 7 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1884
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1885
      case 3:
        acc -= v;
      // line 1882
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1887
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c181(n, k) {
  if (new.target !== undefined) throw new TypeError("c181 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1890
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1893
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1893
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1895
      case 3:
        $f.$s = 4;
        return $f.i * 8;
      // line 1895
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1896
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1897
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1893
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1901
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T181, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T181);
}
function c182(n, k) {
  if (new.target !== undefined) throw new TypeError("c182 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1905
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 1907
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1909
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1909
      case 3:
        $f.total = $f.$t1 + $v * 9;
        $f.$s = 5;
        continue $L;
      // line 1910
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1907
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1914
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T182);
}
function c183(n, k) {
  if (new.target !== undefined) throw new TypeError("c183 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1917
      case 0:
        $f.$s = 1;
        return c182(n, k + 1);
      // line 1918
      case 1:
        $f.first = $v;
        second = $f.first * 10;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1920
      case 2:
        second = $v;
      // line 1921
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c184(n, k) {
  if (new.target !== undefined) throw new TypeError("c184 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1924
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c180(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1926
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 11 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1926
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T184, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1929
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T184);
}
function c185(n, k) {
  if (new.target !== undefined) throw new TypeError("c185 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1932
      case 0:
        acc = 88;
        $f.i = 0;
      // line 1934
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 12 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1936
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1937
      case 3:
        acc -= v;
      // line 1934
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1939
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c186(n, k) {
  if (new.target !== undefined) throw new TypeError("c186 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1942
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1945
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1945
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1947
      case 3:
        $f.$s = 4;
        return $f.i * 13;
      // line 1947
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1948
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 1949
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1945
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 1953
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T186, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T186);
}
function c187(n, k) {
  if (new.target !== undefined) throw new TypeError("c187 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 1957
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 1959
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 1961
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 1961
      case 3:
        $f.total = $f.$t1 + $v * 3;
        $f.$s = 5;
        continue $L;
      // line 1962
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 1959
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1966
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T187);
}
function c188(n, k) {
  if (new.target !== undefined) throw new TypeError("c188 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 1969
      case 0:
        $f.$s = 1;
        return c187(n, k + 1);
      // line 1970
      case 1:
        $f.first = $v;
        second = $f.first * 4;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 1972
      case 2:
        second = $v;
      // line 1973
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c189(n, k) {
  if (new.target !== undefined) throw new TypeError("c189 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 1976
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c185(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 1978
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 5 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 1978
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T189, $c6.t, $c6.v);
        $f.$s = 7;
      // line 1981
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T189);
}
function c190(n, k) {
  if (new.target !== undefined) throw new TypeError("c190 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 1984
      case 0:
        acc = 93;
        $f.i = 0;
      // line 1986
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 6 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 1988
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 1989
      case 3:
        acc -= v;
      // line 1986
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 1991
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c191(n, k) {
  if (new.target !== undefined) throw new TypeError("c191 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 1994
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 1997
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 1997
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 1999
      case 3:
        $f.$s = 4;
        return $f.i * 7;
      // line 1999
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2000
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2001
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 1997
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2005
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T191, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T191);
}
function c192(n, k) {
  if (new.target !== undefined) throw new TypeError("c192 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2009
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 2011
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2013
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2013
      case 3:
        $f.total = $f.$t1 + $v * 8;
        $f.$s = 5;
        continue $L;
      // line 2014
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2011
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2018
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T192);
}
function c193(n, k) {
  if (new.target !== undefined) throw new TypeError("c193 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2021
      case 0:
        $f.$s = 1;
        return c192(n, k + 1);
      // line 2022
      case 1:
        $f.first = $v;
        second = $f.first * 9;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2024
      case 2:
        second = $v;
      // line 2025
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c194(n, k) {
  if (new.target !== undefined) throw new TypeError("c194 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2028
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c190(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2030
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 10 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2030
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T194, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2033
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T194);
}
function c195(n, k) {
  if (new.target !== undefined) throw new TypeError("c195 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2036
      case 0:
        acc = 1;
        $f.i = 0;
      // line 2038
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 11 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2040
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2041
      case 3:
        acc -= v;
      // line 2038
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2043
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c196(n, k) {
  if (new.target !== undefined) throw new TypeError("c196 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2046
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2049
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2049
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2051
      case 3:
        $f.$s = 4;
        return $f.i * 12;
      // line 2051
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2052
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2053
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2049
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2057
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T196, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T196);
}
function c197(n, k) {
  if (new.target !== undefined) throw new TypeError("c197 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2061
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 2063
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2065
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2065
      case 3:
        $f.total = $f.$t1 + $v * 13;
        $f.$s = 5;
        continue $L;
      // line 2066
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2063
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2070
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T197);
}
function c198(n, k) {
  if (new.target !== undefined) throw new TypeError("c198 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2073
      case 0:
        $f.$s = 1;
        return c197(n, k + 1);
      // line 2074
      case 1:
        $f.first = $v;
        second = $f.first * 3;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2076
      case 2:
        second = $v;
      // line 2077
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c199(n, k) {
  if (new.target !== undefined) throw new TypeError("c199 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2080
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c195(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2082
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 4 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2082
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T199, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2085
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T199);
}
function c200(n, k) {
  if (new.target !== undefined) throw new TypeError("c200 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2088
      case 0:
        acc = 6;
        $f.i = 0;
      // line 2090
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 5 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2092
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2093
      case 3:
        acc -= v;
      // line 2090
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2095
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c201(n, k) {
  if (new.target !== undefined) throw new TypeError("c201 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2098
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2101
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2101
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2103
      case 3:
        $f.$s = 4;
        return $f.i * 6;
      // line 2103
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2104
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2105
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2101
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2109
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T201, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T201);
}
function c202(n, k) {
  if (new.target !== undefined) throw new TypeError("c202 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2113
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 2115
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2117
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2117
      case 3:
        $f.total = $f.$t1 + $v * 7;
        $f.$s = 5;
        continue $L;
      // line 2118
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2115
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2122
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T202);
}
function c203(n, k) {
  if (new.target !== undefined) throw new TypeError("c203 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2125
      case 0:
        $f.$s = 1;
        return c202(n, k + 1);
      // line 2126
      case 1:
        $f.first = $v;
        second = $f.first * 8;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2128
      case 2:
        second = $v;
      // line 2129
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c204(n, k) {
  if (new.target !== undefined) throw new TypeError("c204 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2132
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c200(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2134
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 9 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2134
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T204, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2137
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T204);
}
function c205(n, k) {
  if (new.target !== undefined) throw new TypeError("c205 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2140
      case 0:
        acc = 11;
        $f.i = 0;
      // line 2142
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 10 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2144
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2145
      case 3:
        acc -= v;
      // line 2142
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2147
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c206(n, k) {
  if (new.target !== undefined) throw new TypeError("c206 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2150
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2153
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2153
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2155
      case 3:
        $f.$s = 4;
        return $f.i * 11;
      // line 2155
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2156
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2157
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2153
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2161
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T206, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T206);
}
function c207(n, k) {
  if (new.target !== undefined) throw new TypeError("c207 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2165
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 2167
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2169
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2169
      case 3:
        $f.total = $f.$t1 + $v * 12;
        $f.$s = 5;
        continue $L;
      // line 2170
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2167
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2174
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T207);
}
function c208(n, k) {
  if (new.target !== undefined) throw new TypeError("c208 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2177
      case 0:
        $f.$s = 1;
        return c207(n, k + 1);
      // line 2178
      case 1:
        $f.first = $v;
        second = $f.first * 13;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2180
      case 2:
        second = $v;
      // line 2181
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c209(n, k) {
  if (new.target !== undefined) throw new TypeError("c209 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2184
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c205(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2186
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 3 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2186
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T209, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2189
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T209);
}
function c210(n, k) {
  if (new.target !== undefined) throw new TypeError("c210 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2192
      case 0:
        acc = 16;
        $f.i = 0;
      // line 2194
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 4 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2196
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2197
      case 3:
        acc -= v;
      // line 2194
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2199
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c211(n, k) {
  if (new.target !== undefined) throw new TypeError("c211 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2202
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2205
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2205
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2207
      case 3:
        $f.$s = 4;
        return $f.i * 5;
      // line 2207
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2208
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2209
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2205
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2213
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T211, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T211);
}
function c212(n, k) {
  if (new.target !== undefined) throw new TypeError("c212 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2217
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 2219
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2221
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2221
      case 3:
        $f.total = $f.$t1 + $v * 6;
        $f.$s = 5;
        continue $L;
      // line 2222
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2219
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2226
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T212);
}
function c213(n, k) {
  if (new.target !== undefined) throw new TypeError("c213 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2229
      case 0:
        $f.$s = 1;
        return c212(n, k + 1);
      // line 2230
      case 1:
        $f.first = $v;
        second = $f.first * 7;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2232
      case 2:
        second = $v;
      // line 2233
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c214(n, k) {
  if (new.target !== undefined) throw new TypeError("c214 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2236
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c210(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2238
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 8 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2238
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T214, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2241
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T214);
}
function c215(n, k) {
  if (new.target !== undefined) throw new TypeError("c215 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2244
      case 0:
        acc = 21;
        $f.i = 0;
      // line 2246
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 9 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2248
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2249
      case 3:
        acc -= v;
      // line 2246
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2251
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c216(n, k) {
  if (new.target !== undefined) throw new TypeError("c216 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2254
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2257
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2257
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2259
      case 3:
        $f.$s = 4;
        return $f.i * 10;
      // line 2259
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2260
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2261
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2257
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2265
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T216, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T216);
}
function c217(n, k) {
  if (new.target !== undefined) throw new TypeError("c217 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2269
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 2271
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2273
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2273
      case 3:
        $f.total = $f.$t1 + $v * 11;
        $f.$s = 5;
        continue $L;
      // line 2274
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2271
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2278
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T217);
}
function c218(n, k) {
  if (new.target !== undefined) throw new TypeError("c218 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2281
      case 0:
        $f.$s = 1;
        return c217(n, k + 1);
      // line 2282
      case 1:
        $f.first = $v;
        second = $f.first * 12;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2284
      case 2:
        second = $v;
      // line 2285
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c219(n, k) {
  if (new.target !== undefined) throw new TypeError("c219 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2288
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c215(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2290
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 13 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2290
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T219, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2293
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T219);
}
function c220(n, k) {
  if (new.target !== undefined) throw new TypeError("c220 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2296
      case 0:
        acc = 26;
        $f.i = 0;
      // line 2298
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2300
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2301
      case 3:
        acc -= v;
      // line 2298
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2303
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c221(n, k) {
  if (new.target !== undefined) throw new TypeError("c221 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2306
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2309
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2309
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2311
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 2311
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2312
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2313
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2309
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2317
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T221, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T221);
}
function c222(n, k) {
  if (new.target !== undefined) throw new TypeError("c222 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2321
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 2323
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2325
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2325
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 2326
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2323
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2330
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T222);
}
function c223(n, k) {
  if (new.target !== undefined) throw new TypeError("c223 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2333
      case 0:
        $f.$s = 1;
        return c222(n, k + 1);
      // line 2334
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2336
      case 2:
        second = $v;
      // line 2337
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c224(n, k) {
  if (new.target !== undefined) throw new TypeError("c224 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2340
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c220(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2342
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2342
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T224, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2345
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T224);
}
function c225(n, k) {
  if (new.target !== undefined) throw new TypeError("c225 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2348
      case 0:
        acc = 31;
        $f.i = 0;
      // line 2350
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2352
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2353
      case 3:
        acc -= v;
      // line 2350
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2355
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c226(n, k) {
  if (new.target !== undefined) throw new TypeError("c226 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2358
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2361
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2361
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2363
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 2363
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2364
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2365
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2361
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2369
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T226, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T226);
}
function c227(n, k) {
  if (new.target !== undefined) throw new TypeError("c227 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2373
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 2375
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2377
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2377
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 2378
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2375
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2382
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T227);
}
function c228(n, k) {
  if (new.target !== undefined) throw new TypeError("c228 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2385
      case 0:
        $f.$s = 1;
        return c227(n, k + 1);
      // line 2386
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2388
      case 2:
        second = $v;
      // line 2389
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c229(n, k) {
  if (new.target !== undefined) throw new TypeError("c229 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2392
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c225(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2394
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2394
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T229, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2397
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T229);
}
function c230(n, k) {
  if (new.target !== undefined) throw new TypeError("c230 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2400
      case 0:
        acc = 36;
        $f.i = 0;
      // line 2402
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2404
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2405
      case 3:
        acc -= v;
      // line 2402
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2407
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c231(n, k) {
  if (new.target !== undefined) throw new TypeError("c231 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2410
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2413
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2413
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2415
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 2415
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2416
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2417
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2413
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2421
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T231, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T231);
}
function c232(n, k) {
  if (new.target !== undefined) throw new TypeError("c232 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2425
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 2427
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2429
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2429
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 2430
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2427
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2434
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T232);
}
function c233(n, k) {
  if (new.target !== undefined) throw new TypeError("c233 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2437
      case 0:
        $f.$s = 1;
        return c232(n, k + 1);
      // line 2438
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2440
      case 2:
        second = $v;
      // line 2441
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c234(n, k) {
  if (new.target !== undefined) throw new TypeError("c234 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2444
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c230(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2446
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2446
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T234, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2449
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T234);
}
function c235(n, k) {
  if (new.target !== undefined) throw new TypeError("c235 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2452
      case 0:
        acc = 41;
        $f.i = 0;
      // line 2454
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 7 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2456
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2457
      case 3:
        acc -= v;
      // line 2454
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2459
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c236(n, k) {
  if (new.target !== undefined) throw new TypeError("c236 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2462
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2465
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2465
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2467
      case 3:
        $f.$s = 4;
        return $f.i * 8;
      // line 2467
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2468
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2469
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2465
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2473
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T236, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T236);
}
function c237(n, k) {
  if (new.target !== undefined) throw new TypeError("c237 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2477
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 2479
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2481
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2481
      case 3:
        $f.total = $f.$t1 + $v * 9;
        $f.$s = 5;
        continue $L;
      // line 2482
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2479
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2486
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T237);
}
function c238(n, k) {
  if (new.target !== undefined) throw new TypeError("c238 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2489
      case 0:
        $f.$s = 1;
        return c237(n, k + 1);
      // line 2490
      case 1:
        $f.first = $v;
        second = $f.first * 10;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2492
      case 2:
        second = $v;
      // line 2493
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c239(n, k) {
  if (new.target !== undefined) throw new TypeError("c239 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2496
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c235(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2498
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 11 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2498
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T239, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2501
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T239);
}
function c240(n, k) {
  if (new.target !== undefined) throw new TypeError("c240 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2504
      case 0:
        acc = 46;
        $f.i = 0;
      // line 2506
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 12 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2508
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2509
      case 3:
        acc -= v;
      // line 2506
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2511
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c241(n, k) {
  if (new.target !== undefined) throw new TypeError("c241 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2514
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2517
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2517
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2519
      case 3:
        $f.$s = 4;
        return $f.i * 13;
      // line 2519
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2520
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2521
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2517
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2525
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T241, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T241);
}
function c242(n, k) {
  if (new.target !== undefined) throw new TypeError("c242 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2529
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 2531
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2533
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2533
      case 3:
        $f.total = $f.$t1 + $v * 3;
        $f.$s = 5;
        continue $L;
      // line 2534
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2531
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2538
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T242);
}
function c243(n, k) {
  if (new.target !== undefined) throw new TypeError("c243 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2541
      case 0:
        $f.$s = 1;
        return c242(n, k + 1);
      // line 2542
      case 1:
        $f.first = $v;
        second = $f.first * 4;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2544
      case 2:
        second = $v;
      // line 2545
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c244(n, k) {
  if (new.target !== undefined) throw new TypeError("c244 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2548
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c240(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2550
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 5 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2550
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T244, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2553
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T244);
}
function c245(n, k) {
  if (new.target !== undefined) throw new TypeError("c245 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2556
      case 0:
        acc = 51;
        $f.i = 0;
      // line 2558
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 6 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2560
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2561
      case 3:
        acc -= v;
      // line 2558
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2563
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c246(n, k) {
  if (new.target !== undefined) throw new TypeError("c246 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2566
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2569
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2569
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2571
      case 3:
        $f.$s = 4;
        return $f.i * 7;
      // line 2571
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2572
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2573
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2569
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2577
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T246, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T246);
}
function c247(n, k) {
  if (new.target !== undefined) throw new TypeError("c247 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2581
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 2583
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2585
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2585
      case 3:
        $f.total = $f.$t1 + $v * 8;
        $f.$s = 5;
        continue $L;
      // line 2586
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2583
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2590
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T247);
}
function c248(n, k) {
  if (new.target !== undefined) throw new TypeError("c248 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2593
      case 0:
        $f.$s = 1;
        return c247(n, k + 1);
      // line 2594
      case 1:
        $f.first = $v;
        second = $f.first * 9;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2596
      case 2:
        second = $v;
      // line 2597
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c249(n, k) {
  if (new.target !== undefined) throw new TypeError("c249 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2600
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c245(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2602
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 10 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2602
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T249, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2605
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T249);
}
function c250(n, k) {
  if (new.target !== undefined) throw new TypeError("c250 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2608
      case 0:
        acc = 56;
        $f.i = 0;
      // line 2610
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 11 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2612
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2613
      case 3:
        acc -= v;
      // line 2610
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2615
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c251(n, k) {
  if (new.target !== undefined) throw new TypeError("c251 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2618
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2621
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2621
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2623
      case 3:
        $f.$s = 4;
        return $f.i * 12;
      // line 2623
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2624
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2625
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2621
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2629
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T251, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T251);
}
function c252(n, k) {
  if (new.target !== undefined) throw new TypeError("c252 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2633
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 2635
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2637
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2637
      case 3:
        $f.total = $f.$t1 + $v * 13;
        $f.$s = 5;
        continue $L;
      // line 2638
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2635
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2642
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T252);
}
function c253(n, k) {
  if (new.target !== undefined) throw new TypeError("c253 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2645
      case 0:
        $f.$s = 1;
        return c252(n, k + 1);
      // line 2646
      case 1:
        $f.first = $v;
        second = $f.first * 3;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2648
      case 2:
        second = $v;
      // line 2649
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c254(n, k) {
  if (new.target !== undefined) throw new TypeError("c254 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2652
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c250(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2654
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 4 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2654
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T254, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2657
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T254);
}
function c255(n, k) {
  if (new.target !== undefined) throw new TypeError("c255 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2660
      case 0:
        acc = 61;
        $f.i = 0;
      // line 2662
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 5 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2664
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2665
      case 3:
        acc -= v;
      // line 2662
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2667
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c256(n, k) {
  if (new.target !== undefined) throw new TypeError("c256 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2670
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2673
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2673
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2675
      case 3:
        $f.$s = 4;
        return $f.i * 6;
      // line 2675
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2676
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2677
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2673
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2681
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T256, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T256);
}
function c257(n, k) {
  if (new.target !== undefined) throw new TypeError("c257 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2685
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 2687
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2689
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2689
      case 3:
        $f.total = $f.$t1 + $v * 7;
        $f.$s = 5;
        continue $L;
      // line 2690
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2687
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2694
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T257);
}
function c258(n, k) {
  if (new.target !== undefined) throw new TypeError("c258 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2697
      case 0:
        $f.$s = 1;
        return c257(n, k + 1);
      // line 2698
      case 1:
        $f.first = $v;
        second = $f.first * 8;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2700
      case 2:
        second = $v;
      // line 2701
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c259(n, k) {
  if (new.target !== undefined) throw new TypeError("c259 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2704
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c255(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2706
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 9 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2706
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T259, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2709
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T259);
}
function c260(n, k) {
  if (new.target !== undefined) throw new TypeError("c260 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2712
      case 0:
        acc = 66;
        $f.i = 0;
      // line 2714
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 10 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2716
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2717
      case 3:
        acc -= v;
      // line 2714
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2719
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c261(n, k) {
  if (new.target !== undefined) throw new TypeError("c261 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2722
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2725
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2725
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2727
      case 3:
        $f.$s = 4;
        return $f.i * 11;
      // line 2727
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2728
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2729
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2725
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2733
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T261, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T261);
}
function c262(n, k) {
  if (new.target !== undefined) throw new TypeError("c262 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2737
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 2739
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2741
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2741
      case 3:
        $f.total = $f.$t1 + $v * 12;
        $f.$s = 5;
        continue $L;
      // line 2742
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2739
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2746
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T262);
}
function c263(n, k) {
  if (new.target !== undefined) throw new TypeError("c263 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2749
      case 0:
        $f.$s = 1;
        return c262(n, k + 1);
      // line 2750
      case 1:
        $f.first = $v;
        second = $f.first * 13;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2752
      case 2:
        second = $v;
      // line 2753
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c264(n, k) {
  if (new.target !== undefined) throw new TypeError("c264 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2756
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c260(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2758
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 3 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2758
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T264, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2761
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T264);
}
function c265(n, k) {
  if (new.target !== undefined) throw new TypeError("c265 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2764
      case 0:
        acc = 71;
        $f.i = 0;
      // line 2766
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 4 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2768
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2769
      case 3:
        acc -= v;
      // line 2766
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2771
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c266(n, k) {
  if (new.target !== undefined) throw new TypeError("c266 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2774
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2777
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2777
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2779
      case 3:
        $f.$s = 4;
        return $f.i * 5;
      // line 2779
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2780
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2781
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2777
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2785
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T266, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T266);
}
function c267(n, k) {
  if (new.target !== undefined) throw new TypeError("c267 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2789
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 2791
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2793
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2793
      case 3:
        $f.total = $f.$t1 + $v * 6;
        $f.$s = 5;
        continue $L;
      // line 2794
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2791
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2798
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T267);
}
function c268(n, k) {
  if (new.target !== undefined) throw new TypeError("c268 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2801
      case 0:
        $f.$s = 1;
        return c267(n, k + 1);
      // line 2802
      case 1:
        $f.first = $v;
        second = $f.first * 7;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2804
      case 2:
        second = $v;
      // line 2805
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c269(n, k) {
  if (new.target !== undefined) throw new TypeError("c269 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2808
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c265(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2810
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 8 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2810
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T269, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2813
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T269);
}
function c270(n, k) {
  if (new.target !== undefined) throw new TypeError("c270 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2816
      case 0:
        acc = 76;
        $f.i = 0;
      // line 2818
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 9 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2820
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2821
      case 3:
        acc -= v;
      // line 2818
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2823
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c271(n, k) {
  if (new.target !== undefined) throw new TypeError("c271 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2826
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2829
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2829
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2831
      case 3:
        $f.$s = 4;
        return $f.i * 10;
      // line 2831
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2832
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2833
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2829
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2837
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T271, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T271);
}
function c272(n, k) {
  if (new.target !== undefined) throw new TypeError("c272 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2841
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 2843
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2845
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2845
      case 3:
        $f.total = $f.$t1 + $v * 11;
        $f.$s = 5;
        continue $L;
      // line 2846
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2843
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2850
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T272);
}
function c273(n, k) {
  if (new.target !== undefined) throw new TypeError("c273 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2853
      case 0:
        $f.$s = 1;
        return c272(n, k + 1);
      // line 2854
      case 1:
        $f.first = $v;
        second = $f.first * 12;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2856
      case 2:
        second = $v;
      // line 2857
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c274(n, k) {
  if (new.target !== undefined) throw new TypeError("c274 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2860
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c270(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2862
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 13 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2862
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T274, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2865
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T274);
}
function c275(n, k) {
  if (new.target !== undefined) throw new TypeError("c275 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2868
      case 0:
        acc = 81;
        $f.i = 0;
      // line 2870
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2872
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2873
      case 3:
        acc -= v;
      // line 2870
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2875
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c276(n, k) {
  if (new.target !== undefined) throw new TypeError("c276 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2878
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2881
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2881
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2883
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 2883
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2884
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2885
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2881
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2889
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T276, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T276);
}
function c277(n, k) {
  if (new.target !== undefined) throw new TypeError("c277 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2893
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 2895
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2897
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2897
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 2898
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2895
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2902
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T277);
}
function c278(n, k) {
  if (new.target !== undefined) throw new TypeError("c278 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2905
      case 0:
        $f.$s = 1;
        return c277(n, k + 1);
      // line 2906
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2908
      case 2:
        second = $v;
      // line 2909
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c279(n, k) {
  if (new.target !== undefined) throw new TypeError("c279 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2912
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c275(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2914
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2914
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T279, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2917
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T279);
}
function c280(n, k) {
  if (new.target !== undefined) throw new TypeError("c280 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2920
      case 0:
        acc = 86;
        $f.i = 0;
      // line 2922
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2924
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2925
      case 3:
        acc -= v;
      // line 2922
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2927
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c281(n, k) {
  if (new.target !== undefined) throw new TypeError("c281 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2930
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2933
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2933
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2935
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 2935
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2936
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2937
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2933
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2941
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T281, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T281);
}
function c282(n, k) {
  if (new.target !== undefined) throw new TypeError("c282 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2945
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 2947
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 2949
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 2949
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 2950
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2947
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2954
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T282);
}
function c283(n, k) {
  if (new.target !== undefined) throw new TypeError("c283 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 2957
      case 0:
        $f.$s = 1;
        return c282(n, k + 1);
      // line 2958
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 2960
      case 2:
        second = $v;
      // line 2961
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c284(n, k) {
  if (new.target !== undefined) throw new TypeError("c284 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 2964
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c280(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 2966
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 2966
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T284, $c6.t, $c6.v);
        $f.$s = 7;
      // line 2969
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T284);
}
function c285(n, k) {
  if (new.target !== undefined) throw new TypeError("c285 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 2972
      case 0:
        acc = 91;
        $f.i = 0;
      // line 2974
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 2976
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 2977
      case 3:
        acc -= v;
      // line 2974
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 2979
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c286(n, k) {
  if (new.target !== undefined) throw new TypeError("c286 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 2982
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 2985
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 2985
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 2987
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 2987
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2988
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 2989
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 2985
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 2993
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T286, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T286);
}
function c287(n, k) {
  if (new.target !== undefined) throw new TypeError("c287 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 2997
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 2999
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3001
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3001
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 3002
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 2999
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3006
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T287);
}
function c288(n, k) {
  if (new.target !== undefined) throw new TypeError("c288 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3009
      case 0:
        $f.$s = 1;
        return c287(n, k + 1);
      // line 3010
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3012
      case 2:
        second = $v;
      // line 3013
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c289(n, k) {
  if (new.target !== undefined) throw new TypeError("c289 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3016
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c285(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3018
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3018
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T289, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3021
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T289);
}
function c290(n, k) {
  if (new.target !== undefined) throw new TypeError("c290 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3024
      case 0:
        acc = 96;
        $f.i = 0;
      // line 3026
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 7 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3028
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3029
      case 3:
        acc -= v;
      // line 3026
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3031
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c291(n, k) {
  if (new.target !== undefined) throw new TypeError("c291 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3034
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3037
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3037
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3039
      case 3:
        $f.$s = 4;
        return $f.i * 8;
      // line 3039
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3040
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3041
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3037
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3045
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T291, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T291);
}
function c292(n, k) {
  if (new.target !== undefined) throw new TypeError("c292 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3049
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 3051
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3053
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3053
      case 3:
        $f.total = $f.$t1 + $v * 9;
        $f.$s = 5;
        continue $L;
      // line 3054
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3051
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3058
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T292);
}
function c293(n, k) {
  if (new.target !== undefined) throw new TypeError("c293 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3061
      case 0:
        $f.$s = 1;
        return c292(n, k + 1);
      // line 3062
      case 1:
        $f.first = $v;
        second = $f.first * 10;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3064
      case 2:
        second = $v;
      // line 3065
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c294(n, k) {
  if (new.target !== undefined) throw new TypeError("c294 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3068
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c290(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3070
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 11 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3070
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T294, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3073
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T294);
}
function c295(n, k) {
  if (new.target !== undefined) throw new TypeError("c295 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3076
      case 0:
        acc = 4;
        $f.i = 0;
      // line 3078
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 12 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3080
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3081
      case 3:
        acc -= v;
      // line 3078
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3083
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c296(n, k) {
  if (new.target !== undefined) throw new TypeError("c296 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3086
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3089
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3089
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3091
      case 3:
        $f.$s = 4;
        return $f.i * 13;
      // line 3091
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3092
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3093
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3089
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3097
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T296, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T296);
}
function c297(n, k) {
  if (new.target !== undefined) throw new TypeError("c297 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3101
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 3103
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3105
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3105
      case 3:
        $f.total = $f.$t1 + $v * 3;
        $f.$s = 5;
        continue $L;
      // line 3106
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3103
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3110
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T297);
}
function c298(n, k) {
  if (new.target !== undefined) throw new TypeError("c298 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3113
      case 0:
        $f.$s = 1;
        return c297(n, k + 1);
      // line 3114
      case 1:
        $f.first = $v;
        second = $f.first * 4;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3116
      case 2:
        second = $v;
      // line 3117
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c299(n, k) {
  if (new.target !== undefined) throw new TypeError("c299 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3120
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c295(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3122
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 5 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3122
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T299, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3125
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T299);
}
function c300(n, k) {
  if (new.target !== undefined) throw new TypeError("c300 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3128
      case 0:
        acc = 9;
        $f.i = 0;
      // line 3130
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 6 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3132
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3133
      case 3:
        acc -= v;
      // line 3130
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3135
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c301(n, k) {
  if (new.target !== undefined) throw new TypeError("c301 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3138
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3141
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3141
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3143
      case 3:
        $f.$s = 4;
        return $f.i * 7;
      // line 3143
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3144
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3145
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3141
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3149
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T301, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T301);
}
function c302(n, k) {
  if (new.target !== undefined) throw new TypeError("c302 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3153
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 3155
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3157
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3157
      case 3:
        $f.total = $f.$t1 + $v * 8;
        $f.$s = 5;
        continue $L;
      // line 3158
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3155
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3162
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T302);
}
function c303(n, k) {
  if (new.target !== undefined) throw new TypeError("c303 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3165
      case 0:
        $f.$s = 1;
        return c302(n, k + 1);
      // line 3166
      case 1:
        $f.first = $v;
        second = $f.first * 9;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3168
      case 2:
        second = $v;
      // line 3169
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c304(n, k) {
  if (new.target !== undefined) throw new TypeError("c304 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3172
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c300(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3174
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 10 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3174
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T304, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3177
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T304);
}
function c305(n, k) {
  if (new.target !== undefined) throw new TypeError("c305 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3180
      case 0:
        acc = 14;
        $f.i = 0;
      // line 3182
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 11 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3184
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3185
      case 3:
        acc -= v;
      // line 3182
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3187
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c306(n, k) {
  if (new.target !== undefined) throw new TypeError("c306 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3190
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3193
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3193
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3195
      case 3:
        $f.$s = 4;
        return $f.i * 12;
      // line 3195
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3196
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3197
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3193
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3201
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T306, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T306);
}
function c307(n, k) {
  if (new.target !== undefined) throw new TypeError("c307 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3205
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 3207
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3209
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3209
      case 3:
        $f.total = $f.$t1 + $v * 13;
        $f.$s = 5;
        continue $L;
      // line 3210
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3207
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3214
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T307);
}
function c308(n, k) {
  if (new.target !== undefined) throw new TypeError("c308 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3217
      case 0:
        $f.$s = 1;
        return c307(n, k + 1);
      // line 3218
      case 1:
        $f.first = $v;
        second = $f.first * 3;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3220
      case 2:
        second = $v;
      // line 3221
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c309(n, k) {
  if (new.target !== undefined) throw new TypeError("c309 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3224
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c305(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3226
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 4 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3226
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T309, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3229
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T309);
}
function c310(n, k) {
  if (new.target !== undefined) throw new TypeError("c310 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3232
      case 0:
        acc = 19;
        $f.i = 0;
      // line 3234
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 5 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3236
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3237
      case 3:
        acc -= v;
      // line 3234
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3239
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c311(n, k) {
  if (new.target !== undefined) throw new TypeError("c311 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3242
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3245
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3245
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3247
      case 3:
        $f.$s = 4;
        return $f.i * 6;
      // line 3247
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3248
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3249
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3245
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3253
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T311, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T311);
}
function c312(n, k) {
  if (new.target !== undefined) throw new TypeError("c312 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3257
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 3259
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3261
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3261
      case 3:
        $f.total = $f.$t1 + $v * 7;
        $f.$s = 5;
        continue $L;
      // line 3262
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3259
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3266
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T312);
}
function c313(n, k) {
  if (new.target !== undefined) throw new TypeError("c313 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3269
      case 0:
        $f.$s = 1;
        return c312(n, k + 1);
      // line 3270
      case 1:
        $f.first = $v;
        second = $f.first * 8;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3272
      case 2:
        second = $v;
      // line 3273
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c314(n, k) {
  if (new.target !== undefined) throw new TypeError("c314 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3276
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c310(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3278
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 9 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3278
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T314, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3281
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T314);
}
function c315(n, k) {
  if (new.target !== undefined) throw new TypeError("c315 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3284
      case 0:
        acc = 24;
        $f.i = 0;
      // line 3286
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 10 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3288
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3289
      case 3:
        acc -= v;
      // line 3286
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3291
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c316(n, k) {
  if (new.target !== undefined) throw new TypeError("c316 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3294
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3297
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3297
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3299
      case 3:
        $f.$s = 4;
        return $f.i * 11;
      // line 3299
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3300
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3301
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3297
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3305
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T316, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T316);
}
function c317(n, k) {
  if (new.target !== undefined) throw new TypeError("c317 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3309
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 3311
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3313
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3313
      case 3:
        $f.total = $f.$t1 + $v * 12;
        $f.$s = 5;
        continue $L;
      // line 3314
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3311
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3318
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T317);
}
function c318(n, k) {
  if (new.target !== undefined) throw new TypeError("c318 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3321
      case 0:
        $f.$s = 1;
        return c317(n, k + 1);
      // line 3322
      case 1:
        $f.first = $v;
        second = $f.first * 13;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3324
      case 2:
        second = $v;
      // line 3325
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c319(n, k) {
  if (new.target !== undefined) throw new TypeError("c319 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3328
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c315(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3330
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 3 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3330
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T319, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3333
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T319);
}
function c320(n, k) {
  if (new.target !== undefined) throw new TypeError("c320 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3336
      case 0:
        acc = 29;
        $f.i = 0;
      // line 3338
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 4 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3340
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3341
      case 3:
        acc -= v;
      // line 3338
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3343
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c321(n, k) {
  if (new.target !== undefined) throw new TypeError("c321 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3346
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3349
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3349
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3351
      case 3:
        $f.$s = 4;
        return $f.i * 5;
      // line 3351
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3352
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3353
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3349
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3357
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T321, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T321);
}
function c322(n, k) {
  if (new.target !== undefined) throw new TypeError("c322 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3361
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 3363
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3365
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3365
      case 3:
        $f.total = $f.$t1 + $v * 6;
        $f.$s = 5;
        continue $L;
      // line 3366
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3363
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3370
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T322);
}
function c323(n, k) {
  if (new.target !== undefined) throw new TypeError("c323 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3373
      case 0:
        $f.$s = 1;
        return c322(n, k + 1);
      // line 3374
      case 1:
        $f.first = $v;
        second = $f.first * 7;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3376
      case 2:
        second = $v;
      // line 3377
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c324(n, k) {
  if (new.target !== undefined) throw new TypeError("c324 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3380
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c320(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3382
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 8 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3382
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T324, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3385
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T324);
}
function c325(n, k) {
  if (new.target !== undefined) throw new TypeError("c325 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3388
      case 0:
        acc = 34;
        $f.i = 0;
      // line 3390
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 9 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3392
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3393
      case 3:
        acc -= v;
      // line 3390
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3395
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c326(n, k) {
  if (new.target !== undefined) throw new TypeError("c326 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3398
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3401
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3401
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3403
      case 3:
        $f.$s = 4;
        return $f.i * 10;
      // line 3403
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3404
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3405
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3401
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3409
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T326, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T326);
}
function c327(n, k) {
  if (new.target !== undefined) throw new TypeError("c327 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3413
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 3415
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3417
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3417
      case 3:
        $f.total = $f.$t1 + $v * 11;
        $f.$s = 5;
        continue $L;
      // line 3418
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3415
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3422
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T327);
}
function c328(n, k) {
  if (new.target !== undefined) throw new TypeError("c328 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3425
      case 0:
        $f.$s = 1;
        return c327(n, k + 1);
      // line 3426
      case 1:
        $f.first = $v;
        second = $f.first * 12;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3428
      case 2:
        second = $v;
      // line 3429
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c329(n, k) {
  if (new.target !== undefined) throw new TypeError("c329 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3432
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c325(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3434
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 13 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3434
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T329, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3437
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T329);
}
function c330(n, k) {
  if (new.target !== undefined) throw new TypeError("c330 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3440
      case 0:
        acc = 39;
        $f.i = 0;
      // line 3442
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3444
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3445
      case 3:
        acc -= v;
      // line 3442
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3447
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c331(n, k) {
  if (new.target !== undefined) throw new TypeError("c331 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3450
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3453
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3453
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3455
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 3455
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3456
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3457
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3453
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3461
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T331, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T331);
}
function c332(n, k) {
  if (new.target !== undefined) throw new TypeError("c332 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3465
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 3467
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3469
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3469
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 3470
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3467
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3474
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T332);
}
function c333(n, k) {
  if (new.target !== undefined) throw new TypeError("c333 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3477
      case 0:
        $f.$s = 1;
        return c332(n, k + 1);
      // line 3478
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3480
      case 2:
        second = $v;
      // line 3481
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c334(n, k) {
  if (new.target !== undefined) throw new TypeError("c334 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3484
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c330(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3486
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3486
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T334, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3489
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T334);
}
function c335(n, k) {
  if (new.target !== undefined) throw new TypeError("c335 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3492
      case 0:
        acc = 44;
        $f.i = 0;
      // line 3494
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3496
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3497
      case 3:
        acc -= v;
      // line 3494
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3499
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c336(n, k) {
  if (new.target !== undefined) throw new TypeError("c336 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3502
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3505
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3505
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3507
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 3507
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3508
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3509
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3505
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3513
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T336, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T336);
}
function c337(n, k) {
  if (new.target !== undefined) throw new TypeError("c337 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3517
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 3519
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3521
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3521
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 3522
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3519
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3526
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T337);
}
function c338(n, k) {
  if (new.target !== undefined) throw new TypeError("c338 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3529
      case 0:
        $f.$s = 1;
        return c337(n, k + 1);
      // line 3530
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3532
      case 2:
        second = $v;
      // line 3533
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c339(n, k) {
  if (new.target !== undefined) throw new TypeError("c339 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3536
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c335(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3538
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3538
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T339, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3541
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T339);
}
function c340(n, k) {
  if (new.target !== undefined) throw new TypeError("c340 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3544
      case 0:
        acc = 49;
        $f.i = 0;
      // line 3546
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3548
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3549
      case 3:
        acc -= v;
      // line 3546
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3551
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c341(n, k) {
  if (new.target !== undefined) throw new TypeError("c341 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3554
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3557
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3557
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3559
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 3559
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3560
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3561
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3557
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3565
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T341, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T341);
}
function c342(n, k) {
  if (new.target !== undefined) throw new TypeError("c342 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3569
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 3571
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3573
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3573
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 3574
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3571
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3578
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T342);
}
function c343(n, k) {
  if (new.target !== undefined) throw new TypeError("c343 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3581
      case 0:
        $f.$s = 1;
        return c342(n, k + 1);
      // line 3582
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3584
      case 2:
        second = $v;
      // line 3585
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c344(n, k) {
  if (new.target !== undefined) throw new TypeError("c344 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3588
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c340(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3590
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3590
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T344, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3593
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T344);
}
function c345(n, k) {
  if (new.target !== undefined) throw new TypeError("c345 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3596
      case 0:
        acc = 54;
        $f.i = 0;
      // line 3598
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 7 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3600
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3601
      case 3:
        acc -= v;
      // line 3598
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3603
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c346(n, k) {
  if (new.target !== undefined) throw new TypeError("c346 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3606
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3609
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3609
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3611
      case 3:
        $f.$s = 4;
        return $f.i * 8;
      // line 3611
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3612
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3613
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3609
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3617
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T346, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T346);
}
function c347(n, k) {
  if (new.target !== undefined) throw new TypeError("c347 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3621
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 3623
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3625
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3625
      case 3:
        $f.total = $f.$t1 + $v * 9;
        $f.$s = 5;
        continue $L;
      // line 3626
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3623
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3630
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T347);
}
function c348(n, k) {
  if (new.target !== undefined) throw new TypeError("c348 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3633
      case 0:
        $f.$s = 1;
        return c347(n, k + 1);
      // line 3634
      case 1:
        $f.first = $v;
        second = $f.first * 10;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3636
      case 2:
        second = $v;
      // line 3637
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c349(n, k) {
  if (new.target !== undefined) throw new TypeError("c349 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3640
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c345(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3642
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 11 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3642
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T349, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3645
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T349);
}
function c350(n, k) {
  if (new.target !== undefined) throw new TypeError("c350 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3648
      case 0:
        acc = 59;
        $f.i = 0;
      // line 3650
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 12 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3652
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3653
      case 3:
        acc -= v;
      // line 3650
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3655
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c351(n, k) {
  if (new.target !== undefined) throw new TypeError("c351 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3658
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3661
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3661
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3663
      case 3:
        $f.$s = 4;
        return $f.i * 13;
      // line 3663
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3664
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3665
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3661
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3669
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T351, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T351);
}
function c352(n, k) {
  if (new.target !== undefined) throw new TypeError("c352 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3673
      case 0:
        $f.total = 2;
        $f.i = 0;
        $f.$s = 1;
      // line 3675
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3677
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3677
      case 3:
        $f.total = $f.$t1 + $v * 3;
        $f.$s = 5;
        continue $L;
      // line 3678
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3675
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3682
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T352);
}
function c353(n, k) {
  if (new.target !== undefined) throw new TypeError("c353 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3685
      case 0:
        $f.$s = 1;
        return c352(n, k + 1);
      // line 3686
      case 1:
        $f.first = $v;
        second = $f.first * 4;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3688
      case 2:
        second = $v;
      // line 3689
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c354(n, k) {
  if (new.target !== undefined) throw new TypeError("c354 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3692
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c350(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3694
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 5 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3694
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T354, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3697
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T354);
}
function c355(n, k) {
  if (new.target !== undefined) throw new TypeError("c355 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3700
      case 0:
        acc = 64;
        $f.i = 0;
      // line 3702
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 6 + $f.k) % 9;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3704
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3705
      case 3:
        acc -= v;
      // line 3702
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3707
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c356(n, k) {
  if (new.target !== undefined) throw new TypeError("c356 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3710
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3713
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3713
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3715
      case 3:
        $f.$s = 4;
        return $f.i * 7;
      // line 3715
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3716
      case 5:
        $f.count += 10;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3717
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3713
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3721
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T356, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T356);
}
function c357(n, k) {
  if (new.target !== undefined) throw new TypeError("c357 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3725
      case 0:
        $f.total = 7;
        $f.i = 0;
        $f.$s = 1;
      // line 3727
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3729
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3729
      case 3:
        $f.total = $f.$t1 + $v * 8;
        $f.$s = 5;
        continue $L;
      // line 3730
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3727
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3734
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T357);
}
function c358(n, k) {
  if (new.target !== undefined) throw new TypeError("c358 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3737
      case 0:
        $f.$s = 1;
        return c357(n, k + 1);
      // line 3738
      case 1:
        $f.first = $v;
        second = $f.first * 9;
        if (!($f.first % 12 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3740
      case 2:
        second = $v;
      // line 3741
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c359(n, k) {
  if (new.target !== undefined) throw new TypeError("c359 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3744
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c355(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3746
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 10 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3746
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T359, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3749
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T359);
}
function c360(n, k) {
  if (new.target !== undefined) throw new TypeError("c360 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3752
      case 0:
        acc = 69;
        $f.i = 0;
      // line 3754
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 11 + $f.k) % 5;
        if (!(v > 2)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3756
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3757
      case 3:
        acc -= v;
      // line 3754
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3759
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c361(n, k) {
  if (new.target !== undefined) throw new TypeError("c361 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3762
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3765
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3765
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3767
      case 3:
        $f.$s = 4;
        return $f.i * 12;
      // line 3767
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3768
      case 5:
        $f.count += 6;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3769
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3765
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3773
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T361, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T361);
}
function c362(n, k) {
  if (new.target !== undefined) throw new TypeError("c362 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3777
      case 0:
        $f.total = 12;
        $f.i = 0;
        $f.$s = 1;
      // line 3779
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3781
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3781
      case 3:
        $f.total = $f.$t1 + $v * 13;
        $f.$s = 5;
        continue $L;
      // line 3782
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3779
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3786
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T362);
}
function c363(n, k) {
  if (new.target !== undefined) throw new TypeError("c363 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3789
      case 0:
        $f.$s = 1;
        return c362(n, k + 1);
      // line 3790
      case 1:
        $f.first = $v;
        second = $f.first * 3;
        if (!($f.first % 8 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3792
      case 2:
        second = $v;
      // line 3793
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c364(n, k) {
  if (new.target !== undefined) throw new TypeError("c364 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3796
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c360(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3798
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 4 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3798
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T364, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3801
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T364);
}
function c365(n, k) {
  if (new.target !== undefined) throw new TypeError("c365 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3804
      case 0:
        acc = 74;
        $f.i = 0;
      // line 3806
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 5 + $f.k) % 10;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3808
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3809
      case 3:
        acc -= v;
      // line 3806
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3811
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c366(n, k) {
  if (new.target !== undefined) throw new TypeError("c366 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3814
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3817
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3817
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3819
      case 3:
        $f.$s = 4;
        return $f.i * 6;
      // line 3819
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3820
      case 5:
        $f.count += 11;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3821
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3817
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3825
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T366, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T366);
}
function c367(n, k) {
  if (new.target !== undefined) throw new TypeError("c367 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3829
      case 0:
        $f.total = 17;
        $f.i = 0;
        $f.$s = 1;
      // line 3831
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3833
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3833
      case 3:
        $f.total = $f.$t1 + $v * 7;
        $f.$s = 5;
        continue $L;
      // line 3834
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3831
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3838
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T367);
}
function c368(n, k) {
  if (new.target !== undefined) throw new TypeError("c368 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3841
      case 0:
        $f.$s = 1;
        return c367(n, k + 1);
      // line 3842
      case 1:
        $f.first = $v;
        second = $f.first * 8;
        if (!($f.first % 13 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3844
      case 2:
        second = $v;
      // line 3845
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c369(n, k) {
  if (new.target !== undefined) throw new TypeError("c369 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3848
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c365(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3850
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 9 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3850
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T369, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3853
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T369);
}
function c370(n, k) {
  if (new.target !== undefined) throw new TypeError("c370 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3856
      case 0:
        acc = 79;
        $f.i = 0;
      // line 3858
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 10 + $f.k) % 6;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3860
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3861
      case 3:
        acc -= v;
      // line 3858
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3863
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c371(n, k) {
  if (new.target !== undefined) throw new TypeError("c371 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3866
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3869
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3869
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3871
      case 3:
        $f.$s = 4;
        return $f.i * 11;
      // line 3871
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3872
      case 5:
        $f.count += 7;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3873
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3869
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3877
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T371, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T371);
}
function c372(n, k) {
  if (new.target !== undefined) throw new TypeError("c372 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3881
      case 0:
        $f.total = 22;
        $f.i = 0;
        $f.$s = 1;
      // line 3883
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3885
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3885
      case 3:
        $f.total = $f.$t1 + $v * 12;
        $f.$s = 5;
        continue $L;
      // line 3886
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3883
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3890
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T372);
}
function c373(n, k) {
  if (new.target !== undefined) throw new TypeError("c373 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3893
      case 0:
        $f.$s = 1;
        return c372(n, k + 1);
      // line 3894
      case 1:
        $f.first = $v;
        second = $f.first * 13;
        if (!($f.first % 9 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3896
      case 2:
        second = $v;
      // line 3897
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c374(n, k) {
  if (new.target !== undefined) throw new TypeError("c374 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3900
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c370(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3902
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 3 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3902
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T374, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3905
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T374);
}
function c375(n, k) {
  if (new.target !== undefined) throw new TypeError("c375 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3908
      case 0:
        acc = 84;
        $f.i = 0;
      // line 3910
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 4 + $f.k) % 11;
        if (!(v > 5)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3912
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3913
      case 3:
        acc -= v;
      // line 3910
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3915
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c376(n, k) {
  if (new.target !== undefined) throw new TypeError("c376 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3918
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3921
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3921
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3923
      case 3:
        $f.$s = 4;
        return $f.i * 5;
      // line 3923
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3924
      case 5:
        $f.count += 12;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3925
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3921
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3929
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T376, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T376);
}
function c377(n, k) {
  if (new.target !== undefined) throw new TypeError("c377 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3933
      case 0:
        $f.total = 27;
        $f.i = 0;
        $f.$s = 1;
      // line 3935
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3937
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3937
      case 3:
        $f.total = $f.$t1 + $v * 6;
        $f.$s = 5;
        continue $L;
      // line 3938
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3935
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3942
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T377);
}
function c378(n, k) {
  if (new.target !== undefined) throw new TypeError("c378 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3945
      case 0:
        $f.$s = 1;
        return c377(n, k + 1);
      // line 3946
      case 1:
        $f.first = $v;
        second = $f.first * 7;
        if (!($f.first % 5 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 3948
      case 2:
        second = $v;
      // line 3949
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c379(n, k) {
  if (new.target !== undefined) throw new TypeError("c379 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 3952
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c375(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 3954
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 8 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 3954
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T379, $c6.t, $c6.v);
        $f.$s = 7;
      // line 3957
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T379);
}
function c380(n, k) {
  if (new.target !== undefined) throw new TypeError("c380 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 3960
      case 0:
        acc = 89;
        $f.i = 0;
      // line 3962
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 9 + $f.k) % 7;
        if (!(v > 3)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 3964
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 3965
      case 3:
        acc -= v;
      // line 3962
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3967
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c381(n, k) {
  if (new.target !== undefined) throw new TypeError("c381 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 3970
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 3973
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 3973
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 3975
      case 3:
        $f.$s = 4;
        return $f.i * 10;
      // line 3975
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3976
      case 5:
        $f.count += 8;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 3977
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 3973
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 3981
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T381, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T381);
}
function c382(n, k) {
  if (new.target !== undefined) throw new TypeError("c382 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 3985
      case 0:
        $f.total = 32;
        $f.i = 0;
        $f.$s = 1;
      // line 3987
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 3989
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 3989
      case 3:
        $f.total = $f.$t1 + $v * 11;
        $f.$s = 5;
        continue $L;
      // line 3990
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 3987
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 3994
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T382);
}
function c383(n, k) {
  if (new.target !== undefined) throw new TypeError("c383 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 3997
      case 0:
        $f.$s = 1;
        return c382(n, k + 1);
      // line 3998
      case 1:
        $f.first = $v;
        second = $f.first * 12;
        if (!($f.first % 10 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 4000
      case 2:
        second = $v;
      // line 4001
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c384(n, k) {
  if (new.target !== undefined) throw new TypeError("c384 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 4004
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c380(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 4006
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 13 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 4006
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T384, $c6.t, $c6.v);
        $f.$s = 7;
      // line 4009
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T384);
}
function c385(n, k) {
  if (new.target !== undefined) throw new TypeError("c385 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 4012
      case 0:
        acc = 94;
        $f.i = 0;
      // line 4014
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 3 + $f.k) % 12;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 4016
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 4017
      case 3:
        acc -= v;
      // line 4014
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 4019
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c386(n, k) {
  if (new.target !== undefined) throw new TypeError("c386 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 4022
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 4025
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 4025
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 4027
      case 3:
        $f.$s = 4;
        return $f.i * 4;
      // line 4027
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 4028
      case 5:
        $f.count += 13;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 4029
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 4025
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 4033
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T386, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T386);
}
function c387(n, k) {
  if (new.target !== undefined) throw new TypeError("c387 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 4037
      case 0:
        $f.total = 37;
        $f.i = 0;
        $f.$s = 1;
      // line 4039
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 4041
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 4041
      case 3:
        $f.total = $f.$t1 + $v * 5;
        $f.$s = 5;
        continue $L;
      // line 4042
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 4039
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 4046
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T387);
}
function c388(n, k) {
  if (new.target !== undefined) throw new TypeError("c388 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 4049
      case 0:
        $f.$s = 1;
        return c387(n, k + 1);
      // line 4050
      case 1:
        $f.first = $v;
        second = $f.first * 6;
        if (!($f.first % 6 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 4052
      case 2:
        second = $v;
      // line 4053
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c389(n, k) {
  if (new.target !== undefined) throw new TypeError("c389 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 4056
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c385(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 4058
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 7 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 4058
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T389, $c6.t, $c6.v);
        $f.$s = 7;
      // line 4061
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T389);
}
function c390(n, k) {
  if (new.target !== undefined) throw new TypeError("c390 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 4064
      case 0:
        acc = 2;
        $f.i = 0;
      // line 4066
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 8 + $f.k) % 8;
        if (!(v > 4)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 4068
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 4069
      case 3:
        acc -= v;
      // line 4066
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 4071
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c391(n, k) {
  if (new.target !== undefined) throw new TypeError("c391 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 4074
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 4077
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 4077
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 4079
      case 3:
        $f.$s = 4;
        return $f.i * 9;
      // line 4079
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 4080
      case 5:
        $f.count += 9;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 4081
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 4077
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 4085
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T391, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T391);
}
function c392(n, k) {
  if (new.target !== undefined) throw new TypeError("c392 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 4089
      case 0:
        $f.total = 42;
        $f.i = 0;
        $f.$s = 1;
      // line 4091
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 4093
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 4093
      case 3:
        $f.total = $f.$t1 + $v * 10;
        $f.$s = 5;
        continue $L;
      // line 4094
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 4091
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 4098
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T392);
}
function c393(n, k) {
  if (new.target !== undefined) throw new TypeError("c393 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 4101
      case 0:
        $f.$s = 1;
        return c392(n, k + 1);
      // line 4102
      case 1:
        $f.first = $v;
        second = $f.first * 11;
        if (!($f.first % 11 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 4104
      case 2:
        second = $v;
      // line 4105
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c394(n, k) {
  if (new.target !== undefined) throw new TypeError("c394 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 4108
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c390(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 4110
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 12 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 4110
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T394, $c6.t, $c6.v);
        $f.$s = 7;
      // line 4113
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T394);
}
function c395(n, k) {
  if (new.target !== undefined) throw new TypeError("c395 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    i: undefined,
    $t1: undefined
  };
  return $co.gen($f, $v => {
    let acc, v;
    $L: for (;;) switch ($f.$s) {
      // line 4116
      case 0:
        acc = 7;
        $f.i = 0;
      // line 4118
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 5;
          continue $L;
        }
        v = ($f.i * 13 + $f.k) % 13;
        if (!(v > 6)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$t1 = acc;
        $f.$s = 2;
        return v;
      // line 4120
      case 2:
        acc = $f.$t1 + ($v | 0);
        $f.$s = 4;
        continue $L;
      // line 4121
      case 3:
        acc -= v;
      // line 4118
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 4123
      case 5:
        return $co.end($f, acc);
    }
  });
}
function c396(n, k) {
  if (new.target !== undefined) throw new TypeError("c396 is not a constructor");
  const $f = {
    $s: 0,
    $o: 0,
    n: n,
    k: k,
    count: undefined,
    i: undefined
  };
  return $co.gen($f, $v => {
    let $c1, $t2;
    $L: for (;;) switch ($f.$s) {
      // line 4126
      case 0:
        $f.count = 0;
        $f.$s = 1;
      // line 4129
      case 1:
        $f.i = 0;
        $f.$s = 2;
      // line 4129
      case 2:
        if (!($f.i < $f.n)) {
          $f.$s = 9;
          continue $L;
        }
        $t2 = ($f.i + $f.k) % 3;
        if ($t2 === 0) {
          $f.$s = 3;
          continue $L;
        }
        if ($t2 === 1) {
          $f.$s = 5;
          continue $L;
        }
        $f.$s = 6;
        continue $L;
      // line 4131
      case 3:
        $f.$s = 4;
        return $f.i * 3;
      // line 4131
      case 4:
        {
          $f.$s = 8;
          continue $L;
        }
      // line 4132
      case 5:
        $f.count += 5;
        {
          $f.$s = 8;
          continue $L;
        }
      // line 4133
      case 6:
        $f.$s = 7;
        $f.$o = 1;
        return [$f.i, $f.count];
      case 7:
        $f.$s = 8;
      // line 4129
      case 8:
        $f.i++;
        $f.$s = 2;
        continue $L;
      case 9:
        $c1 = null;
        $f.$s = 11;
        continue $L;
      case 10:
        $c1 = $v;
        $f.$s = 11;
      // line 4137
      case 11:
        sink = sink + $f.count | 0;
        if ($c1 !== null) return $co.abrupt($f, $T396, $c1.t, $c1.v);
        $f.$s = 12;
      case 12:
        $f.$s = -1;
        return;
    }
  }, $T396);
}
function c397(n, k) {
  if (new.target !== undefined) throw new TypeError("c397 is not a constructor");
  const $f = {
    $s: 0,
    n: n,
    k: k,
    total: undefined,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let e;
    $L: for (;;) switch ($f.$s) {
      // line 4141
      case 0:
        $f.total = 47;
        $f.i = 0;
        $f.$s = 1;
      // line 4143
      case 1:
        if (!($f.i < $f.n)) {
          $f.$s = 6;
          continue $L;
        }
        $f.$s = 2;
      // line 4145
      case 2:
        $f.$t1 = $f.total;
        $f.$s = 3;
        return value($f.i + $f.k);
      // line 4145
      case 3:
        $f.total = $f.$t1 + $v * 4;
        $f.$s = 5;
        continue $L;
      // line 4146
      case 4:
        e = $v;
        $f.total -= 1;
        $f.$s = 5;
      // line 4143
      case 5:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 4150
      case 6:
        return $co.end($f, $f.total);
    }
  }, $T397);
}
function c398(n, k) {
  if (new.target !== undefined) throw new TypeError("c398 is not a constructor");
  const $f = {
    $s: 0,
    first: undefined
  };
  return $co.task($f, $v => {
    let second;
    $L: for (;;) switch ($f.$s) {
      // line 4153
      case 0:
        $f.$s = 1;
        return c397(n, k + 1);
      // line 4154
      case 1:
        $f.first = $v;
        second = $f.first * 5;
        if (!($f.first % 7 === 0)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return Promise.resolve($f.first >> 1);
      // line 4156
      case 2:
        second = $v;
      // line 4157
      case 3:
        return $co.end($f, $f.first + second);
    }
  });
}
function c399(n, k) {
  if (new.target !== undefined) throw new TypeError("c399 is not a constructor");
  const $f = {
    $s: 0,
    best: undefined,
    $it1: undefined,
    $next2: undefined,
    $d3: undefined
  };
  return $co.gen($f, $v => {
    let v, $st4, $val5, $c6;
    $L: for (;;) switch ($f.$s) {
      // line 4160
      case 0:
        $f.best = -1;
        $f.$it1 = $co.iterOf(c395(n, k));
        $f.$next2 = $f.$it1.next;
        $f.$d3 = true;
        $f.$s = 1;
      // line 4162
      case 1:
        $f.$d3 = true;
        $st4 = $co.checkObject($f.$next2.call($f.$it1));
        if ($st4.done) {
          $f.$s = 4;
          continue $L;
        }
        $val5 = $st4.value;
        $f.$d3 = false;
        v = $val5;
        if (!(v > $f.best)) {
          $f.$s = 3;
          continue $L;
        }
        $f.$s = 2;
        return ($f.best = v) * 6 + v;
      case 2:
        $f.$s = 3;
      case 3:
        $f.$s = 1;
        continue $L;
      case 4:
        $c6 = null;
        $f.$s = 6;
        continue $L;
      case 5:
        $c6 = $v;
        $f.$s = 6;
      // line 4162
      case 6:
        if (!$f.$d3) $co.closeIter($f.$it1, $c6);
        if ($c6 !== null) return $co.abrupt($f, $T399, $c6.t, $c6.v);
        $f.$s = 7;
      // line 4165
      case 7:
        return $co.end($f, $f.best);
    }
  }, $T399);
}
const ALL = [c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40, c41, c42, c43, c44, c45, c46, c47, c48, c49, c50, c51, c52, c53, c54, c55, c56, c57, c58, c59, c60, c61, c62, c63, c64, c65, c66, c67, c68, c69, c70, c71, c72, c73, c74, c75, c76, c77, c78, c79, c80, c81, c82, c83, c84, c85, c86, c87, c88, c89, c90, c91, c92, c93, c94, c95, c96, c97, c98, c99, c100, c101, c102, c103, c104, c105, c106, c107, c108, c109, c110, c111, c112, c113, c114, c115, c116, c117, c118, c119, c120, c121, c122, c123, c124, c125, c126, c127, c128, c129, c130, c131, c132, c133, c134, c135, c136, c137, c138, c139, c140, c141, c142, c143, c144, c145, c146, c147, c148, c149, c150, c151, c152, c153, c154, c155, c156, c157, c158, c159, c160, c161, c162, c163, c164, c165, c166, c167, c168, c169, c170, c171, c172, c173, c174, c175, c176, c177, c178, c179, c180, c181, c182, c183, c184, c185, c186, c187, c188, c189, c190, c191, c192, c193, c194, c195, c196, c197, c198, c199, c200, c201, c202, c203, c204, c205, c206, c207, c208, c209, c210, c211, c212, c213, c214, c215, c216, c217, c218, c219, c220, c221, c222, c223, c224, c225, c226, c227, c228, c229, c230, c231, c232, c233, c234, c235, c236, c237, c238, c239, c240, c241, c242, c243, c244, c245, c246, c247, c248, c249, c250, c251, c252, c253, c254, c255, c256, c257, c258, c259, c260, c261, c262, c263, c264, c265, c266, c267, c268, c269, c270, c271, c272, c273, c274, c275, c276, c277, c278, c279, c280, c281, c282, c283, c284, c285, c286, c287, c288, c289, c290, c291, c292, c293, c294, c295, c296, c297, c298, c299, c300, c301, c302, c303, c304, c305, c306, c307, c308, c309, c310, c311, c312, c313, c314, c315, c316, c317, c318, c319, c320, c321, c322, c323, c324, c325, c326, c327, c328, c329, c330, c331, c332, c333, c334, c335, c336, c337, c338, c339, c340, c341, c342, c343, c344, c345, c346, c347, c348, c349, c350, c351, c352, c353, c354, c355, c356, c357, c358, c359, c360, c361, c362, c363, c364, c365, c366, c367, c368, c369, c370, c371, c372, c373, c374, c375, c376, c377, c378, c379, c380, c381, c382, c383, c384, c385, c386, c387, c388, c389, c390, c391, c392, c393, c394, c395, c396, c397, c398, c399];
const KINDS = "ggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttgggttg";
function run() {
  if (new.target !== undefined) throw new TypeError("run is not a constructor");
  const $f = {
    $s: 0,
    i: undefined,
    $t1: undefined
  };
  return $co.task($f, $v => {
    let h, fn;
    $L: for (;;) switch ($f.$s) {
      // line 4196
      case 0:
        h = 0;
        $f.i = 0;
      // line 4198
      case 1:
        if (!($f.i < ALL.length)) {
          $f.$s = 5;
          continue $L;
        }
        fn = ALL[$f.i];
        if (!(KINDS[$f.i] === 'g')) {
          $f.$s = 2;
          continue $L;
        }
        {
          const it = fn(6, $f.i % 5);
          let r = it.next();
          while (!r.done) {
            h = h * 31 + (r.value | 0) | 0;
            r = it.next(h & 7);
          }
          h = h * 31 + (r.value | 0) | 0;
        }
        $f.$s = 4;
        continue $L;
      // line 4209
      case 2:
        $f.$t1 = h * 31;
        $f.$s = 3;
        return fn(4, $f.i % 5);
      // line 4209
      case 3:
        h = $f.$t1 + ($v | 0) | 0;
      // line 4198
      case 4:
        $f.i++;
        $f.$s = 1;
        continue $L;
      // line 4212
      case 5:
        return $co.end($f, [h, sink]);
    }
  });
}
module.exports = {
  run
};