#!/usr/bin/env bats
# fle-exec runs programs as the kernel would: arguments, environment,
# entry state, bss, PIE, inherited descriptors and signals, exit status.
load ../common
load helpers

setup_file() { build_progs; }
setup() { common_setup; }

@test "arguments with spaces and empty arguments arrive intact" {
    run env -i "$FE" "$P/show" "a b" "" "  " "x"
    assert_success
    assert_output "$(printf 'argc 5\narg [%s]\narg [a b]\narg []\narg [  ]\narg [x]' "$P/show")"
}

@test "the environment arrives intact, in order" {
    run env -i "A=1" "B=with space" "EMPTY=" "C==x" "$FE" "$P/show"
    assert_success
    assert_output "$(printf 'argc 1\narg [%s]\nenv [A=1]\nenv [B=with space]\nenv [EMPTY=]\nenv [C==x]' "$P/show")"
}

@test "an empty environment is an empty envp" {
    run env -i "$FE" "$P/show" z
    assert_output "$(printf 'argc 2\narg [%s]\narg [z]' "$P/show")"
}

@test "the shebang runs ./prog through fle-exec; argv[0] is the path as typed" {
    cp "$P/show" ./prog
    run env -i PATH="$PATH" ./prog "one two" ""
    assert_success
    assert_line --index 0 "argc 3"
    assert_line --index 1 "arg [./prog]"
    assert_line --index 2 "arg [one two]"
    assert_line --index 3 "arg []"
}

@test "the program sees what the kernel gives an ELF program: same output" {
    run env -i A=1 "$P/show.elf" x "y z"
    local native="${output//$P\/show.elf/PROG}"
    run env -i A=1 "$FE" "$P/show" x "y z"
    assert_equal "${output//$P\/show/PROG}" "$native"
}

@test "entry state: aligned rsp, zero registers, rdx 0, no fs, auxv complete" {
    run fle-exec "$P/entry"
    assert_success
    refute_output --partial FAIL
    assert_line "fs 0x0"
    assert_line "ok AT_RANDOM 16 bytes, not all zero"
    assert_line "ok AT_EXECFN is argv[0]"
}

@test "/proc/self and brk describe the program, as for a kernel-started one" {
    run "$P/proc.elf" a "b c" ""
    assert_success
    local native="$output"
    refute_output --partial differs
    [ "${#lines[@]}" = 7 ]
    run fle-exec "$P/proc" a "b c" ""
    assert_success
    assert_equal "$output" "$native"
    if [ -d "$P/ld" ]; then
        run fle-exec "$P/ld/proc" a "b c" ""
        assert_equal "$output" "$native"
    fi
}

@test "the kernel's stack fle-exec ran on is gone: one copy of the environment, as after execve" {
    [ -z "${FLE_SANITIZED:-}" ] ||
        skip "the sanitizer runtime in fle-exec (make test-asan) keeps a copy of the environment of its own"
    run env -i FLE_MARKER=zq81 "$P/proc.elf" --copies
    assert_output 1
    run env -i FLE_MARKER=zq81 "$FE" "$P/proc" --copies
    assert_output 1
}

