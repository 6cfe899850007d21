/* dlopen: load a module and what it needs (the loader's open), then run
 * the constructors of the modules this call loaded, dependencies first.
 * The caller's address tells the loader whose search paths apply. */
#include "dl_impl.h"
#include "pthread_impl.h"

void *dlopen(const char *file, int mode)
{
	const struct __fle_dl *t = __dl_table();
	const char *err = 0;
	void *h = 0;

	__lock(&__dl_lock);
	if (!t)
		err = "dlopen: dynamic loading is not supported in a statically linked program";
	else
		h = t->open(file, mode, __builtin_return_address(0), &err);
	if (!h && !err)
		err = "dlopen: cannot load the module";
	__dl_seterr(h ? 0 : err);
	__unlock(&__dl_lock);
	if (h)
		__dl_due(t, h, FLE_DUE_INIT);
	return h;
}
