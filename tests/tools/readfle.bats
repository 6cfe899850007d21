#!/usr/bin/env bats
# fle-readfle: readelf for FLE.  Its symbols and relocations must be
# readelf's for the ELF object an FLE object came from (whole corpus), its
# rows laid out column for column like readelf -W's, and it must read
# executables and archives and report broken input with file and line.
load ../common

setup_file() {
    export CORPUS="$("$ROOT/tests/corpus/build-matrix" 2>/dev/null)"
}
setup() { common_setup; }

@test "symbols and relocations equal readelf -sW / -rW over the whole corpus" {
    # compare.py: sets of (name, value, size, type, bind, vis, section) and
    # (section, offset, type, symbol, addend), plus the printed rows with
    # only Num/Ndx/Info's symbol number masked.  SECTION symbols and
    # non-allocatable sections are left out (see compare.py).
    run python3 "$ROOT/tests/tools/compare.py" readelf "$CORPUS"
    assert_success
    assert_output --regexp '^2[0-9]{2} files, [0-9]+ symbols, [0-9]+ relocations compared, 0 differences$'
}

@test "-S rows line up with readelf -SW's, except Nr, Off, Lk, Inf" {
    o="$CORPUS/globals-O2-fno-pic"
    # Off is columns 59-64, Lk and Inf 80-85 in both (same widths).
    mask='s/^  \[ *[0-9]+\]/  [NN]/; s/^(.{58})[0-9a-f]{6}/\1OFFSET/; s/^(.{79}).{6}/\1LK INF/'
    readelf -SW "$o.o" | grep -E '^  \[ *[0-9]+\] \.(text|data|bss|rodata) ' | sed -E "$mask" > elf
    fle-readfle -S "$o.fle" | grep -E '^  \[ *[0-9]+\] \.(text|data|bss|rodata) ' | sed -E "$mask" > fle
    [ -s elf ]
    diff -u elf fle
    run fle-readfle -S "$o.fle"
    assert_line '  [Nr] Name              Type            Address          Off    Size   ES Flg Lk Inf Al'
    assert_line '  [ 0]                   NULL            0000000000000000 000000 000000 00      0   0  0'
    assert_line --index 0 "There are 7 section headers (Off: where the section's lines start):"
}

@test "-s and -r on an object: exact text" {
    cp "$CORPUS/statics-O2-fPIC.fle" s.fle
    # The offsets are checked by the "Off" tests below.
    run bash -c 'set -o pipefail; fle-readfle -rs s.fle | sed "s/at offset 0x[0-9a-f]*/at offset OFF/"'
    assert_success
    assert_output - <<'OUT'

Relocation section '.rela.text' at offset OFF contains 4 entries:
    Offset             Info             Type               Symbol's Value  Symbol's Name + Addend
0000000000000002  0000000400000002 R_X86_64_PC32          0000000000000000 .bss - 4
000000000000000b  0000000400000002 R_X86_64_PC32          0000000000000000 .bss - 4
0000000000000012  0000000300000002 R_X86_64_PC32          0000000000000000 .data - 4
000000000000001b  0000000300000002 R_X86_64_PC32          0000000000000000 .data - 4

Relocation section '.rela.eh_frame' at offset OFF contains 3 entries:
    Offset             Info             Type               Symbol's Value  Symbol's Name + Addend
0000000000000020  0000000200000002 R_X86_64_PC32          0000000000000000 .text + 0
0000000000000034  0000000200000002 R_X86_64_PC32          0000000000000000 .text + 10
0000000000000048  0000000200000002 R_X86_64_PC32          0000000000000000 .text + 20

Symbol table '.symtab' contains 11 entries:
   Num:    Value          Size Type    Bind   Vis      Ndx Name
     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND 
     1: 0000000000000000     0 FILE    LOCAL  DEFAULT  ABS statics.c
     2: 0000000000000000     0 SECTION LOCAL  DEFAULT    1 .text
     3: 0000000000000000     0 SECTION LOCAL  DEFAULT    2 .data
     4: 0000000000000000     0 SECTION LOCAL  DEFAULT    3 .bss
     5: 0000000000000000     0 SECTION LOCAL  DEFAULT    4 .eh_frame
     6: 0000000000000000     4 OBJECT  LOCAL  DEFAULT    2 count.1
     7: 0000000000000000     4 OBJECT  LOCAL  DEFAULT    3 count.2
     8: 0000000000000000    16 FUNC    GLOBAL DEFAULT    1 a
     9: 0000000000000010    16 FUNC    GLOBAL DEFAULT    1 b
    10: 0000000000000020     6 FUNC    GLOBAL DEFAULT    1 c
OUT
}

