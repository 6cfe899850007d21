#!/usr/bin/env bats
# fle-objcopy and dynamic modules: an ELF twin is made of static
# executables only; a .so or a program that needs libraries is refused
# with a clear error, and nothing is written.
load ../common
load dyn-common

setup() {
    common_setup
    make_fle_modules
}

@test "a .so and a dynamic executable are refused, the output left as it was" {
    echo old > out.elf
    run fle-objcopy libgreet.fle out.elf
    assert_failure 1
    assert_output "fle-objcopy: error: libgreet.fle: a shared library (.so) cannot be exported: fle-objcopy exports static executables only"
    run fle-objcopy prog.fle out.elf
    assert_failure 1
    assert_output "fle-objcopy: error: prog.fle: a dynamic executable (it needs libraries) cannot be exported: fle-objcopy exports static executables only"
    [ "$(cat out.elf)" = old ]
}
