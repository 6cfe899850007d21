/* __syscall_ret: convert a raw kernel result to the C convention.  Values
 * in [-4095, -1] are -errno; everything else is a successful result. */
#include <errno.h>
#include "syscall.h"

hidden long __syscall_ret(unsigned long r)
{
	if (r > -4096UL) {
		errno = -(long)r;
		return -1;
	}
	return r;
}
