#!/usr/bin/env bats
# fle-exec as the dynamic loader: finding libraries (FLE_LIBRARY_PATH,
# runpath with $ORIGIN, the installed lib/fle), loading each once,
# --list and --trace.  Modules are linked by GNU ld and converted
# (dynamic.bash); glibc's ld.so, run on the ELF files, is the reference
# where it has an equivalent.
load ../common
load dynamic

setup() { dyn_setup; }

# libwho.so in directory DIR (under elf/ and fle/), saying WORD.
who_in() {
    local dir=$1 word=$2
    printf '#include "sys.h"\nvoid who(void) { put("%s\\n"); }\n' "$word" > who.c
    so who who.c
    mkdir -p elf/$dir fle/$dir
    mv elf/libwho.so elf/$dir/
    mv fle/libwho.so fle/$dir/
}

who_prog() {
    cat > main.c <<'EOF'
#include "sys.h"
void who(void);
void _start(void) { who(); sys_exit(0); }
EOF
    who_in env env
    exe prog main.c -Lelf/env -lwho '-Wl,-rpath,$ORIGIN/rp'
}

@test "search order: FLE_LIBRARY_PATH, then the runpath (\$ORIGIN), then lib/fle" {
    who_prog
    who_in rp runpath
    # A loader of our own, so that its lib/fle is ours to fill.
    mkdir -p inst/bin inst/lib/fle
    cp "$FE" inst/bin/fle-exec
    printf '#include "sys.h"\nvoid who(void) { put("default\\n"); }\n' > who.c
    so who who.c
    mv fle/libwho.so inst/lib/fle/
    run env LD_LIBRARY_PATH=elf/env elf/prog
    assert_output env
    run env FLE_LIBRARY_PATH=fle/env inst/bin/fle-exec fle/prog
    assert_output env
    run env -u LD_LIBRARY_PATH elf/prog
    assert_output runpath
    run env -u FLE_LIBRARY_PATH inst/bin/fle-exec fle/prog
    assert_output runpath
    rm -r fle/rp
    run env -u FLE_LIBRARY_PATH inst/bin/fle-exec fle/prog
    assert_output default
    # FLE_LIBRARY_PATH is a colon list, searched in order; empty entries
    # are skipped.
    run env FLE_LIBRARY_PATH=:nowhere::fle/env inst/bin/fle-exec fle/prog
    assert_output env
}

@test "\$ORIGIN is the directory of the program's file, links followed" {
    who_prog
    who_in rp runpath
    mkdir elsewhere
    ln -s ../elf/prog elsewhere/elf-prog
    ln -s ../fle/prog elsewhere/fle-prog
    run env -u LD_LIBRARY_PATH elsewhere/elf-prog
    assert_output runpath
    run env -u FLE_LIBRARY_PATH "$FE" elsewhere/fle-prog
    assert_output runpath
}

@test "a missing library: exit 127, each path tried listed" {
    who_prog
    rm -r fle/env
    run -127 env FLE_LIBRARY_PATH=one:two "$FE" fle/prog
    assert_output "$(printf '%s\n' \
        'fle-exec: error: cannot find libwho.so (needed by fle/prog)' \
        '>>> tried one/libwho.so' \
        '>>> tried two/libwho.so' \
        ">>> tried $PWD/fle/rp/libwho.so" \
        ">>> tried $ROOT/build/bin/../lib/fle/libwho.so")"
    # ld.so refuses the ELF twin the same way, before anything runs.
    run -127 env LD_LIBRARY_PATH=one elf/prog
    assert_output --partial "libwho.so: cannot open shared object file"
}

@test "a needed name with a '/' is a path, not searched" {
    greet() { printf '#include "sys.h"\nvoid hi(void) { put("hi\\n"); }\n' > hi.c; so hi hi.c; }
    greet
    cat > main.c <<'EOF'
#include "sys.h"
void hi(void);
void _start(void) { hi(); sys_exit(0); }
EOF
    exe prog main.c elf/libhi.so    # no soname lookup: gcc records what it has
    sed -i 's|"libhi.so"|"fle/libhi.so"|' fle/prog
    run env FLE_LIBRARY_PATH=nowhere "$FE" fle/prog
    assert_success
    assert_output hi
    run "$FE" --list fle/prog
    assert_output "fle/libhi.so => fle/libhi.so (needed by fle/prog)"
}

# A diamond: prog needs a and b, both need z, which counts its callers.
diamond() {
    cat > z.c <<'EOF'
int hits;
int bump(void) { return ++hits; }
EOF
    so z z.c
    for l in a b; do
        printf 'int bump(void);\nint %s(void) { return bump(); }\n' $l > $l.c
        so $l $l.c -lz
    done
    cat > main.c <<'EOF'
#include "sys.h"
int a(void), b(void);
void _start(void) { a(); put_num(b()); put("\n"); sys_exit(0); }
EOF
    exe prog main.c -la -lb
}

@test "a diamond: the library both need is loaded once" {
    diamond
    same_as_elf prog
    assert_output 2
    run --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" --trace fle/prog
    assert_equal "$(grep -c '^fle-exec: library ' <<<"$stderr")" 3
    assert_equal "$(grep -c '^fle-exec: library libz.so ' <<<"$stderr")" 1
}

