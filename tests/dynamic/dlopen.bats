#!/usr/bin/env bats
# dlopen, dlsym, dlclose, dlerror and dladdr in a dynamic program: each
# scenario built twice from the same sources, by gcc against glibc
# (gcc -shared, LD_LIBRARY_PATH) and by fle-cc against minilibc's
# libc.so (fle-cc -shared -fPIC -shared-libc, FLE_LIBRARY_PATH, run by
# fle-exec), and run under RTLD_LAZY and RTLD_NOW; outputs and exit
# statuses must match.  Lines starting "msg: " carry the loader's own
# words; they are left out of the comparison and checked by pattern.
# Everything is built once, in setup_file.
load helpers

setup_file() {
    cd "$BATS_FILE_TMPDIR"
    write_sources
    mkdir -p gcc fle
    (cd gcc && build_all "gcc -shared -fPIC" gcc) || return 1
    (cd fle && build_all "fle-cc -shared -fPIC -shared-libc" "fle-cc -shared-libc") || return 1
}

setup() { cd "$BATS_FILE_TMPDIR"; }

# build_all LIB PROG: the libraries with LIB, the programs with PROG;
# libgone.so is removed once libneedgone.so is linked against it.
build_all() {
    local lib="$1" prog="$2"
    $lib ../dep.c -o libdep.so &&
    $lib ../plug.c -L. -ldep -o libplug.so &&
    $lib ../glob.c -o libglob.so &&
    $lib ../user.c -o libuser.so &&
    $lib ../gone.c -o libgone.so &&
    $lib ../needgone.c -L. -lgone -o libneedgone.so &&
    rm libgone.so &&
    $lib ../undef.c -o libundef.so &&
    $lib ../tally.c -o libtally.so &&
    $lib ../cycle.c -L. -ltally -o libcycle.so &&
    cp ../notlib.txt . &&
    $prog ../exe.c -o exe &&
    $prog ../basic.c -ldl -o basic &&
    $prog ../scope.c -ldl -o scope &&
    $prog ../next.c -ldl -o next &&
    $prog ../deflt.c -L. -ldep -ldl -o deflt &&
    $prog ../errors.c -ldl -o errors &&
    $prog ../addr.c -ldl -o addr &&
    $prog ../cycles.c -L. -ltally -ldl -o cycles
}

# both PROG ARGS...: PROG's output and status in gcc/ (to $BATS_TEST_TMPDIR/want)
# and in fle/ (to got); they must match but for the "msg: " lines.
both() {
    local want="$BATS_TEST_TMPDIR/want" got="$BATS_TEST_TMPDIR/got"
    run_prog gcc LD_LIBRARY_PATH=. "$@" > "$want"
    run_prog fle FLE_LIBRARY_PATH=. "$@" > "$got"
    diff -u <(grep -v '^msg: ' "$want") <(grep -v '^msg: ' "$got")
}

# run_prog DIR ENV PROG ARGS...: the output, then "exit STATUS".
run_prog() {
    local dir="$1" env="$2" prog="$3" st=0
    shift 3
    (cd "$dir" && env "$env" "./$prog" "$@" 2>&1) || st=$?
    echo "exit $st"
}

# msg_in WHICH PATTERN: a "msg: " line of want or got matches PATTERN (ERE).
msg_in() {
    grep -Eq "^msg: $2\$" "$BATS_TEST_TMPDIR/$1" ||
        { echo "no message /$2/ in $1:"; cat "$BATS_TEST_TMPDIR/$1"; return 1; }
}

