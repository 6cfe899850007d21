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
    # Its #! line names the installed fle-exec by the path it will have.
    [ "$(head -1 hello)" = "#!/opt/fle/bin/fle-exec" ]
    [ "$(cat root/opt/fle/lib/fle/interp)" = "/opt/fle/bin/fle-exec" ]
    run env PATH="$PWD/root/opt/fle/bin:/usr/bin:/bin" fle-exec ./hello x
    assert_success
    assert_output "hello from FLE x (2 args)"
}

@test "programs an installed toolchain links start under env -i" {
    bats_require_minimum_version 1.5.0
    # An empty environment has no PATH for "#!/usr/bin/env fle-exec" to
    # search (Lua's test suite runs programs so); the installed fle-ld
    # writes the installed fle-exec's absolute path instead.
    make -s -C "$ROOT" install PREFIX="$PWD/prefix" >/dev/null
    cp "$ROOT/examples/hello/hello.c" .
    prefix/bin/fle-cc hello.c -o hello
    [ "$(head -1 hello)" = "#!$PWD/prefix/bin/fle-exec" ]
    run env -i ./hello x
    assert_success
    assert_output "hello from FLE x (2 args)"
    # The build tree's fle-ld keeps the portable line, which env -i defeats.
    fle-cc hello.c -o portable
    [ "$(head -1 portable)" = "#!/usr/bin/env fle-exec" ]
    run -127 env -i ./portable
    assert_output --partial "fle-exec"
    # --interp still chooses.
    prefix/bin/fle-cc hello.c -o chosen -Wl,--interp,/usr/bin/env
    [ "$(head -1 chosen)" = "#!/usr/bin/env" ]
    # A damaged interp file is an error, not a broken #! line.
    printf 'fle-exec with spaces\n' > prefix/lib/fle/interp
    run prefix/bin/fle-cc hello.c -o broken
    assert_failure
    assert_output --partial "lib/fle/interp: want one absolute path"
    [ ! -e broken ]
}
