#!/usr/bin/env bats
# The shared-library scenarios of the issue that introduced them, each
# against the same program built by gcc -shared and run by glibc's
# loader (helpers.bash).
load helpers

@test "dynamic: only public functions are exported; static and hidden stay inside" {
    cat > lib.c <<'X'
#include <stdio.h>
static int twice(int x) { return 2 * x; }
__attribute__((visibility("hidden"))) int hidden_add(int a, int b) { return a + b; }
int api(int x) { return hidden_add(twice(x), 1); }
int api_count = 3;
X
    cat > main.c <<'X'
#include <stdio.h>
int api(int);
extern int api_count;
int main(void) { printf("%d %d\n", api(20), api_count); return 0; }
X
    lib api lib.c
    prog main.c -L. -lapi
    same_run
    nm -D --defined-only gcc/libapi.so | awk '{print $3}' | grep -E '^(api|api_count|twice|hidden_add)$' | sort > want_syms
    fle-nm -D --defined-only fle/libapi.so | awk '{print $3}' | sort > got_syms
    diff -u want_syms got_syms
}

@test "dynamic: an executable calls a library, compiled -fPIC and not" {
    cat > lib.c <<'X'
#include <stdio.h>
int square(int x) { return x * x; }
void say(const char *s) { printf("lib says %s\n", s); }
X
    cat > main.c <<'X'
int square(int);
void say(const char *);
int main(void) { say("hello"); return square(7) == 49 ? 0 : 1; }
X
    lib m2 lib.c
    prog main.c -fno-pie -no-pie -L. -lm2
    same_run
    prog main.c -fPIE -pie -L. -lm2
    same_run
}

@test "dynamic: a chain, a diamond loaded once, and a cycle" {
    printf 'int c(void) { return 3; }\n' > c.c
    printf 'int c(void);\nint b1(void) { return 10 + c(); }\n' > b1.c
    printf 'int c(void);\nint b2(void) { return 20 + c(); }\n' > b2.c
    lib base c.c
    lib b1 b1.c -L. -lbase
    lib b2 b2.c -L. -lbase
    cat > main.c <<'X'
#include <stdio.h>
int b1(void), b2(void);
int main(void) { printf("%d %d\n", b1(), b2()); return 0; }
X
    prog main.c -L. -lb1 -lb2 -Wl,-rpath-link,.
    same_run
    # A cycle: each of two libraries needs the other.
    printf 'int pong(int);\nint ping(int n) { return n ? pong(n - 1) + 1 : 0; }\n' > ping.c
    printf 'int ping(int);\nint pong(int n) { return n ? ping(n - 1) + 2 : 0; }\n' > pong.c
    lib pong pong.c
    lib ping ping.c -L. -lpong
    lib pong pong.c -L. -lping
    printf '#include <stdio.h>\nint ping(int);\nint main(void) { printf("%%d\\n", ping(5)); return 0; }\n' > cyc.c
    prog cyc.c -L. -lping -Wl,-rpath-link,.
    same_run
}

@test "dynamic: the executable's hook interposes; -Bsymbolic and hidden defeat it" {
    cat > lib.c <<'X'
#include <stdio.h>
int hook(void) { return 1; }
int call_hook(void) { return hook(); }
X
    cat > main.c <<'X'
#include <stdio.h>
int hook(void) { return 42; }
int call_hook(void);
int main(void) { printf("%d\n", call_hook()); return 0; }
X
    lib h lib.c
    prog main.c -L. -lh
    same_run
    lib h lib.c -Wl,-Bsymbolic
    same_run
    sed -i 's/^int hook/__attribute__((visibility("hidden"))) int hook/' lib.c
    lib h lib.c
    same_run
}

@test "dynamic: weak definitions across libraries; an undefined weak function is null" {
    printf 'int which(void) __attribute__((weak));\nint which(void) { return 1; }\n' > w1.c
    printf 'int which(void) { return 2; }\n' > w2.c
    cat > main.c <<'X'
#include <stdio.h>
int which(void);
void absent(void) __attribute__((weak));
int main(void) { printf("%d %s\n", which(), absent ? "present" : "null"); return 0; }
X
    lib w1 w1.c
    lib w2 w2.c
    prog main.c -L. -lw1 -lw2
    same_run
}

@test "dynamic: library data from the executable: copy relocation and GOT" {
    cat > lib.c <<'X'
int counter = 5;
int read_counter(void) { return counter; }
void bump(void) { counter += 10; }
X
    cat > main.c <<'X'
#include <stdio.h>
extern int counter;
int read_counter(void);
void bump(void);
int main(void) {
    printf("%d\n", counter);
    counter = 7;
    printf("%d\n", read_counter());
    bump();
    printf("%d\n", counter);
    return 0;
}
X
    lib d lib.c
    prog main.c -fno-pie -no-pie -L. -ld
    same_run
    prog main.c -fPIC -pie -L. -ld
    same_run
}

@test "dynamic: &f is one value in the executable, the library and a static initialiser" {
    cat > lib.c <<'X'
void f(void) {}
void *lib_addr(void) { return (void *)f; }
X
    cat > main.c <<'X'
#include <stdio.h>
void f(void);
void *lib_addr(void);
void *init = (void *)f;
int main(void) {
    printf("%d %d\n", (void *)f == lib_addr(), init == lib_addr());
    return 0;
}
X
    lib f lib.c
    prog main.c -fno-pie -no-pie -L. -lf
    same_run
    prog main.c -fPIE -pie -L. -lf
    same_run
}

@test "dynamic: constructors and destructors across three libraries, with atexit" {
    # Each library calls into the next, so that each is needed.
    for n in 1 2 3; do
        cat > l$n.c <<X
#include <stdio.h>
#include <stdlib.h>
void use$((n + 1))(void);
static void bye$n(void) { printf("atexit from l$n\n"); }
__attribute__((constructor)) static void init$n(void) { printf("init l$n\n"); atexit(bye$n); }
__attribute__((destructor)) static void fini$n(void) { printf("fini l$n\n"); }
void use$n(void) { if ($n < 3) use$((n + 1))(); }
X
    done
    printf 'void use4(void) {}\n' >> l3.c
    lib l3 l3.c
    lib l2 l2.c -L. -ll3
    lib l1 l1.c -L. -ll2
    cat > main.c <<'X'
#include <stdio.h>
#include <stdlib.h>
void use1(void);
static void bye(void) { printf("atexit from main\n"); }
__attribute__((constructor)) static void init(void) { printf("init main\n"); }
__attribute__((destructor)) static void fini(void) { printf("fini main\n"); }
int main(void) { use1(); atexit(bye); printf("main\n"); return 0; }
X
    prog main.c -L. -ll1 -Wl,-rpath-link,.
    same_run
}
