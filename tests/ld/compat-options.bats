#!/usr/bin/env bats
# Options that real makefiles pass to the linker and that matter only to
# dynamic linking or to GNU ld's own tables (fle-ld --help lists them):
# accepted, and the executable is byte for byte the one made without them.
load ../common
setup() {
    common_setup
    printf '#include <stdio.h>\nint main(void) { puts("hi"); return 3; }\n' > hi.c
    fle-cc -c hi.c -o hi.o
}

@test "-E, --gc-sections, -O1, --as-needed, -rpath, -z, --build-id: accepted, no effect" {
    fle-cc hi.o -o plain
    fle-cc hi.o -o with -Wl,-E -Wl,--export-dynamic -Wl,--gc-sections -Wl,-O1 \
        -Wl,--as-needed -Wl,--no-as-needed -Wl,-rpath,/opt/lib -Wl,-rpath=/x \
        -Wl,-z,relro -Wl,-z,now -Wl,-znoexecstack -Wl,--build-id -Wl,--hash-style=gnu
    cmp plain with
    run ./with
    assert_equal "$status" 3
    assert_output "hi"
}

@test "--help says these options have no effect on a static link" {
    run fle-ld --help
    assert_success
    [[ "$output" == *"--gc-sections keeps unused sections"* ]]
    [[ "$output" == *"-rpath DIR"* ]]
}

@test "an option fle-ld does not know is still an error" {
    run fle-ld --no-such-option hi.o -o x
    assert_failure
    assert_output "fle-ld: error: unknown argument '--no-such-option'"
    [ ! -e x ]
    run fle-ld hi.o -o x -z
    assert_failure
}
