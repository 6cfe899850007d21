#!/usr/bin/env bats
# Lazy binding: a PLT slot is filled at its function's first call, by
# fle-exec's resident resolver, as glibc's ld.so does it.  Each program
# is also built by gcc and run by glibc's loader (helpers.bash).
load helpers
bats_require_minimum_version 1.5.0

# The library every test here calls: functions first called lazily.
write_lib() {
    cat > lib.c <<'X'
#include <stdio.h>
#include <xmmintrin.h>
int twice(int x) { return 2 * x; }
int thrice(int x) { return 3 * x; }
double sum8(double a, double b, double c, double d, double e, double f, double g, double h) {
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h;
}
float vsum(__m128 v, float k) {
    float t[4];
    _mm_storeu_ps(t, v);
    return (t[0] + t[1] * 10 + t[2] * 100 + t[3] * 1000) * k;
}
int ints(int a, int b, int c, int d, int e, int f, int g) { return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7; }
X
    lib lz lib.c
}

@test "lazy: the same results bound lazily, with FLE_BIND_NOW and with -z now" {
    write_lib
    cat > main.c <<'X'
#include <stdio.h>
#include <xmmintrin.h>
int twice(int), thrice(int), ints(int, int, int, int, int, int, int);
double sum8(double, double, double, double, double, double, double, double);
float vsum(__m128, float);
int main(void) {
    printf("%d %d\n", twice(21), thrice(5));
    printf("%.2f\n", sum8(1.5, 2.25, 3, 4, 5, 6, 7, 8.125));
    printf("%.1f\n", vsum(_mm_set_ps(4, 3, 2, 1), 0.5f));
    printf("%d\n", ints(1, 2, 3, 4, 5, 6, 7));
    printf("%d\n", twice(thrice(2)));
    return 0;
}
X
    prog main.c -L. -llz
    same_run
    same_run LD_BIND_NOW=1 FLE_BIND_NOW=1
    grep -q '"plt"' fle/prog
    ! grep -q bind_now fle/prog
    prog main.c -L. -llz -Wl,-z,now
    grep -q '"bind_now": true' fle/prog
    same_run
}

@test "lazy: --trace shows each binding at the first call, once" {
    write_lib
    cat > main.c <<'X'
#include <unistd.h>
int twice(int);
int main(void) {
    write(2, "before\n", 7);
    int r = twice(2) + twice(3);
    write(2, "after\n", 6);
    return r;
}
X
    prog main.c -fno-pie -no-pie -L. -llz
    cd fle
    run -10 --separate-stderr env FLE_LIBRARY_PATH=. fle-exec --trace ./prog
    # No start-up bind line for twice: its slot points at its PLT entry.
    b=$(grep -n '^before$' <<<"$stderr" | cut -d: -f1)
    t=$(grep -n '^fle-exec: bind twice ' <<<"$stderr" | cut -d: -f1)
    a=$(grep -n '^after$' <<<"$stderr" | cut -d: -f1)
    [ "$b" -lt "$t" ] && [ "$t" -lt "$a" ]
    [ "$(grep -c 'bind twice' <<<"$stderr")" -eq 1 ]
    line=$(grep '^fle-exec: bind twice ' <<<"$stderr")
    [[ "$line" =~ ^fle-exec:\ bind\ twice\ \(first\ call\ from\ \./prog\+0x([0-9a-f]+)\):\ liblz\.so\+0x([0-9a-f]+),\ GOT\ slot\ 0x([0-9a-f]+)\ patched$ ]]
    call=${BASH_REMATCH[1]} off=${BASH_REMATCH[2]} slot=${BASH_REMATCH[3]}
    # The call site is the first call to twice@plt in main; the address
    # is twice's in the library; the slot is twice@plt's.
    fle-objdump -d prog | grep -E "^ +$call:.*call .*<twice@plt>"
    [ "$((16#$off))" -eq "$((16#$(fle-nm liblz.so | awk '$3 == "twice" {print $1}')))" ]
    fle-objdump -d prog | grep -E "jmp +\*0x[0-9a-f]+\(%rip\) +# $slot <twice>"
    # Bound now: one line at start-up, none at the call.
    run -10 --separate-stderr env FLE_LIBRARY_PATH=. FLE_BIND_NOW=1 fle-exec --trace ./prog
    assert_equal "$(grep -c 'bind twice' <<<"$stderr")" 1
    grep -q "^fle-exec: bind twice: liblz.so+0x$off -> GOT.PLT 0x$slot$" <<<"$stderr"
}

