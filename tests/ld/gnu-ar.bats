#!/usr/bin/env bats
# GNU ar archives of FLE objects: what real makefiles make with the
# system's `ar rcu` / `ar rc` and `ranlib` from fle-cc's objects.  fle-ld
# (and so fle-cc and -lNAME) takes them as it takes an FLE archive:
# members pulled on demand, named lib.a(member) in traces and maps, the
# same executable as through fle-ar.  fle-nm and fle-ar t/x/p read them.

load ../common
load helpers

setup() {
    common_setup
    write_sys_h
    write_ping_pong
}

# objs_o FILE.c... : fle-cc -c each into FILE.o, as a makefile does.
objs_o() {
    local src
    for src in "$@"; do
        fle-cc -c $LD_TEST_CFLAGS "$src" -o "${src%.c}.o"
    done
}

@test "fle-ld links a GNU 'ar rcu' archive of FLE objects, by path and by -l" {
    objs_o main.c ping.c pong.c unused.c
    ar rcu libpp.a unused.o ping.o pong.o
    head -c 8 libpp.a | grep -qx '!<arch>'   # a real ar archive, not FLE
    native_run "" main.c ping.c pong.c
    fle-ld -o prog main.o libpp.a
    compare_run prog
    assert_output "23"
    mkdir lib && mv libpp.a lib/
    fle-ld -o prog2 main.o -L lib -lpp
    cmp prog prog2
}

@test "only needed members are pulled; --trace names them lib.a(member)" {
    objs_o main.c ping.c pong.c unused.c
    ar rcu libpp.a unused.o ping.o pong.o
    run fle-ld --trace -o prog main.o libpp.a
    assert_success
    assert_line "libpp.a: archive, 3 members, 3 indexed symbols"
    assert_line "pulled in libpp.a(ping.o) to define ping, referenced by main.o"
    assert_line "pulled in libpp.a(pong.o) to define pong, referenced by libpp.a(ping.o)"
    assert_line "left out 1 of 3 members of libpp.a (unused.o): it defines nothing still undefined"
    [ -n "$(exe_symbol prog ping)" ]
    [ -z "$(exe_symbol prog unused_function)" ]
}

@test "fle-cc links 'ar rc' + ranlib archives by path and -L/-l, -Map lists the members" {
    cat > hello.c <<'EOF2'
#include <stdio.h>
int twice(int);
int main(void) { printf("twice %d\n", twice(21)); return 0; }
EOF2
    echo 'int twice(int x) { return 2 * x; }' > twice.c
    echo 'int thrice(int x) { return 3 * x; }' > thrice.c
    fle-cc -c hello.c twice.c thrice.c
    ar rc libtw.a thrice.o twice.o
    ranlib libtw.a
    fle-cc -o hello hello.o libtw.a -Wl,-Map,hello.map
    run ./hello
    assert_success
    assert_output "twice 42"
    grep -qx 'libtw.a(twice.o)' hello.map
    ! grep -q 'libtw.a(thrice.o)' hello.map
    fle-cc -o hello2 hello.o -L. -ltw -lm
    run ./hello2
    assert_output "twice 42"
}

@test "a member with a long name (GNU's // table) is read and named whole" {
    objs_o main.c ping.c pong.c
    mv ping.o a_rather_long_member_name_ping.o
    ar rc libpp.a a_rather_long_member_name_ping.o pong.o
    grep -aq '^//' libpp.a   # GNU ar kept the name in its long-name table
    run fle-ld --trace -o prog main.o libpp.a
    assert_success
    assert_line "pulled in libpp.a(a_rather_long_member_name_ping.o) to define ping, referenced by main.o"
    run ./prog
    assert_output "23"
    run fle-ar t libpp.a
    assert_success
    assert_output "$(ar t libpp.a)"
}

