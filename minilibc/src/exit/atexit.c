/* atexit: register functions for exit() to call, newest first.  A fixed
 * table: C guarantees 32 registrations, we allow 256 without malloc. */
#include <stdlib.h>
#include "libc.h"

#define MAX_ATEXIT 256

static void (*funcs[MAX_ATEXIT])(void);
static int count;

int atexit(void (*func)(void))
{
	if (count == MAX_ATEXIT)
		return -1;
	funcs[count++] = func;
	return 0;
}

/* Called by exit(); overrides the weak dummy there.  A handler may
 * register another handler, which then runs next. */
hidden void __funcs_on_exit(void)
{
	while (count > 0)
		funcs[--count]();
}
