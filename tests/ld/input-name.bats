#!/usr/bin/env bats
# Inputs called as the user knows them: fle-ld --input-name, and fle-cc,
# which passes it so that no message, trace or map of a link it runs
# names its own temporary files.

load ../common
setup() {
    common_setup
    printf 'int helper(void);\nint main(void) { return helper(); }\n' > d1.c
    printf 'int missing(void);\nint helper(void) {\n  int a = missing();\n  return a +\n         missing();\n}\n' > d2.c
}

@test "no message of a link fle-cc runs names its temporary files" {
    mkdir cctmp
    gcc -c d1.c
    # errors, --trace, -y and the map, for sources and ELF objects
    TMPDIR=$PWD/cctmp run fle-cc -g d1.o d2.c -Wl,--trace=all \
        -Wl,-y,missing -Wl,-Map,prog.map -o prog
    assert_failure 1
    assert_output --partial "d1.o: object, "
    assert_output --partial "d2.c: reference to missing"
    assert_output --partial ">>>               d2.c:(function helper: .text+0x9)"
    refute_output --partial cctmp
    printf 'int missing(void) { return 0; }\n' > d3.c
    TMPDIR=$PWD/cctmp run fle-cc d1.o d2.c d3.c -Wl,--trace -Wl,-Map,prog.map -o prog
    assert_success
    assert_line "d3.c: object, 4 sections, 2 symbols"
    refute_output --partial cctmp
    grep -q ' d2\.c$' prog.map
    run grep -c cctmp prog.map
    assert_output 0
}

@test "fle-cc -v shows the names it gives fle-ld" {
    TMPDIR=$PWD run fle-cc -v d1.c d2.c -o prog
    assert_failure 1
    assert_output --regexp "-l:crt1\.fle --input-name d1\.c $PWD/fle-[^ ]+/0\.fle --input-name d2\.c $PWD/fle-[^ ]+\.fle -l:libc\.a"
}

@test "fle-ld --input-name names the next input in messages and the trace" {
    fle-cc -c d2.c -o two.fle
    run fle-ld --input-name helper.c two.fle --trace=inputs -e helper -o prog
    assert_failure 1
    assert_line "helper.c: object, 4 sections, 3 symbols"
    assert_line ">>> referenced by d2.c"
    assert_line ">>>               helper.c:(function helper: .text+0x9)"
    refute_output --partial two.fle
    # even when the file cannot be read
    echo '{ "type": ".obj",' > bad.fle
    run fle-ld --input-name=mine.c bad.fle -o prog
    assert_failure 1
    assert_output --regexp '^fle-ld: error: mine\.c:[0-9]+:[0-9]+: '
    run fle-ld two.fle --input-name helper.c -o prog
    assert_failure 1
    assert_output "fle-ld: error: --input-name helper.c names no input: no file follows it"
    run fle-ld --help
    assert_output --partial "--input-name NAME"
}
