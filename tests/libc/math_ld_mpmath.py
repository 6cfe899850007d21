#!/usr/bin/env python3
# Measures minilibc's long double functions against mpmath (256-bit
# arithmetic), in long double ulps of the exact result, on a fixed
# pseudo-random set of arguments: each function's main range, small and
# huge magnitudes, and the hard places (trigonometric arguments near
# multiples of pi/2, inverse functions near the ends of their domains,
# exp near overflow and underflow, log near 1, erfc near its underflow,
# tgamma near its poles and overflow, lgamma near its zeros on the
# negative axis and at 1 and 2).  Also checks lgammal's sign.
#   math_ld_mpmath.py EVAL [-f fn,...] [-b fn=ulps ...] [-n count]
# EVAL is math_ld_eval built against minilibc; it reads "fn hex [hex]"
# lines.  -f picks the functions (all by default).  Prints the worst
# error per function; exits 1 if one exceeds its bound.
import random
import subprocess
import sys

import mpmath

mpmath.mp.prec = 256
EMIN = -16382                   # smallest normal exponent (value 2^EMIN)


def to_ld(v):
    # v (mpf) rounded to the nearest long double, as (hex, mpf value);
    # subnormals keep the fixed quantum 2^(EMIN - 63).
    if v == 0:
        return ("%04x" % (0x8000 if mpmath.sign(v) < 0 else 0)) + "0" * 16, mpmath.mpf(0)
    sign = 0x8000 if v < 0 else 0
    m, e = mpmath.frexp(abs(v))         # |v| = m 2^e, 1/2 <= m < 1
    e -= 1                              # |v| = (2m) 2^e
    q = max(e, EMIN) - 63
    n = int(mpmath.nint(abs(v) / mpmath.ldexp(1, q)))
    if n >= 2**64:
        n //= 2
        q += 1
    value = mpmath.ldexp(n, q) * (-1 if sign else 1)
    biased = q + 63 + 16383 if n >= 2**63 else 0
    return "%04x%016x" % (sign | biased, n), value


def from_hex(h):
    se, m = int(h[:4], 16), int(h[4:], 16)
    sign = -1 if se & 0x8000 else 1
    e = se & 0x7fff
    if e == 0x7fff:
        return mpmath.inf * sign if m == 2**63 else mpmath.nan
    return sign * mpmath.ldexp(m, max(e, 1) - 16383 - 63)


def ulp(v):
    if v == 0:
        return mpmath.ldexp(1, EMIN - 63)
    e = int(mpmath.floor(mpmath.log(abs(v), 2)))
    # floor(log2) may be off by one at exact powers of two: fix it.
    while mpmath.ldexp(1, e) > abs(v):
        e -= 1
    while mpmath.ldexp(1, e + 1) <= abs(v):
        e += 1
    return mpmath.ldexp(1, max(e, EMIN) - 63)


def bisect(f, a, b, steps):
    # A root of f in (a, b), f(a) and f(b) of opposite signs.
    fa = f(a)
    for _ in range(steps):
        m = (a + b) / 2
        if (f(m) > 0) == (fa > 0):
            a = m
        else:
            b = m
    return (a + b) / 2


def lgamma_zeros(count):
    # The zeros of log|Gamma| on the negative axis: two in each (-n-1, -n)
    # for n >= 2, either side of the minimum of |Gamma| (where psi = 0);
    # bisection, then Newton's method (the derivative is psi).
    zeros = []
    f = lambda t: mpmath.log(abs(mpmath.gamma(t)))
    tiny = mpmath.mpf(2)**-100
    for n in range(2, 2 + count):
        lo, hi = mpmath.mpf(-n - 1) + tiny, mpmath.mpf(-n) - tiny
        mid = bisect(mpmath.digamma, lo, hi, 120)
        for a, b in ((lo, mid), (mid, hi)):
            z = bisect(f, a, b, 120)
            for _ in range(3):
                z -= f(z) / mpmath.digamma(z)
            zeros.append(z)
    return zeros


