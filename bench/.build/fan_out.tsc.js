// n concurrent tasks, each awaiting 3 promises of its own; the promises are
// resolved in 3 waves (all first promises, then all second ones, ...), with a
// macrotask turn between waves so every task is parked on each wave.
// Figure: ms for the whole run (start n tasks, 3 waves, collect results).
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
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
function worker(i, p0, p1, p2) {
    return __awaiter(this, void 0, void 0, function () {
        var a, b, c;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, p0];
                case 1:
                    a = _a.sent();
                    return [4 /*yield*/, p1];
                case 2:
                    b = _a.sent();
                    return [4 /*yield*/, p2];
                case 3:
                    c = _a.sent();
                    return [2 /*return*/, a + b * 2 + c * 3 + (i & 7)];
            }
        });
    });
}
function turn() {
    return new Promise(function (resolve) { return setImmediate(resolve); });
}
function prepare(n) {
    var promises = [[], [], []];
    var resolvers = [[], [], []];
    var _loop_1 = function (w) {
        for (var i = 0; i < n; i++) {
            promises[w].push(new Promise(function (resolve) {
                resolvers[w].push(resolve);
            }));
        }
    };
    for (var w = 0; w < 3; w++) {
        _loop_1(w);
    }
    return {
        n: n,
        promises: promises,
        resolvers: resolvers
    };
}
function run(ctx) {
    return __awaiter(this, void 0, void 0, function () {
        var n, p, tasks, i, w, res, i, results, sum, i;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0:
                    n = ctx.n;
                    p = ctx.promises;
                    tasks = new Array(n);
                    for (i = 0; i < n; i++)
                        tasks[i] = worker(i, p[0][i], p[1][i], p[2][i]);
                    w = 0;
                    _a.label = 1;
                case 1:
                    if (!(w < 3)) return [3 /*break*/, 4];
                    return [4 /*yield*/, turn()];
                case 2:
                    _a.sent();
                    res = ctx.resolvers[w];
                    for (i = 0; i < n; i++)
                        res[i](w + i % 13);
                    _a.label = 3;
                case 3:
                    w++;
                    return [3 /*break*/, 1];
                case 4: return [4 /*yield*/, Promise.all(tasks)];
                case 5:
                    results = _a.sent();
                    sum = 0;
                    for (i = 0; i < n; i++)
                        sum += results[i];
                    return [2 /*return*/, {
                            result: sum,
                            units: 1
                        }];
            }
        });
    });
}
module.exports = {
    prepare: prepare,
    run: run
};
