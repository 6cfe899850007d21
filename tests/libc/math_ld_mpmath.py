#!/usr/bin/env python3
# Measures minilibc's long double erfl, erfcl, tgammal and lgammal against
# mpmath (256-bit arithmetic), in long double ulps of the exact result,
# on a fixed pseudo-random set of arguments: each function's main range,
# small and huge magnitudes, and the hard places (erfc near its underflow,
# tgamma near its poles and overflow, lgamma near its zeros on the
# negative axis and at 1 and 2).  Also checks lgammal's sign.
#   math_ld_mpmath.py EVAL [-b fn=ulps ...] [-n count]
# EVAL is math_ld_eval built against minilibc; it reads "fn hex" lines.
# Prints the worst error per function; exits 1 if one exceeds its bound.
import random
import subprocess
import sys

import mpmath

mpmath.mp.prec = 256
FUNCTIONS = ("erfl", "erfcl", "tgammal", "lgammal")
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


def arguments(count, rng):
    u = lambda a, b: mpmath.mpf(a) + (mpmath.mpf(b) - a) * mpmath.mpf(rng.getrandbits(80)) / 2**80
    logu = lambda a, b: mpmath.ldexp(1, 0) * mpmath.power(2, u(a, b))
    sgn = lambda: rng.choice((-1, 1))
    args = {f: [] for f in FUNCTIONS}
    for _ in range(count):
        args["erfl"] += [u(-6, 6), sgn() * logu(-70, 1), u(-2.5, 2.5), sgn() * logu(-16440, -16300)]
        args["erfcl"] += [u(-6, 28), sgn() * logu(-70, 1), u(0.4, 3), u(28, 106.6),
                          u(106.4, 106.6), sgn() * u(1.9, 2.1)]
        n = rng.randint(1, 180)
        args["tgammal"] += [u(-180, 172), logu(-80, 0), -n + sgn() * logu(-60 + n.bit_length(), -3),
                            u(1000, 1755.5), u(-1780, -1700), u(0.5, 3), -logu(-80, 0)]
        args["lgammal"] += [u(-100, 1000), u(-8, 3), u(0.5, 2.5), logu(6, 16380), sgn() * logu(-80, -1),
                            -rng.randint(2, 40) + sgn() * logu(-60, -3), -logu(6, 62),
                            u(-0.6, -0.4)]
    zeros = lgamma_zeros(20)
    for z in zeros:
        step = mpmath.ldexp(1, int(mpmath.floor(mpmath.log(abs(z), 2))) - 63)
        args["lgammal"] += [z + k * step for k in range(-3, 4)]
        args["lgammal"] += [z * (1 + sgn() * logu(-60, -10)) for _ in range(count // 40 + 1)]
    return args


def reference(fn, x):
    if fn == "erfl":
        return mpmath.erf(x)
    if fn == "erfcl":
        return mpmath.erfc(x)
    if fn == "tgammal":
        return mpmath.gamma(x)
    if x > 0:
        return mpmath.loggamma(x)
    return mpmath.log(abs(mpmath.gamma(x)))


def main():
    argv = sys.argv[1:]
    if not argv:
        sys.exit("usage: math_ld_mpmath.py EVAL [-b fn=ulps ...] [-n count]")
    prog, bounds, count = argv[0], {}, 300
    i = 1
    while i < len(argv):
        if argv[i] == "-b" and i + 1 < len(argv) and "=" in argv[i + 1]:
            name, value = argv[i + 1].split("=")
            bounds[name] = float(value)
        elif argv[i] == "-n" and i + 1 < len(argv):
            count = int(argv[i + 1])
        else:
            sys.exit("math_ld_mpmath.py: error: bad argument '%s'" % argv[i])
        i += 2
    rng = random.Random(20261130)
    cases = []
    for fn, xs in arguments(count, rng).items():
        for x in xs:
            h, v = to_ld(x)
            if mpmath.isint(v) and v <= 0 and fn in ("tgammal", "lgammal"):
                continue                # poles: special cases, tested elsewhere
            cases.append((fn, h, v))
    out = subprocess.run([prog], input="".join("%s %s\n" % c[:2] for c in cases),
                         capture_output=True, text=True, check=True).stdout.split("\n")
    worst = {f: (0.0, None) for f in FUNCTIONS}
    fails = 0
    for (fn, h, x), line in zip(cases, out):
        got_hex, sign = line.split()
        got, ref = from_hex(got_hex), reference(fn, x)
        if fn == "lgammal":
            want = 1 if x > 0 or mpmath.gamma(x) > 0 else -1
            if int(sign) != want:
                print("%s(%s): sign %s, want %d" % (fn, h, sign, want))
                fails += 1
        limit = mpmath.ldexp(1, 16384) * (1 - mpmath.ldexp(1, -65))
        if abs(ref) >= limit:
            err = 0.0 if mpmath.isinf(got) and mpmath.sign(got) == mpmath.sign(ref) else mpmath.inf
        elif mpmath.isinf(got) or mpmath.isnan(got):
            err = mpmath.inf
        else:
            err = float(abs(got - ref) / ulp(ref))
        if err > worst[fn][0]:
            worst[fn] = (err, h)
    for fn in FUNCTIONS:
        err, h = worst[fn]
        bound = bounds.get(fn)
        bad = bound is not None and err > bound
        fails += bad
        print("%-8s %6d args  worst %.3f ulp%s%s" % (fn, sum(c[0] == fn for c in cases), err,
              "  at " + h if h else "", "  FAIL" if bad else ""))
    sys.exit(1 if fails else 0)


main()
