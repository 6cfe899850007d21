#!/usr/bin/env bats
# The malformed-executable corpus (tests/exec/bad): every file is refused
# before anything is mapped, with one exact error line and status 1.
# good.fle is the corpus's well-formed base and must run.
load ../common
load helpers

setup() {
    common_setup
    cd "$ROOT/tests/exec/bad"
}

@test "good.fle, the corpus's base, runs" {
    run fle-exec good.fle
    assert_success
    assert_output ""
}

@test "truncated file" {
    run fle-exec truncated.fle
    expect_error "fle-exec: error: truncated.fle:20:16: invalid JSON: string not closed before end of file"
}

@test "wrong version" {
    run fle-exec version.fle
    expect_error "fle-exec: error: version.fle:4:14: unsupported FLE version 4 (this reader knows versions 1 to 3)"
}

@test "overlapping segments" {
    run fle-exec overlap.fle
    expect_error "fle-exec: error: overlap.fle: segments text and data overlap"
}

@test "entry outside every segment" {
    run fle-exec entry-outside.fle
    expect_error "fle-exec: error: entry-outside.fle: entry 0x500000 is outside every segment"
}

@test "entry in a segment that is not executable" {
    run fle-exec entry-in-data.fle
    expect_error "fle-exec: error: entry-in-data.fle: entry 0x403000 is in segment data, which is not executable (rw-)"
}

@test "misaligned vaddr" {
    run fle-exec misaligned.fle
    expect_error "fle-exec: error: misaligned.fle: segment text: vaddr 0x401010 is not page-aligned (0x1000)"
}

@test "alignment smaller than a page" {
    run fle-exec align.fle
    expect_error "fle-exec: error: align.fle: segment text: align 0x10 is not a power-of-two multiple of the page size (0x1000)"
}

@test "segment below the lowest mappable address" {
    run fle-exec low.fle
    expect_error "fle-exec: error: low.fle: segment text: vaddr 0x1000 is below the lowest mappable address 0x10000"
}

@test "W+X segment refused without --allow-wx" {
    run fle-exec wx.fle
    expect_error "fle-exec: error: wx.fle: segment text is writable and executable (rwx); --allow-wx loads it anyway"
}

@test "no segments" {
    run fle-exec no-segments.fle
    expect_error "fle-exec: error: no-segments.fle: no segments to load"
}

@test "huge size: vaddr + memsz overflows" {
    run fle-exec overflow.fle
    expect_error "fle-exec: error: overflow.fle:28:15: segment data: vaddr + memsz overflows"
}

@test "huge size: beyond the user address space" {
    run fle-exec beyond-user.fle
    expect_error "fle-exec: error: beyond-user.fle: segment data: 0x7ffffff00000-0x800000100000 reaches beyond the user address space (which ends at 0x7ffffffff000)"
}

@test "huge size: more memory than the system gives" {
    # RLIMIT_AS makes the refusal independent of the overcommit policy.
    [ -z "${FLE_SANITIZED:-}" ] || skip "ulimit -v leaves ASan (make test-asan) no room for its shadow memory"
    run bash -c 'ulimit -v 4000000 && exec fle-exec huge.fle'
    expect_error "fle-exec: error: huge.fle: segment data at 0x10000000-0x100010000000 cannot be mapped: Out of memory"
}

@test "huge size: a PIE image too large for a random base" {
    run fle-exec pie-span.fle
    expect_error "fle-exec: error: pie-span.fle: segment data: ends at 0x20000001000; a position-independent image must fit in 0x10000000000 bytes"
}

@test "segment over the loader's own memory" {
    run fle-exec over-loader.fle
    expect_error "fle-exec: error: over-loader.fle: segment data at 0x7e0000000000-0x7ffffffff000 overlaps the loader's own memory"
    assert_line --index 1 --regexp '^fle-exec: note: the loader already uses 0x[0-9a-f]+-0x[0-9a-f]+ .* there$'
}

@test "relocation outside its segment" {
    run fle-exec reloc-outside.fle
    expect_error "fle-exec: error: reloc-outside.fle:34:9: relocation overruns segment data (memsz 0x4)"
}

@test "an object file is not an executable" {
    run fle-exec object.fle
    expect_error "fle-exec: error: object.fle: not an executable: it is an object file (.obj); link it with fle-ld first"
}

@test "an ELF file is not FLE" {
    printf '\177ELF\002\001\001' > "$BATS_TEST_TMPDIR/elf"
    run fle-exec "$BATS_TEST_TMPDIR/elf"
    expect_error "fle-exec: error: $BATS_TEST_TMPDIR/elf: not an FLE file (it looks like an ELF file)"
}

@test "a text file is not FLE" {
    run fle-exec not-json.fle
    expect_error "fle-exec: error: not-json.fle: not an FLE file (it looks like plain text, not JSON)"
}

@test "an empty file is not FLE" {
    run fle-exec empty.fle
    expect_error "fle-exec: error: empty.fle: not an FLE file (it is empty)"
}

@test "a missing file" {
    run fle-exec no-such.fle
    expect_error "fle-exec: error: no-such.fle: No such file or directory"
}

@test "a directory" {
    run fle-exec .
    expect_error "fle-exec: error: .: not a regular file"
}

@test "usage: no program, unknown option" {
    run fle-exec
    assert_failure 1
    assert_line --index 0 "usage: fle-exec [--trace] [--allow-wx] PROG [ARGS...]"
    run fle-exec --frobnicate good.fle
    expect_error "fle-exec: error: unknown option '--frobnicate'"
    run fle-exec --help
    assert_success
    assert_line --index 0 "usage: fle-exec [--trace] [--allow-wx] PROG [ARGS...]"
}
