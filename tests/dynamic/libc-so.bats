#!/usr/bin/env bats
# A program linked against minilibc's libc.so (fle-cc -shared-libc)
# behaves as the same program linked statically and as gcc's against
# glibc: printf, errno, environ, malloc, atexit and the flush of stdio
# at exit.
load helpers

@test "dynamic: a program linked against libc.so behaves as the static one" {
    cat > main.c <<'X'
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
extern char **environ;
static void bye(void) { printf("bye from atexit\n"); }
int main(int argc, char **argv) {
    atexit(bye);
    printf("argc %d\n", argc);
    errno = 0;
    close(-1);
    printf("errno %d %s\n", errno, strerror(errno));
    setenv("FLE_TEST_VAR", "set", 1);
    printf("getenv %s, environ has it: %d\n", getenv("FLE_TEST_VAR"),
           environ[0] != NULL);
    char *p = malloc(64);
    strcpy(p, "heap");
    p = realloc(p, 4096);
    printf("%s %zu\n", p, strlen(p));
    free(p);
    fputs("left in the buffer at exit", stdout);
    return 3;
}
X
    (cd gcc && gcc ../main.c -o prog)
    (cd fle && fle-cc -shared-libc ../main.c -o prog && fle-cc ../main.c -o prog-static)
    grep -qx '  "needed": \["libc.so"\],' fle/prog
    ! grep -q '"needed"' fle/prog-static
    run_in gcc > want
    run_in fle > got
    diff -u want got
    # The static program prints the same.
    (cd fle && mv prog prog-dyn && mv prog-static prog)
    run_in fle > got-static
    diff -u want got-static
    # And the dynamic one found libc.so beside fle-exec, in ../lib/fle.
    (cd fle && fle-exec --list prog-dyn) > list
    grep -q "^libc.so => .*/lib/fle/libc.so (needed by prog-dyn)$" list
}

@test "dynamic: a library and its program share libc.so's one stdio and heap" {
    cat > lib.c <<'X'
#include <stdio.h>
#include <stdlib.h>
char *lib_alloc(void) { printf("lib allocates\n"); return malloc(32); }
X
    cat > main.c <<'X'
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *lib_alloc(void);
int main(void) {
    printf("main first\n");
    char *p = lib_alloc();
    strcpy(p, "freed by main");
    printf("%s\n", p);
    free(p);
    return 0;
}
X
    (cd gcc && gcc -shared -fPIC ../lib.c -o libla.so && gcc ../main.c -L. -lla -o prog)
    (cd fle && fle-cc -shared -shared-libc -fPIC ../lib.c -o libla.so &&
        fle-cc -shared-libc ../main.c -L. -lla -o prog)
    grep -qx '  "needed": \["libc.so"\],' fle/libla.so
    same_run
}
