#!/usr/bin/env bats
# The inspection tools on shared libraries and programs fle-ld makes
# (fle-cc -shared -fPIC), each view compared with GNU's tool on the same
# C built by gcc (tests/tools/data/dyn: greet.c, prog.c, and a stub
# libc.so defining puts).
load ../common
load dyn-common

setup() {
    common_setup
    make_gcc_modules
    echo 'int puts(const char *s) { return 0; }' > c.c
    cp "$DYN_DATA/greet.c" "$DYN_DATA/prog.c" .
    fle-cc -shared -fPIC -Wl,-soname,libc.so c.c -o libc.so
    fle-cc -shared -fPIC -O1 -fno-asynchronous-unwind-tables -Wl,-soname,libgreet.so \
        -Wl,-rpath,'$ORIGIN/../lib' greet.c -L. -lc -o libgreet.so
    fle-cc -O1 -fno-pic -no-pie -nostdlib -fno-asynchronous-unwind-tables \
        -Wl,-rpath,'$ORIGIN' prog.c -L. -lgreet -lc -o prog
}

@test "fle-ld's .so and program: -h and -d as readelf -h and -d of gcc's" {
    type() { sed -nE 's/^  Type: +//p'; }
    [ "$(fle-readfle -h libgreet.so | type)" = "$(readelf -h gcc/libgreet.so | type)" ]
    [ "$(fle-readfle -h prog | type)" = "$(readelf -h gcc/prog | type)" ]
    tags='\((NEEDED|SONAME|RUNPATH|INIT_ARRAYSZ|FINI_ARRAYSZ)\)'
    diff -u <(readelf -d gcc/libgreet.so | grep -E "$tags") <(fle-readfle -d libgreet.so | grep -E "$tags")
    # gcc's program needs only libgreet.so (-lc adds nothing GNU ld
    # does not need); fle-ld records every library it was given.
    diff -u <(readelf -d gcc/prog | grep -E "$tags") <(fle-readfle -d prog | grep -E "$tags" | grep -v 'libc.so')
    [ "$(fle-readfle -d libgreet.so | grep -c 'NEEDED')" = 1 ]
}

# "TYPE SYMBOL" of each dynamic relocation, sorted (RELATIVE has none).
reloc_kinds() { sed -nE 's/^[0-9a-f]{16}  [0-9a-f]{16} (R_X86_64_\S+) *([0-9a-f]{16} (\S+))?.*/\1 \3/p' | sort; }

@test "fle-ld's modules: -r and objdump -R: the relocations of gcc's, by type and symbol" {
    diff -u <(readelf -rW gcc/libgreet.so | reloc_kinds) <(fle-readfle -r libgreet.so | reloc_kinds)
    diff -u <(readelf -rW gcc/prog | reloc_kinds) <(fle-readfle -r prog | reloc_kinds)
    rows() { grep -E '^[0-9a-f]{16} ' | sed -E 's/^[0-9a-f]{16}/OFFSET/; s/\*ABS\*\+0x[0-9a-f]{16}$/*ABS*+ADDEND/' | sort; }
    diff -u <(objdump -R gcc/libgreet.so | rows) <(fle-objdump -R libgreet.so | rows)
    diff -u <(objdump -R gcc/prog | rows) <(fle-objdump -R prog | rows)
}

@test "fle-ld's modules: --dyn-syms and nm -D: gcc's exports and imports" {
    # An import's size is the one its library gave (the format keeps it
    # for copy relocations); GNU ld writes 0: masked.
    rows() { sed -nE 's/^ +[0-9]+: [0-9a-f]{16} +([0-9]+) (\S+) +(\S+) +(\S+) +(UND|[0-9]+) (\S+)$/\1 \2 \3 \4 \5 \6/p' |
             sed -E 's/^[0-9]+ (.* UND )/SIZE \1/; s/ [0-9]+ (\S+)$/ DEF \1/' | sort; }
    # The .so's puts: fle-ld links it against the stub libc.so, as gcc, so
    # both know it is a function.
    diff -u <(readelf --dyn-syms -W gcc/libgreet.so | rows) <(fle-readfle --dyn-syms libgreet.so | rows)
    diff -u <(readelf --dyn-syms -W gcc/prog | rows) <(fle-readfle --dyn-syms prog | rows)
    masked() { sed -E 's/^[0-9a-f]{16} /ADDRESS /'; }
    diff -u <(nm -D gcc/libgreet.so | masked) <(fle-nm -D libgreet.so | masked)
    diff -u <(nm -D gcc/prog | masked) <(fle-nm -D prog | masked)
}

@test "fle-ld's modules: -d names the PLT's slots by their imports, as objdump -d of gcc's" {
    plt() { sed -n "/<$1@plt>:\$/,/^\$/p" | grep -oE '# [0-9a-f]+ <[^>]+>$' | sed -E 's/# [0-9a-f]+/# ADDR/'; }
    [ "$(fle-objdump -d libgreet.so | plt puts)" = '# ADDR <puts>' ]
    [ "$(objdump -d gcc/libgreet.so | plt puts)" = '# ADDR <puts>' ]
    [ "$(fle-objdump -d prog | plt greet)" = '# ADDR <greet>' ]
    [ "$(objdump -d gcc/prog | plt greet)" = '# ADDR <greet>' ]
}

@test "fle-ld's .so: --svg draws it from base 0" {
    command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: run scripts/install-deps.sh"; false; }
    fle-readfle --svg libgreet.so > lib.svg
    grep -q '>Memory of libgreet.so (shared library: addresses from its load base)<' lib.svg
    rsvg-convert lib.svg -o lib.png
    [ -s lib.png ]
}