@test "a member that is not an FLE object is an error naming archive and member" {
    objs_o main.c ping.c
    gcc -c pong.c -o pong.o
    ar rc libx.a ping.o pong.o
    run fle-ld -o prog main.o libx.a
    assert_failure
    assert_output "fle-ld: error: libx.a(pong.o): not an FLE object (it looks like an ELF object; fle-as converts it)"
    [ ! -e prog ]
    run fle-cc -nostdlib -o prog main.o libx.a
    assert_failure
    assert_output "fle-ld: error: libx.a(pong.o): not an FLE object (it looks like an ELF object; fle-as converts it)"
    cp ping.c notes.c
    ar rc liby.a ping.o notes.c
    run fle-ld -o prog main.o liby.a
    assert_failure
    assert_output "fle-ld: error: liby.a(notes.c): not an FLE object (it looks like C source)"
    objs_o pong.c   # an FLE executable is no member either
    fle-ld -o exe main.o ping.o pong.o
    ar rc libz.a ping.o exe
    run fle-ld -o prog main.o libz.a
    assert_failure
    assert_output "fle-ld: error: libz.a(exe): not an FLE object (it is an FLE executable)"
}

@test "a broken GNU archive is refused with a message, not a crash" {
    objs_o main.c ping.c pong.c
    ar rc libpp.a ping.o pong.o
    # Cut inside the first member: what is left of it is no FLE object.
    head -c 100 libpp.a > cut.a
    run fle-ld -o prog main.o cut.a
    assert_failure
    assert_output --regexp '^fle-ld: error: cut\.a\(ping\.o\):[0-9]+:[0-9]+: .+$'
    [ ! -e prog ]
    # Bytes after the last member that are no member header.
    cp libpp.a junk.a && echo 'not a member header' >> junk.a
    run fle-ld -o prog main.o junk.a
    assert_failure
    assert_output "fle-ld: error: junk.a: bad ar archive: no valid member header at offset $(stat -c %s libpp.a)"
    # A header cut short.
    head -c 40 libpp.a > short.a
    run fle-nm short.a
    assert_failure
    assert_output "fle-nm: error: short.a: bad ar archive: no valid member header at offset 8"
    [ ! -e prog ]
}

@test "an ar symbol table is ignored; a BSD ar archive is refused" {
    objs_o main.c ping.c pong.c
    ar rc libpp.a ping.o pong.o
    # GNU ar writes no symbol table for FLE members; other ar programs
    # write an empty one ("/", a count of 0 symbols) first.
    { printf '!<arch>\n'; printf '%-16s%-12s%-6s%-6s%-8s%-10s`\n' / 0 0 0 0 4
      printf '\0\0\0\0'; tail -c +9 libpp.a; } > withmap.a
    [ "$(ar t withmap.a)" = "$(ar t libpp.a)" ]
    fle-ld -o prog main.o withmap.a
    run ./prog
    assert_output "23"
    run fle-ar t withmap.a
    assert_output $'ping.o\npong.o'
    command -v llvm-ar > /dev/null || skip "no llvm-ar to write a BSD archive"
    llvm-ar rc --format=bsd bsd.a ping.o pong.o
    run fle-ld -o prog2 main.o bsd.a
    assert_failure
    assert_output "fle-ld: error: bsd.a: a BSD ar archive: only System V / GNU ar archives of FLE objects are read"
    [ ! -e prog2 ]
}

@test "an empty GNU archive is an archive with nothing in it" {
    objs_o main.c ping.c pong.c
    ar rc empty.a
    [ "$(cat empty.a)" = '!<arch>' ]
    run fle-ld --trace -o prog main.o empty.a ping.o pong.o
    assert_success
    assert_line "empty.a: archive, 0 members, 0 indexed symbols"
    run ./prog
    assert_output "23"
    run fle-ld -o prog main.o empty.a
    assert_failure
    assert_line "fle-ld: error: undefined symbol: ping"
    run fle-ar t empty.a
    assert_success
    assert_output ""
}

@test "linking through a GNU archive gives the same bytes and map as through fle-ar" {
    fle_objs "" main.c ping.c pong.c unused.c
    mkdir gnu fle
    ar rcu gnu/libpp.a ping.fle pong.fle unused.fle
    fle-ar rcs fle/libpp.a ping.fle pong.fle unused.fle
    fle-ld -o prog.gnu -Map gnu.map main.fle -Lgnu -lpp
    fle-ld -o prog.fle -Map fle.map main.fle -Lfle -lpp
    cmp prog.gnu prog.fle
    cmp gnu.map fle.map
    fle-ld --trace -o prog.gnu main.fle -Lgnu -lpp > gnu.trace
    fle-ld --trace -o prog.fle main.fle -Lfle -lpp > fle.trace
    diff gnu.trace fle.trace
}

