#!/usr/bin/env bats
# fle-readfle on dynamic modules (spec/FLE.md §8): -h's type, -d, -r and
# --dyn-syms, each with its exact text and compared with readelf on the
# same C built by gcc -shared -fPIC (tests/tools/dyn-common.bash).
load ../common
load dyn-common

setup() { dyn_setup; }

# The line starting at byte offset $2 of file $1, as it stands.
line_at() { tail -c "+$(($2 + 1))" "$1" | head -1; }

@test "-h and -l: a .so is DYN (Shared object file), a non-PIE program EXEC, as readelf says" {
    type() { sed -nE 's/^  Type: +//p'; }
    [ "$(fle-readfle -h libgreet.fle | type)" = "DYN (Shared object file)" ]
    [ "$(fle-readfle -h libgreet.fle | type)" = "$(readelf -h gcc/libgreet.so | type)" ]
    [ "$(fle-readfle -h prog.fle | type)" = "$(readelf -h gcc/prog | type)" ]
    # A dynamic PIE stays DYN as a PIE, as gcc -pie's program is.
    sed 's/"pie": false/"pie": true/' prog.fle > pie.fle
    gcc -O1 -nostdlib -fPIE -pie gcc/prog.c -Lgcc -lgreet -lc -o pie.elf
    [ "$(fle-readfle -h pie.fle | type)" = "DYN (Position-Independent Executable file)" ]
    [ "$(fle-readfle -h pie.fle | type)" = "$(readelf -h pie.elf | type)" ]
    run fle-readfle -l libgreet.fle
    assert_success
    assert_line --index 0 'Elf file type is DYN (Shared object file)'
    assert_line --index 1 'Entry point 0x0'
    refute_output --partial 'Requesting program interpreter'
}

@test "-d on a .so: exact text" {
    run fle-readfle -d libgreet.fle
    assert_success
    assert_output - <<'OUT'

Dynamic section at offset 0x25 contains 7 entries:
  Tag        Type                         Name/Value
 0x0000000000000001 (NEEDED)             Shared library: [libc.so]
 0x000000000000000e (SONAME)             Library soname: [libgreet.so]
 0x000000000000001d (RUNPATH)            Library runpath: [$ORIGIN/../lib]
 0x0000000000000019 (INIT_ARRAY)         0x3000
 0x000000000000001b (INIT_ARRAYSZ)       8 (bytes)
 0x000000000000001a (FINI_ARRAY)         0x3008
 0x000000000000001c (FINI_ARRAYSZ)       8 (bytes)
OUT
    # The offset is where the first of these keys starts.
    [ "$(line_at libgreet.fle $((0x25)))" = '"soname": "libgreet.so",' ]
}

