/* __dl_table: fle-exec's dlopen table (AT_FLE_DL in the aux vector,
 * which __libc_start keeps), or NULL in a static program, where every
 * dlfcn call fails with a message instead.  __dl_lock makes the calls
 * into the table one at a time, as the loader needs. */
#include "dl_impl.h"

volatile int __dl_lock;

hidden const struct __fle_dl *__dl_table(void)
{
	if (!__auxv)
		return 0;
	for (const unsigned long *a = __auxv; a[0]; a += 2)
		if (a[0] == AT_FLE_DL)
			return (const struct __fle_dl *)a[1];
	return 0;
}
