/* The constructors of the modules dlopen loads and the destructors of
 * those dlclose unloads, in the order fle-exec's due() lists them, as
 * glibc runs them: a module's init array forwards; its fini array
 * backwards, then the atexit handlers whose code lies in the module
 * (glibc's __cxa_finalize for it).  At exit(), after the handlers of
 * the program and of these modules, the modules still loaded are
 * finalized the same way, the latest loaded first, before the start-up
 * modules (__fle_run_fini).
 *
 * due()'s list lives until the loader's next call, and a constructor
 * may call dlopen: so the list is copied, and no lock is held while
 * the module's code runs. */
#include "dl_impl.h"
#include "pthread_impl.h"

typedef void (*fn)(void);

static void run_init(const struct __fle_module *m)
{
	const fn *a = (const fn *)m->init_array;
	for (unsigned long i = 0; i < m->init_count; i++)
		a[i]();
}

static void run_fini(const struct __fle_module *m)
{
	const fn *a = (const fn *)m->fini_array;
	for (unsigned long i = m->fini_count; i-- > 0; )
		a[i]();
	/* The executable's handlers ran before all this (atexit.c). */
	const struct __fle_modules *t = __fle_modules;
	if (!t || m->start != t->m[t->count - 1].start)
		__funcs_in(m->start, m->end);
}

hidden void __dl_due(const struct __fle_dl *t, void *handle, int what)
{
	const struct __fle_module *list;
	unsigned long n;

	__lock(&__dl_lock);
	n = t->due(handle, what, &list);
	struct __fle_module copy[n ? n : 1];
	for (unsigned long i = 0; i < n; i++)
		copy[i] = list[i];
	__unlock(&__dl_lock);
	for (unsigned long i = 0; i < n; i++)
		if (what == FLE_DUE_INIT)
			run_init(&copy[i]);
		else
			run_fini(&copy[i]);
}

/* Called by exit() (a weak dummy there when no dlfcn call is linked).
 * While modules dlopen loaded are still there, every module's
 * destructors run here, in the loader's order (glibc's _dl_fini: each
 * module before the modules it needs, the executable first), and exit
 * skips __fle_run_fini: 1.  Otherwise 0.  (Without a module table, the
 * loader's list holds only what dlopen loaded: 0 too, and exit runs the
 * program's own destructors after them.) */
hidden int __dl_exit(void)
{
	const struct __fle_dl *t = __dl_table();
	const struct __fle_module *list;
	if (!t)
		return 0;
	__lock(&__dl_lock);
	unsigned long n = t->due(0, FLE_DUE_EXIT, &list);
	struct __fle_module copy[n ? n : 1];
	for (unsigned long i = 0; i < n; i++)
		copy[i] = list[i];
	__unlock(&__dl_lock);
	for (unsigned long i = 0; i < n; i++)
		run_fini(&copy[i]);
	if (!n || !__fle_modules)
		return 0;
	__funcs_in(0, (unsigned long)-1);
	return 1;
}