@test "-h on an object, and -l says there are no segments" {
    cp "$CORPUS/statics-O2-fPIC.fle" s.fle
    run fle-readfle -h -l s.fle
    assert_success
    assert_output - <<'OUT'
FLE Header:
  Format:                            FLE (JSON text)
  Version:                           2 (current)
  Type:                              REL (Relocatable file)
  Machine:                           Advanced Micro Devices X86-64
  Entry point address:               0x0
  Interpreter:                       (none)
  Number of program headers:         0
  Number of section headers:         5
  Number of symbols:                 11
  Number of relocations:             7

There are no program headers in this file.
OUT
}

@test "-a on an executable: header, sections, segments with mapping, symbols" {
    cp "$ROOT/tests/tools/data/hello.exe" .
    run fle-readfle -a -W hello.exe
    assert_success
    diff -u "$ROOT/tests/tools/data/hello.exe.readfle" <(echo "$output")
}

@test "-l without -h: readelf's preamble" {
    cp "$ROOT/tests/tools/data/hello.exe" .
    run fle-readfle -l hello.exe
    assert_success
    assert_line --index 0 'Elf file type is EXEC (Executable file)'
    assert_line --index 1 'Entry point 0x401000'
    # 0x33d: where the data segment's first line starts (grep -b).
    assert_line '  LOAD           0x00033d 0x0000000000402000 0x0000000000402000 0x000004 0x000008 RW  0x1000'
    [ $(($(grep -b '📤: counter' hello.exe | cut -d: -f1) + 8)) = $((0x33d)) ] # 8: indentation
    assert_line '   01     .data .bss '
}

@test "a PIE linked by fle-ld: DYN type and its R_X86_64_RELATIVE relocations" {
    [ -x "$ROOT/build/bin/fle-ld" ] || skip "fle-ld not built"
    printf 'int x; int *p = &x;\nvoid _start(void) { for (;;) *p = 1; }\n' > p.c
    gcc -c -O1 -fPIE -fno-asynchronous-unwind-tables p.c -o p.o
    fle-as p.o -o p.fle
    fle-ld -pie p.fle -o p.exe
    run fle-readfle -hr p.exe
    assert_success
    assert_line '  Type:                              DYN (Position-Independent Executable file)'
    # At the first line of the segment that holds the relocation.
    off=$(fle-readfle -l p.exe | sed -nE 's/^  LOAD +(0x[0-9a-f]+) .* RW  .*/\1/p')
    assert_line "Relocation section '.rela.dyn' at offset $(printf 0x%x $off) contains 1 entry:"
    assert_line --regexp '^[0-9a-f]{16}  0000000000000008 R_X86_64_RELATIVE {25}[0-9a-f]+$'
}

@test "an archive is shown member by member, as readelf shows lib.a(member)" {
    cp "$CORPUS/statics-O2-fPIC.fle" "$CORPUS/weak-O0-fno-pic.fle" .
    fle-ar rc lib.a statics-O2-fPIC.fle weak-O0-fno-pic.fle
    run fle-readfle -s lib.a
    assert_success
    assert_line --index 0 'File: lib.a(statics-O2-fPIC.fle)'
    fle-readfle -s statics-O2-fPIC.fle > one
    fle-readfle -s weak-O0-fno-pic.fle > two
    diff -u <(printf '\nFile: lib.a(statics-O2-fPIC.fle)\n'; cat one
              printf '\nFile: lib.a(weak-O0-fno-pic.fle)\n'; cat two) <(echo "$output")
}

