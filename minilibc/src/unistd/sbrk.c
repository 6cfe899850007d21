/* sbrk: grow the program break by n bytes, returning the old break.
 * minilibc's malloc does not use the break, so this is only for programs. */
#include <unistd.h>
#include <errno.h>
#include "syscall.h"

void *sbrk(long n)
{
	unsigned long cur = __syscall(SYS_brk, 0);

	if (n == 0)
		return (void *)cur;
	if (__syscall(SYS_brk, cur + n) != (long)(cur + n)) {
		errno = ENOMEM;
		return (void *)-1;
	}
	return (void *)cur;
}
