#!/usr/bin/env python3
"""measure.py RUNS NAME CMD... [--- NAME CMD...]... : runs the commands
round-robin RUNS times (interleaved, so a noisy moment hurts all alike)
and prints, per command, "NAME <median wall s> <peak RSS MiB>".  The RSS
is os.wait4's rusage of that child alone.  Exits 1 if any run fails."""
import os
import subprocess
import sys
import time

runs = int(sys.argv[1])
cmds, cur = [], []
for a in sys.argv[2:] + ["---"]:
    if a == "---":
        cmds.append(cur)
        cur = []
    else:
        cur.append(a)
times = {c[0]: [] for c in cmds}
rss = {c[0]: 0 for c in cmds}
for _ in range(runs):
    for name, *cmd in cmds:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        times[name].append(time.perf_counter() - start)
        rss[name] = max(rss[name], usage.ru_maxrss)
        if status != 0:
            print(f"measure: {name} failed", file=sys.stderr)
            sys.exit(1)
for name, *_ in cmds:
    t = sorted(times[name])
    print(f"{name} {t[len(t) // 2]:.3f} {rss[name] / 1024:.1f}")
