#!/usr/bin/env bats
# Where fle-ld's undefined- and duplicate-symbol errors point, in lld's
# layout: the source line from DWARF when the object has it (-g), else
# its source file, then the object, function, section and offset.  Every
# place is checked against what GNU ld reports for the same sources
# compiled by gcc: the same function, the same .text offset, the same
# file:line.  (tests/ld/input-name.bats: fle-cc's objects are called by
# their sources' names.)

load ../common
setup() {
    common_setup
    printf 'int helper(void);\nint main(void) { return helper(); }\n' > d1.c
    printf 'int missing(void);\nint helper(void) {\n  int a = missing();\n  return a +\n         missing();\n}\n' > d2.c
}

# gnu_undefined ARGS... : GNU ld's report of the undefined symbols of
# `gcc ARGS...`, one "FUNCTION PLACE" line per reference: PLACE is
# "d2.c:(.text+0x9)" without -g, "/dir/d2.c:3" with it.
gnu_undefined() {
    run gcc "$@" -o native
    assert_failure
    printf '%s\n' "$output" | awk '
        /in function `/ { f = $0; sub(/.*in function `/, "", f); sub(/.:$/, "", f) }
        /: undefined reference to `/ { p = $0; sub(/: undefined reference to `.*/, "", p)
                                      sub(/^[^ ]*ld: /, "", p); print f, p }'
}

# expected_undefined SYM NAME NOG G : fle-ld's message for SYM, an object
# called NAME, from GNU ld's places without -g (NOG) and with it (G, or
# empty for an object without DWARF).
expected_undefined() {
    local sym=$1 name=$2 nog=$3 g=$4 i=0 fn place off line
    printf 'fle-ld: error: undefined symbol: %s\n' "$sym"
    while read -r fn place; do
        i=$((i + 1))
        off=${place#*:(}
        if [ -n "$g" ]; then
            line=$(printf '%s\n' "$g" | sed -n "${i}p" | cut -d' ' -f2)
            printf '>>> referenced by %s (%s)\n' "${line##*/}" "$line"
            printf '>>>               %s:(function %s: %s\n' "$name" "$fn" "$off"
        else
            printf '>>> referenced by %s:(function %s: %s\n' "$name" "$fn" "$off"
        fi
    done <<< "$nog"
}

@test "an undefined symbol in fle-cc d1.c d2.c names d2.c, its function and offset, as GNU ld" {
    nog=$(gnu_undefined d1.c d2.c)
    [ "$(printf '%s\n' "$nog" | wc -l)" -eq 2 ]
    run fle-cc d1.c d2.c -o prog
    assert_failure 1
    # d2.c's FILE symbol is d2.c, the name the object has: said once
    assert_output "$(expected_undefined missing d2.c "$nog" "")"
}

@test "with -g the reference names the source line GNU ld names" {
    nog=$(gnu_undefined d1.c d2.c)
    for g in -g -gdwarf-4; do
        glines=$(gnu_undefined $g d1.c d2.c)
        # GNU ld: /dir/d2.c:3 and /dir/d2.c:5, in function helper
        printf '%s\n' "$glines" | grep -qE '^helper /[^ ]*/d2\.c:3$'
        printf '%s\n' "$glines" | grep -qE '^helper /[^ ]*/d2\.c:5$'
        run fle-cc $g d1.c d2.c -o prog
        assert_failure 1
        assert_output "$(expected_undefined missing d2.c "$nog" "$glines")"
    done
}

@test "an optimised function and -ffunction-sections keep their lines" {
    printf 'int missing(int);\nint main(int argc, char **argv) {\n  return missing(argc)\n    * missing(3);\n}\n' > m.c
    for flags in "-O2" "-ffunction-sections"; do
        nog=$(gnu_undefined $flags m.c)
        glines=$(gnu_undefined -g $flags m.c)
        run fle-cc -g $flags m.c -o prog
        assert_failure 1
        assert_output "$(expected_undefined missing m.c "$nog" "$glines")"
    done
}

@test "an ELF object without DWARF: its source file, then object, function, section and offset" {
    nog=$(gnu_undefined d1.c d2.c)
    gcc -c d1.c d2.c
    run fle-cc d1.o d2.o -o prog
    assert_failure 1
    # lld's layout: the FILE symbol's name, then the object's place
    {
        echo "fle-ld: error: undefined symbol: missing"
        printf '%s\n' "$nog" | while read -r fn place; do
            echo ">>> referenced by d2.c"
            echo ">>>               d2.o:(function $fn: ${place#*:(}"
        done
    } > expected
    assert_output "$(cat expected)"
}

@test "an archive member with DWARF gives the line and names its archive" {
    nog=$(gnu_undefined d1.c d2.c)
    glines=$(gnu_undefined -g d1.c d2.c)
    fle-cc -g -c d2.c
    fle-ar rcs libd.a d2.o
    run fle-cc d1.c -L. -ld -o prog
    assert_failure 1
    assert_output "$(expected_undefined missing 'libd.a(d2.o)' "$nog" "$glines")"
}

# gnu_duplicate SYM ARGS... : "FIRST SECOND", the file:line of each
# definition of SYM in GNU ld's report for `gcc ARGS...`.
gnu_duplicate() {
    local sym=$1
    shift
    run gcc "$@" -o native
    assert_failure
    printf '%s\n' "$output" |
        sed -nE "s/^(.*\.o:)?([^ ]*): multiple definition of .$sym'; .*\.o:([^ ]*): first defined here$/\3 \2/p"
}

@test "duplicate functions and variables with -g: both definitions' lines, as GNU ld" {
    printf 'int foo(void) { return 1; }\nint main(void) { return foo(); }\n' > a.c
    printf 'int x = 1;\nint foo(void) { return 2; }\n' > b.c
    printf '\nint x = 2;\n' > c.c
    gcc -g -c a.c b.c c.c
    read -r first second <<< "$(gnu_duplicate foo a.o b.o)"
    [[ $first == */a.c:1 && $second == */b.c:2 ]]
    run fle-cc -g a.c b.c -o prog
    assert_failure 1
    assert_output "fle-ld: error: duplicate symbol: foo
>>> defined at a.c:1 ($first)
>>>            a.c:(function foo: .text+0x0)
>>> defined at b.c:2 ($second)
>>>            b.c:(function foo: .text+0x0)"
    # a variable has no line-table row: its DIE says where it is
    read -r first second <<< "$(gnu_duplicate x a.o b.o c.o)"
    [[ $first == */b.c:1 && $second == */c.c:2 ]]
    fle-cc -g -c b.c c.c
    run fle-cc a.c b.o c.o -o prog
    assert_failure 1
    assert_line --index 0 "fle-ld: error: duplicate symbol: foo"
    assert_line "fle-ld: error: duplicate symbol: x"
    assert_output --partial "fle-ld: error: duplicate symbol: x
>>> defined at b.c:1 ($first)
>>>            b.o:(.data+0x0)
>>> defined at c.c:2 ($second)
>>>            c.o:(.data+0x0)"
}

@test "duplicates without -g name the source file and the function" {
    printf 'int foo(void) { return 1; }\nint main(void) { return foo(); }\n' > a.c
    printf 'int foo(void) { return 2; }\n' > b.c
    gcc -c a.c b.c
    run fle-cc a.o b.o -o prog
    assert_failure 1
    assert_output "fle-ld: error: duplicate symbol: foo
>>> defined at a.c
>>>            a.o:(function foo: .text+0x0)
>>> defined at b.c
>>>            b.o:(function foo: .text+0x0)"
}
