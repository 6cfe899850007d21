/* brk: set the program break.  The kernel returns the new break, or the
 * old one when it refuses, never -errno. */
#include <unistd.h>
#include <errno.h>
#include "syscall.h"

int brk(void *end)
{
	if ((void *)__syscall(SYS_brk, end) != end) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}
