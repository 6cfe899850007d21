#!/usr/bin/env bats
# Constructors and destructors of a dynamic program's modules: fle-exec
# passes the module table (AT_FLE_MODULES), minilibc's start routine
# runs it.  The program is built twice from one source: by gcc against
# glibc, run by ld.so with LD_LIBRARY_PATH (the reference), and by
# fle-cc against minilibc, made dynamic (dynamic-elf2fle --needed), run
# by fle-exec with FLE_LIBRARY_PATH.  The libraries are the same files,
# converted.  Output goes through write(2): no stdio buffer to reorder it.
load ../common
load dynamic

setup() { dyn_setup; }

# lib NAME [NEEDED...]: a library whose two constructors and two
# destructors say so.
lib() {
    local n=$1
    shift
    cat > $n.c <<EOF
#include "sys.h"
__attribute__((constructor)) static void c1(void) { put("ctor $n 1\n"); }
__attribute__((constructor)) static void c2(void) { put("ctor $n 2\n"); }
__attribute__((destructor)) static void d1(void) { put("dtor $n 1\n"); }
__attribute__((destructor)) static void d2(void) { put("dtor $n 2\n"); }
EOF
    local l=()
    for d in "$@"; do l+=(-l$d); done
    so $n $n.c "${l[@]}"
}

# prog NEEDED...: the program, with a constructor, a destructor, and
# atexit handlers registered in its constructor and in main.
prog() {
    cat > order.c <<'EOF'
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static void w(const char *s) { write(1, s, strlen(s)); }
static void h1(void) { w("atexit from ctor\n"); }
static void h2(void) { w("atexit from main 1\n"); }
static void h3(void) { w("atexit from main 2\n"); }
__attribute__((constructor)) static void c(void) { w("ctor main\n"); atexit(h1); }
__attribute__((destructor)) static void d(void) { w("dtor main\n"); }
int main(void) { w("main\n"); atexit(h2); atexit(h3); return 3; }
EOF
    local l=() needed=()
    for d in "$@"; do l+=(-l$d); needed+=(lib$d.so); done
    gcc -o elf/order order.c -Wl,--no-as-needed,--allow-shlib-undefined -Lelf \
        -Wl,-rpath-link,elf "${l[@]}"
    fle-cc -pie -o order.static order.c
    "$CONV" --needed "$(IFS=,; echo "${needed[*]}")" order.static fle/order
}

@test "three libraries, a diamond: dependencies first, destructors in reverse, atexit first" {
    lib z
    lib a z
    lib b z
    prog a b
    grep -q '"init_array"' fle/order
    same_as_elf order
    assert_equal "$status" 3
    assert_output "$(printf '%s\n' 'ctor z 1' 'ctor z 2' 'ctor b 1' 'ctor b 2' 'ctor a 1' \
        'ctor a 2' 'ctor main' 'main' 'atexit from main 2' 'atexit from main 1' \
        'atexit from ctor' 'dtor main' 'dtor a 2' 'dtor a 1' 'dtor b 2' 'dtor b 1' \
        'dtor z 2' 'dtor z 1')"
}

@test "a chain of three libraries and a cycle: as glibc orders them" {
    lib d
    lib b d
    lib a b
    prog a
    same_as_elf order
    assert_output "$(printf '%s\n' 'ctor d 1' 'ctor d 2' 'ctor b 1' 'ctor b 2' \
        'ctor a 1' 'ctor a 2' 'ctor main' 'main' 'atexit from main 2' \
        'atexit from main 1' 'atexit from ctor' 'dtor main' 'dtor a 2' 'dtor a 1' \
        'dtor b 2' 'dtor b 1' 'dtor d 2' 'dtor d 1')"
    # d needs a: the cycle is broken where it closes, as glibc breaks it.
    lib d a
    grep -q '"liba.so"' fle/libd.so
    same_as_elf order
}

@test "a missing symbol: exit 127, no constructor has run" {
    cat > bad.c <<'EOF'
#include "sys.h"
void frob(void);
__attribute__((constructor)) static void hello(void) { put("constructor ran\n"); }
void use(void) { frob(); }
EOF
    so bad bad.c
    prog bad
    run -127 --separate-stderr env LD_LIBRARY_PATH=elf elf/order
    assert_output ""
    run -127 --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" fle/order
    assert_output ""
    assert_equal "$stderr" "fle-exec: error: undefined symbol: frob (needed by libbad.so)"
}

@test "the module table: dependencies first, the executable last" {
    lib z
    lib a z
    prog a
    run --separate-stderr env FLE_LIBRARY_PATH=fle "$FE" --trace fle/order
    assert_equal "$status" 3
    assert_equal "$(grep '^fle-exec: init ' <<<"$stderr")" "$(printf '%s\n' \
        'fle-exec: init 0 libz.so: 2 constructors, 2 destructors' \
        'fle-exec: init 1 liba.so: 2 constructors, 2 destructors' \
        'fle-exec: init 2 fle/order: 1 constructors, 1 destructors')"
}
