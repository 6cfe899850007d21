#!/usr/bin/env python3
"""Generates a program whose N files hold K read-only variables each, every
variable in a section of its own named PREFIX<file>_<k>, for the linker
benchmark's section rows.  With PREFIX ".rodata." every section joins the
one .rodata output section; with any other prefix each becomes an output
section of its own (as .eh_frame or a user's section does), so the
linker looks up N*K distinct output section names.  main.c holds _start,
which exits with a value read from the variables.

usage: gen_sections.py DIR N K PREFIX"""
import os
import sys

out, n, k, prefix = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
os.makedirs(out, exist_ok=True)

for i in range(n):
    lines = [f"__attribute__((section(\"{prefix}{i}_{j}\"), used)) "
             f"const int v{i}_{j} = {(i + j) % 7};" for j in range(k)]
    with open(os.path.join(out, f"s{i}.c"), "w") as fp:
        fp.write("\n".join(lines) + "\n")

with open(os.path.join(out, "main.c"), "w") as fp:
    fp.write(f"""extern const int v0_0, v{n - 1}_{k - 1};
void _start(void) {{
  __asm__ volatile("syscall" :: "a"(60), "D"(v0_0 + v{n - 1}_{k - 1}));
  __builtin_unreachable();
}}
""")
