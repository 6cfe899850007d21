# Properties of the library build itself: what the objects may not use,
# and what a minimal program links.
load ../common
load libc

setup() { common_setup; }

@test "minilibc: no thread-local storage in the library; %fs only for %fs:0" {
    # The library finds the thread's descriptor (errno, tid, keys) by
    # its self pointer at %fs:0, and touches %fs no other way: the
    # canary at %fs:0x28 is the program's, the library has no TLS.
    objdump -d --no-show-raw-insn "$ROOT/build/lib/native/libminilibc.a" \
        "$ROOT/build/lib/native/crt1.o" | grep '%fs' > fs.txt
    [ "$(grep -c 'mov    %fs:0x0,%r' fs.txt)" -ge 5 ]
    run grep -v 'mov    %fs:0x0,%r' fs.txt
    assert_output ""
    run bash -c "readelf -S -W '$ROOT/build/lib/native/libminilibc.a' | grep -c -E '\.tbss|\.tdata'"
    assert_output "0"
}

@test "minilibc: the library is built without the stack protector" {
    # It defines __stack_chk_fail for programs, but calls it nowhere.
    run bash -c "nm '$ROOT/build/lib/native/libminilibc.a' | grep -c ' T __stack_chk_fail$'"
    assert_output "1"
    run bash -c "nm -u '$ROOT/build/lib/native/libminilibc.a' | grep -c ' U __stack_chk'"
    assert_output "0"
}

@test "minilibc: every function that calls keeps a frame pointer" {
    # -fno-omit-frame-pointer: the frame-pointer chain that fle-exec
    # --trace walks goes through the library.  Leaves may omit it (gcc
    # 12 does, where they need no stack): nothing is called from there.
    # _start (crt1.S) ends the chain: it has no caller; so does a new
    # thread's first frame, in __clone.
    objdump -d --no-show-raw-insn "$ROOT/build/lib/native/libminilibc.a" \
        "$ROOT/build/lib/native/crt1.o" > dis.txt
    run awk '
        /file format/ { member = $1; next }
        function check() { if (fn != "" && calls && !fp) print m, fn }
        /^[0-9a-f]+ <.*>:$/ { check(); fn = $2; m = member; fp = 0; calls = 0; next }
        /mov +%rsp,%rbp/ { fp = 1 }
        /\tcall / { calls = 1 }
        END { check() }' dis.txt
    assert_success
    assert_output "__clone.o: <__clone>:
$ROOT/build/lib/native/crt1.o: <_start>:"
}

@test "minilibc: a program without stdio links no stdio (weak exit hook)" {
    printf '#include <unistd.h>\nint main(void) { write(1, "hi\\n", 3); return 5; }\n' > nostdio.c
    build_with_minilibc nostdio.c nostdio
    run ./nostdio
    assert_equal "$status" 5
    assert_output "hi"
    run nm nostdio
    refute_output --partial "__stdout_FILE"
    refute_output --partial "vfprintf"
}

@test "minilibc: a program using printf flushes it at exit" {
    printf '#include <stdio.h>\nint main(void) { printf("no newline"); return 0; }\n' > withstdio.c
    build_with_minilibc withstdio.c withstdio
    run bash -c "./withstdio | cat"
    assert_output "no newline"
}

@test "minilibc: headers installed into build/lib/fle/include" {
    for h in stdio.h stdlib.h string.h sys/stat.h sys/syscall.h setjmp.h math.h; do
        [ -f "$ROOT/build/lib/fle/include/$h" ]
    done
}

@test "minilibc: assert reports the expression and aborts" {
    printf '#include <assert.h>\nint main(int c, char **v) { assert(c == 42); return 0; }\n' > a.c
    build_with_minilibc a.c a
    run ./a
    assert_equal "$status" 134
    assert_output --partial "Assertion failed: c == 42"
}

@test "minilibc's headers compile in every C standard mode, C89 too" {
    # -std=c89 has no 'restrict' keyword (cJSON builds so): the headers
    # say __restrict, which gcc takes in every mode.
    for h in $(cd "$ROOT/minilibc/include" && ls *.h sys/*.h arpa/*.h netinet/*.h); do
        echo "#include <$h>"
    done > all.c
    echo 'int main(void) { return 0; }' >> all.c
    [ "$(grep -c include all.c)" -ge 50 ]
    for std in c89 gnu89 c99 c11 c17 gnu2x; do
        fle-cc -std=$std -pedantic-errors -Wall -Werror -c all.c -o all.fle
    done
}