@test "lazy: the slot holds the PLT entry's push until the first call" {
    write_lib
    cat > main.c <<'X'
#include <stdio.h>
int twice(int);
int main(void) {
    unsigned char *plt = (unsigned char *)twice;   /* non-PIC: its PLT entry */
    void **slot = (void **)(plt + 6 + *(int *)(plt + 2));
    printf("before: %s\n", *slot == plt + 6 ? "the push in twice@plt" : "elsewhere");
    int r = twice(4);
    printf("after: %s\n", *slot == plt + 6 ? "the push in twice@plt" :
                          *slot == (void *)0 ? "null" : "the library");
    printf("%d\n", r);
    return 0;
}
X
    prog main.c -fno-pie -no-pie -L. -llz
    same_run
    grep -q '^before: the push' got
    grep -q '^after: the library' got
    same_run LD_BIND_NOW=1 FLE_BIND_NOW=1
    grep -q '^before: elsewhere' got
}

@test "lazy: first calls from a signal handler and from two call sites" {
    write_lib
    cat > main.c <<'X'
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
int twice(int), thrice(int);
static volatile int got;
static void on_alarm(int sig) { got = thrice(sig); }
static int site_a(int x) { return twice(x); }
static int site_b(int x) { return twice(x + 1); }
int main(void) {
    signal(SIGALRM, on_alarm);
    raise(SIGALRM);            /* thrice's first call is in the handler */
    printf("handler: %d\n", got);
    printf("a %d b %d a %d\n", site_a(1), site_b(1), site_a(5));
    printf("main: %d\n", thrice(7));
    return 0;
}
X
    prog main.c -L. -llz
    same_run
}

@test "lazy: an undefined function is reported at its first call, exit 127" {
    printf 'int here(void) { return 1; }\n' > v1.c
    printf 'int other(void) { return 1; }\n' > v2.c
    cat > main.c <<'X'
#include <stdio.h>
#include <unistd.h>
int here(void);
int main(int argc, char **argv) {
    write(1, "started\n", 8);
    if (argc > 1)
        return here();
    return 0;
}
X
    lib v v1.c
    prog main.c -L. -lv
    lib v v2.c
    # Never called: the program runs to its end, as under glibc.
    same_run
    same_run x
    cd fle
    run -127 env FLE_LIBRARY_PATH=. ./prog x
    assert_output $'started\nfle-exec: error: symbol lookup error: ./prog: undefined symbol: here'
    # Bound now, it is found missing before anything runs.
    run -127 env FLE_LIBRARY_PATH=. FLE_BIND_NOW=1 ./prog
    assert_output 'fle-exec: error: undefined symbol: here (needed by ./prog)'
}

@test "lazy: fle-exec refuses a PLT in data, its slots in code, a slot elsewhere" {
    write_lib
    printf 'int twice(int);\nint main(void) { return twice(1); }\n' > main.c
    prog main.c -L. -llz
    cd fle
    plt=$(fle_json prog .plt.addr)
    got=$(fle_json prog .pltgot.addr)
    # "plt" pointing into .got.plt, and "pltgot" into the PLT.
    sed "s/\"plt\": { \"addr\": \"$plt\"/\"plt\": { \"addr\": \"$got\"/" prog > p1
    run -1 env FLE_LIBRARY_PATH=. fle-exec p1
    assert_output "fle-exec: error: p1: \"plt\" $got must lie in an executable, not writable, segment"
    sed "s/\"pltgot\": { \"addr\": \"$got\"/\"pltgot\": { \"addr\": \"$plt\"/" prog > p2
    run -1 env FLE_LIBRARY_PATH=. fle-exec p2
    assert_output --partial "fle-exec: error: p2: "
    # A JUMP_SLOT moved onto .got.plt's reserved word 2.
    awk '/"🔢: 00 00 00 00 00 00 00 00",$/ { held = $0; next }
         held && /JUMP_SLOT/ { print; print held; held = ""; next }
         held { print held; held = "" } { print }' prog > p3
    ! diff -q prog p3
    run -1 env FLE_LIBRARY_PATH=. fle-exec p3
    assert_output "fle-exec: error: p3: segment data: R_X86_64_JUMP_SLOT(twice) at $(printf '0x%x' $((got + 16))) is not one of the PLT's slots (\"pltgot\" $got, after its 3 reserved words)"
}
