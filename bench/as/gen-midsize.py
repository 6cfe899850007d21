#!/usr/bin/env python3
"""Writes a mid-size C file (~5000 lines) to stdout: many functions with
switches, string literals, globals, function-pointer tables and static
helpers, so compilation and conversion both have real work to do.

usage: gen-midsize.py [N]   N functions (default 300); bench/read asks
for many more, to make a large object."""
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300
print("extern int printf(const char *, ...);")
for i in range(N):
    print(f"int global{i} = {i};")
for i in range(N):
    print(f"static int helper{i}(int x) {{ return x * {i + 3} + {i}; }}")
    print(f"const char *name{i} = \"function number {i}\";")
    print(f"int fn{i}(int x) {{")
    print("  switch (x & 7) {")
    for c in range(8):
        print(f"  case {c}: return helper{i}(x + {c}) + global{(i + c) % N};")
    print("  }")
    print(f"  printf(\"%s %d\\n\", name{i}, x);")
    print("  return 0;")
    print("}")
print("int (*table[])(int) = {" + ", ".join(f"fn{i}" for i in range(N)) + "};")
