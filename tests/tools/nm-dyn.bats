#!/usr/bin/env bats
# fle-nm -D: a dynamic module's imports and exports, as nm -D lists the
# .dynsym of the same C built by gcc -shared -fPIC
# (tests/tools/dyn-common.bash).
load ../common
load dyn-common

setup() { dyn_setup; }

# Addresses differ with the layout; letters and names must not.
# -A's file name prefix is made FILE.
masked() { sed -E 's/^[^ :]+:/FILE:/; s/(^|:)[0-9a-f]{16} /\1ADDRESS /'; }

@test "-D on a .so and on a program: exact text" {
    run fle-nm -D libgreet.fle
    assert_success
    assert_output - <<'OUT'
0000000000003020 D counter
0000000000001010 T greet
0000000000003028 D hooks
                 U puts
OUT
    # greet is a canonical PLT entry (exported, and imported): U, as nm -D.
    run fle-nm -D prog.fle
    assert_success
    assert_output - <<'OUT'
0000000000404010 B counter
                 U greet
OUT
}

@test "-D: the same letters and names as nm -D of gcc's builds, with every sort and filter" {
    for opts in "" "-n" "-r" "-p" "-u" "--defined-only" "-g" "-A"; do
        for m in libgreet:libgreet.so prog:prog; do
            diff -u <(cd gcc && nm -D $opts "${m#*:}" | masked | sort) \
                    <(fle-nm -D $opts "${m%%:*}.fle" | masked | sort)
        done
    done
    # In order, where the order is nm's (by name, by address).
    diff -u <(nm -D gcc/libgreet.so | masked) <(fle-nm -D libgreet.fle | masked)
    diff -u <(nm -D -n gcc/libgreet.so | masked | cut -c18-) <(fle-nm -D -n libgreet.fle | masked | cut -c18-)
    diff -u <(nm -D -r gcc/prog | masked) <(fle-nm -D -r prog.fle | masked)
    fle-nm -D -A prog.fle | grep -qx 'prog.fle:0000000000404010 B counter'
}

@test "-D: a weak import is w, as nm -D shows it" {
    sed 's/"📥: puts func 0x0"/"📥: puts func 0x0 weak"/' libgreet.fle > weak.fle
    printf 'int puts(const char *) __attribute__((weak));\nvoid greet(void) { if (puts) puts("hi"); }\n' > w.c
    gcc -shared -fPIC -nostdlib w.c -o w.so
    [ "$(nm -D w.so | grep ' puts$')" = "                 w puts" ]
    run fle-nm -D weak.fle
    assert_success
    assert_line "                 w puts"
}

@test "-D of a static program and of an object: no symbols, as nm -D says, exit 0" {
    printf 'int x;\nvoid _start(void) { for (;;) x++; }\n' > s.c
    gcc -c -O1 -fno-pie -fno-asynchronous-unwind-tables s.c -o s.o
    gcc -static -nostdlib -no-pie s.o -o s
    fle-as s.o -o s.fle
    fle-ld s.fle -o s.exe
    run nm -D s
    assert_success
    assert_output "nm: s: no symbols"
    for f in s.exe s.fle; do
        run fle-nm -D "$f"
        assert_success
        assert_output "fle-nm: $f: no symbols"
    done
    # Without -D they have symbols.
    run fle-nm s.exe
    assert_line --regexp '^[0-9a-f]{16} B x$'
}

@test "--dynamic is -D; --help lists it" {
    diff -u <(fle-nm -D libgreet.fle) <(fle-nm --dynamic libgreet.fle)
    run fle-nm --help
    assert_success
    assert_line '  -D, --dynamic          The dynamic symbols (a dynamic module'"'"'s imports'
    run fle-nm --dynamik libgreet.fle
    assert_failure 1
    assert_line --index 0 "fle-nm: unrecognized option '--dynamik'"
}
