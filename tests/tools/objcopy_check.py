#!/usr/bin/env python3
"""objcopy_check.py — checks an ELF file made by fle-objcopy against the
FLE executable it came from, field by field, with readelf on one side and
fle-readfle on the other.

  objcopy_check.py segments PROG PROG.elf
      readelf -hlW vs fle-readfle -hl: one PT_LOAD per FLE segment with
      the same vaddr, filesz, memsz, flags and alignment, its offset
      congruent to vaddr modulo the alignment; the one other PT_LOAD holds
      the ELF header and PT_PHDR; the same entry point; EXEC; PT_TLS
      equals fle-ld's __tls_* symbols when the program has them.
  objcopy_check.py sections PROG PROG.elf
      readelf -SW vs fle-readfle -S: the FLE sections first, same numbers,
      names, addresses, sizes and flags; the type is fle-readfle's
      (PROGBITS, or NOBITS for a zero-filled tail) except that the TLS
      sections after the template's image (.tbss) are NOBITS; each
      PROGBITS section's offset lies in the PT_LOAD holding its address;
      then .symtab, .strtab and .shstrtab.
  objcopy_check.py symbols PROG PROG.elf
      readelf -sW vs fle-readfle -s, row for row: Num, value, size, type,
      bind, visibility, Ndx, name.  A TLS symbol, absolute in FLE (its
      offset in the template), must name a TLS section (flag T) in ELF.

A position-independent PROG is exported at the fixed base PIE_BASE:
every address of it (not absolute symbols, not TLS offsets) moves by it.
Prints what it compared, or every difference and exits 1.
"""
import re
import subprocess
import sys

PIE_BASE = 0x555555554000