@test "fle-nm lists a GNU archive as it lists the FLE archive of the same objects" {
    fle_objs "" ping.c pong.c unused.c
    ar rc gnu.a ping.fle pong.fle unused.fle
    fle-ar rcs fle.a ping.fle pong.fle unused.fle
    run fle-nm gnu.a
    assert_success
    assert_line --regexp '^0+ T ping$'
    assert_line --regexp '^0+ T unused_function$'
    diff <(fle-nm gnu.a) <(fle-nm fle.a)
    diff <(fle-nm -A gnu.a | sed 's/^gnu\.a/X/') <(fle-nm -A fle.a | sed 's/^fle\.a/X/')
}

@test "fle-readfle and fle-objdump show a GNU archive as the FLE archive of its objects" {
    fle_objs "" ping.c pong.c
    mkdir gnu fle
    ar rc gnu/libpp.a ping.fle pong.fle
    fle-ar rcs fle/libpp.a ping.fle pong.fle
    (cd gnu && fle-readfle -a libpp.a) > gnu.readfle
    (cd fle && fle-readfle -a libpp.a) > fle.readfle
    grep -qx 'File: libpp.a(pong.fle)' gnu.readfle
    # The same but for where each section's text is in the archive file.
    local mask='s/^\(  \[ *[0-9]*\] [^ ]* *[A-Z_]* *[0-9a-f]\{16\} \)[0-9a-f]\{6\}/\1OFFSET/; s/at offset 0x[0-9a-f]*/at offset X/'
    diff <(sed "$mask" gnu.readfle) <(sed "$mask" fle.readfle)
    ! diff -q gnu.readfle fle.readfle > /dev/null
    # That place in the GNU archive is the section's first line in pong.fle.
    local at=$(awk '/File: libpp.a\(pong.fle\)/ {m=1} m && $3 == ".text" {print $6; exit}' gnu.readfle)
    local own=$(fle-readfle -S pong.fle | awk '$3 == ".text" {print $6}')
    [ -n "$at" ] && [ -n "$own" ]
    [ "$(tail -c +$((0x$at + 1)) gnu/libpp.a | head -1)" = "$(tail -c +$((0x$own + 1)) pong.fle | head -1)" ]
    (cd gnu && fle-objdump -d -r libpp.a) > gnu.objdump
    (cd fle && fle-objdump -d -r libpp.a) > fle.objdump
    grep -q '<ping>:' gnu.objdump
    diff gnu.objdump fle.objdump
    # --json: a GNU archive holds no JSON; the FLE archive it means.
    fle-readfle --json gnu/libpp.a | cmp - fle/libpp.a
}

@test "fle-ar t, x and p read a GNU archive; r refuses to rewrite one" {
    fle_objs "" ping.c pong.c
    ar rc gnu.a ping.fle pong.fle
    run fle-ar t gnu.a
    assert_success
    assert_output "$(ar t gnu.a)"
    mkdir out && (cd out && fle-ar x ../gnu.a)
    cmp out/ping.fle ping.fle
    cmp out/pong.fle pong.fle
    fle-ar p gnu.a pong.fle | cmp - pong.fle
    cp gnu.a before.a
    run fle-ar rcs gnu.a ping.fle
    assert_failure
    assert_output "fle-ar: error: gnu.a: not an FLE file (it looks like an ar archive)"
    cmp gnu.a before.a
    # fle-ranlib after the system's ar: checked, left as it is.
    run fle-ranlib gnu.a
    assert_success
    assert_output ""
    cmp gnu.a before.a
    gcc -c pong.c -o pong.o && ar rc elf.a pong.o
    run fle-ranlib elf.a
    assert_failure
    assert_output "fle-ranlib: error: elf.a(pong.o): not an FLE object (it looks like an ELF object; fle-as converts it)"
}
