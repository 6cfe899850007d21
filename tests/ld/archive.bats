#!/usr/bin/env bats
# Archives: fle-ar builds them, fle-ld pulls members on demand only.

load ../common
load helpers

setup() {
    common_setup
    write_sys_h
    write_ping_pong
}

@test "fle-ar rcs writes an archive with a symbol index; t lists it" {
    fle_objs "" ping.c pong.c unused.c
    fle-ar rcs libpp.a ping.fle pong.fle unused.fle
    run fle-ar t libpp.a
    assert_success
    assert_output $'ping.fle\npong.fle\nunused.fle'
    run jq -r '.index | to_entries[] | "\(.key) \(.value)"' libpp.a
    assert_output $'ping ping.fle\npong pong.fle\nunused_function unused.fle'
}

@test "fle-ar r replaces a member with the same name; x extracts it" {
    fle_objs "" ping.c pong.c
    fle-ar rcs libpp.a ping.fle pong.fle
    echo 'int ping(int n) { return n; }' > ping.c
    fle_objs "" ping.c
    cp ping.fle new-ping.fle
    fle-ar rcs libpp.a ping.fle
    run fle-ar t libpp.a
    assert_output $'ping.fle\npong.fle'
    mkdir out && cd out
    fle-ar x ../libpp.a ping.fle
    cmp ping.fle ../new-ping.fle
    [ ! -e pong.fle ]
}

@test "fle-ar refuses a file that is not an FLE object" {
    echo 'hello' > junk.fle
    run fle-ar rcs libx.a junk.fle
    assert_failure
    assert_output --partial "fle-ar: error: junk.fle"
    [ ! -e libx.a ]
}

@test "members are pulled on demand, cyclic members found, unused ones left out" {
    fle_objs "" main.c ping.c pong.c unused.c
    fle-ar rcs libpp.a unused.fle ping.fle pong.fle
    run fle-ld --trace -o prog main.fle libpp.a
    assert_success
    assert_line "pulled in libpp.a(ping.fle) to define ping, referenced by main.fle"
    assert_line "pulled in libpp.a(pong.fle) to define pong, referenced by libpp.a(ping.fle)"
    assert_line "left out 1 of 3 members of libpp.a (unused.fle): it defines nothing still undefined"
    native_run "" main.c ping.c pong.c
    compare_run prog
    assert_output "23"
    [ -n "$(exe_symbol prog ping)" ]
    [ -z "$(exe_symbol prog unused_function)" ]
}

@test "an archive only satisfies references seen before it" {
    fle_objs "" main.c ping.c pong.c
    fle-ar rcs libpp.a ping.fle pong.fle
    run fle-ld -o prog libpp.a main.fle
    assert_failure
    assert_line "fle-ld: error: undefined symbol: ping"
    [ ! -e prog ]
}

@test "-L and -l find libNAME.a; the first directory wins" {
    fle_objs "" main.c ping.c pong.c
    mkdir lib1 lib2
    fle-ar rcs lib2/libpp.a ping.fle pong.fle
    echo 'int ping(int n) { return -n; }' > ping2.c
    fle_objs "" ping2.c
    fle-ar rcs lib1/libpp.a ping2.fle
    fle-ld -o prog main.fle -L lib1 -Llib2 -lpp
    run ./prog
    assert_output "-5"
    fle-ld -o prog main.fle -Llib2 -L lib1 -l pp
    run ./prog
    assert_output "23"
}

@test "--start-group searches archives repeatedly until nothing changes" {
    fle_objs "" main.c ping.c pong.c
    fle-ar rcs libping.a ping.fle
    fle-ar rcs libpong.a pong.fle
    # Without a group libping's second use of pong comes too late...
    run fle-ld -o prog main.fle libpong.a libping.a
    assert_failure
    assert_line "fle-ld: error: undefined symbol: pong"
    # ...with one, the cycle between the two archives is resolved.
    fle-ld -o prog main.fle --start-group libpong.a libping.a --end-group
    run ./prog
    assert_output "23"
}

@test "inputs are recognised by content, not by name" {
    fle_objs "" main.c ping.c pong.c
    fle-ar rcs pp.objects ping.fle pong.fle
    cp main.fle main.whatever
    fle-ld -o prog main.whatever pp.objects
    run ./prog
    assert_output "23"
}

