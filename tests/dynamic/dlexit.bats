#!/usr/bin/env bats
# exit() with a dlopen'd module still loaded: every module's destructors
# in glibc's _dl_fini order (each module before the modules it needs,
# the program first), against the same sources built by gcc and run by
# glibc's loader (helpers.bash).
load helpers

@test "dlexit: the program, its library, a plugin left open and the plugin's library, as glibc" {
    cat > s.c <<'X'
#include <stdio.h>
__attribute__((destructor)) static void d(void) { printf("dtor startup-lib\n"); }
void s(void) {}
X
    cat > q.c <<'X'
#include <stdio.h>
__attribute__((constructor)) static void c(void) { printf("ctor plugin-dep\n"); }
__attribute__((destructor)) static void d(void) { printf("dtor plugin-dep\n"); }
int q(void) { return 7; }
X
    cat > p.c <<'X'
#include <stdio.h>
#include <stdlib.h>
int q(void);
static void bye(void) { printf("atexit of plugin\n"); }
__attribute__((constructor)) static void c(void) { printf("ctor plugin\n"); atexit(bye); }
__attribute__((destructor)) static void d(void) { printf("dtor plugin\n"); }
int p(void) { return q() * 6; }
X
    cat > m.c <<'X'
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
void s(void);
static void bye(void) { printf("atexit of main\n"); }
__attribute__((destructor)) static void d(void) { printf("dtor exe\n"); }
int main(void) {
    s();
    atexit(bye);
    void *h = dlopen("libp.so", RTLD_NOW);
    int (*p)(int) = h ? (int (*)(int))dlsym(h, "p") : 0;
    printf("p() = %d\n", p ? p(0) : -1);
    return 0;   /* the plugin is still open */
}
X
    (cd gcc && gcc -shared -fPIC ../s.c -o libs.so && gcc -shared -fPIC ../q.c -o libq.so &&
        gcc -shared -fPIC ../p.c -L. -lq -o libp.so && gcc ../m.c -L. -ls -ldl -o prog)
    (cd fle && fle-cc -shared -fPIC -shared-libc ../s.c -o libs.so &&
        fle-cc -shared -fPIC -shared-libc ../q.c -o libq.so &&
        fle-cc -shared -fPIC -shared-libc ../p.c -L. -lq -o libp.so &&
        fle-cc -shared-libc ../m.c -L. -ls -ldl -o prog)
    same_run
    grep -qx 'dtor plugin-dep' got
}

@test "dlclose: a library another one bound to through RTLD_GLOBAL stays until that one goes, as glibc" {
    cat > a.c <<'X'
#include <stdio.h>
int a_value = 5;
__attribute__((constructor)) static void c(void) { printf("ctor a\n"); }
__attribute__((destructor)) static void d(void) { printf("dtor a\n"); }
X
    cat > b.c <<'X'
#include <stdio.h>
extern int a_value;
__attribute__((constructor)) static void c(void) { printf("ctor b\n"); }
__attribute__((destructor)) static void d(void) { printf("dtor b\n"); }
int b(void) { return a_value * 2; }
X
    cat > m.c <<'X'
#include <dlfcn.h>
#include <stdio.h>
int main(void) {
    void *ha = dlopen("./liba.so", RTLD_NOW | RTLD_GLOBAL);
    void *hb = dlopen("./libb.so", RTLD_NOW);
    if (!ha || !hb)
        return printf("%s\n", dlerror()), 1;
    int (*b)(void) = (int (*)(void))dlsym(hb, "b");
    printf("b() = %d\n", b());
    printf("close a: %d\n", dlclose(ha));
    printf("b() = %d, a still there\n", b());
    printf("close b: %d\n", dlclose(hb));
    printf("done\n");
    return 0;
}
X
    (cd gcc && gcc -shared -fPIC ../a.c -o liba.so && gcc -shared -fPIC ../b.c -o libb.so &&
        gcc ../m.c -ldl -o prog)
    (cd fle && fle-cc -shared -fPIC -shared-libc ../a.c -o liba.so &&
        fle-cc -shared -fPIC -shared-libc ../b.c -o libb.so && fle-cc -shared-libc ../m.c -o prog)
    same_run
    grep -qx 'dtor a' got
}