# The sources.  libplug.so needs libdep.so; both print from their
# constructors and destructors, and libplug.so's constructor registers
# an atexit handler.
write_sources() {
    cat > dep.c <<'X'
#include <stdio.h>
__attribute__((constructor)) static void up(void) { printf("ctor dep\n"); }
__attribute__((destructor)) static void down(void) { printf("dtor dep\n"); }
int dep_value = 5;
int dep_twice(int x) { return 2 * x + dep_value; }
X
    cat > plug.c <<'X'
#include <stdio.h>
#include <stdlib.h>
int dep_twice(int);
static void bye(void) { printf("atexit handler of plug\n"); }
__attribute__((constructor)) static void up(void) { printf("ctor plug\n"); atexit(bye); }
__attribute__((destructor)) static void down(void) { printf("dtor plug\n"); }
int plug_var = 42;
int plug_func(int x) { return dep_twice(x) + plug_var; }
X
    cat > basic.c <<'X'
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void bye(void) { printf("atexit handler of main\n"); }
int main(int argc, char **argv)
{
	int mode = strcmp(argv[1], "lazy") ? RTLD_NOW : RTLD_LAZY;
	atexit(bye);
	printf("opening\n");
	void *h = dlopen("./libplug.so", mode);
	if (!h) {
		printf("dlopen failed: %s\n", dlerror());
		return 1;
	}
	int (*f)(int) = (int (*)(int))dlsym(h, "plug_func");
	int *v = (int *)dlsym(h, "plug_var");
	if (!f || !v)
		return printf("dlsym: %s\n", dlerror()), 1;
	printf("plug_func(3) = %d, plug_var = %d\n", f(3), *v);
	*v = 100;
	printf("plug_func(3) = %d after plug_var = 100\n", f(3));
	void *again = dlopen("./libplug.so", mode);
	printf("opened again: %s handle\n", again == h ? "the same" : "another");
	printf("dlclose: %d\n", dlclose(again));
	printf("still loaded, plug_func(1) = %d\n", f(1));
	printf("dlclose: %d\n", dlclose(h));
	printf("closed\n");
	h = dlopen("./libplug.so", mode);
	v = (int *)dlsym(h, "plug_var");
	printf("opened anew: plug_var = %d; left open at exit\n", *v);
	return 0;
}
X
    cat > glob.c <<'X'
int g_shared = 17;
X
    cat > user.c <<'X'
extern int g_shared;
int user_get(void) { return g_shared; }
X
    cat > scope.c <<'X'
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
/* argv[1]: lazy or now; argv[2]: global or local, how libglob.so is
 * opened before libuser.so, which needs its g_shared. */
int main(int argc, char **argv)
{
	int mode = strcmp(argv[1], "lazy") ? RTLD_NOW : RTLD_LAZY;
	int scope = strcmp(argv[2], "global") ? RTLD_LOCAL : RTLD_GLOBAL;
	void *g = dlopen("./libglob.so", mode | scope);
	printf("libglob.so: %s\n", g ? "loaded" : dlerror());
	if (!g)
		return 1;
	printf("g_shared in the global scope: %s\n", dlsym(RTLD_DEFAULT, "g_shared") ? "found" : "not found");
	dlerror();
	printf("g_shared in libglob.so's handle: %d\n", *(int *)dlsym(g, "g_shared"));
	void *u = dlopen("./libuser.so", RTLD_NOW);
	if (!u) {
		printf("libuser.so: failed\n");
		printf("msg: %s\n", dlerror());
		return 0;
	}
	int (*get)(void) = (int (*)(void))dlsym(u, "user_get");
	printf("libuser.so: succeeded, user_get() = %d\n", get());
	dlclose(u);
	dlclose(g);
	return 0;
}
X
    cat > next.c <<'X'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
/* The program's malloc counts calls and hands them on to the C library's,
 * found with RTLD_NEXT.  It prints with write(): printf may call malloc. */
static void *(*next_malloc)(size_t);
static int calls;

void *malloc(size_t n)
{
	if (!next_malloc)
		next_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
	if (!next_malloc) {
		write(1, "no malloc after the program's\n", 30);
		_exit(1);
	}
	calls++;
	return next_malloc(n);
}

static void say(const char *what, long n)
{
	char buf[100], num[24];
	int k = sizeof num;
	num[--k] = 0;
	do num[--k] = '0' + n % 10; while (n /= 10);
	strcpy(buf, what);
	strcat(buf, num + k);
	strcat(buf, "\n");
	write(1, buf, strlen(buf));
}

int main(void)
{
	calls = 0;
	char *a = malloc(10), *b = malloc(1000), *c = malloc(100000);
	int mine = calls;
	strcpy(a, "ok");
	memset(c, 1, 100000);
	free(a);
	free(b);
	free(c);
	say("calls counted: ", mine);
	say("RTLD_NEXT's malloc is not the program's: ", next_malloc != malloc);
	say("RTLD_DEFAULT's malloc is the program's: ", dlsym(RTLD_DEFAULT, "malloc") == (void *)malloc);
	Dl_info i;
	say("RTLD_NEXT's malloc lies in the C library: ",
	    dladdr((void *)next_malloc, &i) && strstr(i.dli_fname, "libc.so") != 0);
	return 0;
}
X
    cat > deflt.c <<'X'
#include <dlfcn.h>
#include <stdio.h>
int dep_twice(int);
int main(void)
{
	int (*f)(int) = (int (*)(int))dlsym(RTLD_DEFAULT, "dep_twice");
	printf("RTLD_DEFAULT: dep_twice %s, dep_twice(4) = %d\n", f ? "found" : "not found", f ? f(4) : -1);
	int *v = (int *)dlsym(RTLD_DEFAULT, "dep_value");
	printf("RTLD_DEFAULT: dep_value = %d\n", v ? *v : -1);
	void *self = dlopen(NULL, RTLD_NOW), *again = dlopen(NULL, RTLD_LAZY);
	printf("dlopen(NULL): %s, twice the same: %d\n", self ? "a handle" : dlerror(), self == again);
	if (!self)
		return 1;
	f = (int (*)(int))dlsym(self, "dep_twice");
	if (!f)
		return printf("dlsym: %s\n", dlerror()), 1;
	printf("through it: dep_twice(5) = %d, the same function as a call: %d\n", f(5), f(6) == dep_twice(6));
	printf("puts through it: %s\n", dlsym(self, "puts") ? "found" : "not found");
	printf("not there: %s\n", dlsym(self, "no_such_symbol") ? "found" : "NULL");
	printf("dlerror: %s\n", dlerror() ? "set" : "NULL");
	dlclose(again);
	dlclose(self);
	return 0;
}
X
    cat > gone.c <<'X'
int gone(void) { return 1; }
X
    cat > needgone.c <<'X'
int gone(void);
int need_gone(void) { return gone(); }
X
    cat > undef.c <<'X'
int nothere(void);
int undef_call(void) { return nothere(); }
X
    cat > exe.c <<'X'
int main(void) { return 0; }
X
    cat > errors.c <<'X'
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
/* Each failure: NULL, the program goes on, dlerror says why once.  The
 * "msg:" lines are glibc's or fle-exec's own words, checked apart. */
static int mode;
static char msg[4096];

/* The message, kept: glibc frees it at the next dlerror. */
static const char *keep(const char *e)
{
	if (!e)
		return 0;
	snprintf(msg, sizeof msg, "%s", e);
	return msg;
}

static void try_open(const char *file)
{
	void *h = dlopen(file, mode);
	const char *e = keep(dlerror());
	printf("dlopen %s: %s, dlerror %s", file, h ? "a handle" : "NULL", e ? "set" : "NULL");
	printf(", then %s\n", dlerror() ? "set" : "NULL");
	if (e)
		printf("msg: %s\n", e);
}

int main(int argc, char **argv)
{
	mode = strcmp(argv[1], "lazy") ? RTLD_NOW : RTLD_LAZY;
	try_open("./nosuch.so");
	try_open("./libneedgone.so");
	try_open("./libundef.so");
	try_open("./exe");
	try_open("./notlib.txt");
	void *h = dlopen("./libdep.so", mode);
	void *p = dlsym(h, "no_such_symbol");
	const char *e = keep(dlerror());
	printf("dlsym no_such_symbol: %s, dlerror %s", p ? "found" : "NULL", e ? "set" : "NULL");
	printf(", then %s\n", dlerror() ? "set" : "NULL");
	if (e)
		printf("msg: %s\n", e);
	printf("still running\n");
	return 0;
}
X
    cat > addr.c <<'X'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), k = strlen(tail);
	return n >= k && !strcmp(s + n - k, tail);
}
int main(int argc, char **argv)
{
	int mode = strcmp(argv[1], "lazy") ? RTLD_NOW : RTLD_LAZY;
	void *h = dlopen("./libplug.so", mode);
	void *f = dlsym(h, "plug_func"), *v = dlsym(h, "plug_var");
	Dl_info i;
	int r = dladdr(f, &i);
	printf("dladdr(plug_func): %d\n", r);
	printf("dli_fname ends with libplug.so: %d\n", ends_with(i.dli_fname, "libplug.so"));
	printf("dli_fbase at or below it: %d\n", i.dli_fbase && (char *)i.dli_fbase <= (char *)f);
	printf("dli_sname: %s\n", i.dli_sname);
	printf("dli_saddr is plug_func: %d\n", i.dli_saddr == f);
	r = dladdr((char *)f + 1, &i);
	printf("one byte in: %d %s, dli_saddr is plug_func: %d\n", r, i.dli_sname, i.dli_saddr == f);
	r = dladdr(v, &i);
	printf("dladdr(plug_var): %d %s %d\n", r, i.dli_sname, i.dli_saddr == v);
	printf("dladdr of no module: %d\n", dladdr((void *)16, &i));
	return 0;
}
X
    cat > tally.c <<'X'
