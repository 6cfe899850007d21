/* pthread_setspecific: set this thread's value for a key.  The main
 * thread's values live in a static array, attached on first use. */
#include "pthread_impl.h"

hidden extern void *__pthread_tsd_main[];

int pthread_setspecific(pthread_key_t k, const void *v)
{
	struct __pthread *self = __pthread_self();

	if (!self->tsd)
		self->tsd = __pthread_tsd_main;
	self->tsd[k] = (void *)v;
	return 0;
}
