/* atexit: register functions for exit() to call, newest first.  A fixed
 * table: C guarantees 32 registrations, we allow 256 without malloc.
 * The lock is not held while a handler runs, so a handler may call
 * atexit. */
#include <stdlib.h>
#include "libc.h"
#include "pthread_impl.h"

#define MAX_ATEXIT 256

static void (*funcs[MAX_ATEXIT])(void);
static int count;
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
 * register another handler, which then runs next. */
hidden void __funcs_on_exit(void)
{
	__lock(&lock);
	while (count > 0) {
		void (*f)(void) = funcs[--count];
		__unlock(&lock);
		f();
		__lock(&lock);
	}
	__unlock(&lock);
}