int ctors, dtors;
X
    cat > cycle.c <<'X'
#include <stdio.h>
extern int ctors, dtors;
__attribute__((constructor)) static void up(void) { ctors++; }
__attribute__((destructor)) static void down(void) { dtors++; }
int cycle_value(void) { return 7; }
X
    cat > cycles.c <<'X'
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
extern int ctors, dtors;
/* The lines of /proc/self/maps, read without stdio (no buffer of its own). */
static int maps_lines(void)
{
	char buf[4096];
	int fd = open("/proc/self/maps", O_RDONLY), lines = 0;
	long n;
	while ((n = read(fd, buf, sizeof buf)) > 0)
		for (long i = 0; i < n; i++)
			lines += buf[i] == '\n';
	close(fd);
	return lines;
}
static int cycle(int mode)
{
	void *h = dlopen("./libcycle.so", mode);
	if (!h)
		return printf("dlopen: %s\n", dlerror()), 0;
	int (*f)(void) = (int (*)(void))dlsym(h, "cycle_value");
	int v = f();
	dlclose(h);
	return v;
}
int main(int argc, char **argv)
{
	int mode = strcmp(argv[1], "lazy") ? RTLD_NOW : RTLD_LAZY, sum = 0;
	printf("first cycle: %d\n", cycle(mode));
	int before = maps_lines();
	for (int i = 0; i < 1000; i++)
		sum += cycle(mode);
	int after = maps_lines();
	printf("1000 more: sum %d, constructors %d, destructors %d\n", sum, ctors, dtors);
	printf("/proc/self/maps: %s\n", before == after ? "as many lines" : "lines differ");
	if (before != after)
		printf("msg: %d lines before, %d after\n", before, after);
	return 0;
}
X
    for i in $(seq 20); do echo "not a library, line $i"; done > notlib.txt
}