def run(*cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit("objcopy_check.py: %s failed:\n%s" % (" ".join(cmd), p.stderr))
    return p.stdout


def base_of(fle_header):
    return PIE_BASE if "DYN (Position-Independent" in fle_header else 0


def header_field(text, label):
    m = re.search(r"^\s*%s:\s*(.*)$" % re.escape(label), text, re.M)
    return m.group(1).strip() if m else None


PHDR = re.compile(r"^\s+(\w+)\s+0x([0-9a-f]+) 0x([0-9a-f]+) 0x[0-9a-f]+ "
                  r"0x([0-9a-f]+) 0x([0-9a-f]+) (...) 0x([0-9a-f]+)$", re.M)


def phdrs(text):
    """[(type, offset, vaddr, filesz, memsz, flags, align)] of -l output."""
    return [(t, int(o, 16), int(v, 16), int(fs, 16), int(ms, 16), fl.strip(), int(a, 16))
            for t, o, v, fs, ms, fl, a in PHDR.findall(text)]


def fle_symbol_values(prog):
    """{name: value} of the defined symbols."""
    vals = {}
    for row in sym_rows(run("fle-readfle", "-s", prog)):
        if row[6] != "UND":
            vals[row[7]] = int(row[1], 16)
    return vals


def check_segments(prog, elf, diffs):
    fle_text = run("fle-readfle", "-h", "-l", prog)
    elf_text = run("readelf", "-h", "-l", "-W", elf)
    base = base_of(fle_text)
    if header_field(elf_text, "Type") != "EXEC (Executable file)":
        diffs.append("type: %s" % header_field(elf_text, "Type"))
    fle_entry = int(header_field(fle_text, "Entry point address"), 16)
    elf_entry = int(header_field(elf_text, "Entry point address"), 16)
    if elf_entry != fle_entry + base:
        diffs.append("entry: ELF 0x%x, FLE 0x%x + base 0x%x" % (elf_entry, fle_entry, base))
    want = [(v + base, fs, ms, fl, a) for t, o, v, fs, ms, fl, a in phdrs(fle_text)]
    elf_ph = phdrs(elf_text)
    loads = [p for p in elf_ph if p[0] == "LOAD"]
    phdr = [p for p in elf_ph if p[0] == "PHDR"]
    # The headers' LOAD: offset 0, read-only, holding PT_PHDR's bytes.
    extra = [p for p in loads if p[1] == 0 and p[5] == "R" and phdr and
             p[2] <= phdr[0][2] and phdr[0][2] + phdr[0][3] <= p[2] + p[3]]
    if len(extra) != 1:
        diffs.append("no single PT_LOAD holding the ELF and program headers")
    got = [(v, fs, ms, fl, a) for t, o, v, fs, ms, fl, a in loads if (t, o, v, fs, ms, fl, a) not in extra]
    if sorted(got) != sorted(want):
        diffs.append("PT_LOAD:\n  ELF %s\n  FLE %s" % (fmt(got), fmt(want)))
    for t, o, v, fs, ms, fl, a in loads:
        if a and o % a != v % a:
            diffs.append("PT_LOAD at 0x%x: offset 0x%x not congruent to it mod 0x%x" % (v, o, a))
    check_tls(prog, elf_ph, base, diffs)
    return len(want)


def check_tls(prog, elf_ph, base, diffs):
    vals = fle_symbol_values(prog)
    tls = [p for p in elf_ph if p[0] == "TLS"]
    if "__tls_memsz" not in vals:
        if tls:
            diffs.append("PT_TLS in a program without TLS")
        return
    want = (vals["__tls_image"] + base, vals["__tls_filesz"], vals["__tls_memsz"], vals["__tls_align"])
    got = [(v, fs, ms, a) for t, o, v, fs, ms, fl, a in tls]
    if got != [want]:
        diffs.append("PT_TLS: ELF %s, want %s" % (fmt(got), fmt([want])))


def fmt(rows):
    return ", ".join("(" + " ".join(x if isinstance(x, str) else hex(x) for x in r) + ")"
                     for r in rows)


SYM = re.compile(r"^\s*(\d+): ([0-9a-f]{16})\s+(\S+) (\S+)\s+(\S+)\s+(\S+)\s+(\S+) ?(.*)$")


def sym_rows(text):
    return [SYM.match(l).groups() for l in text.split("\n") if SYM.match(l)]


def tls_sections(elf):
    """Section numbers whose flags hold T, from readelf -SW."""
    out = set()
    for m in re.finditer(r"^\s*\[\s*(\d+)\] \S+\s+\S+\s+[0-9a-f]+ [0-9a-f]+ [0-9a-f]+ [0-9a-f]+"
                         r"\s+([A-Za-z]*)\s", run("readelf", "-SW", elf), re.M):
        if "T" in m.group(2):
            out.add(m.group(1))
    return out


SHDR = re.compile(r"^\s*\[\s*(\d+)\] (\S*)\s+(\S+)\s+([0-9a-f]{16}) ([0-9a-f]{6}) ([0-9a-f]{6}) "
                  r"[0-9a-f]{2}\s+([A-Za-z]*)\s+\d+\s+\d+\s+(\d+)$", re.M)


def shdrs(text):
    """[(nr, name, type, addr, offset, size, flags, align)] of -S output."""
    return [(int(n), name, t, int(a, 16), int(o, 16), int(sz, 16), fl, int(al))
            for n, name, t, a, o, sz, fl, al in SHDR.findall(text)]


def check_sections(prog, elf, diffs):
    base = base_of(run("fle-readfle", "-h", prog))
    fle = shdrs(run("fle-readfle", "-S", prog))[1:]
    # A PIE moved to a base keeps no DWARF (its addresses are link-time).
    fle = [r for r in fle if base == 0 or "A" in r[6]]
    got = shdrs(run("readelf", "-SW", elf))[1:]
    loads = [p for p in phdrs(run("readelf", "-lW", elf)) if p[0] == "LOAD"]
    vals = fle_symbol_values(prog)
    tls_image_end = vals.get("__tls_image", 0) + vals.get("__tls_filesz", 0)
    for f, e in zip(fle, got):
        nr, name, typ, addr, off, size, flags, align = f
        if "T" in flags and addr >= tls_image_end:
            typ = "NOBITS"
        want = (nr, name, typ, addr + base, size, flags, align)
        if (e[0], e[1], e[2], e[3], e[5], e[6], e[7]) != want:
            diffs.append("section:\n  ELF %s\n  FLE %s" % (fmt([e]), fmt([want])))
        if e[2] == "PROGBITS" and "A" in flags and size and not any(
                o <= e[4] and e[4] + size <= o + fs and e[4] - o == e[3] - v
                for t, o, v, fs, ms, fl, a in loads):
            diffs.append("section %s: offset 0x%x is not where its PT_LOAD puts it" % (e[1], e[4]))
    rest = [(e[1], e[2]) for e in got[len(fle):]]
    if rest != [(".symtab", "SYMTAB"), (".strtab", "STRTAB"), (".shstrtab", "STRTAB")]:
        diffs.append("sections after FLE's: %s" % rest)
    return len(fle)


def check_symbols(prog, elf, diffs):
    base = base_of(run("fle-readfle", "-h", prog))
    fle = sym_rows(run("fle-readfle", "-s", prog))
    got = sym_rows(run("readelf", "-sW", elf))
    tls = tls_sections(elf)
    if len(fle) != len(got):
        diffs.append("%d symbols in ELF, %d in FLE" % (len(got), len(fle)))
    for f, e in zip(fle, got):
        num, value, size, typ, bind, vis, ndx, name = f
        value = int(value, 16)
        if ndx not in ("UND", "ABS") and typ != "TLS":
            value += base
        want = [num, "%016x" % value, size, typ, bind, vis, ndx, name]
        if typ == "TLS" and ndx == "ABS" and e[6] in tls:
            want[6] = e[6]
        if list(e) != want:
            diffs.append("symbol:\n  ELF %s\n  FLE %s" % (" ".join(e), " ".join(want)))
    return len(fle)


def main():
    checks = {"segments": check_segments, "sections": check_sections, "symbols": check_symbols}
    if len(sys.argv) != 4 or sys.argv[1] not in checks:
        sys.exit(__doc__)
    what, prog, elf = sys.argv[1:]
    diffs = []
    n = checks[what](prog, elf, diffs)
    for d in diffs:
        print(d)
    print("%d %s compared, %d differences" % (n, what, len(diffs)))
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