@test "a weak reference does not pull an archive member" {
    cat > weakmain.c <<'EOF2'
#include "sys.h"
extern int unused_function(void) __attribute__((weak));
void _start(void) { put(unused_function ? "pulled\n" : "not pulled\n"); sys_exit(0); }
EOF2
    fle_objs "" weakmain.c unused.c
    fle-ar rcs libu.a unused.fle
    fle-ld -o prog weakmain.fle libu.a
    run ./prog
    assert_output "not pulled"
}

@test "fle-ar d deletes a member and its index entries" {
    fle_objs "" ping.c pong.c unused.c
    fle-ar rcs libpp.a ping.fle pong.fle unused.fle
    fle-ar d libpp.a unused.fle
    run fle-ar t libpp.a
    assert_output $'ping.fle\npong.fle'
    run jq -r '.index | keys[]' libpp.a
    refute_output --partial unused_function
    run fle-ar d libpp.a nothere.fle
    assert_failure
    assert_output "fle-ar: error: libpp.a: no member named nothere.fle"
}

@test "an archive without an index is indexed by the linker" {
    fle_objs "" main.c ping.c pong.c
    fle-ar rcs libpp.a ping.fle pong.fle
    jq '.index = {}' libpp.a > noindex.a
    fle-ld -o prog main.fle noindex.a
    run ./prog
    assert_output "23"
}

@test "fle-ar takes GNU make's ARFLAGS=-rvU and the U, D, u, c, s modifiers" {
    fle_objs "" ping.c pong.c
    run fle-ar -rvU libpp.a ping.fle pong.fle
    assert_success
    # GNU ar's own words for the same work, on the same names.
    cp ping.fle ping.o && cp pong.fle pong.o
    ar -rvU libelf.a ping.o pong.o > gnu.out 2>&1
    sed -e 's/\.o$/.fle/' -e 's/^ar:/fle-ar:/' -e 's/libelf\.a/libpp.a/' gnu.out > gnu.want
    diff gnu.want <(printf '%s\n' "$output")
    for mods in rcsD rcsU rcu rcS; do
        fle-ar "$mods" lib2.a ping.fle pong.fle
        cmp libpp.a lib2.a   # no dates, owners or modes: always the same bytes
        rm lib2.a
    done
}

@test "fle-ar p prints members; pv names each as GNU ar does" {
    fle_objs "" ping.c pong.c
    fle-ar rcs libpp.a ping.fle pong.fle
    run fle-ar p libpp.a pong.fle
    assert_success
    diff <(printf '%s\n' "$output") pong.fle
    fle-ar p libpp.a > both
    cat ping.fle pong.fle | cmp - both
    # The framing of pv, against GNU ar on an archive of the same names.
    fle-ar pv libpp.a ping.fle | head -3 > ours
    ar rc gnu.a ping.fle && ar pv gnu.a ping.fle | head -3 > theirs
    diff theirs ours
    run fle-ar p libpp.a nosuch.fle
    assert_failure
    assert_output "fle-ar: error: libpp.a: no member named nosuch.fle"
}

@test "fle-ranlib rewrites the index as ranlib does; it refuses what is no FLE archive" {
    fle_objs "" main.c ping.c pong.c unused.c
    fle-ar rc libpp.a ping.fle pong.fle unused.fle
    jq '.index = {}' libpp.a > noindex.a   # an empty, stale index
    [ "$(jq '.index | length' noindex.a)" -eq 0 ]
    run fle-ranlib -D noindex.a
    assert_success
    assert_output ""
    cmp <(jq -S .index libpp.a) <(jq -S .index noindex.a)
    fle-ld -e _start main.fle noindex.a -o prog
    run ./prog
    assert_output "23"
    gcc -c ping.c -o ping.o && ar rc elf.a ping.o
    run fle-ranlib elf.a
    assert_failure
    assert_output "fle-ranlib: error: elf.a(ping.o): not an FLE object (it looks like an ELF object; fle-as converts it)"
    run fle-ranlib
    assert_failure
    assert_output --partial "no archive given"
}