@test "dlopen: a library needing another, dlsym of a function and a variable, ctors and dtors" {
    for mode in lazy now; do
        both basic $mode
        # glibc's order, which fle must match: dependency first, the
        # second dlopen shares the handle, the last dlclose unloads.
        grep -qx 'dtor plug' "$BATS_TEST_TMPDIR/want"
        [ "$(grep -c '^ctor plug$' "$BATS_TEST_TMPDIR/got")" = 2 ]
    done
}

@test "dlopen: RTLD_GLOBAL lends a later library its symbols, RTLD_LOCAL does not" {
    for mode in lazy now; do
        both scope $mode global
        grep -qx 'libuser.so: succeeded, user_get() = 17' "$BATS_TEST_TMPDIR/got"
        both scope $mode local
        grep -qx 'libuser.so: failed' "$BATS_TEST_TMPDIR/got"
        msg_in want '\./libuser\.so: undefined symbol: g_shared'
        msg_in got '.*libuser\.so: undefined symbol: g_shared'
    done
}

@test "dlopen: the program's malloc wraps the C library's, found by RTLD_NEXT" {
    both next
    grep -qx 'calls counted: 3' "$BATS_TEST_TMPDIR/got"
}

@test "dlopen: RTLD_DEFAULT finds the program's libraries' symbols; dlopen(NULL)" {
    both deflt
    grep -q '^through it: dep_twice(5) = 15' "$BATS_TEST_TMPDIR/got"
}

