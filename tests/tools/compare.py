#!/usr/bin/env python3
"""compare.py — checks the FLE inspection tools against binutils over a
directory of NAME.o (ELF) + NAME.fle (its fle-as conversion) pairs.

  compare.py readelf DIR [NAME...]   symbols and relocations: fle-readfle -Ssr
                                     vs readelf -SsrW, as sets
  compare.py objdump DIR NAME...     labels, instruction addresses and bytes,
                                     relocation lines: fle-objdump -d vs
                                     objdump -dr
  compare.py objdump-intel DIR ...   the same with -M intel on both, and
                                     the instruction text too
  compare.py objdump-hts DIR ...     fle-objdump -h -t -s vs objdump -h -t -s

Each tool runs once over all the files (both print a "File:" header or a
"NAME:     file format" line per input), so the whole corpus costs four
processes.  Prints every difference; exits 1 if there is any.

What is compared, and what is left out on purpose (FLE by design):
  symbols   (name, value, size, type, bind, vis, section NAME or UND/ABS/
            COM).  Left out: SECTION symbols (ELF has them only for
            sections something refers to, FLE for every section) and the
            null symbol; ELF symbols defined in non-allocatable sections
            other than .debug_* (FLE carries only those).  Section numbers differ, so Ndx is
            turned into the section's name with each tool's own -S table.
  relocs    (section, offset, type, symbol name, addend) for relocation
            sections of allocatable and .debug_* sections (the DWARF
            relocations of the -g objects are compared too).
  objdump   the instruction text is left out: capstone and GNU objdump
            spell AT&T differently (movl/mov, $1/$0x1).  With -M intel
            the text is compared, and the share that is the same printed.
  -h        rows (name, size, VMA, LMA, Algn, flag words) of the sections
            FLE carries; Idx and File off differ by design.
  -t        symbol lines as sets, SECTION symbols left out as for readelf.
  -s        the "Contents of section" block of every section FLE carries.
"""
import os
import re
import subprocess
import sys


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, errors="surrogateescape")
    if p.returncode != 0:
        sys.exit("compare.py: %s failed:\n%s" % (" ".join(cmd[:2]), p.stderr))
    return p.stdout


def split_files(text, header, names):
    """{basename without extension: lines} from output with one header
    line per input file matched by the regex header (group 1: path);
    readelf prints no header for a single file."""
    if len(names) == 1:
        return {names[0]: text.split("\n")}
    out, cur = {}, None
    for line in text.split("\n"):
        m = re.match(header, line)
        if m:
            cur = os.path.splitext(os.path.basename(m.group(1)))[0]
            out[cur] = []
        elif cur is not None:
            out[cur].append(line)
    return out


# ---------------------------------------------------------------- readelf

SYMROW = re.compile(r"^\s*\d+: (.{16} .{5} .{7} .{6} (?:\S{8,}|.{7}) )(.{4}|\S{5,}) (.*)$")


def parse_readelf(lines):
    """(symbols, relocs, rows) of one file's readelf -SsrW style output;
    rows are the symbol and relocation lines as printed, with only what
    may differ (Num, Ndx, the symbol number in Info) masked, so that
    comparing them checks the column layout too."""
    secname, alloc = {}, set()
    syms, relocs, rows = set(), set(), set()
    mode, relsec = None, None
    for line in lines:
        m = re.match(r"\s*\[\s*(\d+)\] (\S+)\s+(\S+)\s+[0-9a-f]{16} [0-9a-f]+ [0-9a-f]+ [0-9a-f]+ +([A-Za-z]*) ", line)
        if m:
            secname[m.group(1)] = m.group(2)
            if "A" in m.group(4) or m.group(2).startswith(".debug_"):
                alloc.add(m.group(2))  # the sections FLE carries
            continue
        m = re.match(r"Relocation section '(.*)' at offset", line)
        if m:
            mode, relsec = "rel", re.sub(r"^\.rela", "", m.group(1), count=1)
            continue
        if line.startswith("Symbol table"):
            mode = "sym"
            continue
        if mode == "sym" and re.match(r"\s*\d+: ", line):
            f = line.split(None, 7)
            if len(f) < 8 or f[3] == "SECTION":
                continue
            ndx = f[6] if f[6] in ("UND", "ABS", "COM") else secname.get(f[6], "?" + f[6])
            if ndx not in ("UND", "ABS", "COM") and ndx not in alloc:
                continue
            size = int(f[2], 16) if f[2].startswith("0x") else int(f[2])
            syms.add((f[7], int(f[1], 16), size, f[3], f[4], f[5], ndx))
            m = SYMROW.match(line)
            rows.add("sym: " + m.group(1) + "NDX " + m.group(3))
        elif mode == "rel" and re.match(r"[0-9a-f]{16}  ", line):
            f = line.split(None, 4)
            name, sign, addend = f[4].rsplit(" ", 2)
            a = int(addend, 16) * (-1 if sign == "-" else 1)
            relocs.add((relsec, int(f[0], 16), f[2], name, a))
            if relsec in alloc:
                rows.add("rel: %s: %s" % (relsec, line[:18] + "SYMNUMBR" + line[26:]))
    relocs = {r for r in relocs if r[0] in alloc}
    return syms, relocs, rows


