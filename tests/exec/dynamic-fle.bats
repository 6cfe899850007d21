#!/usr/bin/env bats
# fle-exec loading what fle-ld links: libraries by fle-cc -shared, the
# program by fle-cc against them (minilibc linked in statically, its
# functions exported to the libraries), run with FLE_LIBRARY_PATH or a
# runpath, against the same sources built with gcc -shared and run by
# glibc's ld.so with LD_LIBRARY_PATH.
load ../common
load dynamic

setup() {
    common_setup
    bats_require_minimum_version 1.5.0
    mkdir -p elf fle
}

# flelib NAME SRC [LIBS...]: fle/libNAME.so by fle-cc and elf/libNAME.so
# by gcc, each linked against the libraries named (-lLIB).
flelib() {
    local n=$1 src=$2
    shift 2
    local l=()
    for d in "$@"; do l+=(-l$d); done
    fle-cc -shared -fPIC -o fle/lib$n.so "$src" -Lfle "${l[@]}"
    gcc -shared -fPIC -o elf/lib$n.so "$src" -Wl,--no-as-needed -Lelf "${l[@]}"
}

# fleprog SRC LIBS...: fle/prog and elf/prog.
fleprog() {
    local src=$1
    shift
    local l=()
    for d in "$@"; do l+=(-l$d); done
    fle-cc -o fle/prog "$src" -Lfle "${l[@]}"
    gcc -o elf/prog "$src" -Wl,--no-as-needed -Lelf -Wl,-rpath-link,elf "${l[@]}"
}

# Libraries whose constructors and destructors say so, with write(2):
# no stdio buffer to reorder the lines.
ctorlib() {
    cat > $1.c <<EOF
#include <string.h>
#include <unistd.h>
static void w(const char *s) { write(1, s, strlen(s)); }
__attribute__((constructor)) static void c(void) { w("ctor $1\n"); }
__attribute__((destructor)) static void d(void) { w("dtor $1\n"); }
int f_$1(void) { return 1; }
EOF
}

ctorprog() {
    cat > main.c <<'EOF'
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int f_a(void), f_b(void);
static void w(const char *s) { write(1, s, strlen(s)); }
static void h1(void) { w("atexit from ctor\n"); }
static void h2(void) { w("atexit from main\n"); }
__attribute__((constructor)) static void c(void) { w("ctor main\n"); atexit(h1); }
__attribute__((destructor)) static void d(void) { w("dtor main\n"); }
int main(void) { w("main\n"); atexit(h2); return f_a() + f_b(); }
EOF
}

@test "fle-cc -shared: constructors and destructors across three libraries, as glibc" {
    ctorlib z
    ctorlib a
    ctorlib b
    flelib z z.c
    flelib a a.c z
    flelib b b.c z
    ctorprog
    fleprog main.c a b
    run env LD_LIBRARY_PATH=elf elf/prog
    local want=$output
    assert_equal "$status" 2
    run env FLE_LIBRARY_PATH=fle fle-exec fle/prog
    assert_equal "$status" 2
    assert_equal "$output" "$want"
    assert_output "$(printf '%s\n' 'ctor z' 'ctor b' 'ctor a' 'ctor main' 'main' \
        'atexit from main' 'atexit from ctor' 'dtor main' 'dtor a' 'dtor b' 'dtor z')"
}

@test "fle-cc -shared: a chain found through \$ORIGIN runpaths, and --list" {
    mkdir -p fle/lib elf/lib
    printf 'int three(void) { return 3; }\n' > c.c
    printf 'int three(void);\nint two(void) { return three() * 10; }\n' > b.c
    printf '#include <stdio.h>\nint two(void);\nvoid one(void) { printf("%%d\\n", two() + 1); }\n' > a.c
    fle-cc -shared -fPIC -o fle/lib/libc3.so c.c
    fle-cc -shared -fPIC -o fle/lib/libb3.so b.c -Lfle/lib -lc3 '-Wl,-rpath,$ORIGIN'
    fle-cc -shared -fPIC -o fle/lib/liba3.so a.c -Lfle/lib -lb3 '-Wl,-rpath,$ORIGIN'
    printf 'void one(void);\nint main(void) { one(); return 0; }\n' > main.c
    fle-cc -o fle/prog main.c -Lfle/lib -la3 '-Wl,-rpath,$ORIGIN/lib'
    run env -u FLE_LIBRARY_PATH fle-exec fle/prog
    assert_success
    assert_output 31
    run env -u FLE_LIBRARY_PATH fle-exec --list fle/prog
    assert_success
    # The executable's $ORIGIN has its links resolved: the paths are whole.
    local d
    d=$(pwd -P)/fle/lib
    assert_output "$(printf '%s\n' \
        "liba3.so => $d/liba3.so (needed by fle/prog)" \
        "libb3.so => $d/libb3.so (needed by liba3.so)" \
        "libc3.so => $d/libc3.so (needed by libb3.so)")"
}

@test "fle-cc -shared: a cycle, and a missing library named with every path tried" {
    printf 'int pong(int);\nint ping(int n) { return n ? pong(n - 1) + 1 : 0; }\n' > a.c
    printf 'int ping(int);\nint pong(int n) { return n ? ping(n - 1) + 10 : 0; }\n' > b.c
    flelib b b.c
    flelib a a.c b
    flelib b b.c a
    printf 'int ping(int);\nint main(void) { return ping(5); }\n' > main.c
    fleprog main.c a
    run -23 env LD_LIBRARY_PATH=elf elf/prog
    run -23 env FLE_LIBRARY_PATH=fle fle-exec fle/prog
    rm fle/libb.so
    run -127 env FLE_LIBRARY_PATH=fle fle-exec fle/prog
    assert_output "$(printf '%s\n' \
        'fle-exec: error: cannot find libb.so (needed by liba.so)' \
        '>>> tried fle/libb.so' \
        ">>> tried $ROOT/build/bin/../lib/fle/libb.so")"
}