@test "--list: each library, where it was found, and which module needed it" {
    diamond
    run env FLE_LIBRARY_PATH=fle "$FE" --list fle/prog
    assert_success
    assert_output "$(printf '%s\n' \
        'liba.so => fle/liba.so (needed by fle/prog)' \
        'libb.so => fle/libb.so (needed by fle/prog)' \
        'libz.so => fle/libz.so (needed by liba.so)')"
    rm fle/libz.so
    run -127 env FLE_LIBRARY_PATH=fle "$FE" --list fle/prog
    assert_output "$(printf '%s\n' \
        'liba.so => fle/liba.so (needed by fle/prog)' \
        'libb.so => fle/libb.so (needed by fle/prog)' \
        'libz.so => not found (needed by liba.so)' \
        'libz.so => not found (needed by libb.so)')"
    # A library can be listed too; a static program has nothing to list.
    run -127 env FLE_LIBRARY_PATH=fle "$FE" --list fle/liba.so
    printf '{"type": ".exe", "version": 2, "entry": "0x401000", "pie": false, "sections": [], "segments": [{"name": "text", "vaddr": "0x401000", "memsz": "0x1", "flags": "r-x", "align": "0x1000", "lines": ["🔢: c3"]}], "symbols": []}\n' > static.fle
    run "$FE" --list static.fle
    assert_failure 1
    assert_output "fle-exec: error: static.fle: not a dynamic executable"
}

@test "one file under two names is loaded once (device and inode)" {
    diamond
    # b needs libz2.so, which is then made another name of libz.so.
    so z2 z.c
    so b b.c -lz2
    exe prog main.c -la -lb
    grep -q '"libz2.so"' fle/libb.so
    ln -sf libz.so fle/libz2.so
    ln -sf libz.so elf/libz2.so
    same_as_elf prog
    assert_output 2
    run env FLE_LIBRARY_PATH=fle "$FE" --list fle/prog
    assert_output "$(printf '%s\n' \
        'liba.so => fle/liba.so (needed by fle/prog)' \
        'libb.so => fle/libb.so (needed by fle/prog)' \
        'libz.so => fle/libz.so (needed by liba.so)')"
}

@test "a cycle: two libraries that need each other" {
    printf 'int pong(int);\nint ping(int n) { return n ? pong(n - 1) + 1 : 0; }\n' > a.c
    printf 'int ping(int);\nint pong(int n) { return n ? ping(n - 1) + 10 : 0; }\n' > b.c
    so b b.c                   # first without a, to link a against
    so a a.c -lb
    so b b.c -la
    cat > main.c <<'EOF'
#include "sys.h"
int ping(int);
void _start(void) { put_num(ping(5)); put("\n"); sys_exit(0); }
EOF
    exe prog main.c -la
    grep -q '"liba.so"' fle/libb.so
    same_as_elf prog
    assert_output 23
    run env FLE_LIBRARY_PATH=fle "$FE" --list fle/prog
    assert_output "$(printf '%s\n' \
        'liba.so => fle/liba.so (needed by fle/prog)' \
        'libb.so => fle/libb.so (needed by liba.so)')"
}

@test "--trace: each library found and why, its mapping, each binding" {
    cat > greet.c <<'EOF'
#include "sys.h"
int counter = 41;
int greet(void) { put("greet\n"); return ++counter; }
EOF
    so greet greet.c
    cat > main.c <<'EOF'
#include "sys.h"
extern int counter;
int greet(void);
void _start(void) { sys_exit(greet() + counter); }
EOF
    exe prog main.c -lgreet
    run -84 --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" --trace fle/prog
    assert_output greet
    local H='0x[0-9a-f]+' e="$stderr"
    grep -Eq "^fle-exec: load fle/prog: [0-9]+ segments, entry $H, fixed addresses, needs 1 library$" <<<"$e"
    grep -qx 'fle-exec: library libgreet.so (needed by fle/prog): fle/libgreet.so, in FLE_LIBRARY_PATH' <<<"$e"
    grep -qx 'fle-exec: load libgreet.so: 4 segments, shared library' <<<"$e"
    [[ $e =~ fle-exec:\ base\ libgreet.so\ ($H)\ \(random\) ]]
    local base=$((BASH_REMATCH[1]))
    grep -Eq "^fle-exec: map $(printf 0x%x $base)-$H r-- rodata \[[^]]*\.dynsym[^]]*\]" <<<"$e"
    # Each binding names the addresses readelf gives for the ELF twins.
    local greet_at counter_at slot copy_at got
    greet_at=0x$(readelf -Ws elf/libgreet.so | awk '$8 == "greet" {print $2; exit}')
    counter_at=0x$(readelf -Ws elf/libgreet.so | awk '$8 == "counter" {print $2; exit}')
    got=0x$(readelf -r elf/libgreet.so | awk '/R_X86_64_GLOB_DAT/ {print $1}')
    slot=0x$(readelf -r elf/prog | awk '/R_X86_64_JUMP_SLO/ {print $1}')
    copy_at=0x$(readelf -r elf/prog | awk '/R_X86_64_COPY/ {print $1}')
    grep -qx "$(printf 'fle-exec: bind counter: fle/prog+0x%x -> GOT 0x%x' $copy_at $((base + got)))" <<<"$e"
    grep -qx "$(printf 'fle-exec: bind greet: libgreet.so+0x%x -> GOT.PLT 0x%x' $greet_at $slot)" <<<"$e"
    grep -qx "$(printf 'fle-exec: copy counter: 0x4 bytes from libgreet.so+0x%x -> 0x%x' $counter_at $copy_at)" <<<"$e"
    grep -qx 'fle-exec: init 0 libgreet.so: 0 constructors, 0 destructors' <<<"$e"
    grep -qx 'fle-exec: init 1 fle/prog: 0 constructors, 0 destructors' <<<"$e"
    grep -Eq "^fle-exec: stack $H auxv AT_FLE_MODULES = $H$" <<<"$e"
}