def compare_readelf(d, names):
    objs = [os.path.join(d, n + ".o") for n in names]
    fles = [os.path.join(d, n + ".fle") for n in names]
    hdr = r"^File: (.*)$"
    elf = split_files(run(["readelf", "-SsrW"] + objs), hdr, names)
    fle = split_files(run(["fle-readfle", "-Ssr"] + fles), hdr, names)
    bad, nsyms, nrels = 0, 0, 0
    for n in names:
        es, er, erows = parse_readelf(elf.get(n, []))
        fs, fr, frows = parse_readelf(fle.get(n, []))
        nsyms, nrels = nsyms + len(es), nrels + len(er)
        for what, e, f in (("symbol", es, fs), ("reloc", er, fr), ("row", erows, frows)):
            for x in sorted(e - f, key=str):
                print("%s: %s only in readelf: %s" % (n, what, x)); bad += 1
            for x in sorted(f - e, key=str):
                print("%s: %s only in fle-readfle: %s" % (n, what, x)); bad += 1
    print("%d files, %d symbols, %d relocations compared, %d differences"
          % (len(names), nsyms, nrels, bad))
    return bad


# ---------------------------------------------------------------- objdump

def parse_objdump(lines):
    """[(section, kind, fields...)] : labels, instruction starts with
    their bytes (continuation lines joined), relocation lines."""
    out, sec = [], None
    for line in lines:
        m = re.match(r"Disassembly of section (.*):$", line)
        if m:
            sec = m.group(1)
            continue
        m = re.match(r"([0-9a-f]{16}) <(.*)>:$", line)
        if m:
            out.append((sec, "label", int(m.group(1), 16), m.group(2)))
            continue
        m = re.match(r"\t\t\t([0-9a-f]+): (\S+)\t(.*)$", line)
        if m:
            out.append((sec, "reloc", int(m.group(1), 16), m.group(2), m.group(3)))
            continue
        m = re.match(r" *([0-9a-f]+):\t((?:[0-9a-f]{2} )+) *(\t.*)?$", line)
        if m:
            data = m.group(2).split()
            if m.group(3) is None and out and out[-1][1] == "insn":
                out[-1] = out[-1][:3] + (out[-1][3] + data,)   # continuation
            else:
                out.append((sec, "insn", int(m.group(1), 16), data))
    return out


def compare_objdump(d, names):
    objs = [os.path.join(d, n + ".o") for n in names]
    fles = [os.path.join(d, n + ".fle") for n in names]
    hdr = r"^(\S.*):     file format "
    elf = split_files(run(["objdump", "-dr"] + objs), hdr, names)
    fle = split_files(run(["fle-objdump", "-d"] + fles), hdr, names)
    bad, count = 0, 0
    for n in names:
        e, f = parse_objdump(elf.get(n, [])), parse_objdump(fle.get(n, []))
        count += len(e)
        if e != f:
            bad += 1
            for i, (x, y) in enumerate(zip(e + [None] * len(f), f + [None] * len(e))):
                if x != y:
                    print("%s: first difference at item %d:\n  objdump:     %s\n  fle-objdump: %s"
                          % (n, i, x, y))
                    break
    print("%d files, %d labels/instructions/relocations compared, %d files differ"
          % (len(names), count, bad))
    return bad


def intel_text(lines):
    """(address, text) of every instruction line of objdump -d output."""
    out = []
    for line in lines:
        m = re.match(r"^ *([0-9a-f]+):\t(?:[0-9a-f]{2} )+ *\t(.*)$", line)
        if m:
            out.append((m.group(1), re.sub(r"\s+", " ", m.group(2)).strip()))
    return out


def intel_known(e, f):
    """Whether objdump's text e and fle-objdump's f differ only in what
    capstone spells its own way: redundant prefixes objdump names
    (data16, cs, rex.W) and the segment of a padding nop, the two-byte nop
    (xchg ax,ax), x87 stack registers (st(1))."""
    e = re.sub(r"^((data16|cs|ds|rex\.W) )+", "", e)
    f = re.sub(r"\bcs:\[", "[", f)
    return e == f or (e, f) == ("xchg ax,ax", "nop") or ("st(" in e and "st(" in f)


