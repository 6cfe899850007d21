/* dladdr: which module holds an address, and the nearest exported
 * symbol at or below it.  0 when no module does, and always in a
 * static program.  dlerror is left as it was (glibc's dladdr does not
 * set it either). */
#include "dl_impl.h"
#include "pthread_impl.h"

int dladdr(const void *addr, Dl_info *info)
{
	const struct __fle_dl *t = __dl_table();
	int r;

	if (!t)
		return 0;
	__lock(&__dl_lock);
	r = t->addr(addr, info);
	__unlock(&__dl_lock);
	return r;
}
