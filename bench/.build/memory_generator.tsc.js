// Memory held by suspended generators: n of them alive, each suspended at its
// co_yield. The coroutine has 8 locals, of which 2 (g, h) are live across the
// suspension.
// Figure: heap bytes per suspended generator (heap delta after GC / n).
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
function held(seed) {
    var a, b, c, d, e, f, g, h, sent;
    return __generator(this, function (_a) {
        switch (_a.label) {
            case 0:
                a = seed + 1;
                b = a * 2;
                c = b + 3;
                d = c * 5;
                e = d - a;
                f = e ^ b;
                g = f + c;
                h = d - e;
                return [4 /*yield*/, a + b + c + d + e + f];
            case 1:
                sent = _a.sent();
                return [2 /*return*/, g * sent + h];
        }
    });
}
function prepare(n) {
    // the array is allocated before the baseline, so it is not counted
    var all = new Array(n).fill(null);
    return {
        n: n,
        all: all
    };
}
function run(ctx) {
    var all = ctx.all;
    var first = 0;
    for (var i = 0; i < ctx.n; i++) {
        var it = held(i & 1023);
        first += it.next().value;
        all[i] = it;
    }
    ctx.first = first;
    return {
        units: ctx.n
    };
}
// after the measurement: resume every generator once, check the values
function finish(ctx) {
    var sum = 0;
    for (var i = 0; i < ctx.n; i++) {
        var r = ctx.all[i].next(3);
        sum += r.value + (r.done ? 1 : 0);
    }
    ctx.all = null;
    return [ctx.first, sum];
}
module.exports = {
    prepare: prepare,
    run: run,
    finish: finish
};
