/* dlsym: a symbol's address in a handle's scope, RTLD_DEFAULT's (the
 * global scope) or RTLD_NEXT's (the modules after the caller's, which
 * is why the loader gets our return address).  A symbol whose value
 * is 0 gives NULL with no error, as in glibc. */
#include "dl_impl.h"
#include "pthread_impl.h"

void *dlsym(void *restrict handle, const char *restrict name)
{
	const struct __fle_dl *t = __dl_table();
	const char *err = 0;
	void *p = 0;

	__lock(&__dl_lock);
	if (!t)
		err = "dlsym: dynamic loading is not supported in a statically linked program";
	else
		p = t->sym(handle, name, __builtin_return_address(0), &err);
	__dl_seterr(p ? 0 : err);
	__unlock(&__dl_lock);
	return p;
}
