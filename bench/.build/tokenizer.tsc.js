// A tokenizer coroutine pulled one token at a time over ~1 MB of source-like
// text: a `switch` on the character, a `try/finally`, and a few locals (pos,
// line, count, len, text) live across its suspension; `start` and `kind` are
// not.
// Figure: MB of text per second.
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
var T_IDENT = 1;
var T_NUM = 2;
var T_STR = 3;
var T_PUNCT = 4;
var T_OP = 5;
var finalLine = 0;
function tokenize(text) {
    var len, pos, line, count, start, c, kind, d, d;
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0:
                len = text.length;
                pos = 0;
                line = 1;
                count = 0;
                _a.label = 1;
            case 1:
                _a.trys.push([1, , 5, 6]);
                _a.label = 2;
            case 2:
                if (!(pos < len)) return [3 /*break*/, 4];
                start = pos;
                c = text.charCodeAt(pos);
                kind = 0;
                switch (c) {
                    case 32:
                    case 9:
                    case 13:
                        pos++;
                        return [3 /*break*/, 2];
                    case 10:
                        line++;
                        pos++;
                        return [3 /*break*/, 2];
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
                        while (pos < len && text.charCodeAt(pos) !== 34)
                            pos++;
                        pos++;
                        kind = T_STR;
                        break;
                    case 47:
                        if (text.charCodeAt(pos + 1) === 47) {
                            while (pos < len && text.charCodeAt(pos) !== 10)
                                pos++;
                            return [3 /*break*/, 2];
                        }
                        kind = T_OP;
                        pos++;
                        break;
                    default:
                        if (c >= 48 && c <= 57) {
                            pos++;
                            while (pos < len) {
                                d = text.charCodeAt(pos);
                                if (d >= 48 && d <= 57 || d === 46)
                                    pos++;
                                else
                                    break;
                            }
                            kind = T_NUM;
                        }
                        else if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36) {
                            pos++;
                            while (pos < len) {
                                d = text.charCodeAt(pos);
                                if (d >= 97 && d <= 122 || d >= 65 && d <= 90 || d >= 48 && d <= 57 || d === 95)
                                    pos++;
                                else
                                    break;
                            }
                            kind = T_IDENT;
                        }
                        else {
                            kind = T_OP;
                            pos++;
                        }
                }
                count++;
                return [4 /*yield*/, kind * 1048576 + (pos - start)];
            case 3:
                _a.sent();
                return [3 /*break*/, 2];
            case 4: return [3 /*break*/, 6];
            case 5:
                finalLine = line;
                return [7 /*endfinally*/];
            case 6: return [2 /*return*/];
        }
    });
}
// Deterministic source-like text of about `bytes` characters.
function makeText(bytes) {
    var words = ['let', 'const', 'value', 'index', 'result', 'callback', 'x', 'y2', 'total_count', '$el', 'Foo', 'bar'];
    var ops = ['=', '+', '-', '*', '<', '>', '!', '&', '|', '/'];
    var seed = 12345;
    var rnd = function (m) {
        seed = Math.imul(seed, 1103515245) + 12345 & 0x7fffffff;
        return seed % m;
    };
    var parts = [];
    var size = 0;
    while (size < bytes) {
        var line = '';
        var n = 3 + rnd(8);
        for (var k = 0; k < n; k++) {
            var r = rnd(10);
            if (r < 4)
                line += words[rnd(words.length)];
            else if (r < 6)
                line += String(rnd(100000)) + (rnd(3) === 0 ? '.' + rnd(100) : '');
            else if (r < 7)
                line += '"str ' + rnd(1000) + '"';
            else if (r < 9)
                line += ops[rnd(ops.length)];
            else
                line += '();,[]{}'[rnd(8)];
            line += rnd(3) === 0 ? '' : ' ';
        }
        if (rnd(5) === 0)
            line += '  // comment ' + rnd(100);
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
    var h = 0;
    var n = 0;
    for (var p = 0; p < ctx.passes; p++) {
        var it = tokenize(ctx.text);
        for (var r = it.next(); !r.done; r = it.next()) {
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
    prepare: prepare,
    run: run
};