@test "several files get readelf's 'File:' headers" {
    cp "$CORPUS/statics-O2-fPIC.fle" a.fle
    cp a.fle b.fle
    run fle-readfle -h a.fle b.fle
    assert_success
    assert_line --index 0 'File: a.fle'
    assert_line 'File: b.fle'
}

@test "missing file: error, non-zero exit, other files still shown" {
    cp "$CORPUS/statics-O2-fPIC.fle" a.fle
    run fle-readfle -h nosuch.fle a.fle
    assert_failure 1
    assert_line 'fle-readfle: error: cannot open nosuch.fle: No such file or directory'
    assert_line 'File: a.fle'
}

@test "malformed FLE: error names file and line" {
    cat > bad.fle <<'FLE'
{
  "type": ".obj",
  "version": 1,
  "sections": [
    {
      "name": ".text",
      "type": "PROGBITS",
      "flags": "AX",
      "align": "0x1",
      "size": "0x2",
      "lines": [
        "🔢: c3 zz"
      ]
    }
  ]
}
FLE
    run fle-readfle -s bad.fle
    assert_failure 1
    assert_output "fle-readfle: error: bad.fle:12:16: bad hex byte 'zz'"
}

@test "an ELF file is refused with a hint; no option is a usage error" {
    run fle-readfle -s "$CORPUS/statics-O2-fPIC.o"
    assert_failure 1
    assert_output "fle-readfle: error: $CORPUS/statics-O2-fPIC.o: not an FLE file (it looks like an ELF object; fle-as converts it)"
    run fle-readfle x.fle
    assert_failure 1
    assert_line --index 0 'usage: fle-readfle <option(s)> FILE...'
}

# The line starting at byte offset $2 of file $1, as it stands.
line_at() { tail -c "+$(($2 + 1))" "$1" | head -1; }