@test "-d: readelf -d's rows for what gcc's .so and program record" {
    # readelf's other tags (STRTAB, GNU_HASH, RELA...) have no FLE key.
    tags='\((NEEDED|SONAME|RUNPATH|INIT_ARRAYSZ|FINI_ARRAYSZ)\)'
    for m in libgreet:libgreet.so prog:prog; do
        fle=${m%%:*}.fle elf=gcc/${m#*:}
        diff -u <(readelf -d "$elf" | grep -E "$tags") <(fle-readfle -d "$fle" | grep -E "$tags")
        # The array addresses differ with the layout; the rows' shape does not.
        mask='s/0x[0-9a-f]+$/ADDR/'
        diff -u <(readelf -d "$elf" | grep -E '\((INIT|FINI)_ARRAY\)' | sed -E "$mask") \
                <(fle-readfle -d "$fle" | grep -E '\((INIT|FINI)_ARRAY\)' | sed -E "$mask")
    done
    [ "$(fle-readfle -d prog.fle | grep -cE '^ 0x')" = 2 ]
    fle-readfle -d prog.fle | grep -qx ' 0x000000000000001d (RUNPATH)            Library runpath: \[\$ORIGIN\]'
    [ "$(line_at prog.fle $((16#$(fle-readfle -d prog.fle | sed -nE 's/.* at offset 0x([0-9a-f]+) .*/\1/p'))))" \
      = '"needed": ["libgreet.so"],' ]
}

@test "-d: a runpath of several directories is one RUNPATH, joined by ':', as GNU ld writes it" {
    sed 's|"runpath": \["$ORIGIN/../lib"\]|"runpath": ["$ORIGIN/../lib", "/opt/x"]|' libgreet.fle > two.fle
    gcc -shared -fPIC -nostdlib -Wl,-rpath,'$ORIGIN/../lib' -Wl,-rpath,/opt/x gcc/greet.c -o two.so
    diff -u <(readelf -d two.so | grep RUNPATH) <(fle-readfle -d two.fle | grep RUNPATH)
}

@test "-d of a static program and of an object: readelf's words" {
    printf 'int x;\nvoid _start(void) { for (;;) x++; }\n' > s.c
    gcc -c -O1 -fno-pie -fno-asynchronous-unwind-tables s.c -o s.o
    gcc -static -nostdlib -no-pie s.o -o s.elf
    fle-as s.o -o s.fle
    fle-ld s.fle -o s.exe
    for pair in s.o:s.fle s.elf:s.exe; do
        run fle-readfle -d "${pair#*:}"
        assert_success
        assert_output "$(readelf -d "${pair%%:*}")"
        assert_output "
There is no dynamic section in this file."
        # --dyn-syms: nothing at all, as readelf prints for them.
        [ -z "$(readelf --dyn-syms "${pair%%:*}")" ]
        run fle-readfle --dyn-syms "${pair#*:}"
        assert_success
        assert_output ''
    done
}

@test "-r on a .so: exact text, one table per segment, symbols numbered as --dyn-syms numbers them" {
    run fle-readfle -r libgreet.fle
    assert_success
    assert_output - <<'OUT'

Relocation segment 'data' at offset 0x785 contains 5 entries:
    Offset             Info             Type               Symbol's Value  Symbol's Name + Addend
0000000000003000  0000000000000008 R_X86_64_RELATIVE                         102f
0000000000003008  0000000000000008 R_X86_64_RELATIVE                         103a
0000000000003010  0000000400000006 R_X86_64_GLOB_DAT      0000000000003020 counter + 0
0000000000003018  0000000100000007 R_X86_64_JUMP_SLOT     0000000000000000 puts + 0
0000000000003028  0000000200000001 R_X86_64_64            0000000000001010 greet + 0
OUT
    [ "$(line_at libgreet.fle $((0x785)))" = '"❓: R_X86_64_RELATIVE(B + 0x102f)",' ]
    # Info's symbol half is the symbol's Num in --dyn-syms.
    fle-readfle --dyn-syms libgreet.fle > dyn
    while read -r num name; do
        grep -qE "^ +$((16#$num)): .* $name\$" dyn
    done < <(sed -nE 's/^[0-9a-f]{16}  ([0-9a-f]{8})[0-9a-f]{8} \S+ +[0-9a-f]{16} (\S+) .*/\1 \2/p' <(echo "$output"))
}

# "TYPE SYMBOL" of each dynamic relocation, sorted (RELATIVE has none).
reloc_kinds() { sed -nE 's/^[0-9a-f]{16}  [0-9a-f]{16} (R_X86_64_\S+) *([0-9a-f]{16} (\S+))?.*/\1 \3/p' | sort; }

@test "-r: the same relocations, by type and symbol, as readelf -r of gcc's .so and program" {
    diff -u <(readelf -rW gcc/libgreet.so | reloc_kinds) <(fle-readfle -r libgreet.fle | reloc_kinds)
    diff -u <(readelf -rW gcc/prog | reloc_kinds) <(fle-readfle -r prog.fle | reloc_kinds)
    [ "$(fle-readfle -r libgreet.fle | reloc_kinds | cut -d' ' -f1 | uniq -c | tr -s ' ')" = \
      "$(printf ' 1 R_X86_64_64\n 1 R_X86_64_GLOB_DAT\n 1 R_X86_64_JUMP_SLOT\n 2 R_X86_64_RELATIVE')" ]
}

@test "-r on a program: COPY and JUMP_SLOT; a canonical PLT entry's value is its NAME@plt, as in readelf" {
    run fle-readfle -r prog.fle
    assert_success
    assert_output - <<'OUT'

Relocation segment 'data' at offset 0x582 contains 2 entries:
    Offset             Info             Type               Symbol's Value  Symbol's Name + Addend
0000000000404000  0000000100000007 R_X86_64_JUMP_SLOT     0000000000401000 greet + 0
0000000000404010  0000000200000005 R_X86_64_COPY          0000000000404010 counter + 0
OUT
    # gcc: greet's value in the JUMP_SLOT row is greet@plt's address.
    plt=$(nm gcc/prog 2>/dev/null | sed -nE 's/^0*([0-9a-f]+) . greet@plt$/\1/p')
    [ -z "$plt" ] && plt=$(objdump -d gcc/prog | sed -nE 's/^0*([0-9a-f]+) <greet@plt>:$/\1/p')
    readelf -rW gcc/prog | grep -qE "R_X86_64_JUMP_SLOT +0*$plt greet \+ 0$"
}

@test "--dyn-syms: exact text; the same symbols as readelf --dyn-syms of gcc's builds" {
    run fle-readfle --dyn-syms libgreet.fle
    assert_success
    assert_output - <<'OUT'

Symbol table '.dynsym' contains 5 entries:
   Num:    Value          Size Type    Bind   Vis      Ndx Name
     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND 
     1: 0000000000000000     0 FUNC    GLOBAL DEFAULT  UND puts
     2: 0000000000001010    31 FUNC    GLOBAL DEFAULT    2 greet
     3: 0000000000003028     8 OBJECT  GLOBAL DEFAULT    8 hooks
     4: 0000000000003020     4 OBJECT  GLOBAL DEFAULT    8 counter
OUT
    # Size, type, bind, visibility, defined or UND, name: as gcc's.
    rows() { sed -nE 's/^ +[0-9]+: [0-9a-f]{16} +([0-9]+) (\S+) +(\S+) +(\S+) +(UND|[0-9]+) (\S+)$/\1 \2 \3 \4 \5 \6/p' |
             sed -E 's/ [0-9]+ (\S+)$/ DEF \1/' | sort; }
    diff -u <(readelf --dyn-syms -W gcc/libgreet.so | rows) <(fle-readfle --dyn-syms libgreet.fle | rows)
    diff -u <(readelf --dyn-syms -W gcc/prog | rows) <(fle-readfle --dyn-syms prog.fle | rows)
    [ "$(fle-readfle --dyn-syms libgreet.fle | rows | wc -l)" = 4 ]
}

@test "--dyn-syms of a program: the canonical PLT import is UND at its NAME@plt, as GNU ld gives it" {
    run fle-readfle --dyn-syms prog.fle
    assert_success
    assert_output - <<'OUT'

Symbol table '.dynsym' contains 3 entries:
   Num:    Value          Size Type    Bind   Vis      Ndx Name
     0: 0000000000000000     0 NOTYPE  LOCAL  DEFAULT  UND 
     1: 0000000000401000     0 FUNC    GLOBAL DEFAULT  UND greet
     2: 0000000000404010     4 OBJECT  GLOBAL DEFAULT    5 counter
OUT
    plt=$(objdump -d gcc/prog | sed -nE 's/^0*([0-9a-f]+) <greet@plt>:$/\1/p')
    readelf --dyn-syms -W gcc/prog | grep -qE "^ +[0-9]+: 0*$plt +0 FUNC +GLOBAL DEFAULT +UND greet$"
}

@test "-a shows -d and --dyn-syms in readelf's order; --help lists -d" {
    run fle-readfle -a libgreet.fle
    assert_success
    heads=$(echo "$output" | grep -E '^(FLE Header|Section Headers|Program Headers|Dynamic section|Relocation|Symbol table)' | cut -c1-20)
    [ "$heads" = "$(printf '%s\n' 'FLE Header:' 'Section Headers:' 'Program Headers:' \
        'Dynamic section at o' "Relocation segment '" "Symbol table '.dynsy" "Symbol table '.symta")" ]
    run fle-readfle --help
    assert_success
    assert_line '  -d --dynamic           Display the dynamic section (needed, soname, runpath,'
    assert_line '     --dyn-syms          Display the dynamic symbols (imports and exports)'
    assert_line '  -a --all               Equivalent to: -h -S -l -d -r --dyn-syms -s'
    run fle-readfle --dynamik libgreet.fle
    assert_failure 1
    assert_line --index 0 "fle-readfle: unrecognized option '--dynamik'"
}

@test "the format's own samples (tests/as/dynamic) read whole with -a" {
    for f in "$ROOT"/tests/as/dynamic/*.fle; do
        run fle-readfle -a "$f"
        assert_success
        assert_line --regexp '^Dynamic section at offset 0x[0-9a-f]+ contains [0-9]+ entr(y|ies):$'
        assert_line --regexp "^Relocation segment 'data' at offset"
    done
}

@test "-d: the PLT's rows and -z now's flags, as readelf -d shows GNU ld's" {
    printf 'int greet(int);\nint main(void) { return greet(1); }\n' > m.c
    printf 'int greet(int x) { return x + 1; }\n' > g.c
    fle-cc -shared -fPIC -nostdlib g.c -o libg.so
    gcc -shared -fPIC -nostdlib g.c -o gcc/libg.so
    for z in lazy now; do
        fle-cc -c -fno-pie m.c -o m.o
        fle-ld -z $z m.o libg.so -e main -o m.fle
        gcc -nostdlib -fno-pie -no-pie -Wl,-z,$z -Wl,-e,main m.c gcc/libg.so -o m.elf
        tags='\((PLTRELSZ|PLTREL|FLAGS|FLAGS_1|BIND_NOW)\)'
        diff -u <(readelf -d m.elf | grep -E "$tags") <(fle-readfle -d m.fle | grep -E "$tags")
        [ "$(fle-readfle -d m.fle | sed -nE 's/.*\(PLTGOT\) +//p')" = "$(fle_json m.fle .pltgot.addr)" ]
    done
}
