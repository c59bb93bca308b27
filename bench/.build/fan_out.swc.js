function asyncGeneratorStep(gen, resolve, reject, _next, _throw, key, arg) {
    try {
        var info = gen[key](arg);
        var value = info.value;
    } catch (error) {
        reject(error);
        return;
    }
    if (info.done) resolve(value);
    else Promise.resolve(value).then(_next, _throw);
}
function _async_to_generator(fn) {
    return function() {
        var self = this, args = arguments;
        return new Promise(function(resolve, reject) {
            var gen = fn.apply(self, args);
            function _next(value) {
                asyncGeneratorStep(gen, resolve, reject, _next, _throw, "next", value);
            }
            function _throw(err) {
                asyncGeneratorStep(gen, resolve, reject, _next, _throw, "throw", err);
            }
            _next(undefined);
        });
    };
}
function _ts_generator(thisArg, body) {
    var f, y, t, _ = {
        label: 0,
        sent: function() {
            if (t[0] & 1) throw t[1];
            return t[1];
        },
        trys: [],
        ops: []
    }, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype), d = Object.defineProperty;
    return d(g, "next", {
        value: verb(0)
    }), d(g, "throw", {
        value: verb(1)
    }), d(g, "return", {
        value: verb(2)
    }), typeof Symbol === "function" && d(g, Symbol.iterator, {
        value: function() {
            return this;
        }
    }), g;
    function verb(n) {
        return function(v) {
            return step([
                n,
                v
            ]);
        };
    }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while(g && (g = 0, op[0] && (_ = 0)), _)try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [
                op[0] & 2,
                t.value
            ];
            switch(op[0]){
                case 0:
                case 1:
                    t = op;
                    break;
                case 4:
                    _.label++;
                    return {
                        value: op[1],
                        done: false
                    };
                case 5:
                    _.label++;
                    y = op[1];
                    op = [
                        0
                    ];
                    continue;
                case 7:
                    op = _.ops.pop();
                    _.trys.pop();
                    continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                        _ = 0;
                        continue;
                    }
                    if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
                        _.label = op[1];
                        break;
                    }
                    if (op[0] === 6 && _.label < t[1]) {
                        _.label = t[1];
                        t = op;
                        break;
                    }
                    if (t && _.label < t[2]) {
                        _.label = t[2];
                        _.ops.push(op);
                        break;
                    }
                    if (t[2]) _.ops.pop();
                    _.trys.pop();
                    continue;
            }
            op = body.call(thisArg, _);
        } catch (e) {
            op = [
                6,
                e
            ];
            y = 0;
        } finally{
            f = t = 0;
        }
        if (op[0] & 5) throw op[1];
        return {
            value: op[0] ? op[1] : void 0,
            done: true
        };
    }
}
// n concurrent tasks, each awaiting 3 promises of its own; the promises are
// resolved in 3 waves (all first promises, then all second ones, ...), with a
// macrotask turn between waves so every task is parked on each wave.
// Figure: ms for the whole run (start n tasks, 3 waves, collect results).
function worker(i, p0, p1, p2) {
    return _async_to_generator(function() {
        var a, b, c;
        return _ts_generator(this, function(_state) {
            switch(_state.label){
                case 0:
                    return [
                        4,
                        p0
                    ];
                case 1:
                    a = _state.sent();
                    return [
                        4,
                        p1
                    ];
                case 2:
                    b = _state.sent();
                    return [
                        4,
                        p2
                    ];
                case 3:
                    c = _state.sent();
                    return [
                        2,
                        a + b * 2 + c * 3 + (i & 7)
                    ];
            }
        });
    })();
}
function turn() {
    return new Promise(function(resolve) {
        return setImmediate(resolve);
    });
}
function prepare(n) {
    var _loop = function(w) {
        for(var i = 0; i < n; i++){
            promises[w].push(new Promise(function(resolve) {
                resolvers[w].push(resolve);
            }));
        }
    };
    var promises = [
        [],
        [],
        []
    ];
    var resolvers = [
        [],
        [],
        []
    ];
    for(var w = 0; w < 3; w++)_loop(w);
    return {
        n: n,
        promises: promises,
        resolvers: resolvers
    };
}
function run(ctx) {
    return _async_to_generator(function() {
        var n, p, tasks, i, w, res, i1, results, sum, i2;
        return _ts_generator(this, function(_state) {
            switch(_state.label){
                case 0:
                    n = ctx.n;
                    p = ctx.promises;
                    tasks = new Array(n);
                    for(i = 0; i < n; i++)tasks[i] = worker(i, p[0][i], p[1][i], p[2][i]);
                    w = 0;
                    _state.label = 1;
                case 1:
                    if (!(w < 3)) return [
                        3,
                        4
                    ];
                    return [
                        4,
                        turn()
                    ];
                case 2:
                    _state.sent();
                    res = ctx.resolvers[w];
                    for(i1 = 0; i1 < n; i1++)res[i1](w + i1 % 13);
                    _state.label = 3;
                case 3:
                    w++;
                    return [
                        3,
                        1
                    ];
                case 4:
                    return [
                        4,
                        Promise.all(tasks)
                    ];
                case 5:
                    results = _state.sent();
                    sum = 0;
                    for(i2 = 0; i2 < n; i2++)sum += results[i2];
                    return [
                        2,
                        {
                            result: sum,
                            units: 1
                        }
                    ];
            }
        });
    })();
}
module.exports = {
    prepare: prepare,
    run: run
};
