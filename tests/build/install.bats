#!/usr/bin/env bats
# make install puts tools, crt, minilibc and headers where the installed
# tools find them, relative to their own location.
load ../common
setup() { common_setup; }

@test "installed toolchain compiles, links and runs a C program on its own" {
    make -s -C "$ROOT" install DESTDIR="$PWD/root" PREFIX=/opt/fle >/dev/null
    for t in fle-as fle-cc fle-ld fle-exec fle-ar fle-nm fle-readfle fle-objdump; do
        [ -x root/opt/fle/bin/$t ]
    done
    [ -f root/opt/fle/lib/fle/crt1.fle ]
    [ -f root/opt/fle/lib/fle/libc.a ]
    for l in m pthread dl rt; do [ -f root/opt/fle/lib/fle/lib$l.a ]; done
    [ -f root/opt/fle/lib/fle/include/stdio.h ]
    cp "$ROOT/examples/hello/hello.c" .
    # Only the installed tools on PATH: nothing from build/.
    PATH="$PWD/root/opt/fle/bin:/usr/bin:/bin" root/opt/fle/bin/fle-cc hello.c -lm -lpthread -o hello
    run env PATH="$PWD/root/opt/fle/bin:/usr/bin:/bin" ./hello x
    assert_success
    assert_output "hello from FLE x (2 args)"
}
