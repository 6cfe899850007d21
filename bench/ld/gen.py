#!/usr/bin/env python3
"""Generates a program of N cross-referencing C files for the linker
benchmark: every file defines FUNCS functions, a data table, pointers
into another file's table (R_X86_64_64), strings, and a static helper
with the same name as in every other file; each function calls functions
of other files.  main.c holds _start, which calls into the web and exits
with a checksum, so the linked program can be run and compared.

usage: gen.py DIR [N] [FUNCS]"""
import os
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
funcs = int(sys.argv[3]) if len(sys.argv) > 3 else 8
os.makedirs(out, exist_ok=True)


def fname(i, k):
    return f"f{i}_{k}"


for i in range(n):
    lines = []
    callees = set()
    for k in range(funcs):
        for d in (1, 7 * k + 3):
            callees.add(((i + d) % n, (k + d) % funcs))
    other = (i * 31 + 17) % n
    for (j, k) in sorted(callees):
        lines.append(f"int {fname(j, k)}(int);")
    lines.append(f"extern int table{other}[16];")
    lines.append(f"int table{i}[16] = {{{', '.join(str((i * 16 + t) % 97) for t in range(16))}}};")
    lines.append(f"int *ptr{i}[2] = {{&table{other}[1], &table{i}[3]}};")
    lines.append(f"const char *name{i} = \"file {i} of {n}\";")
    lines.append(f"static int helper(int x) {{ return x * {i % 13 + 1} + table{i}[x & 15]; }}")
    for k in range(funcs):
        a = ((i + 1) % n, (k + 1) % funcs)
        b = ((i + 7 * k + 3) % n, (k + 7 * k + 3) % funcs)
        lines.append(
            f"int {fname(i, k)}(int x) {{\n"
            f"  if (x <= 0) return helper(x) + *ptr{i}[x & 1] + name{i}[0];\n"
            f"  return {fname(*a)}(x - 1) + (x > 3 ? 0 : {fname(*b)}(x - 2)) + helper(x);\n"
            f"}}")
    with open(os.path.join(out, f"m{i}.c"), "w") as fp:
        fp.write("\n".join(lines) + "\n")

with open(os.path.join(out, "main.c"), "w") as fp:
    fp.write(f"""int f0_0(int);
void _start(void) {{
  long sum = 0;
  for (int i = 0; i < 50; i++) sum += f0_0(i % 9);
  __asm__ volatile("syscall" :: "a"(60), "D"((int)(sum & 0x7f)));
  __builtin_unreachable();
}}
""")