@test "Off of an object's section: where its first line starts in the file" {
    n=0
    for f in "$CORPUS"/statics-O2-fPIC.fle "$CORPUS"/strings-O0-fPIE.fle "$CORPUS"/tls-O2-fPIC.fle; do
        i=0
        while read -r off; do
            want=$(jq -c ".sections[$i].lines[0] // []" "$f") # no lines: its '['
            got=$(line_at "$f" $((16#$off)) | sed -E 's/,$//')
            [ "$got" = "$want" ] || { echo "$f section $i: at 0x$off: $got, want $want"; false; }
            i=$((i + 1)) n=$((n + 1))
        done < <(fle-readfle -S "$f" | sed -nE 's/^  \[ *[0-9]+\] \S+ +\S+ +[0-9a-f]{16} ([0-9a-f]{6}) .*/\1/p')
        # A relocation table is at its section's offset.
        fle-readfle -S -r "$f" > out
        off=$(sed -nE 's/^  \[ *[0-9]+\] \.text +\S+ +[0-9a-f]{16} ([0-9a-f]{6}) .*/\1/p' out)
        if grep -q "'.rela.text'" out; then
            grep -q "^Relocation section '.rela.text' at offset 0x$((16#$off))" out ||
                grep -q "^Relocation section '.rela.text' at offset 0x$(printf %x $((16#$off)))" out
        fi
    done
    [ "$n" -ge 9 ]
}

@test "Off of an executable: segments' first lines, and the line holding each section's first byte" {
    printf '#include <stdio.h>\nint counter = 3;\nstatic char buf[100];\nint main(void) { buf[0] = 1; printf("hello, %%s\\n", "world"); return counter; }\n' > hello.c
    fle-cc hello.c -o hello
    i=0
    while read -r off; do
        want=$(jq -c ".segments[$i].lines[0]" <(tail -n +2 hello))
        [ "$(line_at hello $((16#$off)) | sed -E 's/,$//')" = "$want" ]
        i=$((i + 1))
    done < <(fle-readfle -l hello | sed -nE 's/^  LOAD +0x([0-9a-f]{6}) .*/\1/p')
    [ "$i" -eq 3 ]
    # Each section: walk its segment's lines with the cursor (python) and
    # find the line that holds the section's first byte (the first line
    # at that address when the section starts on a line boundary).
    fle-readfle -S hello | sed -nE 's/^  \[ *[0-9]+\] (\S+) +\S+ +([0-9a-f]{16}) ([0-9a-f]{6}) .*/\1 \2 \3/p' > secs
    [ "$(wc -l < secs)" -ge 6 ]
    python3 - hello secs <<'PY'
import json, sys
text = open(sys.argv[1], 'rb').read()
doc = json.loads(text.split(b'\n', 1)[1])
starts = {}   # address -> offset of the first line at it, or holding it
pos = 0
for g in doc['segments']:
    cur = int(g['vaddr'], 16)
    for line in g['lines']:
        at = text.index(json.dumps(line, ensure_ascii=False).encode(), pos)
        pos = at + 1
        tag, rest = line.split(': ', 1)
        n = (len(rest.split()) if tag == '🔢' else len(rest) if tag == '🔤' else
             int(rest, 16) if tag.startswith('🕳') else
             0 if tag in ('📤', '🏷️', '📎') else 8 if 'R_X86_64_64' in rest or 'RELATIVE' in rest else 4)
        for a in range(cur, cur + max(n, 1)):
            starts.setdefault(a, at)
        cur += n
for row in open(sys.argv[2]):
    name, addr, off = row.split()
    want = starts[int(addr, 16)]
    assert int(off, 16) == want, (name, off, hex(want))
PY
}

@test "Al of an executable is the alignment the link used, as GNU ld's" {
    printf 'int big[16] __attribute__((aligned(64))) = {1};\nlong l = 2;\nvoid _start(void) { for (;;) big[0]++; }\n' > a.c
    gcc -c -O1 -fno-pie -fno-asynchronous-unwind-tables a.c -o a.o
    fle-as a.o -o a.fle
    fle-ld a.fle -o a.exe
    ld -o a.elf a.o
    al() { sed -nE "s/^  \[ *[0-9]+\] \\$1 .* ([0-9]+)\$/\\1/p"; }
    [ "$(readelf -SW a.elf | al .data)" = 64 ]
    [ "$(fle-readfle -S a.exe | al .data)" = "$(readelf -SW a.elf | al .data)" ]
    [ "$(fle-readfle -S a.exe | al .text)" = "$(readelf -SW a.elf | al .text)" ]
    # The executable says so itself.
    grep -q '"name": ".data", .*"align": "0x40"' a.exe
}

@test "-h's symbol count is -s's 'contains N entries', null symbol included, as readelf counts" {
    for f in "$CORPUS/statics-O2-fPIC.fle" "$ROOT/tests/tools/data/hello.exe"; do
        n=$(fle-readfle -h "$f" | sed -nE 's/^  Number of symbols: +([0-9]+)$/\1/p')
        fle-readfle -s "$f" > syms
        grep -q "^Symbol table '.symtab' contains $n entries:" syms
        [ "$(grep -cE '^ +[0-9]+: ' syms)" = "$n" ]
    done
    # readelf: the entries it announces are the rows it lists, 0 included.
    o="$CORPUS/statics-O2-fPIC.o"
    n=$(readelf -sW "$o" | sed -nE "s/^Symbol table '.symtab' contains ([0-9]+) entries:/\1/p")
    [ "$(readelf -sW "$o" | grep -cE '^ +[0-9]+: ')" = "$n" ]
}
