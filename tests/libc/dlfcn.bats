#!/usr/bin/env bats
# minilibc's <dlfcn.h>.  A static program (no AT_FLE_DL from fle-exec)
# gets NULL and a message from dlopen and dlsym, as musl's static
# programs do, never a crash; -ldl links as with gcc.  The dynamic side
# runs against dlfcn/mock-loader.c, a stand-in for fle-exec's table
# (minilibc/src/internal/dl_impl.h), which checks what minilibc does
# around the loader's calls: constructors and destructors in the order given, atexit
# handlers with their module, dlerror's copy and its once-only rule.
# tests/dynamic/dlopen.bats runs the same against fle-exec and glibc.
load ../common
load libc

setup() { common_setup; }

static_prog() {
    cat > s.c <<'C'
#include <dlfcn.h>
#include <stdio.h>
static const char *show(const char *s) { return s ? "message" : "NULL"; }
int main(void)
{
	void *h = dlopen("libm.so.6", RTLD_NOW);
	const char *e = dlerror();
	printf("dlopen %s, dlerror %s, then %s\n", h ? "handle" : "NULL", show(e), show(dlerror()));
	void *p = dlsym(RTLD_DEFAULT, "printf");
	e = dlerror();
	printf("dlsym %s, dlerror %s, then %s\n", p ? "address" : "NULL", show(e), show(dlerror()));
	int r = dlclose((void *)16);
	printf("dlclose %s, dlerror %s\n", r ? "failed" : "0", show(dlerror()));
	printf("dlerror with nothing failed: %s\n", show(dlerror()));
	return 0;
}
C
}

@test "dlfcn: a static program's dlopen and dlsym fail with a message, as musl's" {
    static_prog
    musl-gcc -static s.c -ldl -o s.musl
    fle-cc s.c -ldl -o s.fle
    run ./s.musl
    assert_success
    want="$output"
    run ./s.fle
    assert_success
    assert_output "$want"
}

@test "dlfcn: the static program's messages name the function" {
    cat > m.c <<'C'
#include <dlfcn.h>
#include <stdio.h>
int main(void)
{
	dlopen("libfoo.so", RTLD_LAZY);
	printf("%s\n", dlerror());
	dlsym(RTLD_NEXT, "malloc");
	printf("%s\n", dlerror());
	dlclose(0);
	printf("%s\n", dlerror());
	return 0;
}
C
    fle-cc m.c -o m
    run ./m
    assert_success
    assert_output "dlopen: dynamic loading is not supported in a statically linked program
dlsym: dynamic loading is not supported in a statically linked program
dlclose: dynamic loading is not supported in a statically linked program"
}

@test "dlfcn: dladdr in a static program finds no module" {
    cat > a.c <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
int main(void)
{
	Dl_info i;
	printf("%d\n", dladdr((void *)main, &i));
	return 0;
}
C
    fle-cc a.c -o a
    run ./a
    assert_success
    assert_output "0"
}

@test "dlfcn: the header's values are glibc's" {
    cat > v.c <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
int main(void)
{
	printf("%d %d %d %d %d %d %ld %ld\n", RTLD_LAZY, RTLD_NOW, RTLD_NOLOAD,
	       RTLD_GLOBAL, RTLD_LOCAL, RTLD_NODELETE, (long)RTLD_DEFAULT, (long)RTLD_NEXT);
	printf("%zu %zu %zu %zu %zu\n", sizeof(Dl_info), offsetof(Dl_info, dli_fname),
	       offsetof(Dl_info, dli_fbase), offsetof(Dl_info, dli_sname),
	       offsetof(Dl_info, dli_saddr));
	return 0;
}
C
    gcc v.c -o v.gcc
    fle-cc v.c -o v.fle
    run ./v.gcc
    want="$output"
    run ./v.fle
    assert_success
    assert_output "$want"
}

@test "dlfcn: -ldl links with fle-cc, static and against libc.so, as with gcc" {
    static_prog
    gcc s.c -ldl -o s.gcc
    fle-cc s.c -ldl -o s.fle
    fle-cc -shared-libc s.c -ldl -o s.dyn
    grep -qx '  "needed": \["libc.so"\],' s.dyn
    # libc.so exports the five functions and none of the internals.
    fle-nm -D "$ROOT/build/lib/fle/libc.so" | awk '$2 == "T" {print $3}' |
        grep -E '^(__)?dl' | sort > exported
    printf '%s\n' dladdr dlclose dlerror dlopen dlsym > want
    diff -u want exported
}

@test "dlfcn: constructors, destructors, atexit handlers and dlerror around the loader" {
    fle-cc -nostartfiles "$LIBC_DIR/dlfcn/mock-loader.c" "$LIBC_DIR/dlfcn/mock-main.c" -o prog
    run ./prog
    assert_success
    want="$output"
    # Lines prefixed "due" are the mock loader's; "ctor b" before
    # "ctor a": liba needs libb.  libb's constructor calls dlopen, which
    # overwrites the loader's list of constructors, so minilibc must run
    # its own copy.  The second dlopen of liba loads
    # nothing new; the first dlclose leaves it loaded; the second runs
    # its destructors backwards, then the handler its constructor
    # registered, then libb's.  At exit: the handlers, newest first (as
    # glibc), then the modules still loaded, then the program's own.
    assert_output "dlopen NULL, dladdr 0
dlerror missing.so: cannot open shared object file: No such file or directory
dlerror NULL
due init
ctor b: nested dlopen NULL, nested.so: cannot open shared object file: No such file or directory
ctor a 1
ctor a 2
due init
same handle 1
ctor a 2
dlsym NULL
dlerror liba.so: undefined symbol: nothing
after a success, dlerror NULL
due fini
dlclose 0
due fini
dtor a 2
dtor a 1
atexit handler of a
dtor b
dlclose 0
due fini
dlclose -1: invalid handle
due init
ctor b: nested dlopen NULL, nested.so: cannot open shared object file: No such file or directory
ctor a 1
ctor a 2
atexit handler of main
atexit handler of a
due exit
dtor a 2
dtor a 1
dtor b
dtor of the program"
    # exit() finalizes the same way as returning from main.
    run ./prog exit
    assert_success
    assert_output "$want"
}

@test "dlfcn: dlclose gives back the atexit slots of the modules it unloads" {
    # Each dlopen registers a handler (liba's constructor); 1,000 cycles
    # would overflow atexit's table of 256 if dlclose kept the slots.
    cat > main.c <<'C'
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
static void main_handler(void) { }
int main(void)
{
	for (int i = 0; i < 1000; i++) {
		void *h = dlopen("liba.so", RTLD_NOW);
		dlclose(h);
	}
	printf("atexit after the cycles: %d\n", atexit(main_handler));
	return 0;
}
C
    fle-cc -nostartfiles "$LIBC_DIR/dlfcn/mock-loader.c" main.c -o prog
    run ./prog
    assert_success
    [ "$(grep -c '^atexit handler of a$' <<< "$output")" = 1000 ]
    [ "$(grep -c '^ctor b: nested dlopen NULL' <<< "$output")" = 1000 ]
    assert_line "atexit after the cycles: 0"
}
