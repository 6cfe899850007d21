#!/usr/bin/env bats
# -flto: gcc then writes its intermediate code instead of machine code,
# which nothing in FLE can link.  fle-cc compiles such builds with
# -fno-lto (the last flag wins), and fle-as refuses a slim LTO object
# with a reason instead of converting it to an empty object.
load ../common
setup() {
    common_setup
    cat > prog.c <<'C'
#include <stdio.h>
static int square(int x) { return x * x; }
int main(int argc, char **argv) { printf("%d\n", square(argc + 6)); return 7; }
C
}

@test "fle-cc -flto builds the program gcc -flto builds" {
    fle-cc -O2 -flto prog.c -o prog
    gcc -O2 -flto prog.c -o native
    run ./native a b
    local want="$output" want_status=$status
    run ./prog a b
    assert_equal "$output" "$want"
    assert_equal "$status" "$want_status"
    fle-cc -O2 -flto -c prog.c -o prog.o
    fle-readfle -s prog.o | grep -q ' main$'
}

@test "fle-as refuses a slim LTO object, naming -fno-lto" {
    gcc -O2 -flto -c prog.c -o slim.o
    run fle-as slim.o -o slim.fle
    assert_failure
    assert_output "fle-as: error: slim.o: a GCC LTO object: it holds GCC's intermediate code, not machine code (compile it with -fno-lto)"
    [ ! -e slim.fle ]
}

@test "a fat LTO object converts: its machine code is there beside the LTO sections" {
    gcc -O2 -flto -ffat-lto-objects -c prog.c -o fat.o
    gcc -O2 -fno-lto -c prog.c -o plain.o
    fle-as fat.o -o fat.fle
    fle-as plain.o -o plain.fle
    fle-objdump -d fat.fle | grep -v 'file format' > fat.dis
    fle-objdump -d plain.fle | grep -v 'file format' > plain.dis
    diff plain.dis fat.dis
}
