#!/usr/bin/env bats
# fle-exec on broken executables, beyond tests/exec/bad.bats: whatever is
# wrong, one exact error line, exit status 1, and the program never runs
# (it would exit 42).
load helpers
setup() {
    common_setup
    fle_obj ok.fle
    fle-ld ok.fle -o ok.exe
    fle-ld -pie ok.fle -o pie.exe
}

# edit_exe IN OUT JQ-FILTER: an executable with its JSON edited, #! kept.
edit_exe() {
    { head -1 "$1"; tail -n +2 "$1" | jq "$3"; } > "$2"
}

@test "fle-exec: the unbroken program runs (exit 42)" {
    run fle-exec ok.exe
    [ "$status" -eq 42 ]
    run fle-exec pie.exe
    [ "$status" -eq 42 ]
}

@test "fle-exec: an executable cut short is refused, nothing runs" {
    head -c 300 ok.exe > cut.exe
    refuses 1 "fle-exec: error: cut.exe:14:16: invalid JSON: string not closed before end of file" none -- fle-exec cut.exe
}

@test "fle-exec: an archive is not an executable" {
    fle-ar rcs lib.a ok.fle
    refuses 1 "fle-exec: error: lib.a: not an executable: it is an archive (.ar)" none -- fle-exec lib.a
}

@test "fle-exec: a PIE whose alignment is larger than the random-base range is refused" {
    # It died of SIGFPE in map.c random_base(): PIE_BASE_RANGE / align was 0.
    edit_exe pie.exe big.exe '.segments[0].align = "0x20000000000"'
    refuses 1 "fle-exec: error: big.exe: segment text: align 0x20000000000 is larger than a PIE can be placed with (at most 0x8000000000)" none \
        -- fle-exec big.exe
}

@test "fle-exec: a small file asking for 64 TiB of zero memory fails cleanly" {
    edit_exe ok.exe huge.exe '.segments[0].memsz = "0x400000000000" | .segments[0].lines += ["🕳️: 0x3ffffffffff4"]'
    [ "$(stat -c %s huge.exe)" -lt 1000 ]
    bounded fle-exec huge.exe
    [ "$status" -eq 1 ]
    # musl says "Out of memory", glibc "Cannot allocate memory"; under ASan
    # (make test-asan) the range runs into ASan's shadow memory.
    assert_line --index 0 --regexp '^fle-exec: error: huge.exe: segment text at 0x401000-0x400000401000 (cannot be mapped: (Out of memory|Cannot allocate memory)|overlaps the loader.s own memory)$'
}
