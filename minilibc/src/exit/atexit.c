/* atexit: register functions for exit() to call, newest first.  A fixed
 * table: C guarantees 32 registrations, we allow 256 without malloc.
 * The lock is not held while a handler runs, so a handler may call
 * atexit.
 *
 * In a dynamic program, handlers that shared libraries' constructors
 * registered (those below `floor`, which __libc_start marks once they
 * have run) wait for their library: glibc associates a handler with the
 * library that registered it and runs it right after that library's
 * destructors (__cxa_finalize), and so do we, telling a library's
 * handlers by their address (__funcs_in).  Whatever is left (a library
 * registering a function of another module) runs after every
 * destructor.  Handlers that a dlopened module's constructors
 * registered lie above the floor: exit runs them with the program's,
 * newest first (as glibc does), and dlclose, unloading the module,
 * runs them first (__funcs_in). */
#include <stdlib.h>
#include "libc.h"
#include "pthread_impl.h"

#define MAX_ATEXIT 256

static void (*funcs[MAX_ATEXIT])(void);
static int count, floor;
static volatile int lock;

int atexit(void (*func)(void))
{
	__lock(&lock);
	if (count == MAX_ATEXIT) {
		__unlock(&lock);
		return -1;
	}
	funcs[count++] = func;
	__unlock(&lock);
	return 0;
}

/* Called by exit(); overrides the weak dummy there.  A handler may
 * register another handler, which then runs next.  The handlers below
 * the floor (none in a static program) wait for __funcs_in. */
hidden void __funcs_on_exit(void)
{
	__lock(&lock);
	while (count > floor) {
		void (*f)(void) = funcs[--count];
		__unlock(&lock);
		if (f)
			f();
		__lock(&lock);
	}
	__unlock(&lock);
}

hidden void __atexit_mark(void)
{
	floor = count;
}

/* The handlers whose code is in [start, end), newest first: the waiting
 * ones of a start-up library at exit, [0, ULONG_MAX) at the end those
 * left; and, above the floor too, those of a module dlclose unloads
 * (ldso/__dl_ctors.c), whose freed slots at the top are given back so
 * that loading and unloading a module again and again does not fill
 * the table. */
hidden void __funcs_in(unsigned long start, unsigned long end)
{
	__lock(&lock);
	for (int i = count; i-- > 0; ) {
		void (*f)(void) = funcs[i];
		if (!f || (unsigned long)f < start || (unsigned long)f >= end)
			continue;
		funcs[i] = 0;
		__unlock(&lock);
		f();
		__lock(&lock);
	}
	while (count > floor && !funcs[count - 1])
		count--;
	__unlock(&lock);
}
