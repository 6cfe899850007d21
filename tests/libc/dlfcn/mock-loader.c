/* A stand-in for fle-exec's side of dlopen (minilibc/src/internal/
 * dl_impl.h): its own _start puts an AT_FLE_DL entry, pointing at the
 * table below, in front of the real aux vector and enters minilibc's
 * __libc_start.  Used by tests/libc/dlfcn.bats with mock-main.c. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct module {   /* struct __fle_module, spec/abi.md §9 */
	unsigned long base, init_array, init_count, fini_array, fini_count;
	const char *name;
	unsigned long start, end;
};
struct table {
	unsigned long version;
	void *(*open)(const char *, int, const void *, const char **);
	void *(*sym)(void *, const char *, const void *, const char **);
	int (*addr)(const void *, Dl_info *);
	unsigned long (*due)(void *, int, const struct module **);
	int (*close)(void *, const char **);
};

static void say(const char *s) { printf("%s\n", s); }
/* A constructor may call dlopen: that call overwrites the list of
 * constructors being run (the loader's, listbuf below). */
static void b_ctor(void)
{
	void *h = dlopen("nested.so", RTLD_NOW);
	const char *e = dlerror();
	printf("ctor b: nested dlopen %s, %s\n", h ? "a handle" : "NULL", e ? e : "no message");
}
static void b_dtor(void) { say("dtor b"); }
static void a_handler(void) { say("atexit handler of a"); }
static void a_ctor1(void) { say("ctor a 1"); atexit(a_handler); }
static void a_ctor2(void) { say("ctor a 2"); }
static void a_dtor1(void) { say("dtor a 1"); }
static void a_dtor2(void) { say("dtor a 2"); }
static void (*b_init[])(void) = { b_ctor };
static void (*b_fini[])(void) = { b_dtor };
static void (*a_init[])(void) = { a_ctor1, a_ctor2 };
static void (*a_fini[])(void) = { a_dtor1, a_dtor2 };
#define MOD(n, i, f, s) { 0, (unsigned long)i, sizeof i / sizeof *i, \
	(unsigned long)f, sizeof f / sizeof *f, n, (unsigned long)s, (unsigned long)s + 1 }
/* liba needs libb: constructor order b a, destructor order a b. */
static struct module mods[2] = {
	MOD("libb.so", b_init, b_fini, b_ctor), MOD("liba.so", a_init, a_fini, a_handler) };
static struct module rev[2], listbuf[2];
static int refs, initialised;
static char errbuf[200];   /* the loader's message, overwritten by each call */

static void *m_open(const char *file, int mode, const void *caller, const char **err)
{
	strcpy(errbuf, "scribbled");
	memset(listbuf, 0, sizeof listbuf);
	if (strcmp(file, "liba.so")) {
		snprintf(errbuf, sizeof errbuf, "%s: cannot open shared object file: No such file or directory", file);
		*err = errbuf;
		return 0;
	}
	refs++;
	return mods;
}
static void *m_sym(void *h, const char *name, const void *caller, const char **err)
{
	strcpy(errbuf, "scribbled");
	if (!strcmp(name, "a_ctor2"))
		return (void *)a_ctor2;
	snprintf(errbuf, sizeof errbuf, "liba.so: undefined symbol: %s", name);
	*err = errbuf;
	return 0;
}
static int m_addr(const void *p, Dl_info *i)
{
	strcpy(errbuf, "scribbled");
	return 0;
}
static unsigned long m_due(void *h, int what, const struct module **list)
{
	static const char *names[] = { "", "init", "fini", "exit" };
	printf("due %s\n", names[what]);
	rev[0] = mods[1], rev[1] = mods[0];
	*list = listbuf;
	if (what == 1 && !initialised++)
		return memcpy(listbuf, mods, sizeof mods), 2;
	if ((what == 2 && refs == 1) || (what == 3 && refs))
		return memcpy(listbuf, rev, sizeof rev), 2;
	return 0;
}
static int m_close(void *h, const char **err)
{
	if (h != mods || !refs) {
		*err = "invalid handle";
		return -1;
	}
	if (!--refs)
		initialised = 0;
	return 0;
}
static const struct table table = { 1, m_open, m_sym, m_addr, m_due, m_close };

_Noreturn void __libc_start(long *sp, int (*main)(int, char **, char **));
int main(int, char **, char **);
static long stack[1024];

/* Copy argc, argv and envp, then AT_FLE_DL, then the real aux vector. */
_Noreturn void fake_start(long *sp)
{
	long n = 0, *p = sp + 1;
	while (*p++)   /* argv */
		;
	while (*p++)   /* envp */
		;
	n = p - sp;
	memcpy(stack, sp, n * sizeof *sp);
	stack[n] = 0x464d;   /* AT_FLE_DL */
	stack[n + 1] = (long)&table;
	for (long i = 0; p[i] || (i & 1); i++)
		stack[n + 2 + i] = p[i];
	__libc_start(stack, main);
}
__asm__(".globl _start\n_start:\n\txor %ebp, %ebp\n\tmov %rsp, %rdi\n"
	"\tand $-16, %rsp\n\tcall fake_start\n\thlt\n");