@test "dlopen: each failure returns NULL, sets dlerror once, and the program goes on" {
    for mode in lazy now; do
        both errors $mode
        grep -qx 'still running' "$BATS_TEST_TMPDIR/got"
        for f in want got; do
            msg_in $f '\./nosuch\.so: cannot open shared object file: No such file or directory'
            msg_in $f '.*libgone\.so: cannot open shared object file: No such file or directory.*'
            msg_in $f '.*exe: .+'
            msg_in $f '.*notlib\.txt: .+'
            msg_in $f '.*libdep\.so: undefined symbol: no_such_symbol'
        done
        # Under RTLD_LAZY an undefined function is looked up at its
        # first call, so the dlopen succeeds (it needs lazy binding).
        if [ $mode = now ]; then
            msg_in want '\./libundef\.so: undefined symbol: nothere'
            msg_in got '.*libundef\.so: undefined symbol: nothere'
        fi
    done
}

@test "dlopen: dladdr names the library and the function of an address" {
    for mode in lazy now; do
        both addr $mode
        grep -qx 'dli_sname: plug_func' "$BATS_TEST_TMPDIR/got"
    done
}

@test "dlopen: 1,000 dlopen/dlclose cycles run every constructor and destructor and leave no mapping" {
    for mode in lazy now; do
        both cycles $mode
        grep -qx '1000 more: sum 7000, constructors 1001, destructors 1001' "$BATS_TEST_TMPDIR/got"
        grep -qx '/proc/self/maps: as many lines' "$BATS_TEST_TMPDIR/got"
    done
}

@test "dlopen: the plugin host of examples/plugins runs as with glibc" {
    cd "$BATS_TEST_TMPDIR"
    mkdir gcc fle
    local ex="$ROOT/examples/plugins" cc lib
    for d in gcc fle; do
        if [ $d = gcc ]; then cc=gcc lib="gcc -shared -fPIC"
        else cc="fle-cc -shared-libc" lib="fle-cc -shared -fPIC -shared-libc"; fi
        (cd $d && $lib "$ex/text.c" -o libtext.so &&
            $lib "$ex/shout.c" -L. -ltext -Wl,-rpath,'$ORIGIN' -o shout.so &&
            $lib "$ex/hello.c" -o hello.so && $lib "$ex/nameless.c" -o nameless.so &&
            $cc "$ex/host.c" -o host)
    done
    (cd gcc && ./host ./hello.so ./shout.so ./nameless.so ./missing.so) > want
    (cd fle && ./host ./hello.so ./shout.so ./nameless.so ./missing.so) > got
    grep -qx 'host: 2 plugins loaded: hello shout' want
    diff -u want got
}
