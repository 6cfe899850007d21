/* dlclose: drop a reference to a handle.  When it is the last one, the
 * modules the loader will unmap are finalized first (their destructors
 * and atexit handlers, __dl_ctors.c); the loader then unmaps them. */
#include "dl_impl.h"
#include "pthread_impl.h"

int dlclose(void *handle)
{
	const struct __fle_dl *t = __dl_table();
	const char *err = 0;
	int r = -1;

	if (t)
		__dl_due(t, handle, FLE_DUE_FINI);
	__lock(&__dl_lock);
	if (!t)
		err = "dlclose: dynamic loading is not supported in a statically linked program";
	else if ((r = t->close(handle, &err)) && !err)
		err = "dlclose: invalid handle";
	__dl_seterr(r ? err : 0);
	__unlock(&__dl_lock);
	return r ? -1 : 0;
}