def trig_far(hard):
    # sinl, cosl, tanl beyond the main sets, from their own generator (so
    # that the other functions' arguments stay as they were): huge ones,
    # for Payne-Hanek's every window; the long double nearest a multiple
    # of pi/2 out to 2^45, a remainder far below the argument; and
    # around 2^28, where Cody-Waite hands over to Payne-Hanek.
    sg = hard.choice((-1, 1))
    return [sg * mpmath.ldexp(1 + mpmath.mpf(hard.random()), hard.randint(60, 16382)),
            sg * hard.randint(2**20, 2**45) * mpmath.pi / 2,
            sg * mpmath.ldexp(1 + mpmath.mpf(hard.random()), hard.randint(26, 28))]


def asin_switch(hard):
    # asinl, acosl: near +-sqrt(2)/2, where their kernels change, and
    # near 2^-32, where asinl stops refining.
    sg = hard.choice((-1, 1))
    return [sg * mpmath.sqrt(2) / 2 * (1 + mpmath.ldexp(hard.random() - 0.5, -hard.randint(20, 62))),
            sg * mpmath.ldexp(1 + mpmath.mpf(hard.random()), -hard.randint(30, 34))]


def arguments(count, rng):
    # Each function's arguments: its main range, then the hard places.
    u = lambda a, b: mpmath.mpf(a) + (mpmath.mpf(b) - a) * mpmath.mpf(rng.getrandbits(80)) / 2**80
    logu = lambda a, b: mpmath.power(2, u(a, b))
    sgn = lambda: rng.choice((-1, 1))
    pi = mpmath.pi
    near = lambda c, lo: c * (1 + sgn() * logu(-64, lo))       # within 2^lo of c, relatively
    gen = {
        "sinl": lambda hard=random.Random(1): [u(-10, 10), sgn() * logu(-70, 1), sgn() * logu(3, 60),
                         near(rng.randint(1, 60) * pi / 2, -20)] + trig_far(hard),
        "tanl": lambda hard=random.Random(2): [u(-1.6, 1.6), u(-10, 10), sgn() * logu(-70, 1), sgn() * logu(3, 60),
                         near(rng.randint(1, 60) * pi / 2, -20), near(rng.randint(1, 60) * pi / 4, -20)]
                         + trig_far(hard),
        "asinl": lambda hard=random.Random(3): [u(-1, 1), sgn() * logu(-70, -1), sgn() * (1 - logu(-64, -1))]
                          + asin_switch(hard),
        "atanl": lambda: [u(-10, 10), sgn() * logu(-70, 70), u(-1, 1)],
        "sinhl": lambda: [u(-12, 12), sgn() * logu(-70, 1), u(-1, 1), sgn() * u(11300, 11356.5),
                          sgn() * u(11356.5, 11357.2165)],
        "tanhl": lambda: [u(-12, 12), sgn() * logu(-70, 1), u(-1, 1), sgn() * u(12, 25)],
        "asinhl": lambda: [u(-2, 2), sgn() * logu(-70, 70), sgn() * logu(-70, 16383)],
        "acoshl": lambda: [u(1, 10), 1 + logu(-64, 2), logu(2, 16383)],
        "atanhl": lambda: [u(-1, 1), sgn() * logu(-70, -1), sgn() * (1 - logu(-64, -1))],
        "expl": lambda: [u(-50, 50), sgn() * logu(-70, 1), u(-11400, 11356.5), u(-11355, -11300)],
        "exp2l": lambda: [u(-50, 50), sgn() * logu(-70, 1), u(-16445, 16383.9)],
        "expm1l": lambda: [u(-2, 2), u(-50, 50), sgn() * logu(-70, 0), u(11300, 11356.5),
                           u(11356.5, 11356.5234)],
        "logl": lambda: [u(0.001, 100), logu(-16445, 16383), near(1, -1)],
        "log1pl": lambda: [u(-0.9, 5), sgn() * logu(-70, -1), logu(-1, 16383), -1 + logu(-64, -1)],
        "cbrtl": lambda: [u(-100, 100), sgn() * logu(-16445, 16383), sgn() * logu(-16445, -16382)],
        "sqrtl": lambda: [u(0, 100), logu(-16445, 16383)],
        "erfl": lambda: [u(-6, 6), sgn() * logu(-70, 1), u(-2.5, 2.5), sgn() * logu(-16440, -16300)],
        "erfcl": lambda: [u(-6, 28), sgn() * logu(-70, 1), u(0.4, 3), u(28, 106.6),
                          u(106.4, 106.6), sgn() * u(1.9, 2.1)],
        "atan2l": lambda: [(u(-10, 10), u(-10, 10)), (sgn() * logu(-40, 40), sgn() * logu(-40, 40)),
                           (sgn() * logu(-70, -20), sgn() * logu(-1, 1)),
                           (sgn() * logu(-1, 1), sgn() * logu(-70, -20))],
        "powl": lambda: [(logu(-20, 20), u(-50, 50)), (near(1, -10), u(-1e6, 1e6)),
                         (u(0.5, 2), u(-5000, 5000)),
                         (-logu(-10, 10), mpmath.mpf(rng.randint(-300, 300))),
                         (logu(-1, 1), logu(-70, 8) * sgn())],
        "hypotl": lambda: [(u(-10, 10), u(-10, 10)),
                           (sgn() * logu(-16000, 16000), sgn() * logu(-16000, 16000)),
                           (u(1, 2), sgn() * logu(-40, 0)),
                           (sgn() * logu(16380, 16383.5), sgn() * logu(16380, 16383.5)),
                           (sgn() * logu(-16445, -16380), sgn() * logu(-16445, -16380))],
    }
    gen["cosl"] = gen["sinl"]
    gen["acosl"] = gen["asinl"]
    gen["coshl"] = gen["sinhl"]
    gen["log2l"] = gen["log10l"] = gen["logl"]
    args = {f: [] for f in FUNCTIONS}
    for _ in range(count):
        for f in gen:
            args[f] += gen[f]()
        n = rng.randint(1, 180)
        args["tgammal"] += [u(-180, 172), logu(-80, 0), -n + sgn() * logu(-60 + n.bit_length(), -3),
                            u(1000, 1755.5), u(-1780, -1700), u(0.5, 3), -logu(-80, 0)]
        args["lgammal"] += [u(-100, 1000), u(-8, 3), u(0.5, 2.5), logu(6, 16380), sgn() * logu(-80, -1),
                            -rng.randint(2, 40) + sgn() * logu(-60, -3), -logu(6, 62),
                            u(-0.6, -0.4)]
    # powl's hard places (x near 1 with huge |y|, results near overflow
    # and in the subnormal range) draw from a stream of their own, so
    # that the other functions' arguments stay as they were.
    hard = random.Random(1)
    hu = lambda a, b: mpmath.mpf(a) + (mpmath.mpf(b) - a) * mpmath.mpf(hard.getrandbits(80)) / 2**80
    hsgn = lambda: hard.choice((-1, 1))
    pow_to = lambda e: (lambda x: (x, e / mpmath.log(x, 2)))(mpmath.power(2, hu(-8, 8)))  # x^y = 2^e
    for _ in range(count):
        args["powl"] += [(1 + hsgn() * mpmath.power(2, hu(-64, -20)), hsgn() * mpmath.power(2, hu(20, 78))),
                         pow_to(hu(-16450, -16381)), pow_to(hu(16370, 16384))]
    zeros = lgamma_zeros(20)
    for z in zeros:
        step = mpmath.ldexp(1, int(mpmath.floor(mpmath.log(abs(z), 2))) - 63)
        args["lgammal"] += [z + k * step for k in range(-3, 4)]
        args["lgammal"] += [z * (1 + sgn() * logu(-60, -10)) for _ in range(count // 40 + 1)]
    return args


def lgamma(x):
    if x > 0:
        return mpmath.loggamma(x)
    return mpmath.log(abs(mpmath.gamma(x)))


# The exact functions, by the name of the long double function.
FUNCTIONS = {
    "sinl": mpmath.sin, "cosl": mpmath.cos, "tanl": mpmath.tan,
    "asinl": mpmath.asin, "acosl": mpmath.acos, "atanl": mpmath.atan,
    "sinhl": mpmath.sinh, "coshl": mpmath.cosh, "tanhl": mpmath.tanh,
    "asinhl": mpmath.asinh, "acoshl": mpmath.acosh, "atanhl": mpmath.atanh,
    "expl": mpmath.exp, "exp2l": lambda x: mpmath.power(2, x), "expm1l": mpmath.expm1,
    "logl": mpmath.log, "log2l": lambda x: mpmath.log(x, 2), "log10l": mpmath.log10,
    "log1pl": mpmath.log1p,
    "cbrtl": lambda x: mpmath.sign(x) * mpmath.cbrt(abs(x)), "sqrtl": mpmath.sqrt,
    "erfl": mpmath.erf, "erfcl": mpmath.erfc, "tgammal": mpmath.gamma, "lgammal": lgamma,
    "atan2l": mpmath.atan2, "powl": mpmath.power, "hypotl": mpmath.hypot,
}


def options(argv):
    if not argv:
        sys.exit("usage: math_ld_mpmath.py EVAL [-f fn,...] [-b fn=ulps ...] [-n count]")
    prog, names, bounds, count = argv[0], list(FUNCTIONS), {}, 300
    i = 1
    while i < len(argv):
        value = argv[i + 1] if i + 1 < len(argv) else ""
        if argv[i] == "-b" and value.split("=")[0] in FUNCTIONS:
            name, ulps = value.split("=")
            bounds[name] = float(ulps)
        elif argv[i] == "-f" and all(f in FUNCTIONS for f in value.split(",")):
            names = value.split(",")
        elif argv[i] == "-n" and value.isdigit():
            count = int(value)
        else:
            sys.exit("math_ld_mpmath.py: error: bad argument '%s'" % " ".join(argv[i:i + 2]))
        i += 2
    return prog, names, bounds, count


def error(fn, got, ref):
    # |got - ref| in long double ulps of ref (overflow: 0 or infinity).
    limit = mpmath.ldexp(1, 16384) * (1 - mpmath.ldexp(1, -65))
    if abs(ref) >= limit:
        return 0.0 if mpmath.isinf(got) and mpmath.sign(got) == mpmath.sign(ref) else mpmath.inf
    if mpmath.isinf(got) or mpmath.isnan(got):
        return mpmath.inf
    return float(abs(got - ref) / ulp(ref))


def main():
    prog, names, bounds, count = options(sys.argv[1:])
    rng = random.Random(20261130)
    cases = []
    for fn, xs in arguments(count, rng).items():
        if fn not in names:
            continue
        for x in xs:
            hv = [to_ld(a) for a in (x if isinstance(x, tuple) else (x,))]
            v = [a[1] for a in hv]
            if mpmath.isint(v[0]) and v[0] <= 0 and fn in ("tgammal", "lgammal"):
                continue                # poles: special cases, tested elsewhere
            cases.append((fn, " ".join(a[0] for a in hv), v))
    out = subprocess.run([prog], input="".join("%s %s\n" % c[:2] for c in cases),
                         capture_output=True, text=True, check=True).stdout.split("\n")
    worst = {f: (0.0, None) for f in names}
    fails = 0
    for (fn, h, x), line in zip(cases, out):
        got_hex, sign = line.split()
        got, ref = from_hex(got_hex), FUNCTIONS[fn](*x)
        if fn == "lgammal":
            want = 1 if x[0] > 0 or mpmath.gamma(x[0]) > 0 else -1
            if int(sign) != want:
                print("%s(%s): sign %s, want %d" % (fn, h, sign, want))
                fails += 1
        err = error(fn, got, ref)
        if err > worst[fn][0]:
            worst[fn] = (err, h)
    for fn in names:
        err, h = worst[fn]
        bad = fn in bounds and err > bounds[fn]
        fails += bad
        print("%-8s %6d args  worst %.3f ulp%s%s" % (fn, sum(c[0] == fn for c in cases), err,
              "  at " + h if h else "", "  FAIL" if bad else ""))
    sys.exit(1 if fails else 0)


main()
