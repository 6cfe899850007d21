#!/usr/bin/env bats
# fle-ld writes a large output while it is being made: each segment is
# cut at symbols into pieces spelled on several threads (--threads), and
# the text goes to the temporary every MiB or so (libfle/write.c).  The
# bytes must be exactly those of the one-thread, all-at-once writer, and
# the rules of spec/FLE.md §7 must hold when writing fails half way: the
# old file stays as it was, no temporary is left, and a file that is not
# replaced (a FIFO, /dev/null) gets the whole text or nothing.

load helpers

RT="$ROOT/build/tests/fle-roundtrip"

# big_c FILE N: N functions calling each other and N initialised arrays,
# some of them text: segments of several hundred KiB with a symbol every
# few dozen bytes and relocations between them.
big_c() {
    local i
    {
        echo 'int printf(const char *, ...);'
        for ((i = 0; i < $2; i++)); do echo "int f$i(int);"; done
        for ((i = 0; i < $2; i++)); do
            echo "const char s$i[] = \"string number $i, long enough to be text\";"
            echo "int a$i[40] = { $i, $((i * 7)), $((i * 13)), 1, 2, 3 };"
            echo "int f$i(int x) { return x > 1 ? a$i[x % 40] + s$i[x % 8] + f$(((i + 1) % $2))(x - 1) : x; }"
        done
        echo 'int main(void) { printf("%d\n", f0(30)); return 0; }'
    } > "$1"
}

# big_data_obj FILE KIB: data_obj's object (helpers.bash), made faster.
big_data_obj() {
    local line='"🔢: 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10"'
    {
        printf '{ "type": ".obj", "version": 1, "sections": [\n'
        printf '  { "name": ".data", "type": "PROGBITS", "flags": "WA", "align": "0x1",\n'
        printf '    "size": "0x%x", "lines": [ "📤: blob object 0x%x",\n' $(($2 * 1024)) $(($2 * 1024))
        yes "      $line," | head -n $(($2 * 64 - 1))
        printf '      %s ] } ],\n  "symbols": [] }\n' "$line"
    } > "$1"
}

# The large program, built once: big.c, big.o and prog (1 thread).
setup_file() {
    cd "$BATS_FILE_TMPDIR"
    big_c big.c 2000
    fle-cc -c big.c -o big.o
    fle-cc big.o -o prog -Wl,--threads,1
}

setup() {
    common_setup
    cp "$BATS_FILE_TMPDIR"/{big.c,big.o,prog} .
}

@test "a large program links to the same bytes on 1, 2 and 4 threads" {
    cp prog prog1
    for t in 2 4; do
        fle-cc big.o -o prog$t -Wl,--threads,$t
    done
    [ "$(stat -c %s prog1)" -gt 1000000 ]
    cmp prog1 prog2
    cmp prog1 prog4
    run ./prog4
    assert_success
    gcc -w big.c -o ref
    assert_output "$(./ref)"
}

@test "pieces of an object, an executable and a shared library are spelled as one walk does" {
    for f in big.o prog "$ROOT/build/lib/fle/libc.so"; do
        run "$RT" --threads 3 "$f" out.fle
        assert_success
        assert_output "same text"
        cmp out.fle <("$RT" --print "$f")
    done
}

# refused OUT SYM: fle_dump and fle_write_threads both refuse the name
# (not UTF-8) of function SYM in the large program, the same way
# (fle-roundtrip then succeeds).
refused() {
    run "$RT" --threads 2 prog "$1" "$2"
    assert_success
    [[ "$output" == "same error: a name is not valid UTF-8 text: '📤: \"bad\\xff\" func 0x"* ]]
}

@test "a name that cannot be written, early or late in a large file, leaves the old file as it was" {
    echo "old" > out.fle
    keep out.fle
    for sym in f0 f1000 f1999; do
        refused out.fle $sym
    done
    unchanged out.fle
    only_files . big.c big.o prog out.fle out.fle.kept
}

@test "a FIFO gets nothing of a large text that fails late" {
    mkfifo pipe
    cat pipe > got &
    refused pipe f1999
    wait
    [ -e got ] && [ ! -s got ]
}

@test "a large link that runs out of space half way leaves the previous program" {
    fle_obj main.fle
    big_data_obj big.fle 1024  # about 3.5 MiB of text: written in parts
    out_of_space 1m
}

@test "a large output is synced in parts while it is written, then fsync'd and renamed" {
    command -v strace >/dev/null || skip "strace(1) needed"
    [ -z "${FLE_SANITIZED:-}" ] || skip "the sanitized tools do not run under strace"
    strace -f -qq -e trace=fdatasync,fsync,rename -o calls fle-cc big.o -o prog2
    cmp prog prog2
    # The calls on the temporary, in order (fle-cc's own and the sync of
    # the directory after the rename are left out).
    run sh -c "sed -n 's/^[0-9]* *\([a-z]*\)(.*/\1/p' calls | uniq"
    assert_output --regexp '^fdatasync
fsync
rename'
}