@test "a start leaves nothing behind: no cache directory, the same mappings every run" {
    local home="$BATS_TEST_TMPDIR/home"
    mkdir "$home"
    # The program's own segments in /proc/self/maps (it links at
    # 0x400000; the rest is fle-exec's and randomized): anonymous memory,
    # the same each start, no file of a cache mapped.
    maps() { env -i HOME="$home" "$FE" "$1" | grep -E '^[0-9a-f]{8}-'; }
    printf '#include <stdio.h>\nint main(void){FILE*f=fopen("/proc/self/maps","r");int c;while((c=fgetc(f))!=EOF)putchar(c);return 0;}\n' > maps.c
    [ -d "$P/ld" ] || skip "fle-cc is not built"
    "$ROOT/build/bin/fle-cc" -o maps.fle maps.c
    local first; first=$(maps ./maps.fle)
    [ "$(echo "$first" | wc -l)" -ge 3 ]
    [[ $first != */* ]]
    run maps ./maps.fle
    assert_output "$first"
    run maps ./maps.fle
    assert_output "$first"
    run find "$home" -mindepth 1
    assert_output ""
}

@test "brk starts at a random page after the program, as Linux's: a new one each start" {
    run fle-exec "$P/proc" --brk
    local first="$output"
    run fle-exec "$P/proc" --brk
    [[ $first == 0x* ]] && [[ $output == 0x* ]]
    [ "$first" != "$output" ]
}

@test "the stack is as large as ulimit -s lets the kernel's grow" {
    # 12 MiB deep: past the default 8 MiB, within 16 MiB — for the
    # kernel-started ELF and for fle-exec alike.
    run bash -c 'ulimit -s 8192 && exec "$0" 12000' "$P/deep.elf"
    assert_failure 139
    run bash -c 'ulimit -s 8192 && exec fle-exec "$0" 12000' "$P/deep"
    assert_failure 139
    run bash -c 'ulimit -s 16384 && exec "$0" 12000' "$P/deep.elf"
    assert_success
    run bash -c 'ulimit -s 16384 && exec fle-exec "$0" 12000' "$P/deep"
    assert_success
    assert_output "deep ok"
}

@test "entry state matches the kernel's for the same program" {
    run "$P/entry.elf"
    assert_success
    local native="$output"
    run fle-exec "$P/entry"
    assert_equal "$output" "$native"
}

@test "bss is zero and writable, the data page's tail too" {
    run fle-exec "$P/bss"
    assert_success
    assert_output "bss ok"
}

@test "exit status is the program's" {
    run fle-exec "$P/fault"
    assert_failure 2
    run fle-exec "$P/fault" nothing
    assert_failure 3
    assert_output "survived"
}

@test "a PIE program is relocated and gets a different base on two runs" {
    run fle-exec "$P/pie"
    assert_success
    assert_line "relocations ok"
    local first="${lines[0]}"
    run fle-exec "$P/pie"
    assert_success
    local second="${lines[0]}"
    [ "$first" != "$second" ]
    # Same offset inside the page: the base moved by whole pages.
    [ "${first: -3}" = "${second: -3}" ]
}

@test "no descriptor of the loader leaks; inherited ones pass through" {
    run "$P/state.elf"
    local native="$output"
    run fle-exec "$P/state"
    assert_equal "$output" "$native"
    run "$P/state.elf" 3</dev/null 7</dev/null
    native="$output"
    run fle-exec "$P/state" 3</dev/null 7</dev/null
    assert_equal "$output" "$native"
    assert_line --index 0 --regexp '^fds 3( .*)? 7( |$)'
}

@test "signals: blocked and ignored ones pass through as execve passes them" {
    run bash -c 'trap "" HUP USR1; exec "$0"' "$P/state.elf"
    local native="$output"
    assert_line --index 2 --regexp ' ign:1( | .* )ign:10( |$)'
    run bash -c 'trap "" HUP USR1; exec fle-exec "$0"' "$P/state"
    assert_equal "$output" "$native"
}

@test "signals: the loader leaves no handler and no alternate signal stack" {
    # Whatever the caller ignored stays ignored (as with execve), so the
    # expected line comes from the kernel-started ELF, not a constant.
    run "$P/state.elf"
    local native
    native=$(printf '%s\n' "$output" | grep '^handled')
    run fle-exec "$P/state"
    assert_line "$native"
    refute_output --partial "handler:"
    assert_line "altstack disabled"
}

@test "programs linked by fle-ld run the same way" {
    [ -d "$P/ld" ] || skip "fle-ld not built"
    run "$P/ld/show" "a b" ""
    assert_line --index 0 "argc 3"
    assert_line --index 1 "arg [$P/ld/show]"
    assert_line --index 2 "arg [a b]"
    assert_line --index 3 "arg []"
    run fle-exec "$P/ld/entry"
    assert_success
    refute_output --partial FAIL
    run fle-exec "$P/ld/bss"
    assert_output "bss ok"
    run fle-exec "$P/ld/pie"
    assert_line "relocations ok"
}

@test "--allow-wx loads a writable+executable segment" {
    run fle-exec --allow-wx "$ROOT/tests/exec/bad/wx.fle"
    assert_success
}

@test "options after PROG belong to the program" {
    run fle-exec "$P/show" --trace --allow-wx
    assert_success
    assert_line "arg [--trace]"
    assert_line "arg [--allow-wx]"
    run fle-exec -- "$P/show"
    assert_success
}