def compare_objdump_intel(d, names):
    objs = [os.path.join(d, n + ".o") for n in names]
    fles = [os.path.join(d, n + ".fle") for n in names]
    hdr = r"^(\S.*):     file format "
    elf = split_files(run(["objdump", "-dr", "-M", "intel"] + objs), hdr, names)
    fle = split_files(run(["fle-objdump", "-d", "-M", "intel"] + fles), hdr, names)
    bad, count, same, unknown = 0, 0, 0, 0
    for n in names:
        e, f = parse_objdump(elf.get(n, [])), parse_objdump(fle.get(n, []))
        count += len(e)
        if e != f:
            bad += 1
            print("%s: labels, bytes or relocations differ" % n)
        te, tf = intel_text(elf.get(n, [])), intel_text(fle.get(n, []))
        same += sum(1 for x, y in zip(te, tf) if x == y)
        for x, y in zip(te, tf):
            if x[0] != y[0] or not intel_known(x[1], y[1]):
                unknown += 1
                print("%s: %s: objdump '%s', fle-objdump '%s'" % (n, x[0], x[1], y[1]))
    total = sum(len(intel_text(elf.get(n, []))) for n in names)
    print("%d files, %d labels/instructions/relocations compared, %d files differ; "
          "instruction text the same: %d of %d, %d other differences"
          % (len(names), count, bad, same, total, unknown))
    return bad + unknown


def blocks(lines, start):
    """{name: [lines]} of the blocks that begin with a line matched by
    start (group 1: name) and run to the next such line or a blank."""
    out, cur = {}, None
    for line in lines:
        m = re.match(start, line)
        if m:
            cur = m.group(1)
            out[cur] = []
        elif cur is not None and line.strip() and not re.match(r"^(SYMBOL TABLE:|Sections:)", line):
            out[cur].append(line)
        else:
            cur = None
    return out


def parse_hts(lines):
    """(sections, symbols, contents) of objdump -h -t -s output."""
    secs, syms, i = {}, set(), 0
    while i < len(lines):
        m = re.match(r"^ *\d+ (\S+) +([0-9a-f]{8})  ([0-9a-f]{16})  ([0-9a-f]{16})  [0-9a-f]{8}  (2\*\*\d+)$",
                     lines[i])
        if m and i + 1 < len(lines):
            secs[m.group(1)] = m.groups()[1:] + (lines[i + 1].strip(),)
            i += 2
            continue
        m = re.match(r"^[0-9a-f]{16} (.{7}) (\S+)\t[0-9a-f]{16} (.*)$", lines[i])
        if m and m.group(1) != "l    d ":
            syms.add(lines[i])
        i += 1
    return secs, syms, blocks(lines, r"^Contents of section (.*):$")


def compare_objdump_hts(d, names):
    objs = [os.path.join(d, n + ".o") for n in names]
    fles = [os.path.join(d, n + ".fle") for n in names]
    hdr = r"^(\S.*):     file format "
    elf = split_files(run(["objdump", "-h", "-t", "-s"] + objs), hdr, names)
    fle = split_files(run(["fle-objdump", "-h", "-t", "-s"] + fles), hdr, names)
    bad, nsec, nsym = 0, 0, 0
    for n in names:
        es, ey, ec = parse_hts(elf.get(n, []))
        fs, fy, fc = parse_hts(fle.get(n, []))
        diffs = ["section %s: objdump %s, fle-objdump %s" % (k, es.get(k), v)
                 for k, v in fs.items() if es.get(k) != v]
        diffs += ["symbol only in objdump: " + s for s in ey - fy]
        diffs += ["symbol only in fle-objdump: " + s for s in fy - ey]
        diffs += ["contents of %s differ" % k for k in fs if ec.get(k) != fc.get(k)]
        if not fs and es:
            diffs.append("no sections")
        nsec, nsym = nsec + len(fs), nsym + len(fy)
        if diffs:
            bad += 1
            print("%s:\n  %s" % (n, "\n  ".join(diffs[:5])))
    print("%d files, %d sections, %d symbols compared, %d files differ"
          % (len(names), nsec, nsym, bad))
    return bad


def main():
    modes = {"readelf": compare_readelf, "objdump": compare_objdump,
             "objdump-intel": compare_objdump_intel, "objdump-hts": compare_objdump_hts}
    if len(sys.argv) < 3 or sys.argv[1] not in modes:
        sys.exit(__doc__)
    d, names = sys.argv[2], sys.argv[3:]
    if not names:
        names = sorted(f[:-4] for f in os.listdir(d)
                       if f.endswith(".fle") and os.path.exists(os.path.join(d, f[:-4] + ".o")))
    bad = modes[sys.argv[1]](d, names)
    sys.exit(1 if bad or not names else 0)


if __name__ == "__main__":
    main()
